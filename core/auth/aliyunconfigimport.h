#pragma once

#include "api/credentials.h"
#include "api/job.h"
#include "api/result.h"
#include "profile.h"

#include <QList>
#include <QString>

namespace ga {

class ProfileStore;
class SecretStore;

// What importing the aliyun CLI's config.json would do, worked out before anything is written.
struct AliyunImportPlan
{
    // AK profiles: the profile goes to the ProfileStore, the secret to the SecretStore.
    struct Import
    {
        Profile profile;
        QString secret;
    };
    // StsToken profiles: the token expires and the CLI does not refresh it, and STS tokens stay
    // in memory only (docs/architecture.md, Credentials). These are handed to the caller and never
    // written anywhere: the GUI may keep them for its session; a one-shot command can only report
    // them.
    struct SessionOnly
    {
        Profile profile;
        Credentials credentials;
    };
    struct Skipped
    {
        QString name;
        QString mode;
        QString reason;
    };

    QString path;
    QList<Import> imports;
    QList<SessionOnly> sessionOnly;
    QList<Skipped> skipped;
};

// Reads ~/.aliyun/config.json (docs/reliability.md §1.1) and imports what GA Console can
// use. The file is opened read-only and never written. The endpoint and region of a CLI
// profile are not imported: they apply to every product the CLI calls, not to GA.
class AliyunConfigImport
{
public:
    static QString defaultPath(); // $HOME/.aliyun/config.json

    // Parses and checks the whole file. A malformed or unreadable file is an error and gives no
    // plan at all. `onlyProfile` non-empty: that CLI profile alone (an error if it is absent).
    // With `existing`, names already taken there are skipped with the reason.
    static Result<AliyunImportPlan> read(const QString &path, const QString &onlyProfile = {},
                                         const ProfileStore *existing = nullptr);
    // The same checks on the file's bytes; `path` only names the file in messages.
    static Result<AliyunImportPlan> parse(const QByteArray &json, const QString &path,
                                          const QString &onlyProfile = {},
                                          const ProfileStore *existing = nullptr);

    // Stores plan.imports: every secret first, then every profile. On the first failure it
    // undoes what it wrote and finishes with the error, so nothing is half-imported. Finishes
    // with the names imported.
    static Job<QStringList> *apply(const AliyunImportPlan &plan, ProfileStore *profiles,
                                   SecretStore *secrets, QObject *parent = nullptr);
};

} // namespace ga
