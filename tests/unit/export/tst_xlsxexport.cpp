#include "ExportTestSupport.h"
#include "export/LogExport.h"
#include "export/LogExportColumns.h"
#include "export/LogTexts.h"
#include "export/XlsxLogWriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace dm;

// The workbook as Excel reads it, straight from the XML inside the zip: date cells are numbers in a date format,
// text is text (a formula-looking subject too), a bold frozen header with an autofilter, and a sheet that runs out
// of rows continues on the next.
class TestXlsxExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timesAreDateCellsAndTextStaysText();
    void headerIsBoldFrozenAndFiltered();
    void fullSheetContinuesOnTheNext();

private:
    [[nodiscard]] static QByteArray part(const QString& path, const QString& name);
    // Excel's serial day of the local time of `ms`, computed independently of the writer.
    [[nodiscard]] static double serialOf(qint64 ms);

    QTemporaryDir m_dir;
    std::optional<Db> m_db;
    QString m_mails;
};

QByteArray TestXlsxExport::part(const QString& path, const QString& name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name)) {
        return {};
    }
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double TestXlsxExport::serialOf(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return double(QDate(1899, 12, 30).daysTo(local.date())) + local.time().msecsSinceStartOfDay() / 86400000.0;
}

void TestXlsxExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = exporttest::makeCache(m_dir.filePath(QStringLiteral("cache.sqlite")), 10);
    QVERIFY(m_db);
    LogExportRequest request;
    request.query.kind = LogKind::Mails;
    request.format = ExportFormat::Xlsx;
    request.path = m_dir.filePath(QStringLiteral("mails.xlsx"));
    request.court = QStringLiteral("court.sandbox.test");
    request.profile = QStringLiteral("prod");
    auto exported = runLogExport(*m_db, request);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 5);
    QCOMPARE(exported->sha256, exporttest::sha256Of(exported->path));
    m_mails = exported->path;
}

void TestXlsxExport::timesAreDateCellsAndTextStaysText()
{
    const QString sheet = QString::fromUtf8(part(m_mails, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY(!sheet.isEmpty());
    QVERIFY(!sheet.contains(QStringLiteral("<f>"))); // not a single formula
    // Row 6 is the oldest mail (newest first): the read one. Its date (A), time (F) and read time (H) are numbers.
    const auto rows = exporttest::mails();
    for (const auto& [column, ms] :
         {std::pair{QStringLiteral("A6"), rows.at(0).time}, std::pair{QStringLiteral("F6"), rows.at(0).time},
          std::pair{QStringLiteral("H6"), *rows.at(0).readAt}}) {
        const QRegularExpression cell(QStringLiteral("<c r=\"%1\" s=\"(\\d+)\"><v>([0-9.]+)</v></c>").arg(column));
        const auto match = cell.match(sheet);
        QVERIFY2(match.hasMatch(), qPrintable(column));
        QVERIFY2(qAbs(match.captured(2).toDouble() - serialOf(ms)) < 1e-6, qPrintable(match.captured(2)));
    }
    // The styles of those cells carry the date formats.
    const QString styles = QString::fromUtf8(part(m_mails, QStringLiteral("xl/styles.xml")));
    for (const char* format : {"yyyy-mm-dd hh:mm:ss", "yyyy-mm-dd", "hh:mm:ss"}) {
        QVERIFY2(styles.contains(QStringLiteral("formatCode=\"%1\"").arg(QLatin1String(format))), format);
    }
    // Text cells are strings, Chinese intact, the formula-looking subject among them as it was typed.
    QVERIFY(sheet.contains(QStringLiteral("<t>%1</t>").arg(exporttest::kChineseSubject)));
    QVERIFY(sheet.contains(QStringLiteral("t=\"inlineStr\"><is><t>=HYPERLINK(&quot;x&quot;)</t>")) ||
            sheet.contains(QStringLiteral("t=\"inlineStr\"><is><t>=HYPERLINK(\"x\")</t>")));
    QVERIFY(!sheet.contains(exporttest::kIdNumber));
    QVERIFY(!sheet.contains(exporttest::kMobile));
    QVERIFY(!sheet.contains(exporttest::kMobileMailbox));
    QVERIFY(sheet.contains(exporttest::kMobileMailboxMasked));
}

void TestXlsxExport::headerIsBoldFrozenAndFiltered()
{
    const QString sheet = QString::fromUtf8(part(m_mails, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(sheet.contains(QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                                           "state=\"frozen\"/>")),
             qPrintable(sheet.left(800)));
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:I6\"/>")));
    const QRegularExpression header(QStringLiteral("<c r=\"C1\" s=\"(\\d+)\" t=\"inlineStr\"><is><t>Subject</t>"));
    QVERIFY(header.match(sheet).hasMatch());
    QVERIFY(sheet.contains(QStringLiteral("<col ")));
    QVERIFY(QString::fromUtf8(part(m_mails, QStringLiteral("xl/styles.xml"))).contains(QStringLiteral("<b/>")));
    const QString workbook = QString::fromUtf8(part(m_mails, QStringLiteral("xl/workbook.xml")));
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"Mail log\"")));
    const QString core = QString::fromUtf8(part(m_mails, QStringLiteral("docProps/core.xml")));
    QVERIFY(core.contains(QStringLiteral("court.sandbox.test — prod — Mail log")));
}

void TestXlsxExport::fullSheetContinuesOnTheNext()
{
    // Three rows a sheet (the header and two): ten logins take five sheets, each with its header, filter and pane.
    const QString path = m_dir.filePath(QStringLiteral("logins.xlsx"));
    XlsxLogWriter writer(LogExportColumns::columns(LogKind::Logins),
                         ExportHeading{QStringLiteral("t"), QStringLiteral("登录日志"), {}, {}, {}}, 3);
    QVERIFY(writer.open(path));
    ExportPage page;
    page.columns = int(LogExportColumns::columns(LogKind::Logins).size());
    for (const LoginRecord& row : exporttest::logins(10)) {
        LogExportColumns::append(page, row);
    }
    QVERIFY(writer.write(page));
    QVERIFY(writer.close());
    const QString workbook = QString::fromUtf8(part(path, QStringLiteral("xl/workbook.xml")));
    for (const QString& name :
         {QStringLiteral("登录日志"), QStringLiteral("登录日志 (2)"), QStringLiteral("登录日志 (5)")}) {
        QVERIFY2(workbook.contains(QStringLiteral("<sheet name=\"%1\"").arg(name)), qPrintable(workbook));
    }
    QVERIFY(!workbook.contains(QStringLiteral("登录日志 (6)")));
    const auto rows = exporttest::logins(10);
    for (int sheet = 1; sheet <= 5; ++sheet) {
        const QString xml = QString::fromUtf8(part(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
        QVERIFY(xml.contains(QStringLiteral("<autoFilter ref=\"A1:G3\"/>")));
        QVERIFY(xml.contains(QStringLiteral("state=\"frozen\"")));
        QVERIFY(xml.contains(QStringLiteral("<t>Account</t>")));
        QVERIFY(xml.contains(QStringLiteral("<t>%1</t>").arg(rows.at((sheet - 1) * 2).ip)));
        QVERIFY(!xml.contains(QStringLiteral("r=\"A4\"")));
    }
}

QTEST_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
