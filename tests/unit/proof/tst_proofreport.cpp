#include "proof/ProofPack.h"
#include "proof/ProofReport.h"
#include "sandbox/SandboxTsa.h"
#include "timestamp/Digest.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTranslator>

using namespace dm;
using namespace dm::proof;

namespace {

// 2026-03-01 17:30:00 UTC is 2026-03-02 01:30:00 in Beijing: a report that printed UTC would show another day.
const qint64 kArrivedAt = QDateTime(QDate(2026, 3, 1), QTime(17, 30, 0), QTimeZone::utc()).toMSecsSinceEpoch();
const QString kCaseNumber = QStringLiteral("(2026)粤0104民初1234号");
const QString kRecipientName = QStringLiteral("张晓明");
const QByteArray kJudgment = QByteArrayLiteral("%PDF-1.4 民事判决书 (2026)粤0104民初1234号 正文");
const QByteArray kEvidenceList = QByteArrayLiteral("证据清单：合同、收据、转账记录");

EvidenceAttachment attachmentOf(const QString& name, const QByteArray& bytes)
{
    EvidenceAttachment attachment;
    attachment.name = name;
    attachment.size = bytes.size();
    attachment.mimeType = QStringLiteral("application/pdf");
    attachment.sha256 = sha256Of(bytes);
    attachment.sm3 = sm3Of(bytes).value();
    return attachment;
}

// A judgment served on a mailbox: sent, arrived, then `accesses` logins, opens and downloads, one minute apart.
DeliveryEvidence makeEvidence(int accesses, std::optional<AddressBasisKind> basis)
{
    DeliveryEvidence evidence;
    EvidenceMessage& message = evidence.message;
    message.mailRecordId = 90001;
    message.messageId = QStringLiteral("<20260301173000.4f2a@court.example.cn>");
    message.subject = QStringLiteral("关于") + kCaseNumber + QStringLiteral("案件的民事判决书");
    message.sender = QStringLiteral("songda@court.example.cn");
    message.recipient = QStringLiteral("zhangxm@sd.court.example.cn");
    message.submittedAt = kArrivedAt - 2000;
    message.smtpQueueId = QStringLiteral("4F2A1C0B3D");
    message.smtpReply = QStringLiteral("250 2.0.0 Ok: queued as 4F2A1C0B3D");
    message.arrivedAt = kArrivedAt;
    message.status = MailStatus::Received;
    EvidenceRecipient& recipient = evidence.recipient;
    recipient.accountName = QStringLiteral("zhangxm");
    recipient.address = message.recipient;
    recipient.name = kRecipientName;
    recipient.maskedIdNumber = QStringLiteral("4401**********1234");
    recipient.caseNumber = kCaseNumber;
    if (basis) {
        recipient.addressBasis = AddressBasis{*basis, QDate(2026, 2, 20), QStringLiteral("送达地址确认书 第0457号")};
    }
    evidence.attachments = {attachmentOf(QStringLiteral("民事判决书.pdf"), kJudgment),
                            attachmentOf(QStringLiteral("证据清单.pdf"), kEvidenceList)};
    for (int i = 0; i < accesses; ++i) {
        EvidenceAccess access;
        access.kind = i % 3 == 0 ? EvidenceAccessKind::Login
                                 : (i % 3 == 1 ? EvidenceAccessKind::Open : EvidenceAccessKind::Download);
        access.recordId = 700000 + i;
        access.time = kArrivedAt + (i + 1) * 60000;
        access.ip = QStringLiteral("113.108.%1.%2").arg(i / 200).arg(i % 200 + 1);
        access.province = QStringLiteral("广东");
        access.city = QStringLiteral("广州");
        access.client = QStringLiteral("webmail");
        if (access.kind == EvidenceAccessKind::Login) {
            access.secondFactor = QStringLiteral("sms");
            access.result = LogResult::Success;
        }
        if (access.kind == EvidenceAccessKind::Download) {
            access.attachmentName = QStringLiteral("民事判决书.pdf");
            access.servedSha256 = sha256Of(kJudgment);
        }
        evidence.accesses.append(access);
    }
    evidence.sms = {EvidenceSms{80001, kArrivedAt + 5000, QStringLiteral("138****1234"),
                                QStringLiteral("documentNotice"), QStringLiteral("delivered")}};
    evidence.answeredAt = kArrivedAt + 86400000;
    return evidence;
}

PackContext makeContext()
{
    PackContext context;
    context.generatorVersion = QStringLiteral("0.9.0");
    context.court = QStringLiteral("广州市越秀区人民法院");
    context.profileName = QStringLiteral("prod");
    context.domain = QStringLiteral("sd.court.example.cn");
    context.caseNumber = kCaseNumber;
    context.documentTitle = QStringLiteral("民事判决书");
    context.madeBy = QStringLiteral("clerk01");
    context.madeAt = QDateTime(QDate(2026, 3, 5), QTime(1, 0, 0), QTimeZone::utc());
    context.tsaUrl = QStringLiteral("https://tsa.example.cn/tsr");
    return context;
}

// "第 2 页 共 7 页"; pdftotext keeps or drops the spaces between Han and digits by their width.
QRegularExpression pageFoot(qsizetype page, qsizetype pages)
{
    return QRegularExpression(QStringLiteral("第 ?%1 ?页 ?共 ?%2 ?页").arg(page).arg(pages));
}

TimestampInfo timestampOver(const QByteArray& manifestSha256)
{
    TimestampInfo info;
    info.genTime = QDateTime(QDate(2026, 3, 5), QTime(1, 0, 3), QTimeZone::utc());
    info.serialHex = QStringLiteral("5e1f00a7c3");
    info.policyOid = QStringLiteral("1.2.3.4.1");
    info.imprintAlgorithm = QStringLiteral("SHA256");
    info.imprint = manifestSha256;
    info.tsaName = QStringLiteral("CN=dmadmin sandbox TSA,O=dmadmin sandbox platform");
    return info;
}

// Marks every text of dm_proof's translation context, so that a test sees which texts went through the translator.
class MarkingTranslator : public QTranslator
{
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char* context, const char* sourceText, const char* disambiguation,
                                    int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "dm::proof") != 0) {
            return {};
        }
        return QStringLiteral("[dm::proof] ") + QString::fromUtf8(sourceText);
    }
};

} // namespace

// The 电子送达凭证 as a reader sees it (pdftotext, pdffonts, pdftoppm from poppler-utils; zbarimg from zbar-tools):
// the facts of the pack in Chinese, Beijing time, page numbers, embedded fonts, the manifest's hash in the XMP and
// the QR code, tables continued over pages.
class TestProofReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textHoldsTheFacts();
    void fontsAreEmbedded();
    void metadataBindsTheManifest();
    void noDateIsStatedAsSuch();
    void presumedServiceSaysSo();
    void longAccessListsContinueWithTheirHeader();
    void qrCodeIsTheManifestHash();
    void clerkCopiesAreCompared();
    void timestampOverAnotherManifestIsRefused();
    void errorsGoThroughTheTranslator();
    void rendersOnAWorkerThread();

private:
    [[nodiscard]] PackDraft draftOf(const DeliveryEvidence& evidence, const QList<ClerkFile>& clerkFiles = {}) const;
    // Renders the report of `draft` into the test directory; empty on failure (reported with QFAIL by the caller).
    [[nodiscard]] QString render(const PackDraft& draft, const QString& name, bool signedByCourt = true);
    [[nodiscard]] QString run(const QString& tool, const QStringList& arguments) const;
    [[nodiscard]] QString text(const QString& pdf) const;

    QTemporaryDir m_dir;
    QByteArray m_tsaChainPem; // the sandbox TSA's: the pack holds a real chain, though the report does not read it
};

void TestProofReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("DM_KEEP_TEST_OUTPUT")) { // to look at the rendered reports
        m_dir.setAutoRemove(false);
        qInfo("reports in %s", qPrintable(m_dir.path()));
    }
    auto tsa = sandbox::loadOrCreateTsaMaterial(m_dir.filePath(QStringLiteral("sandbox")));
    QVERIFY2(tsa, tsa ? "" : qPrintable(tsa.error()));
    m_tsaChainPem = tsa->tsaCertificatePem + tsa->caCertificatePem;
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
}

PackDraft TestProofReport::draftOf(const DeliveryEvidence& evidence, const QList<ClerkFile>& clerkFiles) const
{
    auto draft = draftPack(evidence, makeContext(), clerkFiles, m_tsaChainPem);
    if (!draft) {
        qWarning("draftPack: %s", qPrintable(draft.error()));
        return {};
    }
    return draft.value();
}

QString TestProofReport::render(const PackDraft& draft, const QString& name, bool signedByCourt)
{
    auto pdf = renderProofReport(draft, timestampOver(draft.manifestSha256), signedByCourt);
    if (!pdf) {
        qWarning("renderProofReport: %s", qPrintable(pdf.error()));
        return {};
    }
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size()) {
        return {};
    }
    return path;
}

QString TestProofReport::run(const QString& tool, const QStringList& arguments) const
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestProofReport::text(const QString& pdf) const
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

void TestProofReport::textHoldsTheFacts()
{
    const PackDraft draft = draftOf(makeEvidence(6, AddressBasisKind::Confirmed));
    QCOMPARE(draft.determination.code, DeterminationCode::ServedOnArrival);
    const QString pdf = render(draft, QStringLiteral("facts.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString words = text(pdf);
    QVERIFY(!words.isEmpty());
    QVERIFY2(words.contains(QStringLiteral("电子送达凭证")), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("广州市越秀区人民法院")));
    QVERIFY(words.contains(kCaseNumber));
    QVERIFY(words.contains(kRecipientName));
    QVERIFY(words.contains(QStringLiteral("民事判决书.pdf")));
    // Beijing time: the service date is the 2nd, though it was still the 1st in UTC.
    QVERIFY2(words.contains(QStringLiteral("送达日期：2026年3月2日")), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("2026-03-02 01:30:00（北京时间 UTC+8）")));
    QVERIFY(!words.contains(QStringLiteral("2026-03-01 17:30:00")));
    QVERIFY(words.contains(QStringLiteral("SERVED_ON_ARRIVAL")));
    QVERIFY(words.contains(ruleInWords(draft.determination, draft.evidence).left(12)));
    QVERIFY(words.contains(QString::fromLatin1(draft.manifestSha256.toHex())));
    QVERIFY(words.contains(QString::fromLatin1(draft.manifestSm3.toHex())));
    for (const EvidenceAttachment& attachment : draft.evidence.attachments) {
        QVERIFY(words.contains(QString::fromLatin1(attachment.sha256.toHex())));
        QVERIFY(words.contains(QString::fromLatin1(attachment.sm3.toHex())));
    }
    QVERIFY(words.contains(QStringLiteral("4F2A1C0B3D")));
    QVERIFY(words.contains(QStringLiteral("138****1234")));
    QVERIFY(words.contains(QStringLiteral("文书送达通知")));
    QVERIFY(words.contains(QStringLiteral("送达地址确认书 第0457号")));
    QVERIFY(words.contains(QStringLiteral("5e1f00a7c3")));
    QVERIFY(words.contains(QStringLiteral("2026-03-05 09:00:03（北京时间 UTC+8）"))); // the time-stamp's genTime
    QVERIFY(words.contains(QStringLiteral("已附 manifest.p7s")));
    for (const QString& kind : {QStringLiteral("登录"), QStringLiteral("打开"), QStringLiteral("下载")}) {
        QVERIFY(words.contains(kind));
    }
    const qsizetype pages = words.count(QLatin1Char('\f'));
    QVERIFY(pages >= 1);
    for (qsizetype page = 1; page <= pages; ++page) {
        QVERIFY2(words.contains(pageFoot(page, pages)), qPrintable(words));
    }
}

void TestProofReport::fontsAreEmbedded()
{
    const QString pdf = render(draftOf(makeEvidence(3, AddressBasisKind::Confirmed)), QStringLiteral("fonts.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    if (fonts.isEmpty()) {
        QSKIP("pdffonts (poppler-utils) is not installed");
    }
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 2, qPrintable(fonts));
    for (const QString& line : lines.mid(2)) {
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(fonts)); // the emb column
    }
}

void TestProofReport::metadataBindsTheManifest()
{
    const PackDraft draft = draftOf(makeEvidence(3, AddressBasisKind::Confirmed));
    auto pdf = renderProofReport(draft, timestampOver(draft.manifestSha256), false);
    QVERIFY(pdf);
    const QByteArray marker = "<dm:manifestSha256>" + draft.manifestSha256.toHex() + "</dm:manifestSha256>";
    QVERIFY(pdf->contains(marker));
    QVERIFY(pdf->startsWith("%PDF-"));
    const QString path = m_dir.filePath(QStringLiteral("metadata.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(*pdf), pdf->size());
    file.close();
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    if (!info.isEmpty()) {
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title: +电子送达凭证 .*张晓明"))), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator: +dmadmin 0.9.0"))), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size: +595.* x 84[12].*A4"))), qPrintable(info));
    }
    QVERIFY(text(path).contains(QStringLiteral("未附法院电子签名")));
}

void TestProofReport::noDateIsStatedAsSuch()
{
    // An address the court found, the document arrived, nobody opened it: not yet effective, no date.
    const PackDraft waiting = draftOf(makeEvidence(0, AddressBasisKind::CourtFound));
    QCOMPARE(waiting.determination.code, DeterminationCode::NotYetEffective);
    const QString waitingWords = text(render(waiting, QStringLiteral("waiting.pdf")));
    QVERIFY2(waitingWords.contains(QStringLiteral("无送达日期")), qPrintable(waitingWords));
    QVERIFY(waitingWords.contains(QStringLiteral("NOT_YET_EFFECTIVE")));
    QVERIFY(!waitingWords.contains(QStringLiteral("送达日期：2")));
    QVERIFY(!waitingWords.contains(QStringLiteral("送达时间：")));
    QVERIFY(!waitingWords.contains(QStringLiteral("2026年3月2日")));

    // Bounced, with no basis on record: not served.
    DeliveryEvidence bounced = makeEvidence(0, std::nullopt);
    bounced.message.arrivedAt.reset();
    bounced.message.status = MailStatus::Bounced;
    bounced.message.bounceAt = kArrivedAt + 1000;
    bounced.message.bounceReason = QStringLiteral("550 5.1.1 mailbox unavailable");
    const PackDraft notServed = draftOf(bounced);
    QCOMPARE(notServed.determination.code, DeterminationCode::NotServed);
    const QString bouncedWords = text(render(notServed, QStringLiteral("bounced.pdf")));
    QVERIFY2(bouncedWords.contains(QStringLiteral("无送达日期")), qPrintable(bouncedWords));
    QVERIFY(bouncedWords.contains(QStringLiteral("NOT_SERVED")));
    QVERIFY(bouncedWords.contains(QStringLiteral("未到达受送达人邮箱")));
    QVERIFY(bouncedWords.contains(QStringLiteral("550 5.1.1 mailbox unavailable")));
    QVERIFY(bouncedWords.contains(QStringLiteral("未登记送达地址依据")));
    QVERIFY(!bouncedWords.contains(QStringLiteral("送达日期：2")));
}

void TestProofReport::presumedServiceSaysSo()
{
    // An address the court found, opened by the recipient a minute after it arrived (the second access): presumed.
    const PackDraft draft = draftOf(makeEvidence(3, AddressBasisKind::CourtFound));
    QCOMPARE(draft.determination.code, DeterminationCode::PresumedByAccess);
    const QString words = text(render(draft, QStringLiteral("presumed.pdf")));
    QVERIFY2(words.contains(QStringLiteral("推定送达日期：2026年3月2日")), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("送达时间：2026-03-02 01:32:00（北京时间 UTC+8）")));
    QVERIFY(words.contains(QStringLiteral("PRESUMED_BY_ACCESS")));
    QVERIFY(words.contains(QStringLiteral("法院查明的受送达人电子地址")));
}

void TestProofReport::longAccessListsContinueWithTheirHeader()
{
    const PackDraft draft = draftOf(makeEvidence(300, AddressBasisKind::Confirmed));
    const QString pdf = render(draft, QStringLiteral("long.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString words = text(pdf);
    const QStringList pages = words.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 5, qPrintable(QString::number(pages.size())));
    for (int i = 0; i < 300; ++i) {
        QVERIFY2(words.contains(QString::number(700000 + i)), qPrintable(QString::number(700000 + i)));
    }
    // Every page after the first holds the running head; every page with access rows opens them with the header.
    const QRegularExpression accessRow(QStringLiteral("\\b700\\d{3}\\b"));
    int pagesWithRows = 0;
    for (qsizetype page = 1; page < pages.size(); ++page) {
        const QString& onPage = pages.at(page);
        QVERIFY2(onPage.contains(QStringLiteral("电子送达凭证（续）")), qPrintable(onPage.left(300)));
        QVERIFY2(onPage.contains(pageFoot(page + 1, pages.size())), qPrintable(onPage.right(300)));
        if (onPage.contains(accessRow)) {
            ++pagesWithRows;
            QVERIFY2(onPage.contains(QStringLiteral("IP 地址")) && onPage.contains(QStringLiteral("二次验证")),
                     qPrintable(onPage.left(600)));
        }
    }
    QVERIFY(pagesWithRows >= 3);
}

void TestProofReport::qrCodeIsTheManifestHash()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        QSKIP("zbarimg (zbar-tools) or pdftoppm (poppler-utils) is not installed");
    }
    const PackDraft draft = draftOf(makeEvidence(3, AddressBasisKind::Confirmed));
    const QString pdf = render(draft, QStringLiteral("qr.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString prefix = m_dir.filePath(QStringLiteral("qr-page"));
    (void)run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                           QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    QVERIFY(QFile::exists(prefix + QStringLiteral(".png")));
    const QString decoded =
        run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                                        QStringLiteral("-Sqrcode.enable"), prefix + QStringLiteral(".png")});
    QCOMPARE(decoded.trimmed(), QString::fromLatin1(draft.manifestSha256.toHex()));
}

void TestProofReport::clerkCopiesAreCompared()
{
    const QList<ClerkFile> copies{ClerkFile{QStringLiteral("判决书-承办人副本.pdf"), kJudgment},
                                  ClerkFile{QStringLiteral("判决书-旧稿.pdf"), QByteArray(kJudgment + "!")}};
    const PackDraft draft = draftOf(makeEvidence(3, AddressBasisKind::Confirmed), copies);
    const QString words = text(render(draft, QStringLiteral("clerk.pdf")));
    QVERIFY2(words.contains(QStringLiteral("与附件《民事判决书.pdf》一致")), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("与平台记录的任何附件均不一致")));
    QVERIFY(words.contains(QString::fromLatin1(sha256Of(QByteArray(kJudgment + "!")).toHex())));
}

void TestProofReport::timestampOverAnotherManifestIsRefused()
{
    const PackDraft draft = draftOf(makeEvidence(3, AddressBasisKind::Confirmed));
    QVERIFY(!draft.manifestSha256.isEmpty());
    auto pdf = renderProofReport(draft, timestampOver(sha256Of("another manifest")), true);
    QVERIFY(!pdf);
    QVERIFY(pdf.error().contains(QStringLiteral("manifest")));
}

// The report's errors reach people as dm_proof's other texts do: through the translator, context "dm::proof".
void TestProofReport::errorsGoThroughTheTranslator()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    auto pdf = renderProofReport(PackDraft{}, timestampOver(QByteArray()), false);
    QVERIFY(!pdf);
    QCOMPARE(pdf.error(), QStringLiteral("[dm::proof] the draft has no manifest SHA-256"));

    const PackDraft draft = draftOf(makeEvidence(3, AddressBasisKind::Confirmed));
    QVERIFY(!draft.manifestSha256.isEmpty());
    pdf = renderProofReport(draft, timestampOver(sha256Of("another manifest")), true);
    QVERIFY(!pdf);
    QVERIFY2(pdf.error().startsWith(QStringLiteral("[dm::proof] the time-stamp is over ")) &&
                 pdf.error().endsWith(QString::fromLatin1(draft.manifestSha256.toHex())),
             qPrintable(pdf.error()));
}

// PackMaker draws the report on a pool thread.
void TestProofReport::rendersOnAWorkerThread()
{
    const PackDraft draft = draftOf(makeEvidence(30, AddressBasisKind::Confirmed));
    std::optional<Expected<QByteArray, QString>> pdf;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { pdf = renderProofReport(draft, timestampOver(draft.manifestSha256), true); }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QVERIFY(pdf && *pdf);
    const QString path = m_dir.filePath(QStringLiteral("thread.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(pdf->value()), pdf->value().size());
    file.close();
    const QString words = text(path);
    QVERIFY(words.contains(kCaseNumber));
    QVERIFY(words.contains(QString::number(700029)));
}

QTEST_MAIN(TestProofReport)
#include "tst_proofreport.moc"
