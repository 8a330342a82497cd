#include "api/LogFilters.h"

#include "api/FieldReader.h"
#include "api/ServiceCall.h"

namespace dm {

std::optional<ApiError> checkLogWindow(const LogWindow& window)
{
    const QString start = QStringLiteral("startTime");
    const QString end = QStringLiteral("endTime");
    const QString range = QStringLiteral("range");
    if (window.startTime < 0 || window.startTime > FieldReader::kMaxExact) {
        return clientValidationError(start, range);
    }
    if (window.endTime < 0 || window.endTime > FieldReader::kMaxExact || window.startTime >= window.endTime) {
        return clientValidationError(end, range);
    }
    if (window.endTime - window.startTime > kMaxLogWindowMs) {
        return clientValidationError(end, QStringLiteral("window"));
    }
    return std::nullopt;
}

} // namespace dm
