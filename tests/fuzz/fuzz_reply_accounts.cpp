// libFuzzer entry point: arbitrary bytes as the reply of every account and unit endpoint, vendor and extension:
// getAccount and its siblings (one account), delivery/account/list (keyset pages), unit/getAccountList (numbered
// pages), getUnitList and createUnit, getActivation and resendActivation, and resetPassword. Each reader gets the
// same `data`, since a platform that answers the wrong shape must be refused by any of them without harm.
#include "ReplyFuzzing.h"
#include "api/AccountJson.h"
#include "api/AccountReplyJson.h"

#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dm;
    const QJsonValue reply = fuzz::replyData(data, size);
    fuzz::consume(accountFromJson(reply));
    fuzz::consume(pageFromJson<Account>(reply, [](const QJsonValue& item) { return accountFromJson(item); }));
    // The page asked for matters: the count check compares the rows against the ones before this page.
    for (const auto& [pageNum, pageSize] : {std::pair{1, 50}, std::pair{3, 100}}) {
        fuzz::consume(unitAccountPageFromJson(reply, pageNum, pageSize));
    }
    fuzz::consume(unitFromJson(reply));
    fuzz::consume(unitListFromJson(reply, QStringLiteral("court.example")));
    fuzz::consume(activationFromJson(reply, QStringLiteral("activation")));
    fuzz::consume(activationReplyFromJson(reply));
    fuzz::consume(passwordResetFromJson(reply));
    return 0;
}
