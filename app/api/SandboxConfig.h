#pragma once

#include "api/ConnectionSettings.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dm {

// The one JSON line dmsandbox prints at start ({"baseUrl","appId","authCode","orgOpenId","domain","spkiSha256"}),
// turned into a pinned connection. The authCode of a local training sandbox is no secret worth a keychain.
struct SandboxConnection
{
    ConnectionSettings settings;
    QByteArray authCode;
};

[[nodiscard]] Expected<SandboxConnection, QString> readSandboxConfig(const QString& path);
// The same from the line already parsed (tests and benchmarks that start dmsandbox themselves); nullopt when it is not
// a complete connection line.
[[nodiscard]] std::optional<SandboxConnection> sandboxConnection(const QJsonObject& line);

} // namespace dm
