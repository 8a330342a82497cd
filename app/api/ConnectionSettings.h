#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>

namespace dm {

// Credentials for a proxy that asks for them. Read from the keychain entry `proxy-credentials` (never saved with the
// profile) and carried here so that every connection of the session, on any thread, can answer the proxy.
struct ProxyCredentials
{
    QString user;
    QString password;
    // host:port of the proxy they belong to: no other proxy gets them (an automatic proxy configuration may name
    // another one, and Basic sign-in hands the password to whoever asks). Empty: any proxy (dmctl's options).
    QString proxy;

    // The longest of each the dialog and the keychain accept: a host name has at most 255 characters and a port five
    // digits. Even at three bytes of UTF-8 a character, the keychain entry (toSecret) stays within
    // SecretStore::MaxValueSize, under the 2,560 bytes Windows Credential Manager keeps.
    static constexpr qsizetype MaxUserLength = 256;
    static constexpr qsizetype MaxPasswordLength = 256;
    static constexpr qsizetype MaxProxyLength = 255 + 1 + 5;

    [[nodiscard]] bool isEmpty() const { return user.isEmpty(); }
    [[nodiscard]] bool fitsLimits() const
    {
        return user.size() <= MaxUserLength && password.size() <= MaxPasswordLength && proxy.size() <= MaxProxyLength;
    }
    [[nodiscard]] bool isFor(const QString& where) const { return proxy.isEmpty() || proxy == where; }
    [[nodiscard]] static QString secretName() { return QStringLiteral("proxy-credentials"); }
    // The keychain's form, UTF-8 lines: the proxy, the user name, the password. Neither of the first two holds a
    // line break.
    [[nodiscard]] QByteArray toSecret() const
    {
        return proxy.toUtf8() + '\n' + user.toUtf8() + '\n' + password.toUtf8();
    }
    [[nodiscard]] static ProxyCredentials fromSecret(const QByteArray& secret)
    {
        const qsizetype first = secret.indexOf('\n');
        const qsizetype second = first < 0 ? -1 : secret.indexOf('\n', first + 1);
        if (second <= first + 1) {
            return {};
        }
        return {QString::fromUtf8(secret.mid(first + 1, second - first - 1)), QString::fromUtf8(secret.mid(second + 1)),
                QString::fromUtf8(secret.left(first))};
    }
};

// The longest authorization code accepted: the platform's limit on a string field (dmsandbox's 256 characters), kept
// by the profile wizard and dmctl so that its keychain entry, at three bytes of UTF-8 a character, stays within
// SecretStore::MaxValueSize.
inline constexpr qsizetype MaxAuthCodeLength = 256;

// Which proxy a profile's connections take. System asks the operating system per request (PAC, WPAD, environment);
// Manual sends every request through one HTTP CONNECT proxy (courts whose proxy the system does not announce); None
// connects directly even where the system names a proxy.
enum class ProxyMode
{
    System,
    Manual,
    None,
};

// How one profile reaches its platform. The authCode and tokens are not here: they come from the keychain. Only the
// proxy's credentials travel with the settings, because every connection of the session needs them.
struct ConnectionSettings
{
    QUrl baseUrl; // e.g. https://api.qiye.163.com; the sandbox prints its own
    QString appId;
    QString orgOpenId;
    QString domain; // the mail domain of the delivery mailboxes
    // SPKI SHA-256 pins (base64). When set, the leaf's key must be one of these, or a pinned key must have signed the
    // leaf through the chain (matchPins), checked as soon as the connection is encrypted and before the request body
    // leaves. A pinned leaf may be self-signed; a pinned issuer still needs a chain that TLS trusts.
    QList<QByteArray> pinnedKeys;
    // When set, these CAs replace the system trust store for this profile.
    QList<QSslCertificate> trustedCas;
    std::chrono::milliseconds transferTimeout{30000};
    // From the request's start until it is on the wire (proxy, TCP and TLS included): a proxy or platform that never
    // answers fails here rather than after the whole transfer timeout.
    std::chrono::milliseconds connectTimeout{15000};
    // The client keeps below the platform's limit (not public; the sandbox admits 100 a second per app, CONTRACT.md
    // §6), with room for a second client of the same app, and slows down when told to (-423/-422 with retryAfterMs).
    // At 20 a second a sync of 1000-row pages could never pass 20,000 rows a second, however fast both ends were.
    double requestsPerSecond = 50;
    int maxInFlight = 4;    // bulk work never has more requests outstanding than this
    ProxyCredentials proxy; // empty: the proxy (if any) is not given credentials
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost; // ProxyMode::Manual only
    quint16 proxyPort = 0;
};

} // namespace dm
