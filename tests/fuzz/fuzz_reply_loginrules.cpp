// libFuzzer entry point: arbitrary bytes as the reply of loginRule/get and loginRule/update (one level's rules) and
// of loginRule/evaluate (the decision for a login).
#include "ReplyFuzzing.h"
#include "api/LoginRuleJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dm;
    const QJsonValue reply = fuzz::replyData(data, size);
    fuzz::consume(loginRuleDocumentFromJson(reply));
    fuzz::consume(loginDecisionFromJson(reply));
    // One rule alone, as the document's items are read.
    fuzz::consume(loginRuleFromJson(reply, QStringLiteral("rules[0]")));
    return 0;
}
