#include "inventorycommand.h"

#include "api/gaclient.h"
#include "gactlcontext.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ga {

InventoryCommand::InventoryCommand(GactlContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void InventoryCommand::run()
{
    m_elapsed.start();
    ++m_pending;
    m_context.client->listAccelerators()->onFinished(
        this, [this](const Result<QList<Accelerator>> &result) {
            if (!result.ok())
                return fail(result.error());
            onAccelerators(result.value());
        });
}

void InventoryCommand::onAccelerators(const QList<Accelerator> &accelerators)
{
    m_accelerators = accelerators;
    for (const Accelerator &accelerator : accelerators) {
        ++m_pending;
        const QString id = accelerator.acceleratorId;
        m_context.client->listListeners(id)->onFinished(
            this, [this, id](const Result<QList<Listener>> &result) {
                if (!result.ok())
                    return fail(result.error());
                onListeners(id, result.value());
            });
    }
    oneDone();
}

void InventoryCommand::onListeners(const QString &acceleratorId, const QList<Listener> &listeners)
{
    m_listeners.insert(acceleratorId, listeners);
    for (const Listener &listener : listeners) {
        if (!listener.isHttps())
            continue;
        ++m_pending;
        const QString id = listener.listenerId;
        m_context.client->listListenerCertificates(acceleratorId, id, CertificateRole::Additional)
            ->onFinished(this, [this, id](const Result<QList<ListenerCertificate>> &result) {
                if (!result.ok())
                    return fail(result.error());
                m_certificates.insert(id, result.value());
                oneDone();
            });
    }
    oneDone();
}

void InventoryCommand::oneDone()
{
    if (m_failed || --m_pending > 0)
        return;
    print();
    m_context.finish(exitcode::done);
}

void InventoryCommand::fail(const ApiError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_context.failWith(error);
}

void InventoryCommand::print()
{
    if (m_context.json()) {
        QJsonArray accelerators;
        for (const Accelerator &accelerator : std::as_const(m_accelerators)) {
            QJsonObject a = accelerator.raw;
            QJsonArray listeners;
            for (const Listener &listener : m_listeners.value(accelerator.acceleratorId)) {
                QJsonObject l = listener.raw;
                if (listener.isHttps()) {
                    QJsonArray certificates;
                    for (const ListenerCertificate &c : m_certificates.value(listener.listenerId))
                        certificates.append(c.raw);
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
    for (const Accelerator &a : std::as_const(m_accelerators)) {
        const QList<Listener> listeners = m_listeners.value(a.acceleratorId);
        if (listeners.isEmpty())
            table.addRow({ a.acceleratorId, a.name, a.state, QStringLiteral("-") });
        for (const Listener &l : listeners) {
            const QString domains = l.isHttps()
                ? QString::number(m_certificates.value(l.listenerId).size())
                : QStringLiteral("-");
            table.addRow({ a.acceleratorId, a.name, a.state, l.listenerId, l.protocol,
                           formatPorts(l.portRanges), l.state, domains });
        }
    }
    *m_context.out << table.render();
}

} // namespace ga
