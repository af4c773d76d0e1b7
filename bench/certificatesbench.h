#pragma once

#include <QJsonObject>
#include <QString>

namespace ga::bench {

// The Certificates view at 8,000 rows: memory over loopback, first paint, a 1% refresh and
// a filter keystroke (bench/certificatesbench.cpp). Needs a QApplication.
QJsonObject certificatesView(int runs, const QString &emulatorBinary);

} // namespace ga::bench
