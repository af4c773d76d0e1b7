#include "eventlog.h"

#include <QDateTime>
#include <QJsonDocument>

namespace ga::emu {

QJsonObject EmulatorStats::toJson() const
{
    QJsonObject byAction;
    for (auto it = requestsByAction.cbegin(); it != requestsByAction.cend(); ++it)
        byAction.insert(it.key(), double(it.value()));
    return QJsonObject { { QStringLiteral("requests"), double(requests) },
                         { QStringLiteral("requestsByAction"), byAction },
                         { QStringLiteral("mutationsAccepted"), double(mutationsAccepted) },
                         { QStringLiteral("mutationsApplied"), double(mutationsApplied) },
                         { QStringLiteral("distinctClientTokensApplied"),
                           double(appliedClientTokens.size()) },
                         { QStringLiteral("idempotentReplays"), double(idempotentReplays) },
                         { QStringLiteral("signatureFailures"), double(signatureFailures) },
                         { QStringLiteral("throttled"), double(throttled) },
                         { QStringLiteral("faults"), double(faults) },
                         { QStringLiteral("dropped"), double(dropped) } };
}

EventLog::EventLog(const QString &path)
    : m_file(path)
{
    if (!path.isEmpty())
        m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void EventLog::write(QJsonObject event)
{
    if (!m_file.isOpen())
        return;
    event.insert(QStringLiteral("t"), double(QDateTime::currentMSecsSinceEpoch()));
    m_file.write(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

void EventLog::request(const QString &action, const QString &accessKeyId, bool ok,
                       const QString &code)
{
    write({ { QStringLiteral("type"), QStringLiteral("request") },
            { QStringLiteral("action"), action },
            { QStringLiteral("accessKeyId"), accessKeyId },
            { QStringLiteral("verdict"), ok ? QStringLiteral("ok") : QStringLiteral("error") },
            { QStringLiteral("code"), code } });
}

void EventLog::transition(const QString &kind, const QString &resource, const QString &from,
                          const QString &to)
{
    write({ { QStringLiteral("type"), QStringLiteral("transition") },
            { QStringLiteral("kind"), kind },
            { QStringLiteral("resource"), resource },
            { QStringLiteral("from"), from },
            { QStringLiteral("to"), to } });
}

} // namespace ga::emu
