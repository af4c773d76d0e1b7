#include "canonicalquery.h"

#include "percentencoding.h"

namespace ga {

QByteArray canonicalQueryString(const ParamMap &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out.append('&');
        out.append(percentEncode(name));
        out.append('=');
        out.append(percentEncode(value));
    }
    return out;
}

ParamMap parseQueryString(QByteArrayView encoded)
{
    ParamMap params;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView pair = encoded.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArrayView name = eq < 0 ? pair : pair.first(eq);
            const QByteArrayView value = eq < 0 ? QByteArrayView() : pair.sliced(eq + 1);
            params[percentDecode(name, PlusHandling::PlusIsSpace)]
                = percentDecode(value, PlusHandling::PlusIsSpace);
        }
        start = end + 1;
    }
    return params;
}

} // namespace ga
