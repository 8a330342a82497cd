#pragma once

#include "audit/LedgerAnchors.h"
#include "store/AuditLedger.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace dm {

// What the whole ledger check found. The two layers prove different things, and the report keeps them apart:
// - `chain`: every seal, link and guard. It holds against anyone who can write the cache but not read the keychain.
// - the anchors: each names an entry and its seal as a time-stamping authority saw them. They hold against the user
//   too, but only for entries up to the newest anchor, and only while a copy of each token survives.
struct LedgerReport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReport)

public:
    AuditLedger::Verdict chain;
    int anchorsVerified = 0;
    std::optional<LedgerAnchor> newestAnchor; // the newest anchor that verified
    std::optional<qint64> firstBadAnchor;     // the sequence the first failing anchor names
    QString anchorProblem;                    // translated; empty when every anchor verified
    QStringList warnings;                     // translated: what weakens the proof without disproving anything
    QString chainSource;                      // where the TSA chain the anchors were checked against came from

    [[nodiscard]] bool intact() const { return chain.intact() && anchorProblem.isEmpty(); }
    // Entries after the newest anchor: only the chain speaks for them.
    [[nodiscard]] qint64 unanchoredEntries() const
    {
        return chain.entries - (newestAnchor ? newestAnchor->sequence : 0);
    }
};

// Checks the ledger of `db` and every anchor in the cache and in the anchors' folder. Each token must verify against
// `trustedChainPem`, which `chainSource` names for the report (or, when empty, against the chain kept in the folder,
// which the report then says proves less), carry the
// SHA-256 of its text, and its text must name the seal the ledger holds today for that entry. The error is for a
// cache that cannot be read; a broken ledger is a report that is not intact().
[[nodiscard]] Expected<LedgerReport, QString>
checkLedger(Db& db, LedgerAnchors& anchors, const QByteArray& trustedChainPem, const QString& chainSource);

} // namespace dm
