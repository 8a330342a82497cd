#include "ExportTestSupport.h"
#include "core/Masking.h"
#include "export/LogExport.h"
#include "export/LogExportColumns.h"
#include "export/PdfLogReport.h"

#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

// The PDF report as a reader extracts it (pdftotext, pdffonts from poppler-utils): its heading, every row with its
// Chinese exactly as drawn, "page N of M" on each page, the fonts embedded.
class TestPdfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headingAndRowsAreInTheText();
    void chineseReadsAsDrawn();
    void pagesAreNumberedAndRepeatTheHeader();
    void fontsAreEmbedded();
    void rowsChangingBetweenThePassesFailTheReport();

private:
    [[nodiscard]] Expected<LogExportResult, LogExportFailure> exportPdf(LogKind kind, const QString& name,
                                                                        qint64 maxRows = 0);
    [[nodiscard]] QString text(const QString& pdf, const QStringList& options = {}) const;

    QTemporaryDir m_dir;
    std::optional<Db> m_db;
    QString m_pdftotext;
};

void TestPdfExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = exporttest::makeCache(m_dir.filePath(QStringLiteral("cache.sqlite")), 400);
    QVERIFY(m_db);
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (m_pdftotext.isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
}

Expected<LogExportResult, LogExportFailure> TestPdfExport::exportPdf(LogKind kind, const QString& name, qint64 maxRows)
{
    LogExportRequest request;
    request.query.kind = kind;
    if (maxRows > 0) {
        request.query.maxRows = maxRows;
    }
    request.format = ExportFormat::Pdf;
    request.path = m_dir.filePath(name);
    request.court = QStringLiteral("越秀区人民法院");
    request.profile = QStringLiteral("prod");
    request.operatorName = QStringLiteral("auditor");
    return runLogExport(*m_db, request);
}

QString TestPdfExport::text(const QString& pdf, const QStringList& options) const
{
    QProcess process;
    process.start(m_pdftotext,
                  options + QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestPdfExport::headingAndRowsAreInTheText()
{
    auto exported = exportPdf(LogKind::Mails, QStringLiteral("mails.pdf"));
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 5);
    QCOMPARE(exported->sha256, exporttest::sha256Of(exported->path));
    const QString all = text(exported->path);
    QVERIFY2(all.contains(QStringLiteral("越秀区人民法院 — prod — Mail log")), qPrintable(all.left(400)));
    QVERIFY2(all.contains(QStringLiteral("Filter: All times; No filter")), qPrintable(all.left(2000)));
    QVERIFY(all.contains(QStringLiteral("by auditor")));
    QVERIFY(all.contains(QStringLiteral("5 rows")));
    QVERIFY(all.contains(exporttest::kFormulaSubject));
    QVERIFY(all.contains(QStringLiteral("@SUM(A1)")));
    QVERIFY(all.contains(maskIdNumber(exporttest::kIdNumber)));
    QVERIFY(!all.contains(exporttest::kIdNumber));
    QVERIFY(!all.contains(exporttest::kMobile));
    QVERIFY(!all.contains(exporttest::kMobileMailbox));
    QVERIFY(all.contains(QStringLiteral("sdxt@court.sandbox.test")));
    QVERIFY(all.simplified().contains(QStringLiteral("Received normally"))); // wrapped in its cell
    QVERIFY(all.contains(QStringLiteral("Page 1 of 1")));
}

void TestPdfExport::chineseReadsAsDrawn()
{
    auto exported = exportPdf(LogKind::Mails, QStringLiteral("chinese.pdf"));
    QVERIFY(exported);
    const QString all = text(exported->path);
    // 民 and 院 share their glyphs with radicals in CJK fonts: the text must still say 民 and 院, never ⺠.
    QVERIFY2(all.contains(exporttest::kChineseSubject), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("人民法院")));
    for (const QChar c : all) {
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c)));
    }
    // Spaces read as spaces, not as the tab that shares their glyph.
    QVERIFY(!all.contains(QLatin1Char('\t')));
}

void TestPdfExport::pagesAreNumberedAndRepeatTheHeader()
{
    auto exported = exportPdf(LogKind::Logins, QStringLiteral("logins.pdf"), 300);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 300);
    const QString all = text(exported->path);
    static const QRegularExpression pageOf(QStringLiteral("Page (\\d+) of (\\d+)"));
    QList<int> numbers;
    int total = 0;
    for (auto it = pageOf.globalMatch(all); it.hasNext();) {
        const auto match = it.next();
        numbers.append(match.captured(1).toInt());
        total = match.captured(2).toInt();
    }
    QVERIFY2(total >= 5, qPrintable(all.right(3000)));
    QCOMPARE(numbers.size(), total);
    for (int page = 1; page <= total; ++page) {
        QCOMPARE(numbers.at(page - 1), page);
    }
    QCOMPARE(all.count(QStringLiteral("Login method")), total); // the header on every page
    QVERIFY(all.contains(QStringLiteral("300 rows")));
    // Every row once: none lost at a page break, none drawn twice. The newest 300 of 400 are ids 100 to 399.
    QCOMPARE(all.count(QStringLiteral("58.248.")), 300);
    QVERIFY(all.contains(QStringLiteral("58.248.0.100\n")));
    QVERIFY(!all.contains(QStringLiteral("58.248.0.99\n")));
    QCOMPARE(all.count(QStringLiteral("Abnormal login")), 75);
}

void TestPdfExport::fontsAreEmbedded()
{
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdffonts.isEmpty()) {
        QSKIP("pdffonts (poppler-utils) is not installed");
    }
    auto exported = exportPdf(LogKind::Mails, QStringLiteral("fonts.pdf"));
    QVERIFY(exported);
    QProcess process;
    process.start(pdffonts, {exported->path});
    QVERIFY(process.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 2);
    for (const QString& line : lines.mid(2)) {
        if (!line.trimmed().isEmpty()) {
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // emb
        }
    }
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"))) {
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("NotoSansCJK")), qPrintable(lines.join(u'\n')));
    }
}

void TestPdfExport::rowsChangingBetweenThePassesFailTheReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::optional<Db> db = exporttest::makeCache(dir.filePath(QStringLiteral("cache.sqlite")), 400);
    QVERIFY(db);
    LogExportRequest request;
    request.query.kind = LogKind::Logins;
    request.format = ExportFormat::Pdf;
    request.path = dir.filePath(QStringLiteral("drift.pdf"));
    request.operatorName = QStringLiteral("auditor");
    auto job = LogExportJob::start(*db, request);
    QVERIFY2(job, job ? "" : qPrintable(job.error()));
    // The first pass reads its one page of rows and lays them out.
    auto stepped = (*job)->step(*db, 0);
    QVERIFY(stepped && !*stepped);
    QVERIFY((*job)->progressDone() > 0);
    // A sync brings a login that happened inside the exported period: the second pass would draw other rows than the
    // first pass counted pages for.
    std::vector<LoginRecord> late = exporttest::logins(1);
    late.front().id = 99999;
    late.front().time = exporttest::kBase + 200 * exporttest::kMinute + 30000;
    QVERIFY(LogRepository(*db).insertLogins(late));
    while (stepped && !*stepped) {
        stepped = (*job)->step(*db, 0);
    }
    QVERIFY(!stepped);
    QVERIFY2(stepped.error().contains(QStringLiteral("rows changed")), qPrintable(stepped.error()));
    job->reset(); // a failed export leaves no file behind
    QVERIFY(!QFileInfo::exists(request.path));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*drift*")}, QDir::Files | QDir::Hidden), QStringList());
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
