#include "ProofPackEvidence.h"
#include "TestProofPack.h"
#include "proof/Determination.h"
#include "proof/PackArchive.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace dm;
using namespace dm::proof;
using namespace prooftest;

namespace {

EvidenceAccess accessAt(EvidenceAccess access, qint64 recordId, qint64 time)
{
    access.recordId = recordId;
    access.time = time;
    return access;
}

// The record ids of events.jsonl's lines of one kind, in line order.
QList<qint64> recordIdsOf(const QByteArray& eventsJsonl, const QString& kind)
{
    QList<qint64> ids;
    for (const QByteArray& line : prooftest::linesOf(eventsJsonl)) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(u"event").toString() == kind) {
            ids.append(event.value(u"recordId").toInteger());
        }
    }
    return ids;
}

QStringList storedNamesOf(const PackDraft& draft)
{
    QStringList names;
    for (const ClerkFile& file : draft.clerkFiles) {
        names.append(file.fileName);
    }
    return names;
}

} // namespace

// Two accesses in one millisecond: the platform may list them in any order, events.jsonl lists them by kind, then
// record id, and the verifier recomputes the determination from that file. The maker must pick the same one.
void TestProofPack::simultaneousAccessesAreOrderedAsTheEvents()
{
    const qint64 instant = kOpened;
    DeliveryEvidence downloads =
        evidenceWith(AddressBasisKind::CourtFound,
                     {login(), accessAt(downloaded(), 900, instant), accessAt(downloaded(), 800, instant)});
    auto draft = draftPack(downloads, context(), {}, m_tsa->chainPem());
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error()));
    QCOMPARE(recordIdsOf(draft->eventsJsonl, QStringLiteral("download")), (QList<qint64>{800, 900}));
    QCOMPARE(codeOf(draft->determination.code), QStringLiteral("PRESUMED_BY_ACCESS"));
    QCOMPARE(draft->determination.basisRecordIds, QList<qint64>{800});
    QCOMPARE(draft->determination.serviceTime, std::optional<qint64>(instant));
    const QString rule = ruleInWords(draft->determination, downloads);
    QVERIFY2(rule.contains(QStringLiteral("平台记录 800")) && !rule.contains(QStringLiteral("平台记录 900")),
             qPrintable(rule));
    QString path = sealedPack(*draft, {}, QStringLiteral("ties"));
    QVERIFY(!path.isEmpty());
    VerifyResult result = verifyPack(path);
    QVERIFY2(result.sound(), qPrintable(failures(result)));

    // An open and a download of the same millisecond, the download reported first: the open comes first in the
    // events (it is what happens first), so it dates the service.
    DeliveryEvidence openAndDownload =
        evidenceWith(AddressBasisKind::CourtFound,
                     {accessAt(downloaded(), kDownloadId, instant), accessAt(opened(), kMailId, instant)});
    openAndDownload.accesses[1].client = QStringLiteral("mailmaster");
    draft = draftPack(openAndDownload, context(), {}, m_tsa->chainPem());
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error()));
    QCOMPARE(draft->determination.basisRecordIds, QList<qint64>{kMailId});
    QCOMPARE(draft->determination.channel, QStringLiteral("mailmaster"));
    path = sealedPack(*draft, {}, QStringLiteral("ties-kinds"));
    QVERIFY(!path.isEmpty());
    result = verifyPack(path);
    QVERIFY2(result.sound(), qPrintable(failures(result)));
}

// Entries that inflate to their declared size and then fail their CRC still cost that inflating: they count towards
// the total as much as sound ones do.
void TestProofPack::damagedEntriesCountTowardsTheTotal()
{
    QList<ZipEntry> entries;
    for (int index = 0; index < 4; ++index) {
        QByteArray noise(300 * 1024, Qt::Uninitialized);
        QRandomGenerator(index + 1).fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        entries.append({QStringLiteral("part-%1.bin").arg(index), noise});
    }
    const QString path = m_dir.filePath(QStringLiteral("wrong-crcs.zip"));
    QVERIFY(prooftest::writeZipWithWrongCrcs(path, entries));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();

    // Under a limit they fit: each one is read and refused as damaged, so the CRCs are what is wrong with them.
    pack::ArchiveLimits roomy;
    roomy.maxTotalBytes = 4 * 1024 * 1024;
    auto read = pack::readArchive(zip, roomy);
    QVERIFY2(read, read ? "" : qPrintable(read.error()));
    QVERIFY(read->files.isEmpty());
    QCOMPARE(read->problems.size(), 4);
    QVERIFY2(read->problems.first().contains(QStringLiteral("damaged")), qPrintable(read->problems.first()));

    // 1.2 MiB of damaged entries against a 1 MiB total: refused as too large, not read to the end.
    pack::ArchiveLimits tight;
    tight.maxTotalBytes = 1024 * 1024;
    read = pack::readArchive(zip, tight);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("part-3.bin")) &&
                 read.error().contains(QStringLiteral("over the pack's limits")),
             qPrintable(read.error()));
}

// A pipe has no size to judge before reading and may never end: the verifier refuses it, and a directory, as not a
// regular file, without opening it. Something writes the pack's own bytes into the pipe as soon as anyone reads it.
void TestProofPack::onlyRegularFilesAreRead()
{
#ifndef Q_OS_UNIX
    QSKIP("named pipes are a POSIX matter");
#else
    const QString fifo = m_dir.filePath(QStringLiteral("pack.fifo"));
    const QByteArray fifoName = QFile::encodeName(fifo);
    QVERIFY(::mkfifo(fifoName.constData(), 0600) == 0);
    QFile packFile(m_packPath);
    QVERIFY(packFile.open(QIODevice::ReadOnly));
    const QByteArray packBytes = packFile.readAll();
    std::atomic<bool> finished{false};
    std::thread writer([&] {
        // Without a reader a non-blocking open fails (ENXIO): try again until one comes or the test is over.
        while (!finished) {
            const int fd = ::open(fifoName.constData(), O_WRONLY | O_NONBLOCK);
            if (fd < 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                continue;
            }
            (void)::fcntl(fd, F_SETFL, 0);
            for (qsizetype written = 0; written < packBytes.size();) {
                const ssize_t count = ::write(fd, packBytes.constData() + written, size_t(packBytes.size() - written));
                if (count <= 0) {
                    break;
                }
                written += count;
            }
            ::close(fd);
            return;
        }
    });
    QElapsedTimer timer;
    timer.start();
    VerifyResult result = verifyPack(fifo);
    finished = true;
    writer.join();
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.checks.size(), 1);
    QCOMPARE(result.checks.first().name, QStringLiteral("archive"));
    QVERIFY(!result.checks.first().passed);
    QVERIFY2(result.checks.first().detail.contains(QStringLiteral("not a regular file")),
             qPrintable(result.checks.first().detail));
    QVERIFY(result.packSha256.isEmpty());

    result = verifyPack(QFileInfo(m_packPath).path());
    QCOMPARE(result.checks.size(), 1);
    QVERIFY2(result.checks.first().detail.contains(QStringLiteral("not a regular file")),
             qPrintable(result.checks.first().detail));
#endif
}

// The number goes before the last extension only: "a.v2.pdf" is a version 2 of a PDF, not a ".v2.pdf" file.
void TestProofPack::copiesKeepTheirExtension()
{
    const QList<ClerkFile> copies{{QStringLiteral("a.v2.pdf"), QByteArrayLiteral("first")},
                                  {QStringLiteral("a.v2.pdf"), QByteArrayLiteral("second")},
                                  {QStringLiteral("A.V2.pdf"), QByteArrayLiteral("third")},
                                  {QStringLiteral("卷宗.tar.gz"), QByteArrayLiteral("fourth")},
                                  {QStringLiteral("卷宗.tar.gz"), QByteArrayLiteral("fifth")},
                                  {QStringLiteral("README"), QByteArrayLiteral("sixth")},
                                  {QStringLiteral("readme"), QByteArrayLiteral("seventh")}};
    auto draft = draftPack(evidenceWith(AddressBasisKind::Confirmed, {}), context(), copies, m_tsa->chainPem());
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error()));
    QCOMPARE(storedNamesOf(*draft),
             (QStringList{QStringLiteral("a.v2.pdf"), QStringLiteral("a.v2 (2).pdf"), QStringLiteral("A.V2 (3).pdf"),
                          QStringLiteral("卷宗.tar.gz"), QStringLiteral("卷宗.tar (2).gz"), QStringLiteral("README"),
                          QStringLiteral("readme (2)")}));
}

// A name at the 120-character bound stays within it when numbered: the base is shortened, the extension kept.
void TestProofPack::numberedCopiesStayWithinTheNameLimit()
{
    const QString longest = QString(116, QChar(u'判')) + QStringLiteral(".pdf");
    QCOMPARE(longest.size(), 120);
    // 119 UTF-16 units, 100 of them surrogate pairs: shortened for " (2)", the cut would fall inside a pair.
    const QString paired =
        QString(15, QChar(u'书')) + QString::fromUtf16(u"\U0001F4C4").repeated(50) + QStringLiteral(".pdf");
    QCOMPARE(paired.size(), 119);
    QList<ClerkFile> copies;
    for (int index = 0; index < 12; ++index) {
        copies.append({longest, QByteArray::number(index)});
    }
    copies.append({paired, QByteArrayLiteral("paired")});
    copies.append({paired, QByteArrayLiteral("paired again")});
    auto draft = draftPack(evidenceWith(AddressBasisKind::Confirmed, {}), context(), copies, m_tsa->chainPem());
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error()));
    const QStringList names = storedNamesOf(*draft);
    QCOMPARE(names.size(), copies.size());
    QCOMPARE(names.first(), longest);
    QCOMPARE(names.at(1), QString(112, QChar(u'判')) + QStringLiteral(" (2).pdf"));
    QCOMPARE(names.at(11), QString(111, QChar(u'判')) + QStringLiteral(" (12).pdf"));
    QCOMPARE(names.at(13), paired.left(111) + QStringLiteral(" (2).pdf"));
    QSet<QString> distinct;
    for (const QString& name : names) {
        QVERIFY2(name.size() <= 120, qPrintable(name));
        QVERIFY2(name.endsWith(QStringLiteral(".pdf")), qPrintable(name));
        QVERIFY2(name.isValidUtf16(), qPrintable(name));
        distinct.insert(name.toCaseFolded());
    }
    QCOMPARE(distinct.size(), names.size());

    // The pack holds them under those names and verifies.
    const QString path = sealedPack(*draft, {}, QStringLiteral("long-names"));
    QVERIFY(!path.isEmpty());
    const VerifyResult result = verifyPack(path);
    QVERIFY2(result.sound(), qPrintable(failures(result)));
}
