#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <map>

namespace ga {

// Request parameters as raw UTF-8 name/value pairs. std::map orders names byte by byte,
// which is the order both signature versions require (docs/signing.md §2.3: Domains.1 <
// Domains.10 < Domains.2).
using ParamMap = std::map<QByteArray, QByteArray>;

// enc(name)=enc(value) pairs in name order joined with '&'; an empty value gives "name=".
// The V1 canonicalised query string and the V3 canonical query string are both this.
QByteArray canonicalQueryString(const ParamMap &params);

// Parses "a=1&b=2" (a URL query or an x-www-form-urlencoded body) into decoded pairs.
// '+' is read as a space, as form encoders other than ours send it. Repeated names keep
// the last value.
ParamMap parseQueryString(QByteArrayView encoded);

} // namespace ga
