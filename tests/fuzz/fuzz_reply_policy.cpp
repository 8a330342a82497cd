// libFuzzer entry point: arbitrary bytes as the reply of policy/get and policy/update (one level's document) and of
// policy/getEffective (the merged policy with its sources and versions).
#include "ReplyFuzzing.h"
#include "api/PolicyJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dm;
    const QJsonValue reply = fuzz::replyData(data, size);
    fuzz::consume(policyDocumentFromJson(reply));
    fuzz::consume(effectivePolicyFromJson(reply));
    // The policy object alone, as both documents nest it.
    fuzz::consume(deliveryPolicyFromJson(reply, QStringLiteral("policy")));
    return 0;
}
