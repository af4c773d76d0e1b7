#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ga {

// Reads fields of one JSON object the way docs/ga-api.md says the service really sends them:
// numbers sometimes as strings, timestamps in seconds or milliseconds, optional fields
// missing. A field of the wrong type, or a missing required one, records an error instead
// of crashing; the first error is kept.
class JsonFieldReader
{
public:
    enum Presence { Optional, Required };

    JsonFieldReader(const QJsonObject &object, QString context);

    QString string(QStringView key, Presence presence = Optional);
    qint64 integer(QStringView key, Presence presence = Optional);
    bool boolean(QStringView key);
    // Epoch seconds or milliseconds (told apart by magnitude), as a number or a string.
    QDateTime timestamp(QStringView key);
    QJsonArray array(QStringView key);
    QJsonObject object(QStringView key);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    void fail(QStringView key, const QString &problem);

    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

// Parses text as a 64-bit integer, accepting surrounding spaces; nullopt when it is not one.
std::optional<qint64> parseInteger(const QString &text);

} // namespace ga
