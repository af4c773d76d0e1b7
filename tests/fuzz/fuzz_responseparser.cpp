// libFuzzer: the JSON response parsers (core/api/responseparser, core/api/casparser), on any
// bytes a server could send as a 2xx body. They must return a value or an InvalidResponse
// error, never crash, and a CAS record that comes out holds no key field.
#include "api/casparser.h"
#include "api/responseparser.h"
#include "fuzzsupport.h"

#include <QJsonArray>

GA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ga::Result<QJsonObject> body = ga::parse::jsonObject(ga::fuzz::bytes(data, size));
    if (!body.ok())
        return 0;
    const QJsonObject &object = body.value();
    (void)ga::parse::acceleratorPage(object);
    (void)ga::parse::listenerPage(object);
    (void)ga::parse::certificatePage(object);
    (void)ga::parse::mutationAccepted(object);
    // The single-item parsers, on the body itself (Describe*) and on a list's first item.
    (void)ga::parse::accelerator(object);
    (void)ga::parse::listener(object);
    (void)ga::parse::certificate(object);
    const auto checkNoSecret = [](const ga::Result<ga::CasCertificate> &c) {
        if (!c.ok())
            return;
        for (const QString &field : ga::parse::casSecretFields()) {
            if (c.value().raw.contains(field))
                __builtin_trap();
        }
    };
    checkNoSecret(ga::parse::casCertificate(object));
    if (const auto page = ga::parse::casCertificatePage(object); page.ok()) {
        for (const ga::CasCertificate &c : page.value().items)
            checkNoSecret(c);
    }
    for (const char *list : { "Accelerators", "Listeners", "Certificates" }) {
        const QJsonValue items = object.value(QLatin1String(list));
        if (items.isArray() && !items.toArray().isEmpty()) {
            const QJsonObject first = items.toArray().first().toObject();
            (void)ga::parse::accelerator(first);
            (void)ga::parse::listener(first);
            (void)ga::parse::certificate(first);
        }
    }
    return 0;
}
