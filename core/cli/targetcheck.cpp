#include "targetcheck.h"

#include "api/gaclient.h"
#include "gactlcontext.h"
#include "ops/targetpreflight.h"

#include <QCoreApplication>
#include <QSharedPointer>

#include <optional>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::gactl)
};

struct Reads
{
    std::optional<Accelerator> accelerator;
    std::optional<Listener> listener;
    int pending = 2;
    QString failure; // the first read that failed, for --verbose readers
};

} // namespace

void checkTarget(GactlContext &context, const QString &acceleratorId, const QString &listenerId,
                 std::function<void()> proceed)
{
    auto reads = QSharedPointer<Reads>::create();
    auto decide = [&context, reads, proceed] {
        if (--reads->pending > 0)
            return;
        if (!reads->failure.isEmpty()) {
            *context.err << "gactl: "
                         << Text::tr("could not check the target first (%1); sending anyway")
                                .arg(reads->failure)
                         << '\n';
        }
        if (reads->listener) {
            const QString reason = preflight::whyTargetRefuses(
                reads->accelerator ? &*reads->accelerator : nullptr, *reads->listener);
            if (!reason.isEmpty()) {
                return context.failWith(
                    ApiError::invalidInput(reason + u' ' + Text::tr("Nothing was sent.")));
            }
        }
        proceed();
    };
    context.client->describeAccelerator(acceleratorId)
        ->onFinished(context.client, [reads, decide](const Result<Accelerator> &result) {
            if (result.ok())
                reads->accelerator = result.value();
            else if (reads->failure.isEmpty())
                reads->failure = result.error().toString();
            decide();
        });
    context.client->describeListener(listenerId)
        ->onFinished(context.client, [reads, decide](const Result<Listener> &result) {
            if (result.ok())
                reads->listener = result.value();
            else if (reads->failure.isEmpty())
                reads->failure = result.error().toString();
            decide();
        });
}

} // namespace ga
