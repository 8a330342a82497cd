#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

namespace dm {

// The pin of a certificate: base64 of SHA-256 over its DER SubjectPublicKeyInfo. It equals
// `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`,
// and survives certificate renewal as long as the key stays the same.
[[nodiscard]] QByteArray spkiSha256(const QSslCertificate& certificate);

// True when any certificate of the presented chain matches one of the pins (leaf or intermediate pinning).
[[nodiscard]] bool chainMatchesPins(const QList<QSslCertificate>& chain, const QList<QByteArray>& pins);

} // namespace dm
