#include "core/XlsxReader.h"
#include "core/XlsxSheetParser.h"

#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace dm;
using Reason = ImportError::Reason;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

namespace {

const QByteArray kWorkbook =
    "<?xml version='1.0' encoding='UTF-8'?>"
    "<workbook xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'"
    " xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
    "<sheets><sheet name='名单' sheetId='7' r:id='rId3'/><sheet name='Other' sheetId='1' r:id='rId1'/></sheets>"
    "</workbook>";

const QByteArray kRelationships =
    "<?xml version='1.0' encoding='UTF-8'?>"
    "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
    "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'"
    " Target='worksheets/sheet1.xml'/>"
    "<Relationship Id='rId3' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'"
    " Target='/xl/worksheets/roster.xml'/>"
    "<Relationship Id='rId9' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings'"
    " Target='strings.xml'/>"
    "</Relationships>";

QByteArray sheetXml(const QByteArray& sheetData)
{
    return "<?xml version='1.0' encoding='UTF-8'?><worksheet "
           "xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><sheetData>" +
           sheetData + "</sheetData></worksheet>";
}

// A workbook made of the given parts, stored with deflate like Excel does.
QByteArray zipOf(const QMap<QString, QByteArray>& parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())))
            return {};
        file.write(it.value());
        file.close();
    }
    zip.close();
    return bytes;
}

Rows cellsOf(const ImportTable& table)
{
    Rows rows;
    for (const ImportSheetRow& row : table.rows)
        rows.append(row.cells);
    return rows;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLibreOfficeWorkbook();
    void findsTheFirstSheetAndSharedStrings();
    void cellKinds();
    void sparseRowsAndColumns();
    void plainNumber_data();
    void plainNumber();
    void refuses_data();
    void refuses();
    void stopsAZipBombWhileInflating();
};

void TestXlsxReader::readsLibreOfficeWorkbook()
{
    QFile file(QStringLiteral(DM_SOURCE_DIR "/tests/unit/core/data/import.xlsx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(XlsxReader::looksLikeXlsx(data));
    const Expected<ImportTable, ImportError> table = XlsxReader::read(data);
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message()));
    QCOMPARE(table->rows.size(), 7);
    QCOMPARE(table->rows.at(0).cells,
             (QStringList{QStringLiteral("帐号"), QStringLiteral("姓名"), QStringLiteral("身份证号"),
                          QStringLiteral("手机号"), QStringLiteral("案号"), QStringLiteral("部门")}));
    // A rich-text shared string (LibreOffice splits fonts between Latin and CJK runs) and a number cell.
    QCOMPARE(table->rows.at(1).cells, (QStringList{QStringLiteral("zhangsan"), QStringLiteral("张三"),
                                                   QStringLiteral("11010519491231002X"), QStringLiteral("13800138000"),
                                                   QStringLiteral("(2024)京0105民初123号"), QStringLiteral("民一庭")}));
    QCOMPARE(table->rows.at(4).cells.at(4), QStringLiteral("多行\n案号"));
    QCOMPARE(table->rows.at(5).cells.at(4), QStringLiteral("=1+1"));
    QCOMPARE(table->rows.at(6).row, 7);
    QCOMPARE(table->encoding, std::nullopt);
}

void TestXlsxReader::findsTheFirstSheetAndSharedStrings()
{
    QCOMPARE(XlsxSheetParser::firstSheetPath(kWorkbook, kRelationships), QStringLiteral("xl/worksheets/roster.xml"));
    QCOMPARE(XlsxSheetParser::sharedStringsPath(kRelationships), QStringLiteral("xl/strings.xml"));
    QCOMPARE(XlsxSheetParser::firstSheetPath(QByteArray(), QByteArray()), QStringLiteral("xl/worksheets/sheet1.xml"));

    const QByteArray strings = "<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
                               "<si><t>帐号</t></si><si><t>first</t></si></sst>";
    const QMap<QString, QByteArray> parts{
        {QStringLiteral("xl/workbook.xml"), kWorkbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), kRelationships},
        {QStringLiteral("xl/strings.xml"), strings},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml("<row r='1'><c r='A1'><v>1</v></c></row>")},
        {QStringLiteral("xl/worksheets/roster.xml"), sheetXml("<row r='1'><c r='A1' t='s'><v>0</v></c></row>")},
    };
    const Expected<ImportTable, ImportError> table = XlsxReader::read(zipOf(parts));
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message()));
    QCOMPARE(cellsOf(*table), (Rows{{QStringLiteral("帐号")}}));
}

void TestXlsxReader::cellKinds()
{
    const QStringList shared{QStringLiteral("共享"), QStringLiteral("张三")};
    const QByteArray xml = sheetXml("<row r='1'>"
                                    "<c r='A1' t='s'><v>1</v></c>"
                                    "<c r='B1' t='inlineStr'><is><r><t>行</t></r><r><t xml:space='preserve'> 内 "
                                    "</t></r><rPh><t>ハン</t></rPh></is></c>"
                                    "<c r='C1'><v>13800138000</v></c>"
                                    "<c r='D1' t='n'><v>1.10105194912310E+17</v></c>"
                                    "<c r='E1'><f>1+1</f><v>2</v></c>"
                                    "<c r='F1' t='str'><f>'=A'&amp;'1'</f><v>=A1</v></c>"
                                    "<c r='G1' t='b'><v>1</v></c>"
                                    "<c r='H1' t='e'><v>#N/A</v></c>"
                                    "<c r='I1' t='s'><v>0</v></c>"
                                    "</row>");
    const Expected<ImportTable, ImportError> table = XlsxSheetParser::sheet(xml, shared, {});
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message()));
    QCOMPARE(cellsOf(*table), (Rows{{QStringLiteral("张三"), QStringLiteral("行 内 "), QStringLiteral("13800138000"),
                                     QStringLiteral("110105194912310000"), QStringLiteral("2"), QStringLiteral("=A1"),
                                     QStringLiteral("TRUE"), QStringLiteral("#N/A"), QStringLiteral("共享")}}));

    const Expected<QStringList, ImportError> strings = XlsxSheetParser::sharedStrings(
        "<sst><si><t>a</t></si><si><r><t>b</t></r><r><t>c</t></r><rPh sb='0' eb='1'><t>ruby</t></rPh></si><si/></sst>",
        {});
    QVERIFY(strings);
    QCOMPARE(*strings, (QStringList{QStringLiteral("a"), QStringLiteral("bc"), QString()}));
}

void TestXlsxReader::sparseRowsAndColumns()
{
    // Rows 2 and 4 absent, a styled but empty row 5, cells without references after one with a reference.
    const QByteArray xml = sheetXml(""
                                    "<row r='1'><c r='B1'><v>1</v></c><c><v>2</v></c></row>"
                                    "<row r='3'><c r='A3'><v>3</v></c><c r='D3'><v>4</v></c></row>"
                                    "<row r='5'><c r='A5' s='3'/></row>"
                                    "<row><c><v>6</v></c></row>");
    const Expected<ImportTable, ImportError> table = XlsxSheetParser::sheet(xml, {}, {});
    QVERIFY(table);
    QCOMPARE(cellsOf(*table), (Rows{{QString(), QStringLiteral("1"), QStringLiteral("2")},
                                    {QStringLiteral("3"), QString(), QString(), QStringLiteral("4")},
                                    {QStringLiteral("6")}}));
    QCOMPARE(table->rows.at(0).row, 1);
    QCOMPARE(table->rows.at(1).row, 3);
    QCOMPARE(table->rows.at(2).row, 6);
}

void TestXlsxReader::plainNumber_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << QStringLiteral("13800138000") << QStringLiteral("13800138000");
    QTest::newRow("exponent, mobile") << QStringLiteral("1.3800138E+10") << QStringLiteral("13800138000");
    QTest::newRow("exponent, 18 digits as Excel keeps them")
        << QStringLiteral("1.10105194912310E+17") << QStringLiteral("110105194912310000");
    QTest::newRow("lower-case e, no sign") << QStringLiteral("1.5e3") << QStringLiteral("1500");
    QTest::newRow("trailing zeros") << QStringLiteral("2.50") << QStringLiteral("2.5");
    QTest::newRow("point zero") << QStringLiteral("42.0") << QStringLiteral("42");
    QTest::newRow("negative exponent") << QStringLiteral("1E-3") << QStringLiteral("0.001");
    QTest::newRow("negative") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
    QTest::newRow("negative zero") << QStringLiteral("-0") << QStringLiteral("0");
    QTest::newRow("leading zeros") << QStringLiteral("007") << QStringLiteral("7");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("fraction only") << QStringLiteral(".5") << QStringLiteral("0.5");
    QTest::newRow("not a number") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("absurd exponent kept") << QStringLiteral("1E+999") << QStringLiteral("1E+999");
    QTest::newRow("junk after") << QStringLiteral("12x") << QStringLiteral("12x");
    QTest::newRow("empty") << QString() << QString();
}

void TestXlsxReader::plainNumber()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    QCOMPARE(XlsxSheetParser::plainNumber(stored), expected);
}

void TestXlsxReader::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("reason");
    QTest::addColumn<qsizetype>("row");

    const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
    const QString workbook = QStringLiteral("xl/workbook.xml");
    QTest::newRow("not a zip") << QByteArray("PK\x03\x04garbage") << int(Reason::CorruptXlsx) << qsizetype(0);
    QTest::newRow("no workbook") << zipOf({{sheet, sheetXml({})}}) << int(Reason::CorruptXlsx) << qsizetype(0);
    QTest::newRow("no sheet") << zipOf({{workbook, kWorkbook}}) << int(Reason::CorruptXlsx) << qsizetype(0);
    QTest::newRow("broken XML") << zipOf({{workbook, QByteArray()}, {sheet, "<worksheet><sheetData><row>"}})
                                << int(Reason::CorruptXlsx) << qsizetype(0);
    QTest::newRow("shared string out of range")
        << zipOf({{workbook, QByteArray()}, {sheet, sheetXml("<row r='4'><c t='s'><v>5</v></c></row>")}})
        << int(Reason::CorruptXlsx) << qsizetype(0);
    QTest::newRow("column beyond the limit")
        << zipOf({{workbook, QByteArray()}, {sheet, sheetXml("<row r='2'><c r='XFD2'><v>1</v></c></row>")}})
        << int(Reason::TooManyColumns) << qsizetype(2);
    QTest::newRow("cell too long") << zipOf({{workbook, QByteArray()},
                                             {sheet, sheetXml("<row r='3'><c r='B3' t='inlineStr'><is><t>" +
                                                              QByteArray(2000, 'x') + "</t></is></c></row>")}})
                                   << int(Reason::CellTooLong) << qsizetype(3);
    QByteArray manyRows;
    for (int i = 1; i <= 12; ++i)
        manyRows += "<row><c><v>" + QByteArray::number(i) + "</v></c></row>";
    QTest::newRow("too many rows") << zipOf({{workbook, QByteArray()}, {sheet, sheetXml(manyRows)}})
                                   << int(Reason::TooManyRows) << qsizetype(12);
    // One cell far right per row keeps every empty cell before it: 26 + 26 > 50.
    QTest::newRow("too many cells") << zipOf({{workbook, QByteArray()},
                                              {sheet, sheetXml("<row r='1'><c r='Z1'><v>1</v></c></row>"
                                                               "<row r='2'><c r='Z2'><v>2</v></c></row>")}})
                                    << int(Reason::TooManyCells) << qsizetype(2);
    const QString shared = QStringLiteral("xl/sharedStrings.xml");
    QTest::newRow("too many shared strings") << zipOf({{workbook, QByteArray()},
                                                       {sheet, sheetXml({})},
                                                       {shared, "<sst>" + QByteArray("<si/>").repeated(21) + "</sst>"}})
                                             << int(Reason::TooMuchText) << qsizetype(0);
    QTest::newRow("too much shared text")
        << zipOf({{workbook, QByteArray()},
                  {sheet, sheetXml({})},
                  {shared, "<sst>" + QByteArray("<si><t>" + QByteArray(30, 'x') + "</t></si>").repeated(4) + "</sst>"}})
        << int(Reason::TooMuchText) << qsizetype(0);
}

void TestXlsxReader::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(int, reason);
    QFETCH(qsizetype, row);

    ImportLimits limits;
    limits.maxRows = 10;
    limits.maxCells = 50;
    limits.maxSharedStrings = 20;
    limits.maxSharedChars = 100;
    const Expected<ImportTable, ImportError> table = XlsxReader::read(data, limits);
    QVERIFY(!table);
    QVERIFY2(int(table.error().reason) == reason, qPrintable(table.error().message()));
    QCOMPARE(table.error().row, row);
    QVERIFY(!table.error().message().isEmpty());
}

void TestXlsxReader::stopsAZipBombWhileInflating()
{
    // 64 MB of spaces deflate to about 64 KB; the declared sizes are right here, but the reader must not rely on them.
    QByteArray padding(64 * 1024 * 1024, ' ');
    const QByteArray bomb = zipOf({{QStringLiteral("xl/workbook.xml"), padding}});
    padding.clear();
    QVERIFY(bomb.size() < 1024 * 1024);
    ImportLimits limits;
    limits.maxUnpackedBytes = 8 * 1024 * 1024;
    const Expected<ImportTable, ImportError> table = XlsxReader::read(bomb, limits);
    QVERIFY(!table);
    QCOMPARE(table.error().reason, Reason::UnpacksTooLarge);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
