#pragma once

#include "api/ConnectionSettings.h"

#include <QString>
#include <QUuid>

#include <chrono>

class QSettings;

namespace dm {

// How one profile reaches the network, as the Settings page's network section sets it: the proxy (the system's, one
// manual HTTP CONNECT proxy, or none) and the two timeouts. Kept beside the profile in the application's settings under
// profiles/<id>/preferences/network/; the proxy's user name and password are not here but in the profile's keychain
// entry `proxy-credentials` (ProxyCredentials), like the ones the proxy sign-in dialog saves.
struct NetworkPreferences
{
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    std::chrono::seconds connectTimeout{15};
    std::chrono::seconds transferTimeout{30};

    // What makes a set of preferences unusable, for a message that names the field.
    enum class Problem
    {
        None,
        ProxyHostMissing, // manual proxy without a host
        ProxyHostInvalid, // a host with spaces, a scheme or a path in it
        ProxyPortMissing, // manual proxy on port 0
        ConnectTimeoutOutOfRange,
        TransferTimeoutOutOfRange,
    };
    static constexpr std::chrono::seconds kMinTimeout{1};
    static constexpr std::chrono::seconds kMaxTimeout{600};

    [[nodiscard]] Problem problem() const;

    // The profile's preferences; the defaults (today's behaviour: system proxy, 15 s and 30 s) where none are kept.
    [[nodiscard]] static NetworkPreferences load(const QSettings& settings, const QUuid& profileId);
    // Refuses (false) preferences with a problem, and keeps nothing of them then.
    [[nodiscard]] bool save(QSettings& settings, const QUuid& profileId) const;

    // The proxy and timeouts of a profile's connections. The credentials already in `connection` stay: they say which
    // proxy they belong to (ProxyCredentials::proxy), so a manual proxy elsewhere is never handed them.
    void applyTo(ConnectionSettings& connection) const;
    // host:port of the manual proxy, as ProxyCredentials names the proxy its credentials are for.
    [[nodiscard]] QString proxyAddress() const;

    [[nodiscard]] static QString group(const QUuid& profileId);
    [[nodiscard]] static QString modeName(ProxyMode mode);
    [[nodiscard]] static ProxyMode modeFromName(const QString& name);
};

} // namespace dm
