#include "inventorycommand.h"

#include "api/casapi.h"
#include "api/gaclient.h"
#include "certificatecommands.h"
#include "certs/certificatecatalog.h"
#include "gactlcontext.h"
#include "inventory/accountinventory.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ga {

InventoryCommand::InventoryCommand(GactlContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_inventory(new AccountInventory(context.client, this))
{
    connect(m_inventory, &AccountInventory::failed, this,
            [this](const ApiError &error) { m_context.failWith(error); });
    connect(m_inventory, &AccountInventory::finished, this,
            [this](const AccountSnapshot &snapshot) {
                if (!m_context.options.has(QStringLiteral("details"))) {
                    print();
                    return m_context.finish(exitcode::done);
                }
                m_context.catalog->lookUpThen(snapshot.certificateIds(), this, [this] {
                    print();
                    m_context.finish(exitcode::done);
                });
            });
}

void InventoryCommand::run()
{
    m_inventory->start();
}

void InventoryCommand::print()
{
    const AccountSnapshot &snapshot = m_inventory->snapshot();
    const bool details = m_context.options.has(QStringLiteral("details"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_context.json()) {
        QJsonArray accelerators;
        for (const Accelerator &accelerator : snapshot.accelerators) {
            QJsonObject a = accelerator.raw;
            QJsonArray listeners;
            for (const Listener &listener : snapshot.listeners.value(accelerator.acceleratorId)) {
                QJsonObject l = listener.raw;
                if (listener.isHttps()) {
                    QJsonArray certificates;
                    for (const ListenerCertificate &c :
                         snapshot.certificates.value(listener.listenerId)) {
                        certificates.append(
                            details ? certificatecommands::withCasDetails(
                                c.raw, c.domain, m_context.catalog->details(c.certificateId), now)
                                    : c.raw);
                    }
                    l.insert(QStringLiteral("AdditionalCertificates"), certificates);
                }
                listeners.append(l);
            }
            a.insert(QStringLiteral("Listeners"), listeners);
            accelerators.append(a);
        }
        m_context.printJson(
            QJsonDocument(QJsonObject { { QStringLiteral("TotalCount"), accelerators.size() },
                                        { QStringLiteral("Accelerators"), accelerators } }));
        return;
    }
    // The same words, in the same context, as the other gactl tables.
    TableWriter table({ QCoreApplication::translate("ga::gactl", "ACCELERATOR ID"),
                        QCoreApplication::translate("ga::gactl", "NAME"),
                        QCoreApplication::translate("ga::gactl", "STATE"),
                        QCoreApplication::translate("ga::gactl", "LISTENER ID"),
                        QCoreApplication::translate("ga::gactl", "PROTOCOL"),
                        QCoreApplication::translate("ga::gactl", "PORTS"),
                        QCoreApplication::translate("ga::gactl", "LISTENER STATE"),
                        QCoreApplication::translate("ga::gactl", "DOMAINS") });
    for (const Accelerator &a : snapshot.accelerators) {
        const QList<Listener> listeners = snapshot.listeners.value(a.acceleratorId);
        if (listeners.isEmpty())
            table.addRow({ a.acceleratorId, a.name, a.state, QStringLiteral("-") });
        for (const Listener &l : listeners) {
            const QString domains = l.isHttps()
                ? QString::number(snapshot.certificates.value(l.listenerId).size())
                : QStringLiteral("-");
            table.addRow({ a.acceleratorId, a.name, a.state, l.listenerId, l.protocol,
                           formatPorts(l.portRanges), l.state, domains });
        }
    }
    *m_context.out << table.render();
}

} // namespace ga
