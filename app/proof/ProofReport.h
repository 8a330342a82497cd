#pragma once

#include "core/Expected.h"
#include "proof/ProofPack.h"
#include "timestamp/TimestampReply.h"

#include <QByteArray>
#include <QString>

namespace dm::proof {

// The 电子送达凭证 for the court file (report.pdf): A4 portrait, in Chinese, every figure taken from the draft and the
// timestamp. Carries the manifest's SHA-256 in its XMP metadata (dm:manifestSha256) so a verifier can bind it to the
// pack, and a QR code of that hash on the first page.
[[nodiscard]] Expected<QByteArray, QString> renderProofReport(const PackDraft& draft, const TimestampInfo& timestamp,
                                                              bool signedByCourt);

} // namespace dm::proof
