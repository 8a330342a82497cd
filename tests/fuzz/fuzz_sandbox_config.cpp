// libFuzzer entry point: arbitrary bytes as the connection file dmsandbox writes (its first line is read), through
// readSandboxConfig, which only takes a path: the bytes go to a temporary file first.
#include "api/SandboxConfig.h"

#include <QFile>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // One file for the whole run, rewritten for each input: creating one per input would dominate the time. A static
    // object, so that the file is removed when the run ends.
    static QTemporaryFile file;
    if (!file.isOpen() && !file.open()) {
        std::abort();
    }
    if (!file.resize(0) || !file.seek(0) ||
        file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size) || !file.flush()) {
        std::abort();
    }
    const auto connection = dm::readSandboxConfig(file.fileName());
    if (connection) {
        static_cast<void>(connection->settings.baseUrl.toString());
    } else {
        static_cast<void>(connection.error().size());
    }
    return 0;
}
