#include "proof/PackMaker.h"

#include "api/EvidenceService.h"
#include "api/PlatformClient.h"
#include "proof/ProofReport.h"
#include "proof/ProofTexts.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

#include <mutex>

namespace dm::proof {
namespace {

Expected<QByteArray, QString> fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected{ProofTexts::tr("cannot read back %1: %2").arg(path, file.errorString())};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return Unexpected{ProofTexts::tr("cannot read back %1").arg(path)};
    }
    return hash.result();
}

Expected<QList<ClerkFile>, QString> readClerkFiles(const QStringList& paths)
{
    QList<ClerkFile> files;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Unexpected{ProofTexts::tr("cannot read %1: %2").arg(path, file.errorString())};
        }
        // Read one byte more than allowed: a pipe or a growing file has no trustworthy size.
        QByteArray bytes = file.read(PackMaker::kMaxClerkFileBytes + 1);
        if (bytes.size() > PackMaker::kMaxClerkFileBytes) {
            return Unexpected{
                ProofTexts::tr("%1 is larger than %2 MiB").arg(path).arg(PackMaker::kMaxClerkFileBytes >> 20)};
        }
        files.append({QFileInfo(path).fileName(), std::move(bytes)});
    }
    return files;
}

} // namespace

struct PackMaker::WrittenPacks
{
    std::mutex mutex;
    QStringList paths;

    // Registers `path` unless the pack was cancelled meanwhile, in which case the file is removed; under the lock, so
    // a cancel either sees the path or the writer sees the cancel.
    bool keep(const QString& path, const std::atomic<bool>& cancelled)
    {
        const std::lock_guard lock(mutex);
        if (cancelled.load()) {
            QFile::remove(path);
            return false;
        }
        paths.append(path);
        return true;
    }
    void handedOver(const QString& path)
    {
        const std::lock_guard lock(mutex);
        paths.removeAll(path);
    }
    void removeAll()
    {
        const std::lock_guard lock(mutex);
        for (const QString& path : std::as_const(paths)) {
            QFile::remove(path);
        }
        paths.clear();
    }
};

PackMaker::PackMaker(PlatformClient& client, PackSettings settings, QObject* parent)
    : QObject(parent)
    , m_evidence(std::make_unique<EvidenceService>(client))
    , m_settings(std::move(settings))
    , m_timestamps(new TimestampClient(m_settings.tsaUrl, m_settings.transport, this))
    , m_written(std::make_shared<WrittenPacks>())
{
    m_pool.setMaxThreadCount(1); // one pack at a time: its stages follow each other
}

PackMaker::~PackMaker()
{
    // The pool's work may be writing a ZIP: it sees the flag and leaves no file, and it is over before we are.
    if (m_cancelled) {
        m_cancelled->store(true);
    }
    m_pool.waitForDone();
    m_written->removeAll();
}

template <typename Result>
void PackMaker::offThread(quint64 generation, std::function<Result(const std::atomic<bool>&)> work,
                          std::function<void(Result)> done)
{
    QPointer<PackMaker> self(this);
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    m_pool.start([self, generation, cancelled, work = std::move(work), done = std::move(done)] {
        Result result = work(*cancelled);
        // Back on the maker's thread; the maker waits for this pool when destroyed, so `self` is checked there only.
        QObject* target = self.data(); // alive: the maker waits for its pool before it goes
        if (target == nullptr) {
            return;
        }
        QMetaObject::invokeMethod(
            target,
            [self, generation, done, result = std::move(result)] {
                if (self && generation == self->m_generation) {
                    done(result);
                }
            },
            Qt::QueuedConnection);
    });
}

void PackMaker::make(const PackJob& job, Done done)
{
    if (m_done) {
        done(Unexpected{ProofTexts::tr("another pack is being made")});
        return;
    }
    m_job = job;
    m_done = std::move(done);
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    m_evidence->evidence(job.messageId, job.recipient, this, [this, generation](const auto& evidence) {
        if (generation != m_generation) {
            return;
        }
        if (!evidence) {
            finish(Unexpected{ProofTexts::tr("the platform gave no evidence: %1").arg(evidence.error().message())});
            return;
        }
        withChain(generation, [this, generation, evidence = *evidence] { draft(generation, evidence); });
    });
}

void PackMaker::withChain(quint64 generation, std::function<void()> next)
{
    if (!m_settings.tsaChainPem.isEmpty()) {
        next();
        return;
    }
    // Once per maker: the chain of the sandbox's TSA does not change while it runs.
    m_timestamps->fetchSandboxChain(
        [this, generation, next = std::move(next)](const Expected<QByteArray, QString>& chain) {
            if (generation != m_generation) {
                return;
            }
            if (!chain) {
                finish(Unexpected{ProofTexts::tr("the time-stamping authority's chain: %1").arg(chain.error())});
                return;
            }
            m_settings.tsaChainPem = *chain;
            next();
        });
}

void PackMaker::draft(quint64 generation, DeliveryEvidence evidence)
{
    PackContext context = m_settings.context;
    context.caseNumber = m_job.caseNumber.isEmpty() ? evidence.recipient.caseNumber : m_job.caseNumber;
    context.madeAt = QDateTime::currentDateTimeUtc();
    context.tsaUrl = m_settings.tsaUrl.toString();
    // The clerk's copies may be large: read and hash them off this thread, with the rest of the draft.
    offThread<Expected<PackDraft, QString>>(
        generation,
        [evidence = std::move(evidence), context, paths = m_job.clerkFilePaths,
         chain = m_settings.tsaChainPem](const std::atomic<bool>&) -> Expected<PackDraft, QString> {
            auto files = readClerkFiles(paths);
            if (!files) {
                return Unexpected{files.error()};
            }
            return draftPack(evidence, context, *files, chain);
        },
        [this, generation](Expected<PackDraft, QString> drafted) {
            if (!drafted) {
                finish(Unexpected{drafted.error()});
                return;
            }
            stamp(generation, std::move(*drafted));
        });
}

void PackMaker::stamp(quint64 generation, PackDraft draft)
{
    const QByteArray digest = draft.manifestSha256;
    m_timestamps->stamp(digest, m_settings.tsaChainPem,
                        [this, generation, draft = std::move(draft)](const Expected<IssuedTimestamp, QString>& issued) {
                            if (generation != m_generation) {
                                return;
                            }
                            if (!issued) {
                                finish(Unexpected{ProofTexts::tr("time-stamp: %1").arg(issued.error())});
                                return;
                            }
                            seal(generation, draft, *issued);
                        });
}

void PackMaker::seal(quint64 generation, PackDraft draft, IssuedTimestamp timestamp)
{
    offThread<Expected<MadePack, QString>>(
        generation,
        [signer = m_settings.signer, directory = m_job.outputDirectory, draft = std::move(draft),
         timestamp = std::move(timestamp),
         written = m_written](const std::atomic<bool>& cancelled) -> Expected<MadePack, QString> {
            PackSeal seal;
            seal.timestampReplyDer = timestamp.replyDer;
            if (signer) {
                auto signature = signer->sign(draft.manifestJson);
                if (!signature) {
                    return Unexpected{ProofTexts::tr("signature: %1").arg(signature.error())};
                }
                seal.signatureDer = *signature;
            }
            auto report = renderProofReport(draft, timestamp.info, signer != nullptr);
            if (!report) {
                return Unexpected{ProofTexts::tr("report: %1").arg(report.error())};
            }
            seal.reportPdf = *report;
            if (cancelled.load()) {
                return Unexpected{ProofTexts::tr("cancelled")};
            }
            auto path = writePack(draft, seal, directory);
            if (!path) {
                return Unexpected{path.error()};
            }
            auto sha256 = fileSha256(*path);
            if (!sha256) {
                QFile::remove(*path);
                return Unexpected{sha256.error()};
            }
            // Cancelled while it was written: the pack is not the user's any more, so it must not stay.
            if (!written->keep(*path, cancelled)) {
                return Unexpected{ProofTexts::tr("cancelled")};
            }
            return MadePack{*path,
                            *sha256,
                            draft.context.caseNumber,
                            draft.evidence.recipient.name,
                            draft.evidence.recipient.address,
                            draft.determination};
        },
        [this](Expected<MadePack, QString> made) {
            if (made) {
                m_written->handedOver(made->path);
            }
            finish(made);
        });
}

void PackMaker::cancel()
{
    if (!m_done) {
        return;
    }
    ++m_generation;
    m_cancelled->store(true);
    m_written->removeAll();
    m_timestamps->cancel();
    finish(Unexpected{ProofTexts::tr("cancelled")});
}

void PackMaker::finish(const Expected<MadePack, QString>& result)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done) {
        done(result);
    }
}

} // namespace dm::proof
