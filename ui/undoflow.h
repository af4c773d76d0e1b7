#pragma once

#include "consolecontroller.h"
#include "ops/operationrecord.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace ga {

class ChangeDialog;
class ChangeOperation;
class ErrorBanner;
class NoticeBar;
class OperationCenter;

// The console's Undo: a finished change offers its undo (for a dissociation, "Re-associate":
// the same domains with the certificate IDs the journal recorded), from the operations dock
// and from the notice that the change finished. The undo is confirmed in a ChangeDialog and
// then runs through OperationCenter::undo, queued and watched like any change.
class UndoFlow final : public QObject
{
    Q_OBJECT

public:
    UndoFlow(OperationCenter *center, ConsoleController *controller,
             ConsoleController::Models models, ErrorBanner *banner, NoticeBar *notice,
             QWidget *window);

    void setProfile(const QString &profile, bool readOnly, bool production);
    // Why `record` cannot be undone from this window now, or empty when it can.
    QString whyNot(const OperationRecord &record) const;
    // Opens the confirmation for undoing `record`; null (and the banner says why) when it
    // cannot be undone.
    ChangeDialog *requestUndo(const OperationRecord &record);
    ChangeDialog *dialog() const;
    // "Re-associate…" for a dissociation, "Undo…" otherwise.
    static QString actionText(const OperationRecord &record);

private:
    void onFinished(ChangeOperation *operation);

    OperationCenter *m_center;
    ConsoleController *m_controller;
    ConsoleController::Models m_models;
    ErrorBanner *m_banner;
    NoticeBar *m_notice;
    QWidget *m_window;
    QPointer<ChangeDialog> m_dialog;
    QString m_profile;
    bool m_readOnly = false;
    bool m_production = false;
};

} // namespace ga
