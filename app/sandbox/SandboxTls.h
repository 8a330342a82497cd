#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dm::sandbox {

// The sandbox's own TLS identity: an EC P-256 key and a self-signed certificate for localhost, 127.0.0.1 and ::1,
// made with OpenSSL on first start and kept in the data dir, so the pin printed at start stays the same across
// restarts.
struct TlsMaterial
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    // base64(SHA-256(DER SubjectPublicKeyInfo)), computed with OpenSSL independently of dm_api's pinning code.
    QByteArray spkiSha256;
};

// A fresh EC P-256 key and a self-signed certificate for `subjectAltNames` (OpenSSL syntax, e.g. "DNS:localhost",
// "IP:127.0.0.1"), valid from now + notBeforeSeconds to now + notAfterSeconds. Tests use it for wrong-host and
// expired certificates.
[[nodiscard]] Expected<TlsMaterial, QString> makeSelfSignedMaterial(const QStringList& subjectAltNames,
                                                                    long notBeforeSeconds, long notAfterSeconds);

// Loads tls/cert.pem and tls/key.pem from `dataDir`, or creates them when missing, mismatched or expired.
[[nodiscard]] Expected<TlsMaterial, QString> loadOrCreateTlsMaterial(const QString& dataDir);

} // namespace dm::sandbox
