#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ga::emu {

inline constexpr char demoAccessKeyId[] = "LTAI5tDemoAccessKey0001";
inline constexpr char demoAccessKeySecret[] = "demo-secret-for-the-local-emulator-only";

// Additional certificates per HTTPS listener (docs/ga-api.md §2.5): GA allows 3 by default and
// up to 10 through a quota increase. The emulator plays an account with the raised quota by
// default, so that the seeded world (4 certificates per listener) and the console's undo fit;
// --certificate-quota 3 plays an account with the default one. See docs/emulator.md.
inline constexpr int maxCertificateQuota = 10;
inline constexpr int defaultCertificateQuota = maxCertificateQuota;

// What the Certificate Management records of the certificates GA uses look like.
enum class CertificateHealth {
    Mixed, // some missing, expired, expiring or not covering their domains (docs/emulator.md)
    Fine, // every one present, covering its domains, more than 60 days from expiry
};

// Everything the emulator can be told, on its command line or by a test.
struct EmulatorOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString accessKeyId = QString::fromLatin1(demoAccessKeyId);
    QString accessKeySecret = QString::fromLatin1(demoAccessKeySecret);
    quint64 seed = 1;
    int accelerators = 6;
    int listeners = 4; // per accelerator
    int certificates = 12; // additional-certificate domains per HTTPS listener, 3 per certificate
    int certificateQuota
        = defaultCertificateQuota; // distinct certificate IDs an Associate may reach
    int updateMs = 3000; // how long a certificate operation keeps the listener updating
    int latencyMs = 0; // added to every response, without blocking the server
    double qps = 0; // per AccessKey; 0 = unlimited
    std::optional<double> casQps; // Certificate Management's own quota; unset: the same as qps
    double faultRate = 0; // share of requests answered 503 ServiceUnavailable
    double dropAfterApply = 0; // share of mutations applied, then the connection closed unanswered
    CertificateHealth certificateHealth = CertificateHealth::Mixed;
    // An unfiltered ListCertificates leaves expired certificates out (whether CAS does is
    // unverified, docs/cas-api.md §3), so a client's fallback to GetCertificateDetail can be
    // tested.
    bool casListHidesExpired = false;
    QString eventLogPath;
    QString tlsCertificatePath;
    QString tlsKeyPath;
};

struct EmulatorOptionsParse
{
    std::optional<EmulatorOptions> options;
    QString error; // a usage error: print it and exit 2
    bool helpRequested = false;
    bool versionRequested = false;
};

EmulatorOptionsParse parseEmulatorArguments(const QStringList &arguments);
QString emulatorUsage();

} // namespace ga::emu
