#pragma once

#include "core/DeliveryEvidence.h"
#include "proof/ProofPack.h"
#include "proof/ProofReportCanvas.h"

namespace dm::proof {

// The tables of the 电子送达凭证, built from the evidence; ReportCanvas lays them out.

struct KeyValue
{
    QString label;
    ReportCanvas::Cell value;
};

[[nodiscard]] ReportCanvas::Table keyValueTable(const QList<KeyValue>& rows);
// Name, size and type of each attachment, with its SHA-256 and SM3.
[[nodiscard]] ReportCanvas::Table attachmentTable(const QList<EvidenceAttachment>& attachments);
[[nodiscard]] ReportCanvas::Table smsTable(const QList<EvidenceSms>& sms);
// Every login, open, download and reply; a download with the hash of the bytes served, a reply with its Message-ID.
[[nodiscard]] ReportCanvas::Table accessTable(const QList<EvidenceAccess>& accesses);
// Each clerk's copy with its digests and which attachment, if any, it matches byte for byte.
[[nodiscard]] ReportCanvas::Table clerkTable(const QList<ClerkFile>& files,
                                             const QList<EvidenceAttachment>& attachments);

} // namespace dm::proof
