#pragma once

// What every libFuzzer target of the project shares: a QCoreApplication (the emulator's
// actions start timers), and the project's log categories silenced so that the fuzzer's own
// output stays readable and fast.

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

namespace ga::fuzz {

inline void setUp()
{
    static int argc = 1;
    static char name[] = "fuzzer";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ga.*=false\nqt.*=false"));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace ga::fuzz

#define GA_FUZZ_INIT                                                                               \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        ga::fuzz::setUp();                                                                         \
        return 0;                                                                                  \
    }
