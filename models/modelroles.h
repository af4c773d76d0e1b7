#pragma once

#include <Qt>

namespace ga {

// Roles every ga model answers besides DisplayRole.
enum ModelRole {
    SortRole = Qt::UserRole + 1, // the raw value a column sorts by (numbers, times, text)
    IdRole, // the resource ID of the row
    FilterRole, // the text a filter box searches (ID, name, domain)
    StateRole, // the raw state string of the row ("active", "updating", ...)
    StateReadAtRole, // QDateTime the state was last read from the service
    ChangedAtRole, // QDateTime this cell last changed in a refresh (for a flash)
    RawJsonRole, // the QJsonObject the row was read from
};

} // namespace ga
