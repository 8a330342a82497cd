#include "audit/LedgerAnchorer.h"

#include "store/AuditLedger.h"
#include "store/Db.h"
#include "timestamp/Digest.h"
#include "timestamp/TimestampClient.h"

#include <QDateTime>

namespace dm {

namespace {

QString failed(const QString& why)
{
    return LedgerAnchors::tr("The audit ledger could not be time-stamped: %1").arg(why);
}

} // namespace

LedgerAnchorer::LedgerAnchorer(Db& db, AnchorSettings settings, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(std::move(settings))
    , m_client(new TimestampClient(m_settings.tsaUrl, m_settings.transport, this))
{}

LedgerAnchorer::~LedgerAnchorer() = default;

void LedgerAnchorer::anchor(When when, Done done)
{
    if (!m_waiting.isEmpty()) {
        // A run is in flight, stamping the head it read when it began. A daily check is answered by it; a head that
        // has moved since gets a run of its own when this one ends, so the newest entry is not left for tomorrow.
        (when == When::HeadMoved ? m_afterRun : m_waiting).append(std::move(done));
        return;
    }
    m_waiting.append(std::move(done));
    LedgerAnchors anchors(m_db, m_settings.folder);
    auto newest = anchors.newest();
    auto head = AuditLedger(m_db).recent(1);
    if (!newest || !head) {
        finish(Unexpected(failed(!newest ? newest.error().message() : head.error().message())));
        return;
    }
    const qint64 headSequence = head->isEmpty() ? 0 : head->constFirst().sequence;
    const qint64 anchored = *newest ? (*newest)->sequence : 0;
    const bool fresh = *newest && (*newest)->stampedAt.secsTo(QDateTime::currentDateTimeUtc()) <
                                      std::chrono::duration_cast<std::chrono::seconds>(kDailyInterval).count();
    if (headSequence <= anchored || (when == When::Daily && fresh)) {
        finish(std::optional<LedgerAnchor>());
        return;
    }
    const QByteArray entryHash = head->constFirst().hash;
    if (!m_settings.tsaChainPem.isEmpty()) {
        stampHead(headSequence, entryHash);
        return;
    }
    QPointer<LedgerAnchorer> self(this);
    m_client->fetchSandboxChain([self, headSequence, entryHash](const Expected<QByteArray, QString>& chain) {
        if (!self) {
            return;
        }
        if (!chain) {
            self->finish(Unexpected(failed(chain.error())));
            return;
        }
        self->m_settings.tsaChainPem = *chain;
        self->stampHead(headSequence, entryHash);
    });
}

void LedgerAnchorer::stampHead(qint64 sequence, const QByteArray& entryHash)
{
    LedgerAnchor anchor;
    anchor.sequence = sequence;
    anchor.entryHash = entryHash;
    anchor.digestText = LedgerAnchors::digestText(sequence, entryHash);
    anchor.tsaUrl = m_settings.tsaUrl.toString(QUrl::RemoveUserInfo);
    QPointer<LedgerAnchorer> self(this);
    m_client->stamp(sha256Of(anchor.digestText.toUtf8()), m_settings.tsaChainPem,
                    [self, anchor](const Expected<IssuedTimestamp, QString>& issued) mutable {
                        if (!self) {
                            return;
                        }
                        if (!issued) {
                            self->finish(Unexpected(failed(issued.error())));
                            return;
                        }
                        anchor.reply = issued->replyDer;
                        anchor.stampedAt = issued->info.genTime;
                        // The entry may have gained successors meanwhile: the anchor still names this one.
                        LedgerAnchors anchors(self->m_db, self->m_settings.folder);
                        if (auto kept = anchors.record(anchor, self->m_settings.tsaChainPem); !kept) {
                            self->finish(Unexpected(failed(kept.error())));
                            return;
                        }
                        self->finish(std::optional<LedgerAnchor>(anchor));
                    });
}

void LedgerAnchorer::cancel()
{
    // Those waiting for a run after this one get this one's answer: nothing new starts while the session closes.
    m_waiting.append(std::exchange(m_afterRun, {}));
    m_client->cancel();
}

void LedgerAnchorer::finish(const Expected<std::optional<LedgerAnchor>, QString>& result)
{
    const QList<Done> waiting = std::exchange(m_waiting, {});
    for (const Done& done : waiting) {
        done(result);
    }
    if (m_afterRun.isEmpty()) {
        return;
    }
    const QList<Done> next = std::exchange(m_afterRun, {});
    if (!m_waiting.isEmpty()) {
        m_waiting.append(next); // an answer above started a run, which reads the head afresh
        return;
    }
    anchor(When::HeadMoved, [next](const Expected<std::optional<LedgerAnchor>, QString>& anchored) {
        for (const Done& done : next) {
            done(anchored);
        }
    });
}

} // namespace dm
