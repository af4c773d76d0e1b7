#include "jsonfieldreader.h"

#include <QLocale>

#include <cmath>

namespace ga {

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{ }

void JsonFieldReader::fail(QStringView key, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1.%2: %3").arg(m_context, key, problem);
}

std::optional<qint64> parseInteger(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString JsonFieldReader::string(QStringView key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // An ID or enum sent as a number still reads as its text. toInteger() gives 0 for a
        // number that is not a whole qint64, so those keep their own (shortest) text.
        const qint64 whole = value.toInteger();
        if (double(whole) == value.toDouble())
            return QString::number(whole);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        if (presence == Required)
            fail(key, QStringLiteral("missing"));
        return {};
    default:
        fail(key, QStringLiteral("expected a string"));
        return {};
    }
}

qint64 JsonFieldReader::integer(QStringView key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    switch (value.type()) {
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::fabs(number) > 9.0e15) {
            fail(key, QStringLiteral("number out of range"));
            return 0;
        }
        return qint64(number);
    }
    case QJsonValue::String: {
        if (const auto parsed = parseInteger(value.toString()))
            return *parsed;
        if (value.toString().isEmpty() && presence == Optional)
            return 0;
        fail(key, QStringLiteral("expected an integer"));
        return 0;
    }
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        if (presence == Required)
            fail(key, QStringLiteral("missing"));
        return 0;
    default:
        fail(key, QStringLiteral("expected an integer"));
        return 0;
    }
}

bool JsonFieldReader::boolean(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return false;
    default:
        fail(key, QStringLiteral("expected a boolean"));
        return false;
    }
}

QDateTime JsonFieldReader::timestamp(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())) {
        return {};
    }
    const qint64 number = integer(key);
    if (!ok() || number <= 0)
        return {};
    // docs/ga-api.md §2.1: 10 digits are seconds, 13 are milliseconds.
    const qint64 millis = number > 100'000'000'000LL ? number : number * 1000;
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
}

QJsonArray JsonFieldReader::array(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isArray())
        return value.toArray();
    if (!value.isUndefined() && !value.isNull())
        fail(key, QStringLiteral("expected an array"));
    return {};
}

QJsonObject JsonFieldReader::object(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined() && !value.isNull())
        fail(key, QStringLiteral("expected an object"));
    return {};
}

} // namespace ga
