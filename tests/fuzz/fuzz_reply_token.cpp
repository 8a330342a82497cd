// libFuzzer entry point: arbitrary bytes as the reply of acquireToken and of a refresh, read by
// tokenwire::grantFromJson as TokenManager reads them.
#include "ReplyFuzzing.h"
#include "api/TokenWire.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonValue reply = dm::fuzz::replyData(data, size);
    for (const bool isRefresh : {false, true}) {
        dm::fuzz::consume(dm::tokenwire::grantFromJson(reply, isRefresh));
    }
    return 0;
}
