#pragma once

#include <QList>
#include <QObject>

class QAction;
class QPoint;
class QWidget;

namespace ga {

class CertificateListModel;
class ResourcePane;

// What acts on the rows the admin selected in one of the three panes: "Copy ID" (Ctrl+C in
// the focused pane), "Copy as JSON", and each pane's context menu; the domain list's adds
// "Check selected", "Uncheck all" and the certificate changes (Dissociate…, Add certificates…).
class PaneActions final : public QObject
{
    Q_OBJECT

public:
    struct Panes
    {
        ResourcePane *accelerators = nullptr;
        ResourcePane *listeners = nullptr;
        ResourcePane *certificates = nullptr;
    };

    // `changeActions` go on the domain list's menu; the window owns them.
    PaneActions(Panes panes, CertificateListModel *certificates, QList<QAction *> changeActions,
                QWidget *window);

    // The pane that holds the focus; the accelerators when none does.
    ResourcePane *focusedPane() const;
    QAction *copyAction() const { return m_copy; }
    QAction *copyJsonAction() const { return m_copyJson; }

signals:
    // A short message for the status bar, shown for `timeoutMs`.
    void message(const QString &text, int timeoutMs);

private:
    void copySelectedIds();
    void copySelectedJson();
    // "Select all" for checks: the selected rows, never more than GA's 10.
    void checkSelectedDomains();
    void showContextMenu(ResourcePane *pane, const QPoint &position);

    Panes m_panes;
    CertificateListModel *m_certificates;
    QList<QAction *> m_changeActions;
    QWidget *m_window;
    QAction *m_copy;
    QAction *m_copyJson;
};

} // namespace ga
