#include "percentencoding.h"

namespace ga {
namespace {

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray percentEncode(QByteArrayView utf8)
{
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char ch : utf8) {
        // Bytes >= 0x80 must be tested as unsigned: a signed char would be negative here.
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c)) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hexDigits[c >> 4]);
            out.append(hexDigits[c & 0x0F]);
        }
    }
    return out;
}

QByteArray percentDecode(QByteArrayView encoded, PlusHandling plus)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%' && i + 2 < encoded.size()) {
            const int hi = hexValue(encoded[i + 1]);
            const int lo = hexValue(encoded[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(static_cast<char>((hi << 4) | lo));
                i += 2;
                continue;
            }
        }
        out.append(plus == PlusHandling::PlusIsSpace && c == '+' ? ' ' : c);
    }
    return out;
}

} // namespace ga
