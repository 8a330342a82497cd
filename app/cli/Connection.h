#pragma once

#include "api/ConnectionSettings.h"
#include "api/TokenManager.h"
#include "core/Expected.h"
#include "core/Profile.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QUuid>

#include <memory>

namespace dm {

class SecretStore;

// Where dmctl connects and where its authCode comes from. Secrets never come from the command line (they would
// show in `ps`): from the keychain of a saved profile, from an environment variable named by --auth-code-env,
// from standard input with --auth-code-stdin, or from the file dmsandbox printed (--sandbox-config).
struct Connection
{
    ConnectionSettings settings;
    TokenManager::AuthCodeProvider authCode;
    std::shared_ptr<SecretStore> secrets; // the profile's keychain entries: authCode and the cache key
    QUuid cacheId;                        // names the local cache file and its keychain entries
    bool readOnly = false;
    bool sandbox = false; // a local dmsandbox: its time-stamping authority serves proof packs by default
};

struct CliOptions
{
    QCommandLineOption sandboxConfig{QStringLiteral("sandbox-config"), QStringLiteral("FILE"), QStringLiteral("FILE")};
    QCommandLineOption profile{QStringLiteral("profile"), QStringLiteral("NAME"), QStringLiteral("NAME")};
    QCommandLineOption authCodeEnv{QStringLiteral("auth-code-env"), QStringLiteral("VAR"), QStringLiteral("VAR")};
    QCommandLineOption authCodeStdin{QStringLiteral("auth-code-stdin"), QStringLiteral("-")};
    // A proxy that wants a user name and password: the name on the command line, the password in an environment
    // variable (never on the command line, where every user of the machine can read it).
    QCommandLineOption proxyUser{QStringLiteral("proxy-user"), QStringLiteral("Proxy user name."),
                                 QStringLiteral("USER")};
    QCommandLineOption proxyPasswordEnv{QStringLiteral("proxy-password-env"),
                                        QStringLiteral("Environment variable holding the proxy password."),
                                        QStringLiteral("VAR")};
};

// Resolves the connection options; the error is a one-line reason for stderr.
[[nodiscard]] Expected<Connection, QString> resolveConnection(const QCommandLineParser& parser,
                                                              const CliOptions& options, QSettings& settings);

// Reads the authCode the way the options say, for commands that store it (profile add).
[[nodiscard]] Expected<QByteArray, QString> readAuthCodeFromOptions(const QCommandLineParser& parser,
                                                                    const CliOptions& options);

} // namespace dm
