#pragma once

// A throw-away self-signed certificate for 127.0.0.1, made with the openssl command line
// (installed by scripts/install-deps.sh), for tests of HTTPS endpoints.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace ga::test {

// Writes cert.pem and key.pem into `dir`; returns an empty string on success, else why not.
// `subjectAltName` names the hosts the certificate is good for (openssl's syntax).
inline QString makeCertificate(const QString &dir,
                               const QStringList &keyArguments
                               = { QStringLiteral("-newkey"), QStringLiteral("rsa:2048") },
                               const QString &subjectAltName
                               = QStringLiteral("IP:127.0.0.1,DNS:localhost"))
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return QStringLiteral("no openssl executable: run scripts/install-deps.sh");
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(openssl,
                  QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + keyArguments
                      + QStringList { QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                      QStringLiteral("key.pem"), QStringLiteral("-out"),
                                      QStringLiteral("cert.pem"), QStringLiteral("-days"),
                                      QStringLiteral("2"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                      QStringLiteral("subjectAltName=") + subjectAltName });
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError());
    return {};
}

} // namespace ga::test
