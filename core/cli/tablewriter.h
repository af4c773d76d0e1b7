#pragma once

#include "api/gatypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ga {

// Aligned columns for people: a header row, then one row per item; a cell never wraps.
class TableWriter
{
public:
    explicit TableWriter(QStringList header);
    void addRow(QStringList cells);
    QString render() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

// "2024-05-20 08:30:00Z", or "-" for an unknown time.
QString formatTime(const QDateTime &time);
// "443", "80-90,443", or "-".
QString formatPorts(const QList<PortRange> &ranges);

} // namespace ga
