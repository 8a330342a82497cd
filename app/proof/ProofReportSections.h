#pragma once

#include "proof/ProofPack.h"
#include "timestamp/TimestampReply.h"

#include <QString>

namespace dm::proof {

class QrCode;
class ReportCanvas;

// Everything the 电子送达凭证 shows, gathered once for both passes.
struct ReportFacts
{
    const PackDraft& draft;
    const TimestampInfo& timestamp;
    bool signedByCourt = false;
    const QrCode& manifestQr;
    QString rule; // ruleInWords() of the determination
};

// The report's running head and foot note, the same on every page.
[[nodiscard]] QString runningHeadOf(const ReportFacts& facts);
[[nodiscard]] QString footNoteOf(const ReportFacts& facts);

// Lays out the whole report on `canvas`, page 1 first: once per pass, the same way each time.
void layOutProofReport(ReportCanvas& canvas, const ReportFacts& facts);

} // namespace dm::proof
