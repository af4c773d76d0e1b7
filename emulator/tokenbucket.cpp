#include "tokenbucket.h"

#include <algorithm>

namespace ga::emu {

bool TokenBucket::tryTake(const QString &key, qint64 nowMs)
{
    if (isUnlimited())
        return true;
    const double capacity = std::max(1.0, m_rate);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket { capacity, nowMs });
    Bucket &bucket = *it;
    bucket.tokens
        = std::min(capacity, bucket.tokens + double(nowMs - bucket.lastMs) * m_rate / 1000.0);
    bucket.lastMs = nowMs;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

} // namespace ga::emu
