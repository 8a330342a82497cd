#pragma once

#include "core/Expected.h"
#include "timestamp/TimestampReply.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dm {

// Verifies an RFC 3161 time-stamp, given as a whole TimeStampResp or as the bare token, the way `openssl ts -verify`
// does: a granted status, one CMS signature that matches the token's contents, a signer certificate that chains to a
// CA of `trustedChainPem` and is for time-stamping (critical extendedKeyUsage timeStamping), the ESS binding of that
// certificate, TSTInfo version 1, a TSA name that matches the signer, the imprint equal to `expectedDigest` (SHA-256
// for 32 bytes, SHA-512 for 64), and the nonce when one is expected.
//
// `trustedChainPem` is the TSA's chain as it publishes it (tsa-chain.pem): its self-signed CA certificates are the
// trust anchors; the others only help to find the signer and build the path. Certificates are checked at the current
// time. The error says in plain English which check failed.
[[nodiscard]] Expected<TimestampInfo, QString> verifyTimestamp(const QByteArray& tokenOrReplyDer,
                                                               const QByteArray& expectedDigest,
                                                               const QByteArray& trustedChainPem,
                                                               std::optional<quint64> expectedNonce = std::nullopt);

} // namespace dm
