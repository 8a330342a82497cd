#pragma once

#include <QString>

namespace dm {

// One validated row of an import file, normalised, ready to become a create request (NewAccount in
// api/AccountService.h) once the caller has resolved the unit.
struct ImportRow
{
    qsizetype row = 0;   // as Excel numbers it, for reports about what happens to the row later
    QString accountName; // lower-case local part
    QString name;
    QString idNumber;   // 18 characters with an upper-case X, or "" when none
    QString mobile;     // 11 digits
    QString caseNumber; // the platform's jobNumber; may be ""
    QString unit;       // a unit id or a unit name as written, or "" for the root unit

    friend bool operator==(const ImportRow&, const ImportRow&) = default;
};

} // namespace dm
