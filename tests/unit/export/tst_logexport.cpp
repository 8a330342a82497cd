#include "ExportTestSupport.h"
#include "core/Masking.h"
#include "export/CsvFormat.h"
#include "export/LogColumnTexts.h"
#include "export/LogExport.h"
#include "export/LogTexts.h"
#include "store/AuditLedger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dm;

// The export job through its CSV writer: the file's bytes, the rows of a filter and of a selection, the ledger entry
// with the file's SHA-256, and what a cancel or a failure leaves behind (nothing).
class TestLogExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvCellsAreQuotedAndFormulaSafe_data();
    void csvCellsAreQuotedAndFormulaSafe();
    void csvHasBomCrlfHeaderAndRows();
    void mailCsvKeepsChineseMasksNumbersAndDefusesFormulas();
    void addressesNamedAfterAMobileAreMasked();
    void ledgerRecordsTheFileAndItsHash();
    void ledgerKeepsTheHashWholeAndMasksTheFilter();
    void filterAndRangeLimitTheRows();
    void selectionWritesThoseRowsInTheirOrder();
    void noRowsStillWritesTheHeader();
    void cancelLeavesNoFileAndNoEntry();
    void failureNamesTheProblem();

private:
    [[nodiscard]] LogExportRequest request(LogKind kind, const QString& name) const;
    [[nodiscard]] QString read(const QString& path) const;
    [[nodiscard]] qint64 ledgerEntries();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Db> m_db;
    QString m_out; // the folder exports go to
};

void TestLogExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = exporttest::makeCache(m_dir->filePath(QStringLiteral("cache.sqlite")), 25);
    QVERIFY(m_db);
    m_out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_out));
}

void TestLogExport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

LogExportRequest TestLogExport::request(LogKind kind, const QString& name) const
{
    LogExportRequest request;
    request.query.kind = kind;
    request.format = ExportFormat::Csv;
    request.path = QDir(m_out).filePath(name);
    request.court = QStringLiteral("court.sandbox.test");
    request.profile = QStringLiteral("prod");
    request.operatorName = QStringLiteral("auditor");
    return request;
}

QString TestLogExport::read(const QString& path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

qint64 TestLogExport::ledgerEntries()
{
    auto verdict = AuditLedger(*m_db).verify();
    return verdict && verdict->intact() ? verdict->entries : -1;
}

void TestLogExport::csvCellsAreQuotedAndFormulaSafe_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringList{QStringLiteral("zhangsan"), QStringLiteral("张三")}
                           << QStringLiteral("zhangsan,张三\r\n");
    QTest::newRow("formula") << QStringList{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1"),
                                            QStringLiteral("-2"), QStringLiteral("@SUM(A1)")}
                             << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1)\r\n");
    QTest::newRow("tab and return") << QStringList{QStringLiteral("\tx"), QStringLiteral("\rx")}
                                    << QStringLiteral("'\tx,\"'\rx\"\r\n");
    QTest::newRow("separators") << QStringList{QStringLiteral("a,b"), QStringLiteral("line\nbreak"), QString()}
                                << QStringLiteral("\"a,b\",\"line\nbreak\",\r\n");
    QTest::newRow("inner sign") << QStringList{QStringLiteral("a=b"), QStringLiteral("1-2")}
                                << QStringLiteral("a=b,1-2\r\n");
}

void TestLogExport::csvCellsAreQuotedAndFormulaSafe()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, line);
    QCOMPARE(CsvFormat::line(cells), line);
}

void TestLogExport::csvHasBomCrlfHeaderAndRows()
{
    auto exported = runLogExport(*m_db, request(LogKind::Logins, QStringLiteral("logins.csv")));
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 25);
    QFile file(exported->path);
#ifndef Q_OS_WIN
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner); // the owner's alone
#endif
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(exported->bytes, bytes.size());
    QCOMPARE(bytes.count("\r\n"), 26); // the header and 25 rows
    QCOMPARE(bytes.count('\n'), 26);   // never a bare LF
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(),
             QStringLiteral("Account,Login time,Login method,IP address,Login location,Result,Flag"));
    // Newest first, as the page lists them: the last login inserted is the first row.
    const auto rows = exporttest::logins(25);
    const LoginRecord& newest = rows.back();
    QCOMPARE(lines.at(1), QStringLiteral("%1,%2,%3,%4,%5,%6,%7")
                              .arg(newest.accountName, LogTexts::time(newest.time),
                                   LogTexts::loginMethod(newest.method), newest.ip, LoginLogColumnTexts::place(newest),
                                   LogTexts::result(newest.result), LogTexts::abnormal(newest.abnormal)));
    QVERIFY(lines.contains(QStringLiteral("'-zhangsan,%1,Mail Master app,58.248.0.1,北京市,Success,Normal")
                               .arg(LogTexts::time(rows.at(1).time))));
    QVERIFY(lines.at(25).contains(QStringLiteral("广东省 广州市"))); // the oldest, in the page's "province city"
}

void TestLogExport::mailCsvKeepsChineseMasksNumbersAndDefusesFormulas()
{
    auto exported = runLogExport(*m_db, request(LogKind::Mails, QStringLiteral("邮件日志.csv")));
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 5);
    QVERIFY(QFileInfo(exported->path).fileName() == QStringLiteral("邮件日志.csv"));
    const QString text = read(exported->path);
    QVERIFY(text.contains(exporttest::kChineseSubject));
    QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
    QVERIFY(text.contains(QStringLiteral(",'@SUM(A1),")));
    QVERIFY(text.contains(QStringLiteral("\"送达回证, \"\"民事判决书\"\"\n第二行\"")));
    QVERIFY(!text.contains(exporttest::kIdNumber));
    QVERIFY(!text.contains(exporttest::kMobile));
    QVERIFY(text.contains(maskIdNumber(exporttest::kIdNumber)));
    QVERIFY(text.contains(maskMobile(exporttest::kMobile)));
    // The read mail: its date, type, time of day, status, read time and client as the page shows them.
    const auto rows = exporttest::mails();
    QVERIFY(text.contains(
        QStringLiteral("%1,Received,%2,").arg(LogTexts::date(rows.at(0).time), exporttest::kChineseSubject)));
    QVERIFY(text.contains(QStringLiteral(",%1,Received normally,%2,WeChat\r\n")
                              .arg(LogTexts::timeOfDay(rows.at(0).time), LogTexts::time(*rows.at(0).readAt))));
}

void TestLogExport::addressesNamedAfterAMobileAreMasked()
{
    for (const LogKind kind : {LogKind::Mails, LogKind::Operations}) {
        auto exported = runLogExport(*m_db, request(kind, QStringLiteral("addresses%1.csv").arg(int(kind))));
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
        const QString text = read(exported->path);
        QVERIFY(!text.contains(exporttest::kMobileMailbox.section(QLatin1Char('@'), 0, 0)));
        QVERIFY2(text.contains(exporttest::kMobileMailboxMasked), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("sdxt@court.sandbox.test")) ||
                text.contains(QStringLiteral("admin@court.sandbox.test")));
    }
}

void TestLogExport::ledgerRecordsTheFileAndItsHash()
{
    const qint64 before = ledgerEntries();
    QVERIFY(before >= 0);
    LogExportRequest asked = request(LogKind::Logins, QStringLiteral("abnormal.csv"));
    asked.query.logins.abnormal = true;
    auto exported = runLogExport(*m_db, asked);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 7); // ids 0, 4, 8, ..., 24
    QCOMPARE(exported->sha256, exporttest::sha256Of(exported->path));
    QCOMPARE(ledgerEntries(), before + 1);
    auto recent = AuditLedger(*m_db).recent(1);
    QVERIFY(recent && recent->size() == 1);
    const AuditEntry& entry = recent->constFirst();
    QCOMPARE(entry.action, QStringLiteral("exportLogins"));
    QCOMPARE(entry.target, QStringLiteral("abnormal.csv"));
    QCOMPARE(entry.result, QStringLiteral("ok"));
    QCOMPARE(entry.operatorName, QStringLiteral("auditor"));
    QVERIFY(qAbs(entry.time - QDateTime::currentMSecsSinceEpoch()) < 60000);
    QVERIFY2(entry.detail.contains(QStringLiteral("sha256=") + QString::fromLatin1(exported->sha256.toHex())),
             qPrintable(entry.detail));
    QVERIFY(entry.detail.contains(QStringLiteral("rows=7")));
    QVERIFY(entry.detail.contains(QStringLiteral("format=csv")));
    QVERIFY2(entry.detail.contains(QStringLiteral("All times; Abnormal logins only")), qPrintable(entry.detail));
}

// A hash whose hex digits happen to read like a mobile (…a13812345678b…) stays whole, while a number typed into a
// filter is masked: the entry must prove the file, and must not spread the number.
void TestLogExport::ledgerKeepsTheHashWholeAndMasksTheFilter()
{
    const QByteArray sha256 = QByteArray::fromHex("a13812345678b0") + QByteArray(25, '\x11');
    QVERIFY(QString::fromLatin1(sha256.toHex()).contains(QStringLiteral("13812345678")));
    const QString detail =
        LogExportJob::ledgerDetail(ExportFormat::Csv, 7, sha256, QStringLiteral("Subject contains 13912345678"));
    QVERIFY2(detail.contains(QStringLiteral("sha256=") + QString::fromLatin1(sha256.toHex())), qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("13912345678")), qPrintable(detail));
    QVERIFY2(detail.contains(maskMobile(QStringLiteral("13912345678"))), qPrintable(detail));
}

void TestLogExport::filterAndRangeLimitTheRows()
{
    LogExportRequest asked = request(LogKind::Logins, QStringLiteral("range.csv"));
    asked.query.range.fromMs = exporttest::kBase + 10 * exporttest::kMinute;
    asked.query.range.toMs = exporttest::kBase + 20 * exporttest::kMinute;
    asked.query.logins.result = LogResult::Failure;
    auto exported = runLogExport(*m_db, asked);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 2); // 10 and 15
    const QStringList lines = read(exported->path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const auto rows = exporttest::logins(25);
    QVERIFY(lines.at(1).contains(LogTexts::time(rows.at(15).time)));
    QVERIFY(lines.at(2).contains(LogTexts::time(rows.at(10).time)));

    LogExportRequest capped = request(LogKind::Logins, QStringLiteral("capped.csv"));
    capped.query.maxRows = 4;
    capped.query.order = LogOrder::OldestFirst;
    auto first = runLogExport(*m_db, capped);
    QVERIFY(first);
    QCOMPARE(first->rows, 4);
    QVERIFY(read(first->path).split(QStringLiteral("\r\n")).at(1).contains(LogTexts::time(rows.at(0).time)));
}

void TestLogExport::selectionWritesThoseRowsInTheirOrder()
{
    LogExportRequest asked = request(LogKind::Mails, QStringLiteral("selected.csv"));
    asked.query.selection = QList<qint64>{7003, 7000, 424242};
    asked.query.mails.subject = QStringLiteral("does not apply to a selection");
    auto exported = runLogExport(*m_db, asked);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 2); // 424242 is not cached
    const QStringList lines = read(exported->path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.at(1).contains(QStringLiteral("送达回证")));
    QVERIFY(lines.at(2).contains(exporttest::kChineseSubject));
    auto recent = AuditLedger(*m_db).recent(1);
    QVERIFY(recent && recent->constFirst().detail.contains(QStringLiteral("3 selected row(s)")));
}

void TestLogExport::noRowsStillWritesTheHeader()
{
    LogExportRequest asked = request(LogKind::Operations, QStringLiteral("none.csv"));
    asked.query.operations.action = QStringLiteral("deleteUnit");
    auto exported = runLogExport(*m_db, asked);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 0);
    QFile file(exported->path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF"
                                        "Account,Operation,Target,Time,Result,Remark,IP address\r\n"));
}

void TestLogExport::cancelLeavesNoFileAndNoEntry()
{
    const QString kept = QDir(m_out).filePath(QStringLiteral("kept.csv"));
    {
        QFile previous(kept);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("an earlier export\n");
    }
    const qint64 before = ledgerEntries();
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        LogExportRequest asked = request(LogKind::Logins, QStringLiteral("kept.csv"));
        asked.format = format;
        int calls = 0;
        auto exported = runLogExport(*m_db, asked, [&calls](qint64, qint64) { return ++calls < 1; });
        QVERIFY(!exported);
        QVERIFY(exported.error().cancelled);
        QCOMPARE(read(kept), QStringLiteral("an earlier export\n"));
        QCOMPARE(exporttest::leftovers(m_out, {QStringLiteral("kept.csv")}), QStringList());
    }
    QCOMPARE(ledgerEntries(), before);

    // A job dropped half way (the application closed the profile) cleans up the same way.
    {
        auto job = LogExportJob::start(*m_db, request(LogKind::Logins, QStringLiteral("dropped.csv")));
        QVERIFY(job);
        QCOMPARE(exporttest::leftovers(m_out, {QStringLiteral("kept.csv")}).size(), 1); // its temporary file
        QVERIFY((*job)->step(*m_db, 0));
    }
    QCOMPARE(exporttest::leftovers(m_out, {QStringLiteral("kept.csv")}), QStringList());
}

void TestLogExport::failureNamesTheProblem()
{
    auto missing = runLogExport(*m_db, request(LogKind::Logins, QStringLiteral("no/such/folder/x.csv")));
    QVERIFY(!missing);
    QVERIFY(!missing.error().cancelled);
    QVERIFY2(missing.error().message.contains(QStringLiteral("does not exist")), qPrintable(missing.error().message));

    auto folder = runLogExport(*m_db, request(LogKind::Logins, QString()));
    QVERIFY(!folder);

    LogExportRequest intoFolder = request(LogKind::Logins, QString());
    intoFolder.path = m_out;
    auto directory = runLogExport(*m_db, intoFolder);
    QVERIFY(!directory);
    QVERIFY2(directory.error().message.contains(QStringLiteral("folder")), qPrintable(directory.error().message));
}

QTEST_MAIN(TestLogExport)
#include "tst_logexport.moc"
