#pragma once

#include "world.h"

#include <QJsonObject>

// The JSON shapes of docs/ga-api.md §2, with their quirks: listener CreateTime is a number in
// ListListeners and a string in DescribeListener; PortRanges ports are integers and
// BackendPorts ports strings.
namespace ga::emu::json {

QJsonObject accelerator(const EmuAccelerator &accelerator);
QJsonObject listListenersItem(const EmuListener &listener);
QJsonObject describeListener(const EmuListener &listener);
QJsonObject certificate(const EmuCertificate &certificate, bool isDefault);

} // namespace ga::emu::json
