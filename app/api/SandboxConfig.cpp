#include "api/SandboxConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dm {

Expected<SandboxConnection, QString> readSandboxConfig(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected{QCoreApplication::translate("dm::SandboxConfig", "Cannot read %1.").arg(path)};
    }
    const QJsonObject config = QJsonDocument::fromJson(file.readLine()).object();
    SandboxConnection connection;
    connection.settings.baseUrl = QUrl(config.value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
    connection.settings.appId = config.value(QStringLiteral("appId")).toString();
    connection.settings.orgOpenId = config.value(QStringLiteral("orgOpenId")).toString();
    connection.settings.domain = config.value(QStringLiteral("domain")).toString();
    const QByteArray pin = config.value(QStringLiteral("spkiSha256")).toString().toLatin1();
    connection.authCode = config.value(QStringLiteral("authCode")).toString().toUtf8();
    if (connection.settings.baseUrl.scheme() != QLatin1String("https") || connection.settings.appId.isEmpty() ||
        connection.settings.orgOpenId.isEmpty() || QByteArray::fromBase64(pin).size() != 32 ||
        connection.authCode.isEmpty()) {
        return Unexpected{
            QCoreApplication::translate("dm::SandboxConfig", "%1 is not the line dmsandbox prints.").arg(path)};
    }
    connection.settings.pinnedKeys = {pin};
    return connection;
}

} // namespace dm
