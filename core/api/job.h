#pragma once

#include "result.h"

#include <QObject>

#include <functional>

namespace ga {

// One call of the client, seen from the caller: it emits finished() exactly once, after
// which result() holds the value or the error, and then deletes itself (later).
class JobBase : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    // Stops the call; finished() still follows, with a Cancelled error.
    virtual void cancel() = 0;

signals:
    void finished();
    // A failed attempt will be tried again in `delayMs` (throttled, transient or a busy
    // instance), so a caller can show "waiting" with a countdown instead of a failure.
    void retryScheduled(const ga::ApiError &error, int delayMs);

protected:
    void emitFinished();

private:
    bool m_finished = false;
};

template<typename T> class Job : public JobBase
{
public:
    using JobBase::JobBase;

    const Result<T> &result() const { return m_result; }

    // Calls `handler(result)` when the job finishes, unless `context` is gone by then.
    template<typename Handler> void onFinished(QObject *context, Handler handler)
    {
        connect(this, &JobBase::finished, context,
                [this, handler = std::move(handler)] { handler(m_result); });
    }

protected:
    void finish(Result<T> result)
    {
        if (isFinished())
            return;
        m_result = std::move(result);
        emitFinished();
    }

private:
    Result<T> m_result { ApiError {} };
};

} // namespace ga
