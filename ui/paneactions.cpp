#include "paneactions.h"

#include "certificatelistmodel.h"
#include "modelroles.h"
#include "resourcepane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTableView>

namespace ga {

PaneActions::PaneActions(Panes panes, CertificateListModel *certificates,
                         QList<QAction *> changeActions, QWidget *window)
    : QObject(window)
    , m_panes(panes)
    , m_certificates(certificates)
    , m_changeActions(std::move(changeActions))
    , m_window(window)
    , m_copy(new QAction(tr("&Copy ID"), window))
    , m_copyJson(new QAction(tr("Copy as &JSON"), window))
{
    m_copy->setObjectName(QStringLiteral("copyAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &PaneActions::copySelectedIds);
    m_copyJson->setObjectName(QStringLiteral("copyJsonAction"));
    connect(m_copyJson, &QAction::triggered, this, &PaneActions::copySelectedJson);

    for (ResourcePane *pane : { m_panes.accelerators, m_panes.listeners, m_panes.certificates }) {
        pane->view()->addAction(m_copy);
        pane->view()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(pane->view(), &QWidget::customContextMenuRequested, this,
                [this, pane](const QPoint &position) { showContextMenu(pane, position); });
    }
    // Their shortcuts (Delete for Dissociate) act in the domain list.
    for (QAction *action : std::as_const(m_changeActions))
        m_panes.certificates->view()->addAction(action);
}

ResourcePane *PaneActions::focusedPane() const
{
    for (ResourcePane *pane : { m_panes.listeners, m_panes.certificates }) {
        if (pane->isAncestorOf(QApplication::focusWidget()))
            return pane;
    }
    return m_panes.accelerators;
}

void PaneActions::copySelectedIds()
{
    const QStringList ids = focusedPane()->selectedIds();
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(u'\n'));
}

void PaneActions::copySelectedJson()
{
    QJsonArray rows;
    const QModelIndexList selected = focusedPane()->view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.data(RawJsonRole).toJsonObject());
    const QJsonDocument document
        = rows.size() == 1 ? QJsonDocument(rows.first().toObject()) : QJsonDocument(rows);
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void PaneActions::checkSelectedDomains()
{
    const int refused = m_certificates->checkDomains(m_panes.certificates->selectedIds());
    if (refused > 0)
        emit message(tr("%n domain(s) left unchecked: GA dissociates at most %1 per request.",
                        nullptr, refused)
                         .arg(CertificateListModel::maxChecked),
                     10'000);
}

void PaneActions::showContextMenu(ResourcePane *pane, const QPoint &position)
{
    pane->view()->setFocus(Qt::PopupFocusReason);
    QMenu menu(m_window);
    menu.addAction(m_copy);
    menu.addAction(m_copyJson);
    if (pane == m_panes.certificates) {
        menu.addSeparator();
        menu.addAction(tr("Check selected (up to %1)").arg(CertificateListModel::maxChecked), this,
                       &PaneActions::checkSelectedDomains);
        menu.addAction(tr("Uncheck all"), m_certificates, &CertificateListModel::uncheckAll);
        for (QAction *action : std::as_const(m_changeActions))
            menu.addAction(action);
    }
    menu.exec(pane->view()->viewport()->mapToGlobal(position));
}

} // namespace ga
