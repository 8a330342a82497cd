#pragma once

// The detached CMS signature of manifest.json (manifest.p7s): CourtSigner and signDetached() are declared in
// ProofPack.h; this is the other half, for the writer's sanity check and the verifier.

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

namespace dm::proof::pack {

struct SignatureCheck
{
    QString signerSubject;     // RFC 2253, UTF-8, e.g. "CN=某某人民法院,O=某某人民法院,C=CN"
    bool chainChecked = false; // the signer's certificate was verified against `trustedCaPem`
};

// Verifies a detached DER CMS signature over `content` (binary, no canonicalisation). Without `trustedCaPem` only the
// signature itself is checked (the certificate it carries is taken as it is); with it, the signer's certificate must
// chain to one of its certificates (any purpose).
[[nodiscard]] Expected<SignatureCheck, QString>
verifyDetached(const QByteArray& content, const QByteArray& signatureDer, const QByteArray& trustedCaPem = {});

} // namespace dm::proof::pack
