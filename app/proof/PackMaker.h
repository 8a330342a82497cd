#pragma once

#include "api/ConnectionSettings.h"
#include "core/Expected.h"
#include "proof/ProofPack.h"
#include "timestamp/TimestampClient.h"

#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dm {
class EvidenceService;
class PlatformClient;
} // namespace dm

namespace dm::proof {

// Where packs get their time-stamps and who makes them; the same for every pack of a run.
struct PackSettings
{
    PackContext context; // court, profile, domain, generator, madeBy (madeAt and the case are set per pack)
    QUrl tsaUrl;
    QByteArray tsaChainPem;       // the TSA's published chain; empty: fetched from the sandbox TSA (https only)
    ConnectionSettings transport; // TLS trust and timeouts for the TSA, as for the platform
    std::shared_ptr<const CourtSigner> signer; // null: the packs are not signed
};

// One pack to make: a document (its message id) and the recipient whose mailbox it reached.
struct PackJob
{
    QString messageId;
    QString recipient;
    QString caseNumber;         // canonical, when the caller knows it; else the recipient's case number
    QStringList clerkFilePaths; // copies of the files that were sent, read (and hashed) off the caller's thread
    QString outputDirectory;
};

struct MadePack
{
    QString path;
    QByteArray packSha256; // of the ZIP as written: what the ledger records
    QString caseNumber;
    QString recipientName;
    QString recipientAddress;
    Determination determination;
};

// Makes proof-of-delivery packs without blocking its thread: the platform's evidence and the time-stamp are asked
// asynchronously; reading the clerk's copies, hashing, signing, drawing the report and writing the ZIP run on the
// maker's own pool. One pack at a time; make() while busy fails at once. cancel() ends the pack in flight: its
// callback says so at once and no file of it is left, even when the pool was writing it. Destroying the maker
// cancels and waits for its pool.
class PackMaker : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Expected<MadePack, QString>&)>;

    PackMaker(PlatformClient& client, PackSettings settings, QObject* parent = nullptr);
    ~PackMaker() override;

    void make(const PackJob& job, Done done);
    void cancel();
    [[nodiscard]] bool isBusy() const { return static_cast<bool>(m_done); }

    // Clerk's copies larger than this are refused: a court document is never that large.
    static constexpr qint64 kMaxClerkFileBytes = 512LL * 1024 * 1024;

private:
    void withChain(quint64 generation, std::function<void()> next);
    void draft(quint64 generation, DeliveryEvidence evidence);
    void stamp(quint64 generation, PackDraft draft);
    void seal(quint64 generation, PackDraft draft, IssuedTimestamp timestamp);
    // Runs `work` on the pool and hands its result to `done` on this object's thread, unless the pack was cancelled.
    template <typename Result>
    void offThread(quint64 generation, std::function<Result(const std::atomic<bool>& cancelled)> work,
                   std::function<void(Result)> done);
    void finish(const Expected<MadePack, QString>& result);

    std::unique_ptr<EvidenceService> m_evidence;
    PackSettings m_settings;
    TimestampClient* m_timestamps;
    PackJob m_job;
    Done m_done;
    quint64 m_generation = 0; // answers of a cancelled pack are recognised by an older generation and dropped
    std::shared_ptr<std::atomic<bool>> m_cancelled; // the pack in flight's flag, read by its pool work
    // Packs written by the pool whose result has not reached the caller yet: a cancel, or the maker's end, removes
    // them, so a pack nobody was told about never stays on disk.
    struct WrittenPacks;
    std::shared_ptr<WrittenPacks> m_written;
    QThreadPool m_pool;
};

} // namespace dm::proof
