#include "audit/LedgerCheck.h"

#include "store/Db.h"
#include "timestamp/Digest.h"
#include "timestamp/TimestampVerify.h"

#include <QTimeZone>

namespace dm {

namespace {

QString beijingTime(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Why `anchor` does not hold for the ledger as `db` has it today; empty when it holds.
QString anchorFault(Db& db, const LedgerAnchor& anchor, const QByteArray& chainPem)
{
    const qint64 n = anchor.sequence;
    auto verified = verifyTimestamp(anchor.reply, sha256Of(anchor.digestText.toUtf8()), chainPem);
    if (!verified) {
        return LedgerReport::tr("The time-stamp of anchor %1 does not verify: %2").arg(n).arg(verified.error());
    }
    auto entries = AuditLedger(db).recent(1, n + 1);
    if (!entries) {
        return entries.error().message();
    }
    if (entries->isEmpty() || entries->constFirst().sequence != n) {
        return LedgerReport::tr("Entry %1 was time-stamped on %2, but the ledger no longer holds it: entries were "
                                "deleted.")
            .arg(n)
            .arg(beijingTime(verified->genTime));
    }
    if (LedgerAnchors::digestText(n, entries->constFirst().hash) != anchor.digestText) {
        return LedgerReport::tr("Entry %1 is not what was time-stamped on %2: the ledger up to that entry was "
                                "rewritten.")
            .arg(n)
            .arg(beijingTime(verified->genTime));
    }
    return {};
}

} // namespace

Expected<LedgerReport, QString> checkLedger(Db& db, LedgerAnchors& anchors, const QByteArray& trustedChainPem,
                                            const QString& chainSource)
{
    LedgerReport report;
    auto chain = AuditLedger(db).verify();
    if (!chain) {
        return Unexpected(chain.error().message());
    }
    report.chain = *chain;

    QByteArray chainPem = trustedChainPem;
    report.chainSource = chainSource;
    if (chainPem.isEmpty()) {
        chainPem = anchors.keptChain();
        report.chainSource = LedgerReport::tr("the chain kept beside the anchors");
        report.warnings.append(LedgerReport::tr("The anchors were checked against the TSA chain kept beside them, "
                                                "which the user can replace; give the TSA's published chain to rule "
                                                "that out."));
    }
    auto found = anchors.all();
    if (!found) {
        return Unexpected(found.error());
    }
    for (const LedgerAnchors::Found& each : std::as_const(*found)) {
        const qint64 n = each.anchor.sequence;
        QString fault = anchorFault(db, each.anchor, chainPem);
        if (fault.isEmpty() && each.copiesDiffer) {
            fault = anchorFault(db, each.folderCopy, chainPem);
        }
        if (!fault.isEmpty()) {
            if (report.anchorProblem.isEmpty()) {
                report.firstBadAnchor = n;
                report.anchorProblem = fault;
            }
            continue;
        }
        ++report.anchorsVerified;
        report.newestAnchor = each.anchor;
        if (!each.inFolder) {
            report.warnings.append(
                LedgerReport::tr("Anchor %1 has no copy outside the cache (%2).").arg(n).arg(anchors.folder()));
        } else if (!each.inCache) {
            report.warnings.append(LedgerReport::tr("Anchor %1 is missing from the cache; its copy outside the cache "
                                                    "verifies.")
                                       .arg(n));
        }
    }
    if (found->isEmpty() && report.chain.entries > 0) {
        report.warnings.append(LedgerReport::tr("The ledger has never been time-stamped: only its key speaks for it."));
    }
    return report;
}

} // namespace dm
