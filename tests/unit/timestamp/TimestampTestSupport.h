#pragma once

#include <QByteArray>
#include <QString>

// Made with OpenSSL directly, not with the code under test: queries the client library never sends, and a signer
// certificate that is not for time-stamping.
namespace timestamptest {

// A TimeStampReq over `digest` with the digest algorithm `digestName` ("SHA1", "SHA256", "SHA512"), no nonce.
QByteArray makeRequest(const char* digestName, const QByteArray& digest, bool certReq);

// A certificate for the sandbox TSA's own key, issued by its own CA with the TSA certificate's issuer and serial
// number, but for serverAuth instead of timeStamping: a token the TSA signed then names this certificate as its
// signer. `tsaDir` is the sandbox's <data>/tsa. Empty on failure.
QByteArray makeWrongUsageCertificate(const QString& tsaDir);

// `der` with one bit flipped at `index`.
QByteArray flipped(QByteArray der, qsizetype index);

} // namespace timestamptest
