// libFuzzer: ga-emulator's request handling after Qt HttpServer has split the HTTP message:
// the query and form decoding, the signature check (V1 and V3, Authorization header parsing
// included), the routing by API version and the actions' parameter checks, GA's and
// Certificate Management's. The first byte picks the mode:
//   even: raw request. The rest is "query NUL header lines NUL body"; the verifier must
//         refuse or accept it without crashing (almost always refuse: no valid HMAC).
//   odd:  signed round trip. The rest is "action \n name=value \n ..."; the project's signer
//         signs it (V1 or V3 by the second bit, GA's or CAS's version by the third), the
//         request is decoded as the emulator decodes it, and the verifier must accept it. Its
//         parameters then go to the product the version names.
#include "api/castypes.h"
#include "api/credentials.h"
#include "api/requestsigner.h"
#include "casactions.h"
#include "casworld.h"
#include "clock.h"
#include "emulator.h"
#include "fuzzsupport.h"
#include "gaactions.h"
#include "productrouter.h"
#include "signatureverifier.h"

#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

using namespace ga;

namespace {

const QString keyId = QString::fromLatin1(emu::demoAccessKeyId);
const QString keySecret = QString::fromLatin1(emu::demoAccessKeySecret);
const QList<QByteArray> reservedV1Names { "AccessKeyId",    "Action",        "Format",
                                          "SecurityToken",  "Signature",     "SignatureMethod",
                                          "SignatureNonce", "SignatureType", "SignatureVersion",
                                          "Timestamp",      "Version" };
const QDateTime fixedNow(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc());

// The emulator's clock stands still, so that an input's timestamp is judged the same way
// every run.
class FixedClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return 0; }
    QDateTime utcNow() const override { return fixedNow; }
};
const FixedClock fixedClock;

// A fresh verifier and world for every input, so that one input cannot change what the next
// one meets (and LeakSanitizer sees every input free what it allocated).
struct Server
{
    emu::SignatureVerifier verifier { { { keyId, keySecret } }, &fixedClock };
    emu::EmulatorStats stats;
    emu::EventLog log;
    emu::GaActions actions { emu::World::generate(
                                 { 1, 2, 2, 4, emu::maxCertificateQuota, fixedNow }),
                             3'000, &stats, &log };
    emu::CasActions cas { emu::CasWorld::generate(actions.world(), { 1, {}, fixedNow }),
                          &actions.world(), &stats };
    emu::ProductRouter router { &actions, &cas };

    Server() { cas.setClock(&fixedClock); }
    void handle(const emu::Verdict &verdict)
    {
        (void)router.handle(verdict.apiVersion, verdict.action, verdict.params,
                            QStringLiteral("fuzz"));
    }
};

// As Emulator::decode does with what QHttpServerRequest gives it.
emu::IncomingRequest decode(const QByteArray &method, const QUrl &url, const v3::HeaderMap &headers,
                            const QByteArray &body)
{
    emu::IncomingRequest incoming;
    incoming.method = method;
    incoming.query = parseQueryString(url.query(QUrl::FullyEncoded).toLatin1());
    incoming.headers = headers;
    incoming.body = body;
    const auto type = incoming.headers.find("content-type");
    if (type != incoming.headers.end()
        && type->second.startsWith("application/x-www-form-urlencoded"))
        incoming.form = parseQueryString(incoming.body);
    return incoming;
}

void raw(Server &server, const QByteArray &input)
{
    const QList<QByteArray> parts = input.split('\0');
    v3::HeaderMap headers;
    for (const QByteArray &line : parts.value(1).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers[line.left(colon).trimmed().toLower()] = line.mid(colon + 1).trimmed();
    }
    QUrl url(QStringLiteral("http://127.0.0.1:8080/"));
    url.setQuery(QString::fromLatin1(parts.value(0)), QUrl::StrictMode);
    const emu::Verdict verdict = server.verifier.verify(
        decode(input.size() % 2 ? "GET" : "POST", url, headers, parts.value(2)));
    if (verdict.ok)
        server.handle(verdict);
}

void roundTrip(Server &server, const QByteArray &input, SignatureVersion version,
               const QByteArray &apiVersion)
{
    static quint64 counter = 0;
    const QList<QByteArray> lines = input.split('\n');
    ApiCall call;
    call.action = lines.value(0);
    call.apiVersion = apiVersion;
    if (call.action.isEmpty())
        return;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype eq = lines[i].indexOf('=');
        const QByteArray name = eq >= 0 ? lines[i].left(eq) : lines[i];
        // V1 carries its own common parameters beside the operation's; an operation
        // parameter of the same name would replace one of them. GaClient only sends the
        // operations' documented names, so these are left out rather than reported.
        if (name.isEmpty() || reservedV1Names.contains(name))
            continue;
        call.params[name] = eq >= 0 ? lines[i].mid(eq + 1) : QByteArray();
    }
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:8080"));
    const QByteArray nonce = "fuzz-" + QByteArray::number(++counter);
    const SignedRequest request = RequestSigner::sign(endpoint, call, Credentials(keyId, keySecret),
                                                      version, fixedNow, nonce);
    v3::HeaderMap headers;
    for (const auto &[name, value] : request.headers)
        headers[name] = value;
    headers["host"] = RequestSigner::hostHeader(endpoint);
    const emu::Verdict verdict = server.verifier.verify(
        decode(request.method, request.url(endpoint), headers, request.body));
    if (!verdict.ok) {
        // The emulator refused what the client signed: the two disagree on canonical form.
        std::fprintf(stderr, "signed request refused: %s: %s\n", qPrintable(verdict.code),
                     qPrintable(verdict.message));
        std::abort();
    }
    server.handle(verdict);
}

} // namespace

GA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest = ga::fuzz::bytes(data + 1, size - 1);
    Server server;
    if (data[0] % 2 == 0)
        raw(server, rest);
    else
        roundTrip(server, rest, data[0] & 2 ? SignatureVersion::V1 : SignatureVersion::V3,
                  data[0] & 4 ? QByteArray(casApiVersion) : QByteArray(gaApiVersion));
    return 0;
}
