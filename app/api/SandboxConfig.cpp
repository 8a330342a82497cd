#include "api/SandboxConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace dm {

std::optional<SandboxConnection> sandboxConnection(const QJsonObject& line)
{
    SandboxConnection connection;
    connection.settings.baseUrl = QUrl(line.value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
    connection.settings.appId = line.value(QStringLiteral("appId")).toString();
    connection.settings.orgOpenId = line.value(QStringLiteral("orgOpenId")).toString();
    connection.settings.domain = line.value(QStringLiteral("domain")).toString();
    const QByteArray pin = line.value(QStringLiteral("spkiSha256")).toString().toLatin1();
    connection.authCode = line.value(QStringLiteral("authCode")).toString().toUtf8();
    if (connection.settings.baseUrl.scheme() != QLatin1String("https") || connection.settings.appId.isEmpty() ||
        connection.settings.orgOpenId.isEmpty() || QByteArray::fromBase64(pin).size() != 32 ||
        connection.authCode.isEmpty()) {
        return std::nullopt;
    }
    connection.settings.pinnedKeys = {pin};
    return connection;
}

Expected<SandboxConnection, QString> readSandboxConfig(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected{QCoreApplication::translate("dm::SandboxConfig", "Cannot read %1.").arg(path)};
    }
    auto connection = sandboxConnection(QJsonDocument::fromJson(file.readLine()).object());
    if (!connection) {
        return Unexpected{
            QCoreApplication::translate("dm::SandboxConfig", "%1 is not the line dmsandbox prints.").arg(path)};
    }
    return std::move(*connection);
}

} // namespace dm
