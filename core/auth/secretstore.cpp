#include "secretstore.h"

#include <QCoreApplication>

namespace ga {

void SecretJob::cancel()
{
    fail({ SecretError::Kind::Cancelled, QCoreApplication::translate("ga::auth", "Cancelled.") });
}

void SecretJob::succeed(QString secret)
{
    if (isFinished())
        return;
    m_secret = std::move(secret);
    emitFinished();
}

void SecretJob::fail(SecretError error)
{
    if (isFinished())
        return;
    if (error.kind == SecretError::Kind::None)
        error.kind = SecretError::Kind::Failed;
    m_error = std::move(error);
    emitFinished();
}

} // namespace ga
