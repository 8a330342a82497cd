#pragma once

#include "core/AddressBasis.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dm {

// What the platform refuses in an address basis (CONTRACT.md §10), checked before anything is sent: by the form as
// it is typed, by the import for every row, by dmctl for its options.
enum class AddressBasisProblem
{
    MissingDate,      // no date, or not a real one
    FutureDate,       // after the platform's today
    MissingReference, // a confirmed basis names the 送达地址确认书
    ReferenceTooLong, // more than AddressBasisRules::kReferenceMax characters
};

class AddressBasisRules
{
    Q_DECLARE_TR_FUNCTIONS(AddressBasisRules)

public:
    static constexpr qsizetype kReferenceMax = 128;

    // The platform's today: the date in Beijing (UTC+8), whatever the time zone of this machine.
    [[nodiscard]] static QDate today();
    // Every problem of `basis` (its reference taken trimmed), in the order date, reference; empty when the platform
    // would accept it.
    [[nodiscard]] static QList<AddressBasisProblem> problems(const AddressBasis& basis, const QDate& today);
    // Translated, one sentence, naming no value.
    [[nodiscard]] static QString message(AddressBasisProblem problem);

    // The kind a person wrote: 已确认/确认/confirmed, 受送达人提供/提供/provided, 法院查明/查明/courtFound (full-width
    // forms folded, case, spaces, '_' and '-' ignored); nullopt for anything else.
    [[nodiscard]] static std::optional<AddressBasisKind> kindFromText(QStringView text);
    // A date as spreadsheets write it: 2026-06-01, 2026/6/1, 2026.6.1, 2026年6月1日, 20260601, or the serial number of
    // an Excel date cell (46174). An invalid QDate for anything else, or a day that does not exist.
    [[nodiscard]] static QDate dateFromText(QStringView text);

    // Whether two bases say the same (none equals none).
    [[nodiscard]] static bool same(const std::optional<AddressBasis>& a, const std::optional<AddressBasis>& b);
};

} // namespace dm
