#include "api/SpkiPin.h"

#include <QCryptographicHash>
#include <QSslKey>

#include <openssl/x509.h>

#include <memory>
#include <vector>

namespace dm {
namespace {

struct X509Free
{
    void operator()(X509* certificate) const { X509_free(certificate); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr parseDer(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(der.isEmpty() ? nullptr : d2i_X509(nullptr, &bytes, static_cast<long>(der.size())));
}

// True when `child` carries a signature that `issuer`'s public key verifies. This is the check that ties a
// certificate to the key of the next one; names and order alone prove nothing.
bool signedBy(X509* child, X509* issuer)
{
    EVP_PKEY* issuerKey = X509_get0_pubkey(issuer);
    return issuerKey != nullptr && X509_verify(child, issuerKey) == 1;
}

bool isPinned(const QSslCertificate& certificate, const QList<QByteArray>& pins)
{
    const QByteArray pin = spkiSha256(certificate);
    return !pin.isEmpty() && pins.contains(pin);
}

} // namespace

QByteArray spkiSha256(const QSslCertificate& certificate)
{
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty()) {
        return {};
    }
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
}

PinMatch matchPins(const QList<QSslCertificate>& presentedChain, const QList<QByteArray>& pins)
{
    if (presentedChain.isEmpty() || pins.isEmpty()) {
        return PinMatch::None;
    }
    if (isPinned(presentedChain.first(), pins)) {
        return PinMatch::Leaf;
    }
    // Walk up from the leaf while each link is a real signature; stop at the first link that is not.
    std::vector<X509Ptr> parsed;
    parsed.reserve(static_cast<size_t>(presentedChain.size()));
    for (const QSslCertificate& certificate : presentedChain) {
        parsed.push_back(parseDer(certificate));
    }
    for (qsizetype i = 1; i < presentedChain.size(); ++i) {
        X509* child = parsed[static_cast<size_t>(i - 1)].get();
        X509* issuer = parsed[static_cast<size_t>(i)].get();
        if (child == nullptr || issuer == nullptr || !signedBy(child, issuer)) {
            return PinMatch::None;
        }
        if (isPinned(presentedChain.at(i), pins)) {
            return PinMatch::Issuer;
        }
    }
    return PinMatch::None;
}

} // namespace dm
