#pragma once

#include "core/IdCard.h"
#include "core/ImportIssue.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Header-only, so that unit tests linking only dm_core and GUI tests can both use it.
namespace dm::test {

// A finding an import report must contain: the row as Excel numbers it, the column by its header, the reason.
struct ExpectedImportIssue
{
    qsizetype row = 0;
    QString column;
    ImportIssue::Reason reason = ImportIssue::Reason::Missing;
};

// A roster CSV (as text: the caller encodes it as UTF-8, UTF-8 with BOM or GBK) with a known set of bad rows.
struct GeneratedImport
{
    QString csv;            // CRLF line endings, as Excel writes them
    qsizetype dataRows = 0; // rows below the header
    qsizetype validRows = 0;
    QList<ExpectedImportIssue> issues; // exactly one per bad row, in row order
};

// The headers the generated files use, as a court's export would name them.
inline QStringList importFixtureHeaders()
{
    return {QStringLiteral("帐号"),   QStringLiteral("姓名"), QStringLiteral("身份证号"),
            QStringLiteral("手机号"), QStringLiteral("案号"), QStringLiteral("部门")};
}

// A valid, unique ID number for the n-th generated person (n below 18 million): born on one of 18,000 consecutive
// days from 1950-01-01, with a sequence number that tells apart people born on the same day.
inline QString importFixtureIdNumber(int n)
{
    constexpr int Days = 18'000;
    const QString first17 = QStringLiteral("110105") % QDate(1950, 1, 1).addDays(n % Days).toString(u"yyyyMMdd") %
                            QStringLiteral("%1").arg((n / Days) % 1000, 3, 10, QLatin1Char('0'));
    return first17 % *IdCard::checkCharacter(first17);
}

// A valid, unique mobile number for the n-th generated person.
inline QString importFixtureMobile(int n)
{
    return QStringLiteral("138%1").arg(n, 8, 10, QLatin1Char('0'));
}

// `rows` data rows of which `badRows` (spread evenly, never the first) have exactly one error each, cycling through
// the kinds of error the validator knows. ID numbers are valid for any "today" after 1999.
inline GeneratedImport generateImportCsv(int rows = 500, int badRows = 20)
{
    using Reason = ImportIssue::Reason;
    const QStringList headers = importFixtureHeaders();
    GeneratedImport result;
    result.dataRows = rows;
    QStringList lines{headers.join(u',')};
    const int spacing = badRows > 0 ? rows / badRows : rows + 1;
    int kind = 0;
    for (int i = 0; i < rows; ++i) {
        const qsizetype excelRow = i + 2;
        QStringList cells{QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0')),
                          QStringLiteral("测试人员%1").arg(i),
                          importFixtureIdNumber(i),
                          importFixtureMobile(i),
                          QStringLiteral("(2024)京0105民初%1号").arg(1000 + i),
                          i % 2 ? QStringLiteral("民一庭") : QStringLiteral("\"执行局, 一处\"")};
        const bool bad = badRows > 0 && i % spacing == spacing / 2 && i / spacing < badRows;
        if (bad) {
            auto expect = [&](int column, Reason reason) {
                result.issues.append(ExpectedImportIssue{excelRow, headers.at(column), reason});
            };
            switch (kind++ % 16) {
            case 0:
                cells[0].clear();
                expect(0, Reason::Missing);
                break;
            case 1: {
                QString id = cells[2];
                id[17] = id[17] == u'1' ? u'2' : u'1'; // one wrong check character
                cells[2] = id;
                expect(2, Reason::InvalidIdNumber);
                break;
            }
            case 2:
                cells[3] = QStringLiteral("12800138000");
                expect(3, Reason::InvalidMobile);
                break;
            case 3:
                cells[0] = QStringLiteral("zhang san");
                expect(0, Reason::InvalidAccountName);
                break;
            case 4:
                cells[0] = QStringLiteral("USER0000"); // the first row's, in another case
                expect(0, Reason::DuplicateInFile);
                break;
            case 5:
                cells[2] = importFixtureIdNumber(0);
                expect(2, Reason::DuplicateInFile);
                break;
            case 6:
                cells[3] = QStringLiteral("+86 ") % importFixtureMobile(0);
                expect(3, Reason::DuplicateInFile);
                break;
            case 7:
                cells[3] = QStringLiteral("  ");
                expect(3, Reason::Missing);
                break;
            case 8:
                cells[1].clear();
                expect(1, Reason::Missing);
                break;
            case 9:
                cells[2].chop(1);
                expect(2, Reason::InvalidIdNumber);
                break;
            case 10:
                cells[3] = QStringLiteral("1.38001E+10");
                expect(3, Reason::ScientificNotation);
                break;
            case 11:
                cells[1] = QString(65, QChar(u'名'));
                expect(1, Reason::TooLong);
                break;
            case 12:
                cells.append(QStringLiteral("stray"));
                result.issues.append(ExpectedImportIssue{excelRow, QStringLiteral("G"), Reason::ExtraCells});
                break;
            case 13:
                cells[0] = QStringLiteral("admin");
                expect(0, Reason::InvalidAccountName);
                break;
            case 14:
                cells[2] = cells[2].first(10) % QStringLiteral("13") % cells[2].sliced(12); // month 13
                expect(2, Reason::InvalidIdNumber);
                break;
            default:
                cells[3] = QStringLiteral("138OO138000"); // letter O for zero
                expect(3, Reason::InvalidMobile);
                break;
            }
        }
        lines.append(cells.join(u','));
    }
    result.validRows = rows - result.issues.size();
    result.csv = lines.join(QStringLiteral("\r\n")) % QStringLiteral("\r\n");
    return result;
}

} // namespace dm::test
