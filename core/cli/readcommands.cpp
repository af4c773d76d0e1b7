#include "readcommands.h"

#include "api/gaclient.h"
#include "gactlcontext.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ga::readcommands {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::gactl)
};

template<typename T> QJsonArray rawArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.raw);
    return array;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

void accelerators(GactlContext &context)
{
    const QString state = context.options.value(QStringLiteral("state"));
    context.client->listAccelerators(state)->onFinished(
        context.client, [&context](const Result<QList<Accelerator>> &result) {
            if (!result.ok())
                return context.failWith(result.error());
            const QList<Accelerator> &accelerators = result.value();
            if (context.json()) {
                context.printJson(QJsonDocument(
                    QJsonObject { { QStringLiteral("TotalCount"), accelerators.size() },
                                  { QStringLiteral("Accelerators"), rawArray(accelerators) } }));
            } else {
                TableWriter table({ Text::tr("ACCELERATOR ID"), Text::tr("NAME"), Text::tr("STATE"),
                                    Text::tr("SPEC"), Text::tr("BANDWIDTH"), Text::tr("DNS NAME"),
                                    Text::tr("CREATED"), Text::tr("EXPIRES") });
                for (const Accelerator &a : accelerators) {
                    table.addRow({ a.acceleratorId, orDash(a.name), orDash(a.state), orDash(a.spec),
                                   QString::number(a.bandwidth), orDash(a.dnsName),
                                   formatTime(a.createTime), formatTime(a.expiredTime) });
                }
                *context.out << table.render();
            }
            context.finish(exitcode::done);
        });
}

void listeners(GactlContext &context)
{
    context.client->listListeners(context.options.arguments.value(0))
        ->onFinished(context.client, [&context](const Result<QList<Listener>> &result) {
            if (!result.ok())
                return context.failWith(result.error());
            const QList<Listener> &listeners = result.value();
            if (context.json()) {
                context.printJson(QJsonDocument(
                    QJsonObject { { QStringLiteral("TotalCount"), listeners.size() },
                                  { QStringLiteral("Listeners"), rawArray(listeners) } }));
            } else {
                TableWriter table({ Text::tr("LISTENER ID"), Text::tr("NAME"), Text::tr("PROTOCOL"),
                                    Text::tr("PORTS"), Text::tr("STATE") });
                for (const Listener &l : listeners) {
                    table.addRow({ l.listenerId, orDash(l.name), l.protocol,
                                   formatPorts(l.portRanges), orDash(l.state) });
                }
                *context.out << table.render();
            }
            context.finish(exitcode::done);
        });
}

CertificateRole roleOption(const GactlContext &context)
{
    const QString roleName = context.options.value(QStringLiteral("role"), QStringLiteral("all"));
    return roleName == u"additional" ? CertificateRole::Additional
        : roleName == u"default"     ? CertificateRole::Default
                                     : CertificateRole::All;
}

void certificates(GactlContext &context)
{
    const CertificateRole role = roleOption(context);
    context.client
        ->listListenerCertificates(context.options.arguments.value(0),
                                   context.options.arguments.value(1), role)
        ->onFinished(context.client, [&context](const Result<QList<ListenerCertificate>> &result) {
            if (!result.ok())
                return context.failWith(result.error());
            const QList<ListenerCertificate> &certificates = result.value();
            if (context.json()) {
                context.printJson(QJsonDocument(
                    QJsonObject { { QStringLiteral("TotalCount"), certificates.size() },
                                  { QStringLiteral("Certificates"), rawArray(certificates) } }));
            } else {
                TableWriter table({ Text::tr("DOMAIN"), Text::tr("CERTIFICATE ID"),
                                    Text::tr("ROLE"), Text::tr("STATE") });
                for (const ListenerCertificate &c : certificates) {
                    table.addRow(
                        { c.isDefault ? Text::tr("(default)",
                                                 "the default certificate, in the DOMAIN column")
                                      : c.domain,
                          c.certificateId,
                          c.isDefault ? QStringLiteral("default") : QStringLiteral("additional"),
                          orDash(c.state) });
                }
                *context.out << table.render();
            }
            context.finish(exitcode::done);
        });
}

void listener(GactlContext &context)
{
    context.client->describeListener(context.options.arguments.value(0))
        ->onFinished(context.client, [&context](const Result<Listener> &result) {
            if (!result.ok())
                return context.failWith(result.error());
            const Listener &l = result.value();
            if (context.json()) {
                context.printJson(QJsonDocument(l.raw));
            } else {
                TableWriter table({ Text::tr("FIELD"), Text::tr("VALUE") });
                table.addRow({ QStringLiteral("ListenerId"), l.listenerId });
                table.addRow({ QStringLiteral("AcceleratorId"), orDash(l.acceleratorId) });
                table.addRow({ QStringLiteral("Name"), orDash(l.name) });
                table.addRow({ QStringLiteral("Protocol"), l.protocol });
                table.addRow({ QStringLiteral("Ports"), formatPorts(l.portRanges) });
                table.addRow({ QStringLiteral("State"), orDash(l.state) });
                table.addRow({ QStringLiteral("Created"), formatTime(l.createTime) });
                *context.out << table.render();
            }
            context.finish(exitcode::done);
        });
}

} // namespace ga::readcommands
