// bench_signing: V1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256) signatures per second through
// RequestSigner, with Google Benchmark. Each iteration signs one ListListenerCertificates
// call the way GaClient does before every send: a fresh nonce and the current time, then the
// canonical request, the string to sign and the HMAC. The "fixed" variants leave the nonce
// and the time out, to show what the signing itself costs.
//
//   bench_signing [--benchmark_format=json] [--benchmark_repetitions=N] ...

#include "api/credentials.h"
#include "api/requestsigner.h"

#include <QDateTime>

#include <benchmark/benchmark.h>

using namespace ga;

namespace {

ApiCall listCertificatesCall()
{
    return ApiCall { "ListListenerCertificates",
                     { { "AcceleratorId", "ga-bp1odcab8tmno0hdqtest" },
                       { "ListenerId", "lsr-bp1bpn0kn908w4nbwtest" },
                       { "MaxResults", "20" },
                       { "RegionId", "cn-hangzhou" },
                       { "Role", "additional" } } };
}

const QUrl endpoint(QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com"));

const Credentials &credentials()
{
    static const Credentials value(QStringLiteral("LTAI5tBenchAccessKey0001"),
                                   QStringLiteral("bench-secret-not-a-real-one"));
    return value;
}

void signAsTheClientDoes(benchmark::State &state, SignatureVersion version)
{
    const ApiCall call = listCertificatesCall();
    for (auto _ : state) {
        SignedRequest request
            = RequestSigner::sign(endpoint, call, credentials(), version,
                                  QDateTime::currentDateTimeUtc(), RequestSigner::newNonce());
        benchmark::DoNotOptimize(request);
    }
    state.SetItemsProcessed(state.iterations());
}

void signFixed(benchmark::State &state, SignatureVersion version)
{
    const ApiCall call = listCertificatesCall();
    const QDateTime time
        = QDateTime::fromString(QStringLiteral("2024-05-20T08:30:00Z"), Qt::ISODate);
    const QByteArray nonce("3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c");
    for (auto _ : state) {
        SignedRequest request
            = RequestSigner::sign(endpoint, call, credentials(), version, time, nonce);
        benchmark::DoNotOptimize(request);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_SignV1(benchmark::State &state)
{
    signAsTheClientDoes(state, SignatureVersion::V1);
}

void BM_SignV3(benchmark::State &state)
{
    signAsTheClientDoes(state, SignatureVersion::V3);
}

void BM_SignV1Fixed(benchmark::State &state)
{
    signFixed(state, SignatureVersion::V1);
}

void BM_SignV3Fixed(benchmark::State &state)
{
    signFixed(state, SignatureVersion::V3);
}

} // namespace

BENCHMARK(BM_SignV1);
BENCHMARK(BM_SignV3);
BENCHMARK(BM_SignV1Fixed);
BENCHMARK(BM_SignV3Fixed);

BENCHMARK_MAIN();
