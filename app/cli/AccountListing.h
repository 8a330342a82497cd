#pragma once

#include "api/AccountService.h"
#include "api/ApiError.h"
#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <variant>

namespace dm {

class PlatformClient;

// What `accounts list` asked for that the platform it reached cannot answer: a plain sentence, exit code 2.
struct ListingRefusal
{
    QString reason;
};

struct AccountListing
{
    QList<Account> accounts;
    // Read from the vendor's getAccountList because the platform lacks the delivery extension's listing; the filters
    // were then applied here.
    bool fromVendorListing = false;
};

using ListingOutcome = std::variant<AccountListing, ApiError, ListingRefusal>;

// The platform's accounts for `accounts list`, at most `limit`: the delivery extension's keyset listing with its
// filters applied by the platform, or, on a platform without the extension, the vendor's page-numbered listing of the
// unit (the whole domain by default) with the same filters applied here. The vendor's listing has no activation and
// no creation time, and leaves deleted accounts out, so a filter on any of them is refused there instead of answering
// with a wrong empty list.
class AccountLister
{
    Q_DECLARE_TR_FUNCTIONS(AccountLister)

public:
    static void list(PlatformClient& client, const AccountFilter& filter, int limit,
                     std::function<void(const ListingOutcome&)> done);

    // The extension's keyword rule (CONTRACT.md, delivery account listing), for rows that come without it.
    [[nodiscard]] static bool matchesKeyword(const Account& account, const QString& keyword);
};

} // namespace dm
