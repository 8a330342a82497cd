#include "cli/Connection.h"

#include "api/NetworkPreferences.h"
#include "api/SandboxConfig.h"
#include "cli/Commands.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QTextStream>

#include <cstdio>

namespace dm {
namespace {

TokenManager::AuthCodeProvider fixedAuthCode(QByteArray authCode)
{
    return [authCode](std::function<void(Expected<QByteArray, ApiError>)> done) { done(authCode); };
}

// The profile or sandbox the options name, without the proxy's credentials.
Expected<Connection, QString> resolveProfile(const QCommandLineParser& parser, const CliOptions& options,
                                             QSettings& settings);

// The proxy's user name and password, when the options give them (the password from an environment variable).
Expected<ProxyCredentials, QString> readProxyCredentials(const QCommandLineParser& parser, const CliOptions& options)
{
    if (!parser.isSet(options.proxyUser) && !parser.isSet(options.proxyPasswordEnv)) {
        return ProxyCredentials{};
    }
    if (!parser.isSet(options.proxyUser) || !parser.isSet(options.proxyPasswordEnv)) {
        return Unexpected{CliText::tr("Give both --proxy-user USER and --proxy-password-env VAR.")};
    }
    const QString user = parser.value(options.proxyUser);
    const QByteArray name = parser.value(options.proxyPasswordEnv).toLocal8Bit();
    if (user.isEmpty() || user.contains(QLatin1Char('\n'))) {
        return Unexpected{CliText::tr("The proxy user name is empty or holds a line break.")};
    }
    if (!qEnvironmentVariableIsSet(name.constData())) {
        return Unexpected{CliText::tr("The environment variable %1 is not set (the proxy password).")
                              .arg(QString::fromLocal8Bit(name))};
    }
    return ProxyCredentials{user, qEnvironmentVariable(name.constData()), QString()}; // for whichever proxy asks
}

} // namespace

namespace {

// Refused rather than cut: a shortened code would be stored and then fail at the platform for no visible reason.
Expected<QByteArray, QString> withinAuthCodeLimit(const QByteArray& value)
{
    if (QString::fromUtf8(value).size() > MaxAuthCodeLength) {
        return Unexpected{CliText::tr("The authorization code is longer than %1 characters: check what was given.")
                              .arg(MaxAuthCodeLength)};
    }
    return value;
}

} // namespace

Expected<QByteArray, QString> readAuthCodeFromOptions(const QCommandLineParser& parser, const CliOptions& options)
{
    if (parser.isSet(options.authCodeEnv)) {
        const QByteArray name = parser.value(options.authCodeEnv).toLocal8Bit();
        const QByteArray value = qgetenv(name.constData()).trimmed();
        if (value.isEmpty()) {
            return Unexpected{CliText::tr("The environment variable %1 holds no authorization code.")
                                  .arg(QString::fromLocal8Bit(name))};
        }
        return withinAuthCodeLimit(value);
    }
    if (parser.isSet(options.authCodeStdin)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return Unexpected{CliText::tr("Standard input cannot be read.")};
        }
        const QByteArray value = in.readLine().trimmed();
        if (value.isEmpty()) {
            return Unexpected{CliText::tr("Standard input holds no authorization code.")};
        }
        return withinAuthCodeLimit(value);
    }
    return Unexpected{CliText::tr("No authorization code given: use --auth-code-env VAR or --auth-code-stdin.")};
}

Expected<Connection, QString> resolveConnection(const QCommandLineParser& parser, const CliOptions& options,
                                                QSettings& settings)
{
    const auto proxy = readProxyCredentials(parser, options);
    if (!proxy) {
        return Unexpected{proxy.error()};
    }
    auto connection = resolveProfile(parser, options, settings);
    if (connection) {
        connection->settings.proxy = *proxy;
    }
    return connection;
}

namespace {

Expected<Connection, QString> resolveProfile(const QCommandLineParser& parser, const CliOptions& options,
                                             QSettings& settings)
{
    if (parser.isSet(options.sandboxConfig) == parser.isSet(options.profile)) {
        return Unexpected{CliText::tr("Give exactly one of --sandbox-config FILE or --profile NAME.")};
    }
    Connection connection;
    if (parser.isSet(options.sandboxConfig)) {
        auto sandbox = readSandboxConfig(parser.value(options.sandboxConfig));
        if (!sandbox) {
            return Unexpected{sandbox.error()};
        }
        connection.settings = sandbox->settings;
        connection.authCode = fixedAuthCode(sandbox->authCode);
        // A sandbox has no saved profile; its cache is named after the platform and organisation.
        connection.cacheId =
            sandboxCacheId(connection.settings.baseUrl, connection.settings.appId, connection.settings.orgOpenId);
        connection.secrets = std::make_shared<KeychainSecretStore>(connection.cacheId);
        connection.sandbox = true;
        return connection;
    }

    const auto profile = ProfileStore(settings).find(parser.value(options.profile));
    if (!profile) {
        return Unexpected{
            CliText::tr("There is no profile named %1 (see: dmctl profile list).").arg(parser.value(options.profile))};
    }
    connection.settings.baseUrl = profile->baseUrl;
    connection.settings.appId = profile->appId;
    connection.settings.orgOpenId = profile->orgOpenId;
    connection.settings.domain = profile->domain;
    connection.settings.pinnedKeys = profile->pinnedKeys;
    // The proxy and timeouts the Settings page keeps for the profile: dmctl goes out the way dmadmin does. A manual
    // proxy's credentials come from --proxy-user and --proxy-password-env (never read from the keychain unasked).
    NetworkPreferences::load(settings, profile->id).applyTo(connection.settings);
    connection.readOnly = profile->readOnly;
    connection.sandbox = profile->sandbox;
    if (!profile->caFile.isEmpty()) {
        connection.settings.trustedCas = QSslCertificate::fromPath(profile->caFile);
        if (connection.settings.trustedCas.isEmpty()) {
            return Unexpected{CliText::tr("The CA file %1 of the profile holds no certificate.").arg(profile->caFile)};
        }
    }
    auto keychain = std::make_shared<KeychainSecretStore>(profile->id);
    connection.secrets = keychain;
    connection.cacheId = profile->id;
    if (parser.isSet(options.authCodeEnv) || parser.isSet(options.authCodeStdin)) {
        auto authCode = readAuthCodeFromOptions(parser, options);
        if (!authCode) {
            return Unexpected{authCode.error()};
        }
        connection.authCode = fixedAuthCode(*authCode);
        return connection;
    }
    std::weak_ptr<KeychainSecretStore> weak = keychain;
    connection.authCode = [weak](std::function<void(Expected<QByteArray, ApiError>)> done) {
        auto store = weak.lock();
        if (!store) {
            return;
        }
        store->read(QStringLiteral("auth-code"), nullptr, [done](SecretValue value) {
            if (!value) {
                ApiError error;
                error.kind = ApiError::Kind::Auth;
                error.detail = value.error().message;
                done(Unexpected{error});
                return;
            }
            done(*value);
        });
    };
    return connection;
}

} // namespace

} // namespace dm
