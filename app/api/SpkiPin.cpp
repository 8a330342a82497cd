#include "api/SpkiPin.h"

#include <QCryptographicHash>
#include <QSslKey>

namespace dm {

QByteArray spkiSha256(const QSslCertificate& certificate)
{
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty()) {
        return {};
    }
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
}

bool chainMatchesPins(const QList<QSslCertificate>& chain, const QList<QByteArray>& pins)
{
    for (const QSslCertificate& certificate : chain) {
        const QByteArray pin = spkiSha256(certificate);
        if (!pin.isEmpty() && pins.contains(pin)) {
            return true;
        }
    }
    return false;
}

} // namespace dm
