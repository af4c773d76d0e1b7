#include "eventlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

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
                         { QStringLiteral("dryRunsPassed"), double(dryRunsPassed) },
                         { QStringLiteral("signatureFailures"), double(signatureFailures) },
                         { QStringLiteral("throttled"), double(throttled) },
                         { QStringLiteral("faults"), double(faults) },
                         { QStringLiteral("dropped"), double(dropped) },
                         { QStringLiteral("privateKeysServed"), double(privateKeysServed) } };
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

QJsonObject EventLog::scrubbed(const ParamMap &params)
{
    static const QRegularExpression sensitiveName(
        QStringLiteral("(key|secret|password|^(encrypt|sign)?cert)$"),
        QRegularExpression::CaseInsensitiveOption);
    QJsonObject object;
    for (const auto &[name, value] : params) {
        const QString key = QString::fromUtf8(name);
        const bool sensitive = sensitiveName.match(key).hasMatch() || value.contains("-----BEGIN")
            || value.contains("PRIVATE KEY");
        object.insert(key,
                      sensitive ? QString::fromLatin1(scrubbedValue) : QString::fromUtf8(value));
    }
    return object;
}

void EventLog::request(const QString &action, const QString &accessKeyId, bool ok,
                       const QString &code, const ParamMap &params)
{
    if (!m_file.isOpen())
        return; // nothing to scrub for
    write({ { QStringLiteral("type"), QStringLiteral("request") },
            { QStringLiteral("action"), action },
            { QStringLiteral("accessKeyId"), accessKeyId },
            { QStringLiteral("verdict"), ok ? QStringLiteral("ok") : QStringLiteral("error") },
            { QStringLiteral("code"), code },
            { QStringLiteral("params"), scrubbed(params) } });
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
