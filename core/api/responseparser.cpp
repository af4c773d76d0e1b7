#include "responseparser.h"

#include "jsonfieldreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <cstdlib>

namespace ga::parse {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::api)
};

ApiError invalid(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.message = message;
    return error;
}

QList<PortRange> portRanges(const QJsonArray &array, const QString &context, QString *error)
{
    // PortRanges carries integers and BackendPorts strings (docs/ga-api.md §2.3); both read here.
    QList<PortRange> ranges;
    for (const QJsonValue &value : array) {
        JsonFieldReader reader(value.toObject(), context);
        if (!value.isObject()) {
            *error = context + QStringLiteral(": expected an object");
            return {};
        }
        const PortRange range { int(reader.integer(u"FromPort")), int(reader.integer(u"ToPort")) };
        if (!reader.ok()) {
            *error = reader.error();
            return {};
        }
        ranges.append(range);
    }
    return ranges;
}

// ServiceManaged, ServiceId, ServiceManagedInfos; optional everywhere (docs/ga-api.md §2.2).
ServiceManagement serviceManagement(JsonFieldReader &reader, const QString &context)
{
    ServiceManagement management;
    management.managed = reader.boolean(u"ServiceManaged");
    management.serviceId = reader.string(u"ServiceId");
    for (const QJsonValue &value : reader.array(u"ServiceManagedInfos")) {
        JsonFieldReader info(value.toObject(), context + QStringLiteral(".ServiceManagedInfos"));
        ServiceManagement::Action action { info.string(u"Action"), info.string(u"ChildType"),
                                           info.boolean(u"IsManaged") };
        if (value.isObject() && info.ok())
            management.actions.append(action);
    }
    return management;
}

template<typename T, typename ItemParser>
Result<Page<T>> page(const QJsonObject &body, QStringView listKey, ItemParser parseItem)
{
    JsonFieldReader reader(body, QStringLiteral("response"));
    Page<T> result;
    result.totalCount = int(reader.integer(u"TotalCount"));
    result.pageNumber = int(reader.integer(u"PageNumber"));
    result.pageSize = int(reader.integer(u"PageSize"));
    result.nextToken = reader.string(u"NextToken");
    const QJsonArray items = reader.array(listKey);
    if (!reader.ok())
        return invalid(reader.error());
    for (const QJsonValue &value : items) {
        if (!value.isObject())
            return invalid(listKey.toString() + QStringLiteral(": expected objects"));
        Result<T> item = parseItem(value.toObject());
        if (!item.ok())
            return item.error();
        result.items.append(std::move(item.value()));
    }
    return result;
}

} // namespace

Result<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("malformed JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(QStringLiteral("expected a JSON object"));
    return document.object();
}

Result<Accelerator> accelerator(const QJsonObject &object)
{
    JsonFieldReader reader(object, QStringLiteral("Accelerator"));
    Accelerator a;
    a.acceleratorId = reader.string(u"AcceleratorId", JsonFieldReader::Required);
    a.name = reader.string(u"Name");
    a.description = reader.string(u"Description");
    a.state = reader.string(u"State");
    a.spec = reader.string(u"Spec");
    a.bandwidth = reader.integer(u"Bandwidth");
    a.dnsName = reader.string(u"DnsName");
    a.regionId = reader.string(u"RegionId");
    a.instanceChargeType = reader.string(u"InstanceChargeType");
    a.bandwidthBillingType = reader.string(u"BandwidthBillingType");
    a.createTime = reader.timestamp(u"CreateTime");
    a.expiredTime = reader.timestamp(u"ExpiredTime");
    a.serviceManagement = serviceManagement(reader, QStringLiteral("Accelerator"));
    if (!reader.ok())
        return invalid(reader.error());
    a.raw = object;
    return a;
}

Result<Listener> listener(const QJsonObject &object)
{
    JsonFieldReader reader(object, QStringLiteral("Listener"));
    Listener l;
    l.listenerId = reader.string(u"ListenerId", JsonFieldReader::Required);
    l.acceleratorId = reader.string(u"AcceleratorId");
    l.name = reader.string(u"Name");
    l.description = reader.string(u"Description");
    l.protocol = reader.string(u"Protocol").toLower();
    l.state = reader.string(u"State");
    l.type = reader.string(u"Type");
    l.createTime = reader.timestamp(u"CreateTime");
    l.serviceManagement = serviceManagement(reader, QStringLiteral("Listener"));
    const QJsonArray ports = reader.array(u"PortRanges");
    const QJsonArray backendPorts = reader.array(u"BackendPorts");
    const QJsonArray certificates = reader.array(u"Certificates");
    if (!reader.ok())
        return invalid(reader.error());
    QString error;
    l.portRanges = portRanges(ports, QStringLiteral("Listener.PortRanges"), &error);
    if (error.isEmpty())
        l.backendPorts = portRanges(backendPorts, QStringLiteral("Listener.BackendPorts"), &error);
    if (!error.isEmpty())
        return invalid(error);
    for (const QJsonValue &value : certificates) {
        JsonFieldReader certificateReader(value.toObject(),
                                          QStringLiteral("Listener.Certificates"));
        const QString id = certificateReader.string(u"Id");
        if (!value.isObject() || !certificateReader.ok())
            return invalid(QStringLiteral("Listener.Certificates: expected {Id, Type} objects"));
        if (!id.isEmpty())
            l.defaultCertificateIds.append(id);
    }
    l.raw = object;
    return l;
}

Result<ListenerCertificate> certificate(const QJsonObject &object)
{
    JsonFieldReader reader(object, QStringLiteral("Certificate"));
    ListenerCertificate c;
    c.certificateId = reader.string(u"CertificateId", JsonFieldReader::Required);
    c.domain = reader.string(u"Domain");
    c.isDefault = reader.boolean(u"IsDefault");
    c.state = reader.string(u"State");
    if (!reader.ok())
        return invalid(reader.error());
    c.raw = object;
    return c;
}

Result<Page<Accelerator>> acceleratorPage(const QJsonObject &body)
{
    return page<Accelerator>(body, u"Accelerators", &accelerator);
}

Result<Page<Listener>> listenerPage(const QJsonObject &body)
{
    return page<Listener>(body, u"Listeners", &listener);
}

Result<Page<ListenerCertificate>> certificatePage(const QJsonObject &body)
{
    return page<ListenerCertificate>(body, u"Certificates", &certificate);
}

Result<MutationAccepted> mutationAccepted(const QJsonObject &body)
{
    JsonFieldReader reader(body, QStringLiteral("response"));
    MutationAccepted accepted;
    accepted.requestId = reader.string(u"RequestId");
    accepted.listenerId = reader.string(u"ListenerId");
    if (!reader.ok())
        return invalid(reader.error());
    return accepted;
}

ApiError errorBody(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = httpStatus;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const auto field = [&object](QStringView upper, QStringView lower) {
        const QJsonValue value = object.contains(upper) ? object.value(upper) : object.value(lower);
        return value.isString() ? value.toString() : QString();
    };
    error.code = field(u"Code", u"code");
    error.message = field(u"Message", u"message");
    error.requestId = field(u"RequestId", u"requestId");
    if (!error.code.isEmpty())
        error.kind = ApiError::Kind::Service;
    else if (error.message.isEmpty())
        error.message = Text::tr("HTTP status %1").arg(httpStatus);
    return error;
}

QDateTime httpDate(const QByteArray &text)
{
    // IMF-fixdate is what HTTP/1.1 servers send; RFC 2822 parsing covers it and the older
    // numeric-zone spelling.
    const QString trimmed = QString::fromLatin1(text).trimmed();
    QDateTime time
        = QLocale::c().toDateTime(trimmed, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (time.isValid()) {
        time.setTimeZone(QTimeZone::utc());
        return time;
    }
    time = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString roughDuration(qint64 seconds)
{
    seconds = std::abs(seconds);
    const auto rounded = [seconds](qint64 unit) { return (seconds + unit / 2) / unit; };
    if (seconds < 90)
        return Text::tr("about %1 seconds").arg(seconds);
    if (seconds < 90 * 60)
        return Text::tr("about %1 minutes").arg(rounded(60));
    if (seconds < 36 * 3600)
        return Text::tr("about %1 hours").arg(rounded(3600));
    return Text::tr("about %1 days").arg(rounded(86400));
}

void explainClockSkew(ApiError &error, const QByteArray &dateHeader, const QDateTime &signedAt)
{
    if (error.kind != ApiError::Kind::Service || error.code != u"InvalidTimeStamp.Expired")
        return;
    const QDateTime serviceTime = httpDate(dateHeader);
    QString explanation;
    if (serviceTime.isValid() && signedAt.isValid()) {
        const qint64 skew = serviceTime.secsTo(signedAt); // > 0: this machine is ahead
        explanation
            = Text::tr("The local clock is off: it is %1 %2 the service's "
                       "(service time %3, request signed at %4 UTC). GA accepts "
                       "at most 15 minutes of difference; set the system clock "
                       "right (for example, turn on NTP) and try again.")
                  .arg(roughDuration(skew),
                       skew > 0 ? Text::tr("ahead of", "the local clock is ... the service's")
                                : Text::tr("behind", "the local clock is ... the service's"),
                       QString::fromLatin1(dateHeader.trimmed()),
                       signedAt.toUTC().toString(Qt::ISODate));
    } else {
        explanation = Text::tr("The local clock is probably off by more than 15 minutes "
                               "(the service sent no readable Date header to tell by "
                               "how much); set the system clock right (for example, "
                               "turn on NTP) and try again.");
    }
    error.message = error.message.isEmpty() ? explanation : error.message + u' ' + explanation;
}

} // namespace ga::parse
