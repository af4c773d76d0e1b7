// libFuzzer: the aliyun CLI config.json importer (AliyunConfigImport::parse), on any file
// content: a plan or a clear error, never a crash. The first byte picks whether one named
// profile is asked for.
#include "auth/aliyunconfigimport.h"
#include "fuzzsupport.h"

GA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray json = ga::fuzz::bytes(data + 1, size - 1);
    const QString only = data[0] % 2 ? QStringLiteral("default") : QString();
    const ga::Result<ga::AliyunImportPlan> plan
        = ga::AliyunConfigImport::parse(json, QStringLiteral("/fuzz/config.json"), only);
    if (plan.ok()) {
        for (const ga::AliyunImportPlan::Import &import : plan.value().imports)
            (void)import.profile.validate();
        for (const ga::AliyunImportPlan::SessionOnly &session : plan.value().sessionOnly)
            (void)session.credentials.toString();
    } else {
        (void)plan.error().toString();
    }
    return 0;
}
