#pragma once

#include <QString>

#include <random>

namespace ga::emu {

// A small deterministic generator: the same seed gives the same world on every machine
// (std::mt19937_64 is specified to the bit, unlike the standard distributions, which is why
// below() takes the remainder itself).
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed)
        : m_engine(seed)
    { }
    int below(int n) { return n <= 0 ? 0 : int(m_engine() % quint64(n)); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : qint64(m_engine() % quint64(n)); }
    // prefix + 17 characters of [a-z0-9], the shape of GA's resource IDs.
    QString id(const QString &prefix)
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        QString text = prefix;
        for (int i = 0; i < 17; ++i)
            text += QLatin1Char(alphabet[below(36)]);
        return text;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace ga::emu
