#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace ga {

struct GactlContext;
struct Profile;
class ProfileStore;
class SecretStore;

namespace profilecommands {

// Reads an AccessKey secret: the first line of stdin when stdin is not a terminal, else a
// prompt on the terminal with echo off. Never from argv, where `ps` and shell history see it.
// nullopt when nothing could be read.
using SecretReader = std::function<std::optional<QString>(const QString &prompt)>;
std::optional<QString> readSecret(const QString &prompt);

// gactl profile list | add NAME ... | remove NAME | import-aliyun [--config FILE] [--profile NAME]
void run(GactlContext &context, ProfileStore &profiles, SecretStore &secrets,
         const SecretReader &secretReader = &readSecret);

// Empty when the command may go on with this profile; otherwise why a read-only profile
// refuses it. Checked before anything is sent.
QString refusalForReadOnly(const QString &command, const Profile &profile);

} // namespace profilecommands
} // namespace ga
