#pragma once

#include "secrets/KeychainSecretStore.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <optional>

// Test helpers that look into the real keyring with secret-tool, which talks to the Secret Service directly and so
// sees what really is stored, independently of QtKeychain.
struct SecretToolRun
{
    int exitCode = -1;
    QByteArray output;
};

inline std::optional<SecretToolRun> secretTool(const QStringList& arguments, int timeoutMs = 15000)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), arguments);
    if (!tool.waitForFinished(timeoutMs)) {
        tool.kill();
        tool.waitForFinished();
        return std::nullopt;
    }
    if (tool.exitStatus() != QProcess::NormalExit) {
        return std::nullopt;
    }
    return SecretToolRun{tool.exitCode(), tool.readAllStandardOutput()};
}

// QtKeychain's libsecret backend files binary data base64-encoded under {user: key, server: service}.
inline std::optional<QByteArray> lookUpInKeyring(const QString& key)
{
    const auto run = secretTool({QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
                                 dm::KeychainSecretStore::serviceName()});
    if (!run || run->exitCode != 0) {
        return std::nullopt;
    }
    return QByteArray::fromBase64(run->output.trimmed());
}
