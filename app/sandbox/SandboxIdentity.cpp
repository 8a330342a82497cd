#include "sandbox/SandboxIdentity.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace dm::sandbox {
namespace {

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}

} // namespace

Expected<Identity, QString> loadOrCreateIdentity(const QString& dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("platform.json"));
    QFile stored(path);
    if (stored.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(stored.readAll()).object();
        Identity identity{
            object.value(QStringLiteral("appId")).toString(), object.value(QStringLiteral("authCode")).toString(),
            object.value(QStringLiteral("orgOpenId")).toString(), object.value(QStringLiteral("domain")).toString()};
        if (!identity.appId.isEmpty() && !identity.authCode.isEmpty() && !identity.orgOpenId.isEmpty() &&
            !identity.domain.isEmpty()) {
            return identity;
        }
        return Unexpected{QStringLiteral("%1 is damaged; remove the data dir to start afresh").arg(path)};
    }

    const Identity identity{QStringLiteral("sandbox-") + randomHex(8), randomHex(24),
                            QStringLiteral("org-") + randomHex(8), QStringLiteral("court.sandbox.test")};
    if (!QDir().mkpath(dataDir)) {
        return Unexpected{QStringLiteral("cannot create %1").arg(dataDir)};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Unexpected{QStringLiteral("cannot write %1").arg(path)};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("appId"), identity.appId},
                                         {QStringLiteral("authCode"), identity.authCode},
                                         {QStringLiteral("orgOpenId"), identity.orgOpenId},
                                         {QStringLiteral("domain"), identity.domain}})
                   .toJson());
    if (!file.commit()) {
        return Unexpected{QStringLiteral("cannot write %1").arg(path)};
    }
    return identity;
}

} // namespace dm::sandbox
