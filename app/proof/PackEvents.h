#pragma once

// The pack's event trail (PROOF-PACK.md §4): every event of the evidence as a JSON object, the hash-chained
// events.jsonl made of them, and the way back from those objects to the evidence the determination needs.

#include "core/DeliveryEvidence.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dm::proof::pack {

// Where an event stands in events.jsonl (PROOF-PACK.md §5): by time, then by its kind's rank (the order in which
// events of one millisecond can happen), then by record id. What "first" means wherever the pack speaks of an earliest
// event, so that the determination picks the access the file lists first.
struct EventOrder
{
    qint64 time = 0;
    int kindRank = 0;
    qint64 recordId = 0;
};
[[nodiscard]] bool precedes(const EventOrder& a, const EventOrder& b);
[[nodiscard]] EventOrder orderOf(const EvidenceAccess& access);

// The events of `evidence` in the order above, numbered from 1 ("seq"), without "prev".
[[nodiscard]] QJsonArray eventsOf(const DeliveryEvidence& evidence);

// The 64 zeros the first line's "prev" holds.
[[nodiscard]] QString chainStart();

// events.jsonl: each event in canonical compact JSON with "prev" added, one per line, each line ending in LF. "prev"
// is the SHA-256 of the previous line's bytes including its LF. `head` receives the SHA-256 of the last line.
[[nodiscard]] QByteArray chainEvents(const QJsonArray& events, QString* head = nullptr);

// "ContentAccessTracking, open 1234" or "login 1234": how messages name an event.
[[nodiscard]] QString describeEvent(const QJsonObject& event);

// The accesses (login, open, download, reply) that `events` record, as the platform reported them. Errors name the
// event that cannot be read.
[[nodiscard]] Expected<QList<EvidenceAccess>, QString> accessesOf(const QJsonArray& events);

} // namespace dm::proof::pack
