#include "core/ImportParser.h"
#include "core/ImportValidator.h"
#include "tests/support/ImportFixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;
using Reason = ImportIssue::Reason;

namespace {

const QDate kToday(2024, 6, 1);

QString fixturePath(const char* name)
{
    return QStringLiteral(DM_SOURCE_DIR "/tests/unit/core/data/") + QString::fromUtf8(name);
}

ImportOptions options()
{
    ImportOptions options;
    options.today = kToday;
    return options;
}

QByteArray gbk(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

Expected<ImportReport, ImportError> parseBytes(const QByteArray& data, const ImportOptions& options)
{
    Expected<ImportTable, ImportError> table = ImportParser::read(data, options);
    if (!table)
        return Unexpected{table.error()};
    return ImportParser::validate(*table, options);
}

QString describeAll(const ImportReport& report)
{
    QStringList lines;
    for (const ImportIssue& issue : report.issues)
        lines.append(issue.describe());
    return lines.join(u'\n');
}

} // namespace

class TestImportParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesReadAlike_data();
    void fixturesReadAlike();
    void fiveHundredRowsTwentyBad_data();
    void fiveHundredRowsTwentyBad();
    void reportNamesRowColumnAndReasonWithoutValues();
    void formulaLookingCellsAreWarnedAboutAndKept();
    void trimsAndNormalises();
    void addressesInTheMailDomain();
    void platformDuplicatesThroughTheHook();
    void explicitMappingAndEncoding();
    void blankRowsAndMissingTrailingCells();
    void refusesWholeFiles_data();
    void refusesWholeFiles();
    void fileSizeLimitBeforeReading();
};

void TestImportParser::fixturesReadAlike_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encoding"); // -1: XLSX

    QTest::newRow("GBK CSV as Excel saves it") << fixturePath("import_gbk.csv") << int(TextEncoding::Gbk);
    QTest::newRow("UTF-8 CSV with BOM") << fixturePath("import_utf8_bom.csv") << int(TextEncoding::Utf8);
    QTest::newRow("UTF-8 CSV, English headers, LF") << fixturePath("import_utf8.csv") << int(TextEncoding::Utf8);
    QTest::newRow("XLSX by LibreOffice") << fixturePath("import.xlsx") << -1;
}

void TestImportParser::fixturesReadAlike()
{
    QFETCH(QString, file);
    QFETCH(int, encoding);

    const Expected<ImportReport, ImportError> report = ImportParser::parseFile(file, options());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
    QCOMPARE(report->encoding ? int(*report->encoding) : -1, encoding);
    QCOMPARE(report->dataRows, 6);
    QCOMPARE(report->rows.size(), 5);
    QCOMPARE(report->rejectedRows, 1);

    const ImportRow& first = report->rows.at(0);
    QCOMPARE(first.row, 2);
    QCOMPARE(first.accountName, QStringLiteral("zhangsan"));
    QCOMPARE(first.name, QStringLiteral("张三"));
    QCOMPARE(first.idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(first.mobile, QStringLiteral("13800138000"));
    QCOMPARE(first.caseNumber, QStringLiteral("(2024)京0105民初123号"));
    QCOMPARE(first.unit, QStringLiteral("民一庭"));
    QCOMPARE(report->rows.at(1).name, QStringLiteral("朱镕")); // in GBK, not in GB 2312
    QCOMPARE(report->rows.at(1).mobile, QStringLiteral("13900139000"));
    QCOMPARE(report->rows.at(2).caseNumber, QStringLiteral("(2024)京0105执字第1号, 补充"));
    QCOMPARE(report->rows.at(3).accountName, QStringLiteral("zhaoliu"));
    QCOMPARE(report->rows.at(3).name, QStringLiteral("赵六"));
    QCOMPARE(report->rows.at(3).caseNumber, QStringLiteral("多行\n案号"));
    QCOMPARE(report->rows.at(4).caseNumber, QStringLiteral("=1+1"));

    QCOMPARE(report->issues.size(), 2);
    const ImportIssue& warning = report->issues.at(0);
    QCOMPARE(warning.reason, Reason::FormulaText);
    QCOMPARE(warning.row, 6);
    QVERIFY(!warning.isError());
    const ImportIssue& error = report->issues.at(1);
    QCOMPARE(error.reason, Reason::InvalidIdNumber);
    QCOMPARE(error.row, 7);
    QCOMPARE(error.columnName, encoding == int(TextEncoding::Utf8) && file.endsWith(u"import_utf8.csv")
                                   ? QStringLiteral("ID Number")
                                   : QStringLiteral("身份证号"));
}

void TestImportParser::fiveHundredRowsTwentyBad_data()
{
    QTest::addColumn<QByteArray>("data");

    const test::GeneratedImport generated = test::generateImportCsv(500, 20);
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + generated.csv.toUtf8());
    QTest::newRow("GBK") << gbk(generated.csv);
}

void TestImportParser::fiveHundredRowsTwentyBad()
{
    QFETCH(QByteArray, data);
    const test::GeneratedImport generated = test::generateImportCsv(500, 20);
    QCOMPARE(generated.issues.size(), 20);

    const Expected<ImportReport, ImportError> report = parseBytes(data, options());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
    QCOMPARE(report->dataRows, 500);
    QCOMPARE(report->rows.size(), 480);
    QCOMPARE(report->rejectedRows, 20);
    QCOMPARE(report->issues.size(), 20);
    for (qsizetype i = 0; i < generated.issues.size(); ++i) {
        const ImportIssue& issue = report->issues.at(i);
        const test::ExpectedImportIssue& expected = generated.issues.at(i);
        QVERIFY2(issue.row == expected.row && issue.columnName == expected.column && issue.reason == expected.reason,
                 qPrintable(QStringLiteral("expected row %1 %2 reason %3, got: %4")
                                .arg(QString::number(expected.row), expected.column,
                                     QString::number(int(expected.reason)), issue.describe())));
    }
    const auto duplicate = std::find_if(report->issues.cbegin(), report->issues.cend(), [](const ImportIssue& issue) {
        return issue.reason == Reason::DuplicateInFile;
    });
    QVERIFY(duplicate != report->issues.cend());
    QCOMPARE(duplicate->otherRow, 2);
}

void TestImportParser::reportNamesRowColumnAndReasonWithoutValues()
{
    const test::GeneratedImport generated = test::generateImportCsv(500, 20);
    const Expected<ImportReport, ImportError> report = parseBytes(generated.csv.toUtf8(), options());
    QVERIFY(report);
    for (const ImportIssue& issue : report->issues) {
        const QString line = issue.describe();
        QVERIFY2(line.contains(QString::number(issue.row)) && line.contains(issue.columnName), qPrintable(line));
        QVERIFY2(!issue.message().isEmpty(), qPrintable(line));
    }
    // No ID number or mobile, valid or not, appears in any line.
    const QString all = describeAll(*report);
    static const QRegularExpression digits(QStringLiteral("\\d{11}"));
    QVERIFY2(!all.contains(digits), qPrintable(all));
}

void TestImportParser::formulaLookingCellsAreWarnedAboutAndKept()
{
    const QString csv = QStringLiteral("帐号,姓名,手机号,案号,部门\r\n"
                                       "a1,=HYPERLINK(\"http://x\"),13800138000,,\r\n"
                                       "a2,张三,+86 13800138001,@SUM(A1),-1\r\n");
    const Expected<ImportReport, ImportError> report = parseBytes(csv.toUtf8(), options());
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 2); // warnings do not reject
    QCOMPARE(report->rows.at(0).name, QStringLiteral("=HYPERLINK(\"http://x\")"));
    QCOMPARE(report->rows.at(1).caseNumber, QStringLiteral("@SUM(A1)"));
    QCOMPARE(report->issues.size(), 3); // the +86 mobile is a mobile, not a formula
    for (const ImportIssue& issue : report->issues)
        QCOMPARE(issue.reason, Reason::FormulaText);
    QCOMPARE(report->issues.at(2).columnName, QStringLiteral("部门"));
    QVERIFY(!report->hasErrors());
}

void TestImportParser::trimsAndNormalises()
{
    const QString csv = QStringLiteral("帐号,姓名,身份证号,手机号\r\n"
                                       "\u3000ZhangSan\u00A0,\t张三 ,11010519491231002x ,１３８ 0013 8000\u200B\r\n");
    const Expected<ImportReport, ImportError> report = parseBytes(csv.toUtf8(), options());
    QVERIFY2(report && report->rows.size() == 1, report ? qPrintable(describeAll(*report)) : "");
    const ImportRow& row = report->rows.at(0);
    QCOMPARE(row.accountName, QStringLiteral("zhangsan"));
    QCOMPARE(row.name, QStringLiteral("张三"));
    QCOMPARE(row.idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(row.mobile, QStringLiteral("13800138000"));
}

void TestImportParser::addressesInTheMailDomain()
{
    const QString csv = QStringLiteral("account,name,mobile\n"
                                       "zhangsan@court.sandbox.test,张三,13800138000\n"
                                       "lisi@elsewhere.test,李四,13800138001\n");
    ImportOptions opts = options();
    opts.mailDomain = QStringLiteral("court.sandbox.test");
    const Expected<ImportReport, ImportError> report = parseBytes(csv.toUtf8(), opts);
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->rows.at(0).accountName, QStringLiteral("zhangsan"));
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.at(0).reason, Reason::InvalidAccountName);
    QCOMPARE(report->issues.at(0).row, 3);
}

void TestImportParser::platformDuplicatesThroughTheHook()
{
    const test::GeneratedImport generated = test::generateImportCsv(50, 2);
    ImportOptions opts = options();
    QList<qsizetype> asked;
    opts.existingOnPlatform = [&asked](const ImportRow& row) -> std::optional<ImportField> {
        asked.append(row.row);
        if (row.accountName == u"user0007")
            return ImportField::AccountName;
        if (row.mobile == test::importFixtureMobile(9))
            return ImportField::Mobile;
        return std::nullopt;
    };
    const Expected<ImportReport, ImportError> report = parseBytes(generated.csv.toUtf8(), opts);
    QVERIFY(report);
    QCOMPARE(asked.size(), 48); // only rows that passed every other check
    QCOMPARE(report->rows.size(), 46);
    QCOMPARE(report->rejectedRows, 4);
    QList<ImportIssue> onPlatform;
    for (const ImportIssue& issue : report->issues) {
        if (issue.reason == Reason::DuplicateOnPlatform)
            onPlatform.append(issue);
    }
    QCOMPARE(onPlatform.size(), 2);
    QCOMPARE(onPlatform.at(0).row, 9);
    QCOMPARE(onPlatform.at(0).columnName, QStringLiteral("帐号"));
    QCOMPARE(onPlatform.at(1).row, 11);
    QCOMPARE(onPlatform.at(1).columnName, QStringLiteral("手机号"));
}

void TestImportParser::explicitMappingAndEncoding()
{
    const QString csv = QStringLiteral("工号,名字,电话\r\nzhangsan,张三,13800138000\r\n");
    ImportOptions opts = options();
    const Expected<ImportReport, ImportError> unmapped = parseBytes(gbk(csv), opts);
    QVERIFY(!unmapped);
    QCOMPARE(unmapped.error().reason, ImportError::Reason::MissingColumn);

    opts.mapping = QStringList{QStringLiteral("工号=account"), QStringLiteral("名字=name"), QStringLiteral("C=mobile")};
    opts.encoding = TextEncoding::Gbk;
    const Expected<ImportReport, ImportError> mapped = parseBytes(gbk(csv), opts);
    QVERIFY2(mapped, qPrintable(mapped ? QString() : mapped.error().message()));
    QCOMPARE(mapped->rows.size(), 1);
    QCOMPARE(mapped->rows.at(0).name, QStringLiteral("张三"));
    QCOMPARE(mapped->encoding, TextEncoding::Gbk);

    // GBK read as UTF-8 on request is an error naming the line, not mojibake.
    opts.encoding = TextEncoding::Utf8;
    const Expected<ImportReport, ImportError> forced = parseBytes(gbk(csv), opts);
    QVERIFY(!forced);
    QCOMPARE(forced.error().reason, ImportError::Reason::Encoding);
    QCOMPARE(forced.error().row, 1);
}

void TestImportParser::blankRowsAndMissingTrailingCells()
{
    // A blank line before the header, blank rows between, ",,," rows, and rows that stop early (Excel drops the
    // trailing commas of rows whose last cells are empty).
    const QString csv = QStringLiteral("\r\n帐号,姓名,手机号,案号,部门\r\n"
                                       "a1,张三,13800138000\r\n"
                                       ",,,,\r\n"
                                       "\r\n"
                                       "a2,李四\r\n");
    const Expected<ImportReport, ImportError> report = parseBytes(csv.toUtf8(), options());
    QVERIFY(report);
    QCOMPARE(report->dataRows, 2);
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.at(0).row, 6);
    QCOMPARE(report->issues.at(0).reason, Reason::Missing);
    QCOMPARE(report->issues.at(0).columnName, QStringLiteral("手机号"));
}

void TestImportParser::refusesWholeFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("reason");

    QTest::newRow("empty") << QByteArray() << int(ImportError::Reason::EmptyFile);
    QTest::newRow("only blank lines") << QByteArray("\r\n,,\r\n") << int(ImportError::Reason::EmptyFile);
    QTest::newRow("Excel 97-2003") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)
                                   << int(ImportError::Reason::LegacyExcel);
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEh\0") << int(ImportError::Reason::Encoding);
    QTest::newRow("neither UTF-8 nor GBK") << QByteArray("a,b\n\xFF\xFF") << int(ImportError::Reason::Encoding);
    QTest::newRow("unterminated quote") << QByteArray("帐号,姓名,手机号\n\"a,b,c\n")
                                        << int(ImportError::Reason::UnterminatedQuote);
    QTest::newRow("header without required columns")
        << QByteArray("x,y\n1,2\n") << int(ImportError::Reason::MissingColumn);
}

void TestImportParser::refusesWholeFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(int, reason);
    const Expected<ImportReport, ImportError> report = parseBytes(data, options());
    QVERIFY(!report);
    QCOMPARE(int(report.error().reason), reason);
    QVERIFY(!report.error().message().isEmpty());
}

void TestImportParser::fileSizeLimitBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("big.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::generateImportCsv(500, 0).csv.toUtf8());
    file.close();

    ImportOptions opts = options();
    opts.limits.maxFileBytes = 4096;
    const Expected<ImportReport, ImportError> report = ImportParser::parseFile(file.fileName(), opts);
    QVERIFY(!report);
    QCOMPARE(report.error().reason, ImportError::Reason::FileTooLarge);

    const Expected<ImportReport, ImportError> missing =
        ImportParser::parseFile(dir.filePath(QStringLiteral("absent.csv")), options());
    QVERIFY(!missing);
    QCOMPARE(missing.error().reason, ImportError::Reason::CannotOpen);

    opts.limits = {};
    opts.limits.maxRows = 499;
    const Expected<ImportReport, ImportError> tooMany = ImportParser::parseFile(file.fileName(), opts);
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().reason, ImportError::Reason::TooManyRows);
}

QTEST_GUILESS_MAIN(TestImportParser)
#include "tst_importparser.moc"
