#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ga {

// The one encoder both signature versions use (docs/signing.md §2.1): the RFC 3986 unreserved
// bytes A-Z a-z 0-9 - _ . ~ stay, every other UTF-8 byte becomes %XX with uppercase hex.
// Space is %20, never '+'.
QByteArray percentEncode(QByteArrayView utf8);

// Decodes %XX escapes; with PlusIsSpace, '+' reads as a space as form bodies and query
// strings from other clients send it. Malformed escapes are kept literally.
enum class PlusHandling { PlusIsLiteral, PlusIsSpace };
QByteArray percentDecode(QByteArrayView encoded, PlusHandling plus = PlusHandling::PlusIsLiteral);

} // namespace ga
