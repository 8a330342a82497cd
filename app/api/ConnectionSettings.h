#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>

namespace dm {

// How one profile reaches its platform. Secrets (the authCode, tokens) are not here: they come from the keychain.
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
    double requestsPerSecond = 20; // the client keeps below the platform's limit
    int maxInFlight = 4;           // bulk work never has more requests outstanding than this
};

} // namespace dm
