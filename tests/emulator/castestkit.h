#pragma once

// Helpers shared by the Certificate Management tests: a client that names the CAS version,
// what the GA world uses, the wildcard rule, and the JSON type checks.

#include "api/castypes.h"
#include "casworld.h"
#include "emulatorclient.h"
#include "emulatortestkit.h"
#include "world.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace ga::test {

inline constexpr qint64 dayMs = 86'400'000;

// A client for the CAS actions of `emulator`: the CAS version, no RegionId (no CAS operation
// has one).
inline std::unique_ptr<EmulatorClient> casClient(const emu::Emulator &emulator)
{
    auto client = std::make_unique<EmulatorClient>(emulator.baseUrl());
    client->setApiVersion(casApiVersion);
    client->setSendRegionId(false);
    return client;
}

// Every certificate ID the GA world uses, with the additional-certificate domains it serves
// there (none for a default certificate).
inline QMap<QString, QStringList> certificatesInUse(const emu::World &world)
{
    QMap<QString, QStringList> used;
    for (const emu::EmuListener &listener : world.listeners()) {
        if (!listener.isHttps())
            continue;
        used[listener.defaultCertificateId];
        for (const emu::EmuCertificate &c : listener.additional)
            used[c.certificateId].append(c.domain);
    }
    return used;
}

inline qint64 numberOf(const QString &certificateId)
{
    return certificateId.section(u'-', 0, 0).toLongLong();
}

// X.509 name matching as a browser does it: exact, or a wildcard for exactly one label
// ("*.api1.example.net" covers "x.api1.example.net", not "api1.example.net" nor
// "a.b.api1.example.net"); a wildcard domain of GA is covered only by that wildcard.
inline bool covers(const QString &san, const QString &domain)
{
    if (san.compare(domain, Qt::CaseInsensitive) == 0)
        return true;
    if (!san.startsWith(u"*.") || domain.startsWith(u"*."))
        return false;
    const qsizetype dot = domain.indexOf(u'.');
    return dot > 0 && domain.mid(dot + 1).compare(san.mid(2), Qt::CaseInsensitive) == 0;
}

inline bool coversAll(const QStringList &sans, const QStringList &domains)
{
    for (const QString &domain : domains) {
        if (std::none_of(sans.cbegin(), sans.cend(),
                         [&domain](const QString &san) { return covers(san, domain); }))
            return false;
    }
    return true;
}

inline bool isCertificateId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]+-(cn-hangzhou|ap-southeast-1)$"));
    return shape.match(id).hasMatch();
}

inline QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("absent");
}

// `object` has exactly these fields, each of its JSON type; the first difference, or empty.
inline QString fieldsDiffer(const QJsonObject &object,
                            const QList<QPair<const char *, QJsonValue::Type>> &expected)
{
    for (const auto &[name, type] : expected) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.type() != type)
            return QStringLiteral("%1 is %2, expected %3")
                .arg(QLatin1String(name), typeName(value.type()), typeName(type));
    }
    if (object.size() != expected.size()) {
        QStringList extra = object.keys();
        for (const auto &[name, type] : expected)
            extra.removeAll(QLatin1String(name));
        return QStringLiteral("unexpected fields: ") + extra.join(u',');
    }
    return {};
}

inline QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace ga::test
