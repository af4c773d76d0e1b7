#include "casclient.h"

#include "casparser.h"
#include "clientcontext.h"
#include "failedjob.h"
#include "pagedjobs.h"
#include "rpccall.h"

#include <QCoreApplication>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::api)
};

ApiError unknownStore(const QString &certificateId)
{
    return ApiError::invalidInput(
        Text::tr("The certificate ID \"%1\" names no certificate store: expected "
                 "<number>-cn-hangzhou or <number>-ap-southeast-1.")
            .arg(certificateId));
}

} // namespace

bool isNotFound(const ApiError &error)
{
    return error.kind == ApiError::Kind::Service
        && error.code.contains(QLatin1String("NotFound"), Qt::CaseInsensitive)
        // The platform's own not-founds are about the caller, not the certificate.
        && !error.code.startsWith(QLatin1String("InvalidAccessKeyId"))
        && !error.code.startsWith(QLatin1String("InvalidAction"));
}

CasClient::CasClient(ClientContext *context, QUrl endpointOverride, QString configurationError,
                     QObject *parent)
    : CasApi(parent)
    , m_context(context)
    , m_endpointOverride(std::move(endpointOverride))
    , m_configurationError(std::move(configurationError))
{ }

QUrl CasClient::endpointFor(CasSite site) const
{
    return m_endpointOverride.isEmpty() ? casPublicEndpoint(site) : m_endpointOverride;
}

RpcCall *CasClient::newCall(const char *action, CasSite site, ParamMap params)
{
    // No RegionId: no CAS operation takes one (docs/cas-api.md §3).
    ApiCall call { QByteArray(action), std::move(params), QByteArray(casApiVersion),
                   endpointFor(site) };
    return new RpcCall(m_context, std::move(call), this);
}

Job<Page<CasCertificate>> *CasClient::listCertificates(CasSite site, int currentPage, int showSize)
{
    if (!m_configurationError.isEmpty())
        return new FailedJob<Page<CasCertificate>>(ApiError::invalidInput(m_configurationError),
                                                   this);
    if (site == CasSite::Unknown)
        return new FailedJob<Page<CasCertificate>>(unknownStore(QString()), this);
    if (currentPage < 1 || showSize < 1 || showSize > maxShowSize) {
        return new FailedJob<Page<CasCertificate>>(
            ApiError::invalidInput(Text::tr("ListCertificates takes pages from 1 and at most "
                                            "%1 certificates a page.")
                                       .arg(maxShowSize)),
            this);
    }
    return new ParsedCallJob<Page<CasCertificate>>(
        newCall("ListCertificates", site,
                { { "CurrentPage", QByteArray::number(currentPage) },
                  { "ShowSize", QByteArray::number(showSize) } }),
        &parse::casCertificatePage, this);
}

Job<CasCertificate> *CasClient::getCertificateDetail(const QString &certificateId)
{
    if (!m_configurationError.isEmpty())
        return new FailedJob<CasCertificate>(ApiError::invalidInput(m_configurationError), this);
    const CasSite site = casSiteOf(certificateId);
    if (site == CasSite::Unknown)
        return new FailedJob<CasCertificate>(unknownStore(certificateId), this);
    auto parser = [certificateId](const QJsonObject &body) -> Result<CasCertificate> {
        Result<CasCertificate> certificate = parse::casCertificate(body);
        // docs/cas-api.md §2: the join is exact; an answer about another certificate is not
        // an answer.
        if (certificate.ok() && certificate.value().certIdentifier != certificateId) {
            ApiError error;
            error.kind = ApiError::Kind::InvalidResponse;
            error.message = Text::tr("Asked for certificate %1, CAS answered about %2.")
                                .arg(certificateId, certificate.value().certIdentifier);
            return error;
        }
        return certificate;
    };
    return new ParsedCallJob<CasCertificate>(
        newCall("GetCertificateDetail", site,
                { { "CertificateId", casNumericId(certificateId).toLatin1() } }),
        parser, this);
}

} // namespace ga
