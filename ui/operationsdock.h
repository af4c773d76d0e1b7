#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ga {

class ChangeOperation;
class OperationCenter;
class OperationHistoryModel;
class UndoFlow;
struct OperationRecord;

// The operations dock: every change from the journal and this session, newest first, with
// live state and duration; "Keep watching" for one that timed out; "Re-associate…"/"Undo…"
// for a finished one (UndoFlow); export as CSV or JSON for a change record.
class OperationsDock final : public QDockWidget
{
    Q_OBJECT

public:
    enum class Format { Csv, Json };

    explicit OperationsDock(OperationCenter *center, QWidget *parent = nullptr);

    OperationHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Writes the history to `path`; empty on success, else what went wrong.
    QString exportTo(const QString &path, Format format) const;
    // Offers the undo of the selected operation through `undo`.
    void setUndoFlow(UndoFlow *undo);
    // Selects the row of `operationId`; false when the dock has none.
    bool selectOperation(const QString &operationId);
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *planButton() const { return m_plan; }
    // Enables the buttons for the selected row again; the window calls it when the profile
    // changes, since what may be undone depends on it.
    void updateButtons();
    // A strip with one line of text while there is no operation, the table once there is one.
    bool isStrip() const;
    // Asks where to save the history (CSV or JSON) and saves it: the Export… button and the
    // File menu's Export operations….
    void chooseExportFile();

signals:
    // "Plan…" on a request of a plan: show that plan's progress.
    void planRequested(const QString &planId);

private:
    ChangeOperation *selectedOperation() const;
    // The selected row's record; false when nothing is selected.
    bool selectedRecord(OperationRecord *record) const;

    OperationHistoryModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QPushButton *m_keepWatching;
    QPushButton *m_undo;
    QPushButton *m_plan;
    UndoFlow *m_undoFlow = nullptr;
    QPushButton *m_export;
    QLabel *m_empty;
    bool m_wasEmpty = true;
    void updateEmpty();
    void showHistory(bool shown);
};

} // namespace ga
