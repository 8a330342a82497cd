#include "ProofPackEvidence.h"
#include "ProofPackTestSupport.h"
#include "TestProofPack.h"
#include "proof/Determination.h"
#include "proof/PackArchive.h"
#include "proof/ProofPack.h"
#include "sandbox/SandboxTsa.h"
#include "timestamp/Digest.h"
#include "timestamp/TimestampQuery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dm;
using namespace dm::proof;
using namespace prooftest;

Q_DECLARE_METATYPE(dm::DeliveryEvidence)

namespace {

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = static_cast<char>(bytes.at(index) ^ 0x01);
    return bytes;
}

} // namespace

QByteArray TestProofPack::stamp(const QByteArray& digest)
{
    auto query = makeTimestampQuery(digest);
    return query ? m_tsa->respond(query->der) : QByteArray();
}

QString TestProofPack::writeVariant(const QString& name, const QList<ZipEntry>& entries)
{
    const QString path = m_dir.filePath(QStringLiteral("variants/") + name + QStringLiteral(".zip"));
    QDir().mkpath(QFileInfo(path).path());
    return prooftest::writeZip(path, entries) ? path : QString();
}

QString TestProofPack::sealedPack(const PackDraft& draft, const QByteArray& signatureDer, const QString& folder)
{
    PackSeal seal;
    seal.timestampReplyDer = stamp(draft.manifestSha256);
    seal.signatureDer = signatureDer;
    seal.reportPdf = prooftest::placeholderPdf(draft.manifestSha256.toHex(), draft.manifestSm3.toHex());
    const QString directory = m_dir.filePath(folder);
    if (!QDir().mkpath(directory)) {
        return {};
    }
    auto path = writePack(draft, seal, directory);
    if (!path) {
        qWarning("writePack: %s", qPrintable(path.error()));
        return {};
    }
    return *path;
}

void TestProofPack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto tsa = sandbox::SandboxTsa::open(m_dir.filePath(QStringLiteral("tsa")));
    QVERIFY2(tsa, tsa ? "" : qPrintable(tsa.error()));
    m_tsa = std::move(tsa).value();
    m_signer = prooftest::makeSigner(kSignerName, kPassword);
    QVERIFY(!m_signer.pkcs12.isEmpty());

    auto draft = draftPack(evidenceWith(AddressBasisKind::Confirmed, {login(), opened(), downloaded()}), context(),
                           clerkFiles(), m_tsa->chainPem());
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error()));
    m_draft = *draft;
    PackSeal seal;
    seal.timestampReplyDer = stamp(m_draft.manifestSha256);
    auto signature = signDetached(m_draft.manifestJson, m_signer.pkcs12, QString::fromUtf8(kPassword));
    QVERIFY2(signature, signature ? "" : qPrintable(signature.error()));
    seal.signatureDer = *signature;
    seal.reportPdf = prooftest::placeholderPdf(m_draft.manifestSha256.toHex(), m_draft.manifestSm3.toHex());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("packs"))));
    auto path = writePack(m_draft, seal, m_dir.filePath(QStringLiteral("packs")));
    QVERIFY2(path, path ? "" : qPrintable(path.error()));
    m_packPath = *path;
    m_entries = prooftest::readZip(m_packPath);
    QCOMPARE(m_entries.size(), 10);
}

void TestProofPack::determinations_data()
{
    QTest::addColumn<DeliveryEvidence>("evidence");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("serviceTime"); // -1: none
    QTest::addColumn<qint64>("basisRecord");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QStringList>("ruleMentions");

    QTest::newRow("confirmed and read") << evidenceWith(AddressBasisKind::Confirmed, {login(), opened(), downloaded()})
                                        << QStringLiteral("SERVED_ON_ARRIVAL") << kArrived << kMailId
                                        << QStringLiteral("mailbox")
                                        << QStringList{QStringLiteral("第三十一条第一款"),
                                                       QStringLiteral("第九十条第二款"),
                                                       QStringLiteral("经受送达人确认"),
                                                       kCase + QStringLiteral("送达地址确认书")};
    QTest::newRow("provided, never opened")
        << evidenceWith(AddressBasisKind::Provided, {}) << QStringLiteral("SERVED_ON_ARRIVAL") << kArrived << kMailId
        << QStringLiteral("mailbox") << QStringList{QStringLiteral("主动提供"), QStringLiteral("第三十一条第一款")};
    QTest::newRow("court found, replied")
        << evidenceWith(AddressBasisKind::CourtFound, {login(), opened(), replied()})
        << QStringLiteral("SERVED_ON_REPLY") << kReplied << kReplyId << QStringLiteral("reply")
        << QStringList{QStringLiteral("第三十一条第二款第（一）项"), QStringLiteral("回复已收悉"),
                       QStringLiteral("同款第（二）项仅能推定")};
    QTest::newRow("court found, only opened")
        << evidenceWith(AddressBasisKind::CourtFound, {login(), opened(), downloaded()})
        << QStringLiteral("PRESUMED_BY_ACCESS") << kOpened << kMailId << QStringLiteral("webmail")
        << QStringList{QStringLiteral("第三十一条第二款第（二）项"), QStringLiteral("推定"), QStringLiteral("除外")};
    QTest::newRow("court found, never opened")
        << evidenceWith(AddressBasisKind::CourtFound, {login()}) << QStringLiteral("NOT_YET_EFFECTIVE") << qint64(-1)
        << kMailId << QString() << QStringList{QStringLiteral("尚未生效"), QStringLiteral("第三十一条第二款")};
    QTest::newRow("no basis recorded, opened")
        << evidenceWith(std::nullopt, {opened()}) << QStringLiteral("PRESUMED_BY_ACCESS") << kOpened << kMailId
        << QStringLiteral("webmail")
        << QStringList{QStringLiteral("平台未记载该电子送达地址的来源依据"), QStringLiteral("第二款第（二）项")};

    DeliveryEvidence intercepted = evidenceWith(AddressBasisKind::Confirmed, {});
    intercepted.message.arrivedAt.reset();
    intercepted.message.status = MailStatus::Intercepted;
    intercepted.message.bounceAt = kSubmitted + 2000;
    intercepted.message.bounceReason = QStringLiteral("550 5.7.1 Message rejected by policy");
    QTest::newRow("intercepted with bounce")
        << intercepted << QStringLiteral("NOT_SERVED") << qint64(-1) << kMailId << QString()
        << QStringList{QStringLiteral("第九十条第二款"), QStringLiteral("被拦截"), QStringLiteral("550 5.7.1")};
}

void TestProofPack::determinations()
{
    QFETCH(DeliveryEvidence, evidence);
    QFETCH(QString, code);
    QFETCH(qint64, serviceTime);
    QFETCH(qint64, basisRecord);
    QFETCH(QString, channel);
    QFETCH(QStringList, ruleMentions);

    const Determination determination = determine(evidence);
    QCOMPARE(codeOf(determination.code), code);
    QCOMPARE(determination.serviceTime, serviceTime < 0 ? std::nullopt : std::optional<qint64>(serviceTime));
    QCOMPARE(determination.basisRecordIds, QList<qint64>{basisRecord});
    QCOMPARE(determination.channel, channel);
    const QString rule = ruleInWords(determination, evidence);
    for (const QString& mention : ruleMentions) {
        QVERIFY2(rule.contains(mention), qPrintable(mention + QStringLiteral(" not in: ") + rule));
    }
}

void TestProofPack::codesRoundTrip()
{
    for (const DeterminationCode code :
         {DeterminationCode::ServedOnArrival, DeterminationCode::ServedOnReply, DeterminationCode::PresumedByAccess,
          DeterminationCode::NotYetEffective, DeterminationCode::NotServed}) {
        QCOMPARE(determinationCodeFromString(codeOf(code)), std::optional<DeterminationCode>(code));
    }
    QVERIFY(!determinationCodeFromString(u"SERVED"));
}

void TestProofPack::draftIsDeterministicAndRecordsEverything()
{
    DeliveryEvidence evidence = evidenceWith(AddressBasisKind::Confirmed, {login(), opened(), downloaded()});
    evidence.recipient.maskedIdNumber = QStringLiteral("440106199001011234"); // reached us whole: masked all the same
    auto first = draftPack(evidence, context(), clerkFiles(), m_tsa->chainPem());
    auto second = draftPack(evidence, context(), clerkFiles(), m_tsa->chainPem());
    QVERIFY(first && second);
    QCOMPARE(first->manifestJson, second->manifestJson);
    QCOMPARE(first->eventsJsonl, second->eventsJsonl);
    QCOMPARE(first->verifyTxt, second->verifyTxt);
    QCOMPARE(first->manifestSha256, QCryptographicHash::hash(first->manifestJson, QCryptographicHash::Sha256));
    QVERIFY(!first->manifestJson.contains("440106199001011234"));

    const QJsonObject manifest = QJsonDocument::fromJson(first->manifestJson).object();
    QCOMPARE(manifest.value(u"formatVersion").toInt(), 1);
    QCOMPARE(manifest.value(u"caseNumber").toString(), kCase);
    QCOMPARE(manifest.value(u"document").toObject().value(u"title").toString(), QStringLiteral("民事判决书"));
    const QJsonObject recipient = manifest.value(u"recipient").toObject();
    QCOMPARE(recipient.value(u"maskedIdNumber").toString(), QStringLiteral("4401**********1234"));
    QCOMPARE(recipient.value(u"addressBasis").toObject().value(u"kind").toString(), QStringLiteral("confirmed"));
    const QJsonObject determination = manifest.value(u"determination").toObject();
    QCOMPARE(determination.value(u"code").toString(), QStringLiteral("SERVED_ON_ARRIVAL"));
    QCOMPARE(determination.value(u"serviceTime").toObject().value(u"beijing").toString(),
             QStringLiteral("2026-06-01T10:00:04.000+08:00"));
    QCOMPARE(determination.value(u"serviceTime").toObject().value(u"ms").toInteger(), kArrived);
    QCOMPARE(determination.value(u"basisRecordIds").toArray(), QJsonArray{kMailId});

    const QJsonArray clerk = manifest.value(u"clerkFiles").toArray();
    QCOMPARE(clerk.size(), 2);
    QCOMPARE(clerk.at(0).toObject().value(u"path").toString(), QStringLiteral("attachments/民事判决书.pdf"));
    QCOMPARE(clerk.at(0).toObject().value(u"matches").toBool(), true);
    QCOMPARE(clerk.at(1).toObject().value(u"path").toString(), QStringLiteral("attachments/民事判决书-经办人留存.pdf"));
    QCOMPARE(clerk.at(1).toObject().value(u"matches").toBool(), false);
    QVERIFY(clerk.at(1).toObject().value(u"matchedAttachment").isNull());

    const QJsonObject files = manifest.value(u"files").toObject();
    QCOMPARE(files.keys(),
             (QStringList{QStringLiteral("VERIFY.txt"), QStringLiteral("attachments/民事判决书-经办人留存.pdf"),
                          QStringLiteral("attachments/民事判决书.pdf"), QStringLiteral("events.jsonl"),
                          QStringLiteral("tsa-chain.pem")}));
    QCOMPARE(files.value(u"events.jsonl").toString(),
             QString::fromLatin1(QCryptographicHash::hash(first->eventsJsonl, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(manifest.value(u"events").toArray().size(), 6);
    QVERIFY(first->verifyTxt.contains("openssl ts -verify"));
    QVERIFY(QString::fromUtf8(first->verifyTxt)
                .contains(QStringLiteral("attachments/民事判决书-经办人留存.pdf：与平台所存任何附件都不一致")));
}

void TestProofPack::eventsAreChainedInTimeOrder()
{
    const QList<QByteArray> lines = prooftest::linesOf(m_draft.eventsJsonl);
    QCOMPARE(lines.size(), 6);
    const QStringList expected{QStringLiteral("submission/SubmissionAcceptance/501"),
                               QStringLiteral("arrival/ContentConsignment/501"),
                               QStringLiteral("sms//3001"),
                               QStringLiteral("login//9001"),
                               QStringLiteral("open/ContentAccessTracking/501"),
                               QStringLiteral("download/ContentAccessTracking/7001")};
    QByteArray prev(64, '0');
    qint64 lastTime = 0;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QJsonObject event = QJsonDocument::fromJson(lines.at(index)).object();
        QCOMPARE(event.value(u"prev").toString().toLatin1(), prev);
        QCOMPARE(event.value(u"seq").toInteger(), index + 1);
        QCOMPARE(QStringLiteral("%1/%2/%3")
                     .arg(event.value(u"event").toString(), event.value(u"etsi").toString(),
                          QString::number(event.value(u"recordId").toInteger())),
                 expected.at(index));
        const qint64 time = event.value(u"time").toObject().value(u"ms").toInteger();
        QVERIFY(time >= lastTime);
        lastTime = time;
        prev = QCryptographicHash::hash(QByteArray(lines.at(index) + '\n'), QCryptographicHash::Sha256).toHex();
    }
    const QJsonObject download = QJsonDocument::fromJson(lines.at(5)).object().value(u"details").toObject();
    QCOMPARE(download.value(u"servedMatchesAttachment").toBool(), true);
    const QJsonObject chain = QJsonDocument::fromJson(m_draft.manifestJson).object().value(u"eventChain").toObject();
    QCOMPARE(chain.value(u"head").toString().toLatin1(), prev);
}

void TestProofPack::soundPackVerifies()
{
    const VerifyResult result = verifyPack(m_packPath);
    QStringList names;
    for (const VerifyCheck& check : result.checks) {
        names.append(check.name);
        QVERIFY2(check.passed, qPrintable(check.name + QStringLiteral(": ") + check.detail));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("archive"), QStringLiteral("sums"), QStringLiteral("manifest"),
                                 QStringLiteral("copies"), QStringLiteral("events"), QStringLiteral("determination"),
                                 QStringLiteral("timestamp"), QStringLiteral("signature"), QStringLiteral("report")}));
    QVERIFY(result.sound());
    QCOMPARE(result.caseNumber, kCase);
    QCOMPARE(result.recipient, QStringLiteral("张伟 <zhangwei@court.example>"));
    QCOMPARE(result.serviceTime, std::optional<qint64>(kArrived));
    QFile zip(m_packPath);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QCOMPARE(result.packSha256, QCryptographicHash::hash(zip.readAll(), QCryptographicHash::Sha256));

    const QString signature = checkNamed(result, QStringLiteral("signature"))->detail;
    QVERIFY2(signature.contains(QStringLiteral("signature intact, signer ")) && signature.contains(kSignerName) &&
                 signature.contains(QStringLiteral("certificate not checked against a court CA")),
             qPrintable(signature));
    const QString copies = checkNamed(result, QStringLiteral("copies"))->detail;
    QVERIFY2(copies.contains(QStringLiteral("attachments/民事判决书-经办人留存.pdf does not match any attachment")) &&
                 copies.contains(QStringLiteral("attachments/民事判决书.pdf matches the platform's 民事判决书.pdf")),
             qPrintable(copies));
    QVERIFY(checkNamed(result, QStringLiteral("determination"))
                ->detail.startsWith(QStringLiteral("SERVED_ON_ARRIVAL at 2026-06-01T10:00:04.000+08:00")));
}

// The dialog shows each check by its label: every check verifyPack() runs has its own, and the name stays the
// identifier (a name this version does not know is shown as it is).
void TestProofPack::everyCheckHasALabel()
{
    const VerifyResult result = verifyPack(m_packPath);
    QCOMPARE(result.checks.size(), 9);
    QSet<QString> labels;
    for (const VerifyCheck& check : result.checks) {
        const QString label = checkLabel(check.name);
        QVERIFY2(!label.trimmed().isEmpty(), qPrintable(check.name));
        QVERIFY2(label != check.name, qPrintable(check.name + QStringLiteral(" has no label of its own")));
        labels.insert(label);
    }
    QCOMPARE(labels.size(), result.checks.size());
    QCOMPARE(checkLabel(QStringLiteral("archive")), QStringLiteral("Archive and file list"));
    QCOMPARE(checkLabel(QStringLiteral("checksum")), QStringLiteral("checksum"));
    QCOMPARE(checkLabel(QString()), QString());
}

void TestProofPack::trustedChainsAreHonoured()
{
    VerifyResult result = verifyPack(m_packPath, m_tsa->chainPem(), m_signer.certificatePem);
    QVERIFY2(result.sound(), qPrintable(failures(result)));
    QVERIFY(checkNamed(result, QStringLiteral("signature"))
                ->detail.contains(QStringLiteral("chains to the trusted CA given")));
    QVERIFY(checkNamed(result, QStringLiteral("timestamp"))->detail.contains(QStringLiteral("trusted chain given")));

    QTemporaryDir otherDir;
    auto other = sandbox::SandboxTsa::open(otherDir.path());
    QVERIFY(other);
    const prooftest::TestSigner otherSigner = prooftest::makeSigner(QStringLiteral("另一法院"), kPassword);
    result = verifyPack(m_packPath, (*other)->chainPem(), otherSigner.certificatePem);
    QVERIFY(!result.sound());
    QVERIFY2(!checkNamed(result, QStringLiteral("timestamp"))->passed &&
                 checkNamed(result, QStringLiteral("timestamp"))->detail.contains(QStringLiteral("untrusted signer")),
             qPrintable(failures(result)));
    QVERIFY(!checkNamed(result, QStringLiteral("signature"))->passed);
}

void TestProofPack::packIsNeverOverwritten()
{
    QCOMPARE(QFileInfo(m_packPath).fileName(), QStringLiteral("送达证据包_(2026)粤0104民初1234号_张伟_20260602.zip"));
    QFile original(m_packPath);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    PackSeal seal;
    seal.timestampReplyDer = stamp(m_draft.manifestSha256);
    seal.reportPdf = prooftest::placeholderPdf(m_draft.manifestSha256.toHex());
    auto second = writePack(m_draft, seal, QFileInfo(m_packPath).path());
    QVERIFY2(second, second ? "" : qPrintable(second.error()));
    QCOMPARE(QFileInfo(*second).fileName(), QStringLiteral("送达证据包_(2026)粤0104民初1234号_张伟_20260602 (2).zip"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    const VerifyResult unsigned_ = verifyPack(*second);
    QVERIFY2(unsigned_.sound(), qPrintable(failures(unsigned_)));
    QCOMPARE(checkNamed(unsigned_, QStringLiteral("signature"))->detail,
             QStringLiteral("the pack is not signed (no manifest.p7s)"));
    QVERIFY(QFile::remove(*second));
    const QStringList left = QDir(QFileInfo(m_packPath).path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{QFileInfo(m_packPath).fileName()});
}

void TestProofPack::foreignSealIsRefused()
{
    QTemporaryDir out;
    PackSeal seal;
    seal.timestampReplyDer = stamp(sha256Of(QByteArrayLiteral("another manifest")));
    seal.reportPdf = prooftest::placeholderPdf(m_draft.manifestSha256.toHex());
    auto written = writePack(m_draft, seal, out.path());
    QVERIFY(!written);
    QVERIFY2(written.error().contains(QStringLiteral("timestamp.tsr")), qPrintable(written.error()));

    seal.timestampReplyDer = stamp(m_draft.manifestSha256);
    seal.reportPdf = prooftest::placeholderPdf(QByteArray(64, 'a'));
    written = writePack(m_draft, seal, out.path());
    QVERIFY(!written);
    QVERIFY2(written.error().contains(QStringLiteral("report.pdf")), qPrintable(written.error()));
    QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestProofPack::signingNeedsThePassword()
{
    auto signature = signDetached(m_draft.manifestJson, m_signer.pkcs12, QStringLiteral("wrong"));
    QVERIFY(!signature);
    QVERIFY2(signature.error().contains(QStringLiteral("wrong password")), qPrintable(signature.error()));
    signature = signDetached(m_draft.manifestJson, QByteArrayLiteral("not a pkcs12"), QString::fromUtf8(kPassword));
    QVERIFY(!signature);
}

void TestProofPack::everyFileIsBoundBySums()
{
    for (qsizetype index = 0; index < m_entries.size(); ++index) {
        QList<ZipEntry> entries = m_entries;
        ZipEntry& entry = entries[index];
        entry.bytes = flipped(entry.bytes, entry.bytes.size() / 2);
        const QString path = writeVariant(QStringLiteral("sums-%1").arg(index), entries);
        QVERIFY(!path.isEmpty());
        const VerifyResult result = verifyPack(path);
        QVERIFY2(!result.sound(), qPrintable(entry.name));
        QVERIFY2(failures(result).contains(entry.name),
                 qPrintable(entry.name + QStringLiteral(" not named in:\n") + failures(result)));
    }
}

void TestProofPack::tamperingSurvivesRewrittenSums()
{
    const QByteArray marker = m_draft.manifestSha256.toHex();
    for (qsizetype index = 0; index < m_entries.size(); ++index) {
        QList<ZipEntry> entries = m_entries;
        ZipEntry& entry = entries[index];
        if (entry.name == QLatin1String("SHA256SUMS")) {
            continue;
        }
        // The byte that each file's own protection covers: the signature value ends a time-stamp reply and a CMS
        // signature; the report is bound by the hash it names; every other file by its SHA-256 in the manifest.
        qsizetype at = entry.bytes.size() / 2;
        if (entry.name == QLatin1String("timestamp.tsr") || entry.name == QLatin1String("manifest.p7s")) {
            at = entry.bytes.size() - 1;
        } else if (entry.name == QLatin1String("report.pdf")) {
            at = entry.bytes.indexOf(marker) + 10;
        }
        entry.bytes = flipped(entry.bytes, at);
        prooftest::rewriteSums(entries);
        const QString path = writeVariant(QStringLiteral("resummed-%1").arg(index), entries);
        const VerifyResult result = verifyPack(path);
        QVERIFY2(!result.sound(), qPrintable(entry.name));
        QVERIFY2(checkNamed(result, QStringLiteral("sums"))->passed, qPrintable(failures(result)));
        QVERIFY2(failures(result).contains(entry.name),
                 qPrintable(entry.name + QStringLiteral(" not named in:\n") + failures(result)));
    }
}

void TestProofPack::droppedEventIsNamed()
{
    QList<QByteArray> lines = prooftest::linesOf(m_draft.eventsJsonl);
    lines.removeAt(4); // seq 5: the recipient opened the document
    const QString dropped = QStringLiteral("event seq 5 (ContentAccessTracking, open 501) of manifest.json is missing");

    QList<ZipEntry> entries = m_entries;
    *prooftest::find(entries, QStringLiteral("events.jsonl")) = lines.join('\n') + '\n';
    VerifyResult result = verifyPack(writeVariant(QStringLiteral("dropped"), entries));
    const VerifyCheck* events = checkNamed(result, QStringLiteral("events"));
    QVERIFY2(!events->passed && events->detail.contains(dropped), qPrintable(events->detail));
    QVERIFY2(
        events->detail.contains(QStringLiteral("events.jsonl line 5 (ContentAccessTracking, download 7001): prev is")),
        qPrintable(events->detail));

    // Re-chained and re-summed: the chain holds, the manifest still misses the event.
    *prooftest::find(entries, QStringLiteral("events.jsonl")) = prooftest::rechained(lines);
    prooftest::rewriteSums(entries);
    result = verifyPack(writeVariant(QStringLiteral("dropped-rechained"), entries));
    events = checkNamed(result, QStringLiteral("events"));
    QVERIFY2(!events->passed && events->detail.contains(dropped) && !events->detail.contains(QStringLiteral("prev is")),
             qPrintable(events->detail));
    QVERIFY2(!checkNamed(result, QStringLiteral("manifest"))->passed &&
                 checkNamed(result, QStringLiteral("manifest"))->detail.contains(QStringLiteral("events.jsonl")),
             qPrintable(failures(result)));
}

void TestProofPack::reorderedEventIsNamed()
{
    QList<QByteArray> lines = prooftest::linesOf(m_draft.eventsJsonl);
    lines.swapItemsAt(4, 5); // the download before the open
    QList<ZipEntry> entries = m_entries;
    *prooftest::find(entries, QStringLiteral("events.jsonl")) = prooftest::rechained(lines);
    prooftest::rewriteSums(entries);
    const VerifyResult result = verifyPack(writeVariant(QStringLiteral("reordered"), entries));
    const VerifyCheck* events = checkNamed(result, QStringLiteral("events"));
    QVERIFY(events);
    QVERIFY2(
        !events->passed &&
            events->detail.contains(QStringLiteral("events.jsonl line 5 holds seq 6 (ContentAccessTracking, download "
                                                   "7001) where manifest.json has seq 5 (ContentAccessTracking, "
                                                   "open 501): reordered")) &&
            events->detail.contains(QStringLiteral("out of time order")),
        qPrintable(events->detail));
}

void TestProofPack::timestampOverAnotherDigestFails()
{
    QList<ZipEntry> entries = m_entries;
    *prooftest::find(entries, QStringLiteral("timestamp.tsr")) = stamp(sha256Of(QByteArrayLiteral("another manifest")));
    prooftest::rewriteSums(entries);
    const VerifyResult result = verifyPack(writeVariant(QStringLiteral("foreign-timestamp"), entries));
    QVERIFY(result.firstFailure());
    QCOMPARE(result.firstFailure()->name, QStringLiteral("timestamp"));
    QVERIFY2(result.firstFailure()->detail.contains(QStringLiteral("timestamp.tsr")) &&
                 result.firstFailure()->detail.contains(QStringLiteral("wrong digest")),
             qPrintable(result.firstFailure()->detail));
}

void TestProofPack::reportOfAnotherManifestFails()
{
    const VerifyResult sound = verifyPack(m_packPath);
    QVERIFY2(
        checkNamed(sound, QStringLiteral("report"))->detail.contains(QString::fromLatin1(m_draft.manifestSm3.toHex())),
        qPrintable(checkNamed(sound, QStringLiteral("report"))->detail));

    QList<ZipEntry> entries = m_entries;
    const QByteArray otherSm3 = flipped(m_draft.manifestSm3, 0).toHex();
    *prooftest::find(entries, QStringLiteral("report.pdf")) =
        prooftest::placeholderPdf(m_draft.manifestSha256.toHex(), otherSm3);
    prooftest::rewriteSums(entries);
    VerifyResult result = verifyPack(writeVariant(QStringLiteral("report-sm3"), entries));
    QVERIFY(result.firstFailure());
    QCOMPARE(result.firstFailure()->name, QStringLiteral("report"));
    QVERIFY2(
        result.firstFailure()->detail.contains(QStringLiteral("report.pdf names SM3 ") + QString::fromLatin1(otherSm3)),
        qPrintable(result.firstFailure()->detail));

    *prooftest::find(entries, QStringLiteral("report.pdf")) = QByteArrayLiteral("%PDF-1.7\n%%EOF\n");
    prooftest::rewriteSums(entries);
    result = verifyPack(writeVariant(QStringLiteral("report-unbound"), entries));
    QVERIFY(result.firstFailure());
    QCOMPARE(result.firstFailure()->detail,
             QStringLiteral("report.pdf carries no <dm:manifestSha256> in its metadata"));
}

void TestProofPack::unsafeOrExtraEntriesFail()
{
    QList<ZipEntry> entries = m_entries;
    entries.append({QStringLiteral("../evil.sh"), QByteArrayLiteral("rm -rf ~\n")});
    VerifyResult result = verifyPack(writeVariant(QStringLiteral("traversal"), entries));
    QVERIFY2(!checkNamed(result, QStringLiteral("archive"))->passed &&
                 checkNamed(result, QStringLiteral("archive"))
                     ->detail.contains(QStringLiteral("\"../evil.sh\": unsafe name")),
             qPrintable(failures(result)));

    entries = m_entries;
    entries.insert(entries.size() - 1, {QStringLiteral("notes.txt"), QByteArrayLiteral("added later\n")});
    result = verifyPack(writeVariant(QStringLiteral("extra"), entries));
    QVERIFY2(checkNamed(result, QStringLiteral("archive"))
                 ->detail.contains(QStringLiteral("notes.txt is in the pack but not in SHA256SUMS")),
             qPrintable(failures(result)));
    prooftest::rewriteSums(entries);
    result = verifyPack(writeVariant(QStringLiteral("extra-summed"), entries));
    QVERIFY2(!result.sound() && checkNamed(result, QStringLiteral("archive"))
                                    ->detail.contains(QStringLiteral("notes.txt is not a file of the format")),
             qPrintable(failures(result)));

    entries = m_entries;
    entries.removeIf([](const ZipEntry& entry) { return entry.name == QLatin1String("report.pdf"); });
    result = verifyPack(writeVariant(QStringLiteral("no-report"), entries));
    QVERIFY2(checkNamed(result, QStringLiteral("archive"))->detail.contains(QStringLiteral("report.pdf is missing")),
             qPrintable(failures(result)));

    const QString garbage = m_dir.filePath(QStringLiteral("garbage.zip"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 not really a zip");
    file.close();
    result = verifyPack(garbage);
    QCOMPARE(result.checks.size(), 1);
    QVERIFY(!result.checks.first().passed);
}

void TestProofPack::zipBombsAreRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("bomb.zip"));
    QVERIFY(prooftest::writeZip(path, {{QStringLiteral("manifest.json"), QByteArray(4 * 1024 * 1024, '\0')}}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    QVERIFY(zip.size() < 64 * 1024);
    auto read = pack::readArchive(zip);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("ZIP bomb")), qPrintable(read.error()));

    pack::ArchiveLimits small;
    small.maxEntryBytes = 1024 * 1024;
    QByteArray noise(2 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    QVERIFY(prooftest::writeZip(path, {{QStringLiteral("report.pdf"), noise}}));
    QFile noisy(path);
    QVERIFY(noisy.open(QIODevice::ReadOnly));
    read = pack::readArchive(noisy.readAll(), small);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("over the pack's limits")), qPrintable(read.error()));
}

void TestProofPack::standardToolsAccept()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    if (openssl.isEmpty() || sha256sum.isEmpty()) {
        QSKIP("openssl or sha256sum is not installed");
    }
    QTemporaryDir unpacked;
    QVERIFY(prooftest::unzipTo(m_entries, unpacked.path()));
    const QString dir = unpacked.path();

    Run result = run(sha256sum, {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, dir);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QCOMPARE(result.output.count(QStringLiteral(": OK")), 9);

    const QString digest = QString::fromLatin1(m_draft.manifestSha256.toHex());
    result =
        run(openssl,
            {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-digest"), digest, QStringLiteral("-in"),
             QStringLiteral("timestamp.tsr"), QStringLiteral("-CAfile"), QStringLiteral("tsa-chain.pem")},
            dir);
    QVERIFY2(result.exitCode == 0 && result.output.contains(QStringLiteral("Verification: OK")),
             qPrintable(result.output));
    result = run(openssl,
                 {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                  QStringLiteral("manifest.json"), QStringLiteral("-in"), QStringLiteral("timestamp.tsr"),
                  QStringLiteral("-CAfile"), QStringLiteral("tsa-chain.pem")},
                 dir);
    QVERIFY2(result.exitCode == 0 && result.output.contains(QStringLiteral("Verification: OK")),
             qPrintable(result.output));

    const QStringList cms{QStringLiteral("cms"),          QStringLiteral("-verify"),  QStringLiteral("-binary"),
                          QStringLiteral("-inform"),      QStringLiteral("DER"),      QStringLiteral("-in"),
                          QStringLiteral("manifest.p7s"), QStringLiteral("-content"), QStringLiteral("manifest.json"),
                          QStringLiteral("-out"),         QStringLiteral("/dev/null")};
    result = run(openssl, cms + QStringList{QStringLiteral("-noverify")}, dir);
    QVERIFY2(result.exitCode == 0 && result.output.contains(QStringLiteral("Verification successful")),
             qPrintable(result.output));
    QFile ca(QDir(dir).filePath(QStringLiteral("../court-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_signer.certificatePem);
    ca.close();
    result = run(
        openssl,
        cms + QStringList{QStringLiteral("-CAfile"), ca.fileName(), QStringLiteral("-purpose"), QStringLiteral("any")},
        dir);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));

    result = run(openssl, {QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("manifest.json")}, dir);
    QVERIFY2(result.exitCode == 0 && result.output.contains(QString::fromLatin1(m_draft.manifestSm3.toHex())),
             qPrintable(result.output));

    // And the tools notice a change: one byte of the manifest.
    QFile manifest(QDir(dir).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadWrite));
    const QByteArray changed = flipped(manifest.readAll(), 100);
    QVERIFY(manifest.seek(0) && manifest.write(changed) == changed.size());
    manifest.close();
    result = run(openssl,
                 {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                  QStringLiteral("manifest.json"), QStringLiteral("-in"), QStringLiteral("timestamp.tsr"),
                  QStringLiteral("-CAfile"), QStringLiteral("tsa-chain.pem")},
                 dir);
    QVERIFY2(result.exitCode != 0, qPrintable(result.output));
    result = run(openssl, cms + QStringList{QStringLiteral("-noverify")}, dir);
    QVERIFY2(result.exitCode != 0, qPrintable(result.output));
    result = run(sha256sum, {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, dir);
    QVERIFY2(result.exitCode != 0 && result.output.contains(QStringLiteral("manifest.json: FAILED")),
             qPrintable(result.output));
}

void TestProofPack::verifyTextCommandsWork()
{
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (sh.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QSKIP("sh, sha256sum or openssl is not installed");
    }
    QTemporaryDir parent;
    const QString dir = QDir(parent.path()).filePath(QStringLiteral("证据包"));
    QVERIFY(prooftest::unzipTo(m_entries, dir));
    const QString text = QString::fromUtf8(m_draft.verifyTxt);
    const QString head = QJsonDocument::fromJson(m_draft.manifestJson)
                             .object()
                             .value(u"eventChain")
                             .toObject()
                             .value(u"head")
                             .toString();

    const QString complete = commandBlock(text, QStringLiteral("find . -type f"), QStringLiteral("echo 文件齐全"));
    Run result = run(sh, {QStringLiteral("-c"), complete}, dir);
    QVERIFY2(result.exitCode == 0 && result.output.contains(QStringLiteral("文件齐全")),
             qPrintable(complete + result.output));

    const QString hashes = commandBlock(text, QStringLiteral("for f in events.jsonl"), QStringLiteral("done"));
    result = run(sh, {QStringLiteral("-c"), hashes}, dir);
    QVERIFY2(result.output.count(QStringLiteral("一致：")) == 5 && !result.output.contains(QStringLiteral("不一致")),
             qPrintable(hashes + result.output));

    const QString chain = commandBlock(text, QStringLiteral("prev=000"), QStringLiteral("事件链完整"));
    result = run(sh, {QStringLiteral("-c"), chain}, dir);
    QVERIFY2(result.output.contains(QStringLiteral("事件链完整：共 6 行，末行 SHA-256 为 ") + head),
             qPrintable(chain + result.output));

    const QString certificates =
        commandBlock(text, QStringLiteral("awk '/BEGIN CERT/"), QStringLiteral("-fingerprint"));
    result = run(sh, {QStringLiteral("-c"), certificates}, dir);
    QVERIFY2(result.exitCode == 0 && result.output.count(QStringLiteral("sha256 Fingerprint=")) == 2,
             qPrintable(certificates + result.output));

    const QString report = commandBlock(text, QStringLiteral("grep -a -o"), QStringLiteral("report.pdf"));
    result = run(sh, {QStringLiteral("-c"), report}, dir);
    QVERIFY2(result.output.contains(QString::fromLatin1(m_draft.manifestSha256.toHex())),
             qPrintable(report + result.output));

    // The single-line commands, exactly as printed.
    const QList<QPair<QString, QString>> commands{
        {QStringLiteral("openssl ts -verify -in timestamp.tsr -data"), QStringLiteral("Verification: OK")},
        {QStringLiteral("openssl ts -verify -in timestamp.tsr -digest"), QStringLiteral("Verification: OK")},
        {QStringLiteral("openssl cms -verify -binary -inform DER -in manifest.p7s -content manifest.json -noverify"),
         QStringLiteral("Verification successful")},
        {QStringLiteral("openssl dgst -sm3"), QString::fromLatin1(m_draft.manifestSm3.toHex())},
        {QStringLiteral("grep -a -o '<dm:manifestSm3>"), QString::fromLatin1(m_draft.manifestSm3.toHex())},
        {QStringLiteral("sha256sum -c SHA256SUMS"), QStringLiteral("manifest.json: ")},
    };
    for (const auto& [start, expected] : commands) {
        const QString command = commandBlock(text, start, start);
        QVERIFY2(command.count(QLatin1Char('\n')) == 1, qPrintable(command));
        result = run(sh, {QStringLiteral("-c"), command}, dir);
        QVERIFY2(result.exitCode == 0 && result.output.contains(expected), qPrintable(command + result.output));
    }

    // The chain loop notices a changed line.
    QList<QByteArray> lines = prooftest::linesOf(m_draft.eventsJsonl);
    lines[2].replace("delivered", "failed");
    QFile events(QDir(dir).filePath(QStringLiteral("events.jsonl")));
    QVERIFY(events.open(QIODevice::WriteOnly));
    events.write(lines.join('\n') + '\n');
    events.close();
    result = run(sh, {QStringLiteral("-c"), chain}, dir);
    QVERIFY2(result.output.contains(QStringLiteral("第 4 行的 prev 与上一行不符")) &&
                 !result.output.contains(QStringLiteral("事件链完整")),
             qPrintable(result.output));
}

QTEST_GUILESS_MAIN(TestProofPack)
