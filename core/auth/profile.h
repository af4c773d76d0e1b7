#pragma once

#include "api/requestsigner.h"

#include <QString>

namespace ga {

// A named set of connection settings. It never holds the AccessKey secret: that lives in a
// SecretStore under secretKey(), so a Profile can be saved, listed and logged freely.
struct Profile
{
    QString name;
    QString accessKeyId;
    QString endpoint; // empty: the default GA endpoint
    // Certificate Management for every store; empty: each store's public endpoint, picked
    // by the certificate ID's site (docs/cas-api.md §1).
    QString casEndpoint;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    bool readOnly = false; // refuses every mutation before anything is sent
    bool production = false; // the UI asks for typed confirmation before a mutation

    // The SecretStore key: "<name>:<accessKeyId>". Tying the key to the ID means a secret can
    // only ever be paired with the ID it was stored for, and a rotation to a new ID can write
    // the new secret before it lets go of the old one.
    QString secretKey() const;

    // Empty when the profile can be saved; otherwise what is wrong with it, for people.
    QString validate() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

// Names double as QSettings groups and keychain keys, so they stay plain: a letter or digit,
// then up to 63 letters, digits, '.', '_' or '-'. Empty when valid.
QString checkProfileName(const QString &name);

// "https://host" for a bare host, the URL itself otherwise; the form Profile::endpoint keeps.
QString normalizeEndpoint(const QString &endpoint);

} // namespace ga
