// libFuzzer entry point: arbitrary bytes as the reply of mail/getEvidence (the delivery evidence behind a proof of
// delivery), and as the address basis an account or the evidence's recipient carries.
#include "ReplyFuzzing.h"
#include "api/EvidenceJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dm;
    const QJsonValue reply = fuzz::replyData(data, size);
    fuzz::consume(deliveryEvidenceFromJson(reply));
    fuzz::consume(addressBasisFromJson(reply, QStringLiteral("addressBasis")));
    return 0;
}
