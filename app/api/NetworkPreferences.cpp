#include "api/NetworkPreferences.h"

#include <QHostAddress>
#include <QSettings>

namespace dm {
namespace {

const QString kMode = QStringLiteral("proxyMode");
const QString kHost = QStringLiteral("proxyHost");
const QString kPort = QStringLiteral("proxyPort");
const QString kConnectTimeout = QStringLiteral("connectTimeoutSeconds");
const QString kTransferTimeout = QStringLiteral("transferTimeoutSeconds");

bool inRange(std::chrono::seconds timeout)
{
    return timeout >= NetworkPreferences::kMinTimeout && timeout <= NetworkPreferences::kMaxTimeout;
}

} // namespace

QString NetworkPreferences::group(const QUuid& profileId)
{
    // Inside the profile's own group (core/Profile.cpp), so removing the profile removes these with it.
    return QStringLiteral("profiles/%1/preferences/network/").arg(profileId.toString(QUuid::WithoutBraces));
}

QString NetworkPreferences::modeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxyMode NetworkPreferences::modeFromName(const QString& name)
{
    if (name == QLatin1String("manual")) {
        return ProxyMode::Manual;
    }
    return name == QLatin1String("none") ? ProxyMode::None : ProxyMode::System;
}

NetworkPreferences::Problem NetworkPreferences::problem() const
{
    if (proxyMode == ProxyMode::Manual) {
        const QString host = proxyHost.trimmed();
        if (host.isEmpty()) {
            return Problem::ProxyHostMissing;
        }
        // A bare name or address: "http://proxy", "proxy:8080" or "proxy/path" would never resolve. A colon is
        // only allowed in an IPv6 address.
        const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
        for (const QChar c : host) {
            if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('@') || c == QLatin1Char('?') ||
                c == QLatin1Char('#') || (c == QLatin1Char(':') && !ipv6)) {
                return Problem::ProxyHostInvalid;
            }
        }
        if (proxyPort == 0) {
            return Problem::ProxyPortMissing;
        }
    }
    if (!inRange(connectTimeout)) {
        return Problem::ConnectTimeoutOutOfRange;
    }
    if (!inRange(transferTimeout)) {
        return Problem::TransferTimeoutOutOfRange;
    }
    return Problem::None;
}

NetworkPreferences NetworkPreferences::load(const QSettings& settings, const QUuid& profileId)
{
    const QString prefix = group(profileId);
    NetworkPreferences preferences;
    preferences.proxyMode = modeFromName(settings.value(prefix + kMode).toString());
    preferences.proxyHost = settings.value(prefix + kHost).toString();
    const uint port = settings.value(prefix + kPort, 0).toUInt();
    preferences.proxyPort = port <= 65535 ? static_cast<quint16>(port) : 0;
    preferences.connectTimeout = std::chrono::seconds(
        settings.value(prefix + kConnectTimeout, qint64(preferences.connectTimeout.count())).toLongLong());
    preferences.transferTimeout = std::chrono::seconds(
        settings.value(prefix + kTransferTimeout, qint64(preferences.transferTimeout.count())).toLongLong());
    // A hand-edited file with a timeout out of range falls back rather than hanging or failing every request.
    const NetworkPreferences defaults;
    if (!inRange(preferences.connectTimeout)) {
        preferences.connectTimeout = defaults.connectTimeout;
    }
    if (!inRange(preferences.transferTimeout)) {
        preferences.transferTimeout = defaults.transferTimeout;
    }
    return preferences;
}

bool NetworkPreferences::save(QSettings& settings, const QUuid& profileId) const
{
    if (problem() != Problem::None || profileId.isNull()) {
        return false;
    }
    const QString prefix = group(profileId);
    settings.setValue(prefix + kMode, modeName(proxyMode));
    settings.setValue(prefix + kHost, proxyHost.trimmed());
    settings.setValue(prefix + kPort, uint(proxyPort));
    settings.setValue(prefix + kConnectTimeout, qint64(connectTimeout.count()));
    settings.setValue(prefix + kTransferTimeout, qint64(transferTimeout.count()));
    settings.sync();
    return settings.status() == QSettings::NoError;
}

QString NetworkPreferences::proxyAddress() const
{
    return QStringLiteral("%1:%2").arg(proxyHost.trimmed()).arg(proxyPort);
}

void NetworkPreferences::applyTo(ConnectionSettings& connection) const
{
    connection.proxyMode = proxyMode;
    connection.proxyHost = proxyMode == ProxyMode::Manual ? proxyHost.trimmed() : QString();
    connection.proxyPort = proxyMode == ProxyMode::Manual ? proxyPort : quint16(0);
    connection.connectTimeout = connectTimeout;
    connection.transferTimeout = transferTimeout;
}

} // namespace dm
