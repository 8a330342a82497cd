#pragma once

#include "core/Account.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dm {

// The one place for the display texts of an account's values: its status, how far it got with activation, the state
// of the newest change queued for it, and the times shown with them. The accounts table, its filter bar and detail
// pane, the Activation page's worklist and its CSV export all show these, so a state reads the same on every page
// (the log values have theirs in export/LogTexts, shared with dmctl).
class AccountTexts
{
    Q_DECLARE_TR_FUNCTIONS(AccountTexts)

public:
    [[nodiscard]] static QString status(AccountStatus status);
    [[nodiscard]] static QString activation(ActivationState state);
    // Empty when nothing was queued for the account.
    [[nodiscard]] static QString outbox(std::optional<OutboxState> state);
    // A time (ms) in local time to the minute, in a fixed form that sorts and reads the same in every language and
    // in a spreadsheet; empty for none or 0.
    [[nodiscard]] static QString minute(std::optional<qint64> ms);
    // Where the court got the recipient's address, in words.
    [[nodiscard]] static QString addressBasisKind(AddressBasisKind kind);
    // The kind in words with its date and reference, or that none is recorded.
    [[nodiscard]] static QString addressBasis(const std::optional<AddressBasis>& basis);
};

} // namespace dm
