// The address basis columns of an import file: recognised headers, the kinds and dates people write, and a finding
// naming the row and the field for every way a basis can be wrong, before anything is sent.

#include "core/AddressBasisRules.h"
#include "core/ImportParser.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QTest>

#include <ctime>

using namespace dm;
using Reason = ImportIssue::Reason;

namespace {

const QDate kToday(2026, 6, 15);

ImportOptions options()
{
    ImportOptions options;
    options.today = kToday;
    return options;
}

// A UTF-8 CSV: the header, then one line per row (rows 2, 3...).
Expected<ImportReport, ImportError> validate(const QString& header, const QStringList& lines)
{
    const QByteArray data = (header + u'\n' + lines.join(u'\n') + u'\n').toUtf8();
    auto table = ImportParser::read(data, options());
    if (!table) {
        return Unexpected{table.error()};
    }
    return ImportParser::validate(*table, options());
}

const QString kHeader = QStringLiteral("帐号,姓名,手机号,送达地址依据,确认日期,确认书编号");

QString row(int i, const QString& basis, const QString& date, const QString& reference)
{
    return QStringLiteral("user%1,测试%1,1380013%2,%3,%4,%5")
        .arg(i)
        .arg(i, 4, 10, QLatin1Char('0'))
        .arg(basis, date, reference);
}

QString describeAll(const ImportReport& report)
{
    QStringList lines;
    for (const ImportIssue& issue : report.issues) {
        lines.append(issue.describe());
    }
    return lines.join(u'\n');
}

} // namespace

class TestImportAddressBasis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersAreRecognised_data();
    void headersAreRecognised();
    void kindsAsPeopleWriteThem_data();
    void kindsAsPeopleWriteThem();
    void datesAsSpreadsheetsWriteThem_data();
    void datesAsSpreadsheetsWriteThem();
    void validRowsCarryTheBasis();
    void badRowsAreNamedWithTheirField_data();
    void badRowsAreNamedWithTheirField();
    void aMissingReferenceColumnIsReportedAtTheBasisColumn();
    void theColumnsAreOptional();
    void explicitMappingByKey();
    void theDefaultTodayIsThePlatformsOnAnyMachine();
};

void TestImportAddressBasis::headersAreRecognised_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    QTest::newRow("送达地址依据") << QStringLiteral("送达地址依据") << int(ImportField::AddressBasis);
    QTest::newRow("address basis") << QStringLiteral("Address Basis") << int(ImportField::AddressBasis);
    QTest::newRow("address_basis") << QStringLiteral("address_basis") << int(ImportField::AddressBasis);
    QTest::newRow("确认日期") << QStringLiteral("确认日期") << int(ImportField::AddressBasisDate);
    QTest::newRow("basis date") << QStringLiteral("basis date") << int(ImportField::AddressBasisDate);
    QTest::newRow("确认书编号 with a note")
        << QStringLiteral("确认书编号（确认时必填）") << int(ImportField::AddressBasisReference);
    QTest::newRow("basis reference") << QStringLiteral("Basis Reference") << int(ImportField::AddressBasisReference);
}

void TestImportAddressBasis::headersAreRecognised()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    const auto found = ImportFields::fromHeader(header);
    QVERIFY(found);
    QCOMPARE(int(*found), field);
    // The key a saved mapping writes names the same field.
    QCOMPARE(int(*ImportFields::fromName(ImportFields::key(ImportField(field)))), field);
}

void TestImportAddressBasis::kindsAsPeopleWriteThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind"); // -1: not a kind
    QTest::newRow("已确认") << QStringLiteral("已确认") << int(AddressBasisKind::Confirmed);
    QTest::newRow("确认") << QStringLiteral(" 确认 ") << int(AddressBasisKind::Confirmed);
    QTest::newRow("confirmed") << QStringLiteral("Confirmed") << int(AddressBasisKind::Confirmed);
    QTest::newRow("受送达人提供") << QStringLiteral("受送达人提供") << int(AddressBasisKind::Provided);
    QTest::newRow("提供") << QStringLiteral("提供") << int(AddressBasisKind::Provided);
    QTest::newRow("provided, full width") << QStringLiteral("ｐｒｏｖｉｄｅｄ") << int(AddressBasisKind::Provided);
    QTest::newRow("法院查明") << QStringLiteral("法院查明") << int(AddressBasisKind::CourtFound);
    QTest::newRow("查明") << QStringLiteral("查明") << int(AddressBasisKind::CourtFound);
    QTest::newRow("courtFound") << QStringLiteral("courtFound") << int(AddressBasisKind::CourtFound);
    QTest::newRow("court found") << QStringLiteral("court found") << int(AddressBasisKind::CourtFound);
    QTest::newRow("unknown") << QStringLiteral("公告") << -1;
    QTest::newRow("none") << QStringLiteral("none") << -1;
}

void TestImportAddressBasis::kindsAsPeopleWriteThem()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const auto found = AddressBasisRules::kindFromText(text);
    QCOMPARE(found ? int(*found) : -1, kind);
}

void TestImportAddressBasis::datesAsSpreadsheetsWriteThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date"); // invalid: refused
    QTest::newRow("ISO") << QStringLiteral("2026-06-01") << QDate(2026, 6, 1);
    QTest::newRow("slashes, no zeros") << QStringLiteral("2026/6/1") << QDate(2026, 6, 1);
    QTest::newRow("dots") << QStringLiteral("2026.06.01") << QDate(2026, 6, 1);
    QTest::newRow("Chinese") << QStringLiteral("2026年6月1日") << QDate(2026, 6, 1);
    QTest::newRow("full width") << QStringLiteral("２０２６－０６－０１") << QDate(2026, 6, 1);
    QTest::newRow("compact") << QStringLiteral("20260601") << QDate(2026, 6, 1);
    QTest::newRow("Excel serial") << QStringLiteral("46174") << QDate(2026, 6, 1);
    QTest::newRow("Excel serial with .0") << QStringLiteral("46174.0") << QDate(2026, 6, 1);
    QTest::newRow("no such day") << QStringLiteral("2026-02-30") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2026/13/1") << QDate();
    QTest::newRow("day first") << QStringLiteral("01/06/2026") << QDate();
    QTest::newRow("words") << QStringLiteral("上周") << QDate();
    QTest::newRow("small number") << QStringLiteral("123") << QDate();
}

void TestImportAddressBasis::datesAsSpreadsheetsWriteThem()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(AddressBasisRules::dateFromText(text), date);
}

void TestImportAddressBasis::validRowsCarryTheBasis()
{
    auto report = validate(
        kHeader, {row(1, QStringLiteral("已确认"), QStringLiteral("2026/6/1"),
                      QStringLiteral("(2026)粤0104民初1234号送达地址确认书")),
                  row(2, QStringLiteral("受送达人提供"), QStringLiteral("2026-05-20"), QStringLiteral("起诉状")),
                  row(3, QStringLiteral("法院查明"), QStringLiteral("2026-06-15"), QString()),
                  row(4, QString(), QString(), QString())});
    QVERIFY(report);
    QVERIFY2(report->issues.isEmpty(), qPrintable(describeAll(*report)));
    QCOMPARE(report->rows.size(), 4);
    const auto confirmed = report->rows.at(0).addressBasis();
    QVERIFY(confirmed);
    QVERIFY(confirmed->kind == AddressBasisKind::Confirmed);
    QCOMPARE(confirmed->date, QDate(2026, 6, 1));
    QCOMPARE(confirmed->reference, QStringLiteral("(2026)粤0104民初1234号送达地址确认书"));
    QVERIFY(report->rows.at(1).addressBasis()->kind == AddressBasisKind::Provided);
    QCOMPARE(report->rows.at(1).addressBasis()->reference, QStringLiteral("起诉状"));
    // Today itself is not in the future; a court-found basis needs no reference.
    QCOMPARE(report->rows.at(2).addressBasis()->date, kToday);
    QCOMPARE(report->rows.at(2).addressBasis()->reference, QString());
    QVERIFY(!report->rows.at(3).addressBasis());
}

void TestImportAddressBasis::badRowsAreNamedWithTheirField_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("bad kind") << row(1, QStringLiteral("公告送达"), QStringLiteral("2026-06-01"), QStringLiteral("x"))
                              << int(Reason::InvalidBasisKind) << int(ImportField::AddressBasis)
                              << QStringLiteral("送达地址依据");
    QTest::newRow("bad date") << row(1, QStringLiteral("提供"), QStringLiteral("2026-02-30"), QString())
                              << int(Reason::InvalidDate) << int(ImportField::AddressBasisDate)
                              << QStringLiteral("确认日期");
    QTest::newRow("future date") << row(1, QStringLiteral("提供"), QStringLiteral("2026-06-16"), QString())
                                 << int(Reason::FutureDate) << int(ImportField::AddressBasisDate)
                                 << QStringLiteral("确认日期");
    QTest::newRow("no date") << row(1, QStringLiteral("查明"), QString(), QString()) << int(Reason::Missing)
                             << int(ImportField::AddressBasisDate) << QStringLiteral("确认日期");
    QTest::newRow("confirmed without reference")
        << row(1, QStringLiteral("已确认"), QStringLiteral("2026-06-01"), QStringLiteral("  "))
        << int(Reason::MissingReference) << int(ImportField::AddressBasisReference) << QStringLiteral("确认书编号");
    QTest::newRow("reference too long") << row(1, QStringLiteral("提供"), QStringLiteral("2026-06-01"),
                                               QString(129, QLatin1Char('x')))
                                        << int(Reason::TooLong) << int(ImportField::AddressBasisReference)
                                        << QStringLiteral("确认书编号");
    QTest::newRow("date without a basis")
        << row(1, QString(), QStringLiteral("2026-06-01"), QString()) << int(Reason::BasisWithoutKind)
        << int(ImportField::AddressBasisDate) << QStringLiteral("确认日期");
    QTest::newRow("reference without a basis")
        << row(1, QString(), QString(), QStringLiteral("起诉状")) << int(Reason::BasisWithoutKind)
        << int(ImportField::AddressBasisReference) << QStringLiteral("确认书编号");
}

void TestImportAddressBasis::badRowsAreNamedWithTheirField()
{
    QFETCH(QString, line);
    QFETCH(int, reason);
    QFETCH(int, field);
    QFETCH(QString, column);
    // A good row first, so the bad one is row 3 of the sheet.
    auto report = validate(kHeader, {row(9, QStringLiteral("提供"), QStringLiteral("2026-01-01"), QString()), line});
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->rejectedRows, 1);
    QCOMPARE(report->issues.size(), 1);
    const ImportIssue& issue = report->issues.constFirst();
    QVERIFY(issue.isError());
    QCOMPARE(int(issue.reason), reason);
    QCOMPARE(issue.row, 3);
    QVERIFY(issue.field);
    QCOMPARE(int(*issue.field), field);
    QCOMPARE(issue.columnName, column);
    // The line a person reads names the row, the column and the field, and quotes no cell.
    const QString text = issue.describe();
    QVERIFY2(text.contains(QStringLiteral("Row 3")) && text.contains(column), qPrintable(text));
    QVERIFY2(text.contains(ImportFields::displayName(ImportField(field))), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("公告送达")) && !text.contains(QStringLiteral("2026-02-30")),
             qPrintable(text));
}

void TestImportAddressBasis::aMissingReferenceColumnIsReportedAtTheBasisColumn()
{
    auto report = validate(QStringLiteral("account,name,mobile,address basis,basis date"),
                           {QStringLiteral("lina,李娜,13800138000,confirmed,2026-06-01"),
                            QStringLiteral("wangfang,王芳,13800138001,provided,2026-06-01")});
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->rows.constFirst().accountName, QStringLiteral("wangfang"));
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.constFirst().reason, Reason::MissingReference);
    QCOMPARE(report->issues.constFirst().columnName, QStringLiteral("address basis"));
    QCOMPARE(*report->issues.constFirst().field, ImportField::AddressBasisReference);
}

void TestImportAddressBasis::theColumnsAreOptional()
{
    auto report = validate(QStringLiteral("帐号,姓名,手机号"), {QStringLiteral("lina,李娜,13800138000")});
    QVERIFY(report);
    QVERIFY(report->issues.isEmpty());
    QCOMPARE(report->rows.size(), 1);
    QVERIFY(!report->rows.constFirst().addressBasis());
    QVERIFY(!report->mapping->column(ImportField::AddressBasis));
}

void TestImportAddressBasis::explicitMappingByKey()
{
    const QByteArray data =
        QStringLiteral("帐号,姓名,手机号,来源,日子,文书\nlina,李娜,13800138000,查明,2026-03-03,立案登记\n").toUtf8();
    ImportOptions mapped = options();
    mapped.mapping = {QStringLiteral("来源=basis"), QStringLiteral("日子=basisDate"),
                      QStringLiteral("文书=basisReference")};
    auto table = ImportParser::read(data, mapped);
    QVERIFY(table);
    auto report = ImportParser::validate(*table, mapped);
    QVERIFY(report);
    QVERIFY2(report->issues.isEmpty(), qPrintable(describeAll(*report)));
    const auto basis = report->rows.constFirst().addressBasis();
    QVERIFY(basis);
    QVERIFY(basis->kind == AddressBasisKind::CourtFound);
    QCOMPARE(basis->date, QDate(2026, 3, 3));
    QCOMPARE(basis->reference, QStringLiteral("立案登记"));
    // And the mapping remembers it by those keys.
    QVERIFY(report->mapping->toOverrides().contains(QStringLiteral("文书=basisReference")));
}

void TestImportAddressBasis::theDefaultTodayIsThePlatformsOnAnyMachine()
{
    // A machine whose date is not Beijing's: twelve hours behind UTC while it is before 19:00 in Beijing (its date is
    // then the day before), fourteen hours ahead from then on (the day after).
    const QDateTime beijingNow = QDateTime::currentDateTimeUtc().addSecs(8 * 3600);
    const QDate beijingToday = beijingNow.date();
    const bool behind = beijingNow.time().hour() < 19;
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", behind ? "DMT12" : "DMT-14");
    tzset();
    const auto restoreZone = qScopeGuard([hadZone, zone] {
        if (hadZone) {
            qputenv("TZ", zone);
        } else {
            qunsetenv("TZ");
        }
        tzset();
    });
    const QDate machineToday = QDate::currentDate();
    const ImportOptions defaults;
    if (QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date() != beijingToday) {
        QSKIP("midnight passed in Beijing during the test");
    }
    QCOMPARE(machineToday, beijingToday.addDays(behind ? -1 : 1));

    QCOMPARE(defaults.today, beijingToday);
    QCOMPARE(defaults.today, AddressBasisRules::today());
    // Beijing's today is taken, its tomorrow refused, whatever this machine's date is.
    const QString lines = row(1, QStringLiteral("提供"), beijingToday.toString(Qt::ISODate), QString()) + u'\n' +
                          row(2, QStringLiteral("提供"), beijingToday.addDays(1).toString(Qt::ISODate), QString());
    const QByteArray data = (kHeader + u'\n' + lines + u'\n').toUtf8();
    auto table = ImportParser::read(data, defaults);
    QVERIFY(table);
    auto report = ImportParser::validate(*table, defaults);
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->rows.constFirst().addressBasis()->date, beijingToday);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.constFirst().reason, Reason::FutureDate);
    QCOMPARE(report->issues.constFirst().row, 3);
}

QTEST_GUILESS_MAIN(TestImportAddressBasis)
#include "tst_importaddressbasis.moc"
