#pragma once

#include "core/Expected.h"

#include <QString>

namespace dm::sandbox {

// The organisation the sandbox plays: the credentials an administrator would get from the vendor's console.
// Made once per data dir (random, so two sandboxes never share credentials) and kept in platform.json.
struct Identity
{
    QString appId;
    QString authCode;
    QString orgOpenId;
    QString domain;
};

[[nodiscard]] Expected<Identity, QString> loadOrCreateIdentity(const QString& dataDir);

} // namespace dm::sandbox
