#pragma once

#include "core/Account.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace dm {

class CacheSession;

// The two numbers that identify a recipient and are shown masked until someone chooses to see them.
enum class Pii
{
    IdNumber,
    Mobile,
};

// Records in the audit ledger that the operator revealed one of `account`'s numbers ("revealIdNumber" /
// "revealMobile", the number masked in the detail) and then calls `done` in `context`'s thread: with no error once the
// entry is written, or with the reason it was not, in which case nothing may be shown. Every place that unmasks a
// number goes through here, so no reveal escapes the ledger.
void recordPiiReveal(CacheSession& session, const Account& account, Pii which, QObject* context,
                     std::function<void(const std::optional<QString>& error)> done);

} // namespace dm
