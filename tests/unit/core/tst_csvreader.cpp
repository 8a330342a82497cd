#include "core/CsvReader.h"

#include <QTest>

using namespace dm;
using Reason = ImportError::Reason;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

namespace {

Rows cellsOf(const ImportTable& table)
{
    Rows rows;
    for (const ImportSheetRow& row : table.rows)
        rows.append(row.cells);
    return rows;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void rowNumbersCountRecordsNotLines();
    void refuses_data();
    void refuses();
    void otherDelimiter();
    void columnLetters();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("expected");

    QTest::newRow("CRLF") << QStringLiteral("a,b\r\n1,2\r\n")
                          << Rows{{QStringLiteral("a"), QStringLiteral("b")},
                                  {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("LF, no final break") << QStringLiteral("a,b\n1,2")
                                        << Rows{{QStringLiteral("a"), QStringLiteral("b")},
                                                {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("lone CR (old Mac)") << QStringLiteral("a\r1\r")
                                       << Rows{{QStringLiteral("a")}, {QStringLiteral("1")}};
    QTest::newRow("empty cells") << QStringLiteral(",,\r\n") << Rows{{QString(), QString(), QString()}};
    QTest::newRow("trailing delimiter, no break") << QStringLiteral("a,") << Rows{{QStringLiteral("a"), QString()}};
    QTest::newRow("quoted delimiter") << QStringLiteral("\"a,b\",c")
                                      << Rows{{QStringLiteral("a,b"), QStringLiteral("c")}};
    QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\"") << Rows{{QStringLiteral("say \"hi\"")}};
    QTest::newRow("embedded CRLF kept") << QStringLiteral("\"x\r\ny\",z\r\n")
                                        << Rows{{QStringLiteral("x\r\ny"), QStringLiteral("z")}};
    QTest::newRow("empty quoted cell at the end") << QStringLiteral("a,\"\"") << Rows{{QStringLiteral("a"), QString()}};
    QTest::newRow("quote inside unquoted cell is text")
        << QStringLiteral("5\" disk,b") << Rows{{QStringLiteral("5\" disk"), QStringLiteral("b")}};
    QTest::newRow("text after the closing quote")
        << QStringLiteral("\"ab\"cd,e") << Rows{{QStringLiteral("abcd"), QStringLiteral("e")}};
    QTest::newRow("blank line is a row") << QStringLiteral("a\r\n\r\nb\r\n")
                                         << Rows{{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}};
    QTest::newRow("whitespace kept") << QStringLiteral(" a , b ")
                                     << Rows{{QStringLiteral(" a "), QStringLiteral(" b ")}};
    QTest::newRow("formula stays text") << QStringLiteral("=1+1,@SUM(A1)")
                                        << Rows{{QStringLiteral("=1+1"), QStringLiteral("@SUM(A1)")}};
    QTest::newRow("ragged rows kept as they are")
        << QStringLiteral("a,b,c\n1\n1,2,3,4\n")
        << Rows{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                {QStringLiteral("1")},
                {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}};
    QTest::newRow("Chinese") << QStringLiteral("帐号,姓名\r\nzhangsan,张三")
                             << Rows{{QStringLiteral("帐号"), QStringLiteral("姓名")},
                                     {QStringLiteral("zhangsan"), QStringLiteral("张三")}};
    QTest::newRow("nothing") << QString() << Rows{};
}

void TestCsvReader::reads()
{
    QFETCH(QString, text);
    QFETCH(Rows, expected);

    const Expected<ImportTable, ImportError> table = CsvReader::read(text);
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message()));
    QCOMPARE(cellsOf(*table), expected);
}

void TestCsvReader::rowNumbersCountRecordsNotLines()
{
    const Expected<ImportTable, ImportError> table =
        CsvReader::read(QStringLiteral("h\r\n\"two\r\nlines\"\r\n\r\nlast\r\n"));
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 4);
    QCOMPARE(table->rows.at(1).row, 2);
    QCOMPARE(table->rows.at(2).row, 3); // the blank row
    QCOMPARE(table->rows.at(3).row, 4);
}

void TestCsvReader::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("reason");
    QTest::addColumn<qsizetype>("row");
    QTest::addColumn<QString>("column");

    QTest::newRow("unterminated quote") << QStringLiteral("a\r\nb\r\n\"c,d\r\ne\r\n") << int(Reason::UnterminatedQuote)
                                        << qsizetype(3) << QString();
    QTest::newRow("cell too long") << (QStringLiteral("a,b\r\nx,") + QString(11, u'y')) << int(Reason::CellTooLong)
                                   << qsizetype(2) << QStringLiteral("B");
    QTest::newRow("runaway quote hits the cell limit")
        << (QStringLiteral("a\r\n\"") + QString(20, u'y')) << int(Reason::CellTooLong) << qsizetype(2)
        << QStringLiteral("A");
    QTest::newRow("too many columns") << QStringLiteral("1,2,3,4,5,6") << int(Reason::TooManyColumns) << qsizetype(1)
                                      << QString();
    QTest::newRow("too many rows: header plus 3")
        << QStringLiteral("h\n1\n2\n3\n4\n") << int(Reason::TooManyRows) << qsizetype(5) << QString();
    // Rows of separators only: nothing to read, but every empty cell would be kept.
    QTest::newRow("too many cells: 5 + 5 + 5 > 12")
        << QStringLiteral(",,,,\n,,,,\n,,,,\n") << int(Reason::TooManyCells) << qsizetype(3) << QString();
}

void TestCsvReader::refuses()
{
    QFETCH(QString, text);
    QFETCH(int, reason);
    QFETCH(qsizetype, row);
    QFETCH(QString, column);

    ImportLimits limits;
    limits.maxCellChars = 10;
    limits.maxColumns = 5;
    limits.maxRows = 3;
    limits.maxCells = 12;
    const Expected<ImportTable, ImportError> table = CsvReader::read(text, limits);
    QVERIFY(!table);
    QCOMPARE(int(table.error().reason), reason);
    QCOMPARE(table.error().row, row);
    QCOMPARE(table.error().column, column);
    if (table.error().reason != Reason::TooManyRows) // that one is about the file, not a row
        QVERIFY(table.error().message().contains(QString::number(row)));
}

void TestCsvReader::otherDelimiter()
{
    const Expected<ImportTable, ImportError> table = CsvReader::read(QStringLiteral("a;\"b;c\";d"), {}, u';');
    QVERIFY(table);
    QCOMPARE(cellsOf(*table), (Rows{{QStringLiteral("a"), QStringLiteral("b;c"), QStringLiteral("d")}}));
}

void TestCsvReader::columnLetters()
{
    QCOMPARE(dm::columnLetters(0), QStringLiteral("A"));
    QCOMPARE(dm::columnLetters(25), QStringLiteral("Z"));
    QCOMPARE(dm::columnLetters(26), QStringLiteral("AA"));
    QCOMPARE(dm::columnLetters(701), QStringLiteral("ZZ"));
    QCOMPARE(dm::columnLetters(702), QStringLiteral("AAA"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
