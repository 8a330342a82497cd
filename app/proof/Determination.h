#pragma once

#include "core/DeliveryEvidence.h"

#include <QString>

#include <optional>

namespace dm::proof {

// Which rule dates the service of a document (人民法院在线诉讼规则 Art 31, 民事诉讼法 Art 90). The spellings of
// codeOf() are part of the pack format (PROOF-PACK.md) and never change meaning.
enum class DeterminationCode
{
    ServedOnArrival,  // "SERVED_ON_ARRIVAL": confirmed or provided address, the document arrived (Art 31 para 1)
    ServedOnReply,    // "SERVED_ON_REPLY": other address, the recipient replied (Art 31 para 2 item 1)
    PresumedByAccess, // "PRESUMED_BY_ACCESS": other address, only an open or download: presumed, rebuttable
                      // (Art 31 para 2 item 2); the date is the first such access
    NotYetEffective,  // "NOT_YET_EFFECTIVE": other address, arrived, no reply or access yet: no date
    NotServed,        // "NOT_SERVED": never arrived (bounced, intercepted, deferred, failed): no date
};

struct Determination
{
    DeterminationCode code = DeterminationCode::NotServed;
    std::optional<qint64> serviceTime; // ms; absent exactly when the rule gives no date
    QString channel;                   // the earliest effective channel, e.g. "mailbox", "reply", "webmail"
    QList<qint64> basisRecordIds;      // the platform record ids of the events that justify the date (or its absence)
};

[[nodiscard]] Determination determine(const DeliveryEvidence& evidence);
// Whether the document reached the recipient's mailbox: it has an arrival time, no bounce, and a status that is not
// failed, bounced, deferred or intercepted. What determine() and the pack's "arrival" event go by.
[[nodiscard]] bool reachedMailbox(const EvidenceMessage& message);
[[nodiscard]] QString codeOf(DeterminationCode code);
[[nodiscard]] std::optional<DeterminationCode> determinationCodeFromString(QStringView text);
// The rule in Chinese words, as the report and the manifest print it.
[[nodiscard]] QString ruleInWords(const Determination& determination, const DeliveryEvidence& evidence);

} // namespace dm::proof
