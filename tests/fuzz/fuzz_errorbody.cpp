// libFuzzer: the error parser (parse::errorBody) and the clock-skew explanation built from the
// Date header of an InvalidTimeStamp.Expired answer. Input: 2 bytes of HTTP status, one line
// for the Date header, then the body.
#include "api/responseparser.h"
#include "fuzzsupport.h"

#include <QTimeZone>

GA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray rest = ga::fuzz::bytes(data + 2, size - 2);
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray date = newline >= 0 ? rest.left(newline) : QByteArray();
    const QByteArray body = newline >= 0 ? rest.mid(newline + 1) : rest;

    ga::ApiError error = ga::parse::errorBody(status, body);
    (void)error.toString();
    (void)error.isTransient();
    (void)error.isThrottling();
    (void)error.isBusy();
    // Every error, and the one code the explanation is for.
    const QDateTime signedAt(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc());
    ga::parse::explainClockSkew(error, date, signedAt);
    error.kind = ga::ApiError::Kind::Service;
    error.code = QStringLiteral("InvalidTimeStamp.Expired");
    ga::parse::explainClockSkew(error, date, signedAt);
    (void)error.toString();
    (void)ga::parse::httpDate(body);
    return 0;
}
