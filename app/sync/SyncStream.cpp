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

ApiError repeatedCursorError(const QString& stream)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.detail =
        QStringLiteral("%1: the platform answered the same cursor twice; the listing was stopped").arg(stream);
    return error;
}

} // namespace dm
