#include "sync/SyncStream.h"

namespace dm {

QString SyncError::message() const
{
    if (const auto* api = std::get_if<ApiError>(&cause)) {
        return tr("Sync of %1 stopped: %2").arg(stream, api->message());
    }
    if (const auto* db = std::get_if<DbError>(&cause)) {
        return tr("Sync of %1 stopped: %2").arg(stream, db->message());
    }
    return tr("Sync of %1 was cancelled.").arg(stream);
}

} // namespace dm
