#pragma once

// What the benchmarks share: their progress stream and the order statistics of their figures.
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace ga::bench {

// Progress goes to stderr; stdout holds the JSON document only.
inline QTextStream &progress()
{
    static QTextStream err(stderr);
    return err;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The nearest-rank value at fraction `p` (0.9: the 90th percentile).
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index
        = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace ga::bench
