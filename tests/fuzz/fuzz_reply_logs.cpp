// libFuzzer entry point: arbitrary bytes as the reply of the log queries: the extension's keyset-paged
// queryOperations, queryLogins and queryMails, and the vendor's page-numbered webLogin and receivedMail rows
// (with the split of their location into province and city).
#include "ReplyFuzzing.h"
#include "api/LogJson.h"
#include "api/VendorLogJson.h"

#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dm;
    const QJsonValue reply = fuzz::replyData(data, size);
    fuzz::consume(operationPageFromJson(reply));
    fuzz::consume(loginPageFromJson(reply));
    fuzz::consume(mailPageFromJson(reply));
    // The page asked for matters: the count check compares the rows against the ones before this page.
    for (const auto& [pageNum, pageSize] : {std::pair{1, kVendorLogMaxPageSize}, std::pair{4, 20}}) {
        fuzz::consume(webLoginPageFromJson(reply, pageNum, pageSize));
        fuzz::consume(receivedMailPageFromJson(reply, pageNum, pageSize));
    }
    // A row's location is free text from the vendor.
    if (reply.isObject()) {
        static_cast<void>(splitLocation(reply.toObject().value(QStringLiteral("location")).toString()));
    }
    return 0;
}
