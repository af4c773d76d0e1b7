#include "tablewriter.h"

#include <algorithm>

namespace ga {

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
        widths.append(title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c == cells.size() - 1) {
                text += cells[c];
            } else {
                text += cells[c].leftJustified(widths[c]);
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
