#include "tablewriter.h"

#include <algorithm>

namespace ga {
namespace {

// Columns a terminal gives the text: two for each wide character (CJK ideographs, kana,
// Hangul, fullwidth forms), as the Chinese table headers need, one for the rest.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace

TableWriter::TableWriter(QStringList header)
    : m_header(std::move(header))
{ }

void TableWriter::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append(std::move(cells));
}

QString TableWriter::render() const
{
    QList<qsizetype> widths;
    for (const QString &title : m_header)
        widths.append(displayWidth(title));
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c == cells.size() - 1) {
                text += cells[c];
            } else {
                text += cells[c];
                text += QString(widths[c] - displayWidth(cells[c]), u' ');
                text += QStringLiteral("  ");
            }
        }
        text += u'\n';
        return text;
    };
    QString text = line(m_header);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"))
                          : QStringLiteral("-");
}

QString formatPorts(const QList<PortRange> &ranges)
{
    const QString text = portRangesText(ranges, QStringLiteral(","));
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace ga
