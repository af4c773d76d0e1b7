#pragma once

#include "ops/operationrecord.h"

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QTableWidget;

namespace ga {

// "Add certificates…": up to 10 rows of domain and certificate ID for one HTTPS listener,
// each checked as it is typed (domain syntax, certificate ID form, a domain given twice, a
// domain the listener has already) with the problem beside its row; Next stays disabled
// until every filled row passes. Nothing is sent from here: the rows go on to the
// confirmation (ChangeDialog).
class AssociateDialog final : public QDialog
{
    Q_OBJECT

public:
    AssociateDialog(QString listenerId, QSet<QString> domainsOnListener, QWidget *parent = nullptr);

    // The checked rows; empty while any filled row has a problem.
    QList<ChangeItem> items() const;
    QTableWidget *table() const { return m_table; }
    // The problem of each row ("" when it passes or is empty), for tests and the tooltip.
    QStringList problems() const;

private:
    void check();

    QString m_listenerId;
    QSet<QString> m_existing;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
    QList<ChangeItem> m_items;
    QStringList m_problems;
};

} // namespace ga
