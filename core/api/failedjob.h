#pragma once

#include "job.h"

#include <QTimer>

namespace ga {

// A job refused before anything was sent: it fails on the next turn of the event loop, so
// callers can connect first, as they would to a call that went out.
template<typename T> class FailedJob final : public Job<T>
{
public:
    FailedJob(ApiError error, QObject *parent)
        : Job<T>(parent)
    {
        QTimer::singleShot(0, this, [this, error] { this->finish(error); });
    }
    void cancel() override { }
};

} // namespace ga
