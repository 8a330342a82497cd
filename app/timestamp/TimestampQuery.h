#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

namespace dm {

// An RFC 3161 TimeStampReq for a SHA-256 digest: version 1, no policy (the TSA's default), a fresh random 64-bit
// nonce so that a replayed old answer cannot pass for this one, and certReq so that the token carries the signer's
// certificate and verifies with the CA alone.
struct TimestampQuery
{
    QByteArray der;    // what goes to the TSA, as application/timestamp-query
    QByteArray digest; // the SHA-256 digest it asks to be time-stamped
    quint64 nonce = 0;
};

[[nodiscard]] Expected<TimestampQuery, QString> makeTimestampQuery(const QByteArray& sha256Digest);

} // namespace dm
