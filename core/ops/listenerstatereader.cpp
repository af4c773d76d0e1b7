#include "listenerstatereader.h"

#include "api/gaapi.h"

namespace ga {

ListenerStateReader::ListenerStateReader(GaApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void ListenerStateReader::read(const QString &acceleratorId, QObject *context, Answer answer)
{
    const bool inFlight = m_waiting.contains(acceleratorId);
    m_waiting[acceleratorId].append({ context, std::move(answer) });
    if (inFlight)
        return;
    if (!m_api) {
        ApiError gone;
        gone.kind = ApiError::Kind::Cancelled;
        gone.message = QStringLiteral("The account's client closed.");
        for (const Waiter &waiter : m_waiting.take(acceleratorId)) {
            if (waiter.context)
                waiter.answer(gone);
        }
        return;
    }
    ++m_readsSent;
    m_api->listListeners(acceleratorId)
        ->onFinished(this, [this, acceleratorId](const Result<QList<Listener>> &result) {
            // Taken first: an answer may start the next read of the same accelerator.
            const QList<Waiter> waiters = m_waiting.take(acceleratorId);
            for (const Waiter &waiter : waiters) {
                if (waiter.context)
                    waiter.answer(result);
            }
        });
}

} // namespace ga
