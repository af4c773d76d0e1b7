#pragma once

#include <QHash>
#include <QString>

namespace ga::emu {

// Requests per second per AccessKey, as a token bucket that holds one second's worth.
class TokenBucket
{
public:
    explicit TokenBucket(double ratePerSecond = 0)
        : m_rate(ratePerSecond)
    { }

    // True when the request may pass; `nowMs` is a monotonic clock in milliseconds.
    bool tryTake(const QString &key, qint64 nowMs);
    bool isUnlimited() const { return m_rate <= 0; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_rate;
    QHash<QString, Bucket> m_buckets;
};

} // namespace ga::emu
