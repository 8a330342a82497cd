#pragma once

#include "core/AddressBasis.h"

#include <QDate>
#include <QString>

#include <optional>

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
    // Where the court got the address: no kind means the row gives none (the other two are then empty).
    std::optional<AddressBasisKind> basisKind;
    QDate basisDate;
    QString basisReference; // trimmed; may be "" except for a confirmed basis

    [[nodiscard]] std::optional<AddressBasis> addressBasis() const
    {
        if (!basisKind) {
            return std::nullopt;
        }
        return AddressBasis{*basisKind, basisDate, basisReference};
    }

    friend bool operator==(const ImportRow&, const ImportRow&) = default;
};

} // namespace dm
