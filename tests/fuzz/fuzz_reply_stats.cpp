// libFuzzer entry point: arbitrary bytes as the reply of the statistics endpoints: activationFunnel, mailDaily and
// logCounts.
#include "ReplyFuzzing.h"
#include "api/StatsJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dm;
    const QJsonValue reply = fuzz::replyData(data, size);
    fuzz::consume(activationFunnelFromJson(reply));
    fuzz::consume(mailDailyFromJson(reply));
    fuzz::consume(logCountFromJson(reply));
    return 0;
}
