#pragma once

#include "core/AddressBasisRules.h"
#include "core/ImportField.h"
#include "core/ImportLimits.h"
#include "core/ImportRow.h"
#include "core/TextEncoding.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dm {

// How to read and check an import file.
struct ImportOptions
{
    TextEncoding encoding = TextEncoding::Auto; // CSV only
    QStringList mapping;                        // COLUMN=FIELD entries (see ImportMapping)
    ImportLimits limits;
    // When set, an account cell may also be a whole address, which must be in this domain.
    QString mailDomain;
    // ID numbers must carry a birth date up to this day, and an address basis must not be dated after it. The
    // platform's today (Beijing), not this machine's: a row the platform would refuse must be refused here too.
    QDate today = AddressBasisRules::today();
    // Asked about every row that passed all other checks, including duplicates within the file: the field whose
    // value an account on the platform already has (the caller looks in its cache), or std::nullopt. The row is
    // then rejected with ImportIssue::Reason::DuplicateOnPlatform naming that field's column.
    std::function<std::optional<ImportField>(const ImportRow&)> existingOnPlatform;
};

} // namespace dm
