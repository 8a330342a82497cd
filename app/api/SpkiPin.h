#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

namespace dm {

// The pin of a certificate: base64 of SHA-256 over its DER SubjectPublicKeyInfo. It equals
// `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`,
// and survives certificate renewal as long as the key stays the same.
[[nodiscard]] QByteArray spkiSha256(const QSslCertificate& certificate);

// Which certificate of a presented chain a pin vouches for.
enum class PinMatch
{
    None,   // no pinned key stands behind the leaf
    Leaf,   // the leaf's own key is pinned: the TLS handshake proved the server holds it
    Issuer, // a pinned key signed the leaf, directly or through the intermediates before it
};

// Matches `pins` against `presentedChain` (leaf first, as the peer sent it). A presented certificate is only a
// claim: anyone can append a copy of the genuine platform certificate to a chain of their own. So a pin counts
// when it is the leaf's key, or when it is the key of a certificate that, link by link, really signed the leaf
// (each certificate's signature verified with the next one's key). Never merely because it appears in the list.
[[nodiscard]] PinMatch matchPins(const QList<QSslCertificate>& presentedChain, const QList<QByteArray>& pins);

} // namespace dm
