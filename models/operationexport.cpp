#include "operationexport.h"

#include "operationhistorymodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ga::operationexport {
namespace {

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text.toUtf8();
}

QStringList fields(const OperationSummary &s)
{
    const OperationRecord &r = s.record;
    return { time(r.createdAt),
             r.profile,
             r.endpoint,
             r.acceleratorId,
             r.listenerId,
             r.domains().join(u' '),
             r.operationId,
             r.requestId,
             s.state,
             QString::number(s.durationMs),
             r.errorCode,
             r.errorMessage,
             r.resumed ? QStringLiteral("yes") : QStringLiteral("no") };
}

} // namespace

QByteArray toCsv(const QList<OperationSummary> &operations)
{
    static const QStringList header { QStringLiteral("started"),     QStringLiteral("profile"),
                                      QStringLiteral("endpoint"),    QStringLiteral("accelerator"),
                                      QStringLiteral("listener"),    QStringLiteral("domains"),
                                      QStringLiteral("clientToken"), QStringLiteral("requestId"),
                                      QStringLiteral("state"),       QStringLiteral("durationMs"),
                                      QStringLiteral("errorCode"),   QStringLiteral("errorMessage"),
                                      QStringLiteral("resumed") };
    QByteArray csv = header.join(u',').toUtf8() + "\r\n";
    for (const OperationSummary &s : operations) {
        QByteArrayList cells;
        for (const QString &field : fields(s))
            cells.append(csvCell(field));
        csv += cells.join(',') + "\r\n";
    }
    return csv;
}

QByteArray toJson(const QList<OperationSummary> &operations)
{
    QJsonArray array;
    for (const OperationSummary &s : operations) {
        const OperationRecord &r = s.record;
        array.append(QJsonObject {
            { QStringLiteral("started"), time(r.createdAt) },
            { QStringLiteral("updated"), time(r.updatedAt) },
            { QStringLiteral("profile"), r.profile },
            { QStringLiteral("endpoint"), r.endpoint },
            { QStringLiteral("acceleratorId"), r.acceleratorId },
            { QStringLiteral("listenerId"), r.listenerId },
            { QStringLiteral("domains"), QJsonArray::fromStringList(r.domains()) },
            { QStringLiteral("clientToken"), r.operationId },
            { QStringLiteral("requestId"), r.requestId },
            { QStringLiteral("state"), s.state },
            { QStringLiteral("durationMs"), double(s.durationMs) },
            { QStringLiteral("errorCode"), r.errorCode },
            { QStringLiteral("errorMessage"), r.errorMessage },
            { QStringLiteral("resumed"), r.resumed },
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace ga::operationexport
