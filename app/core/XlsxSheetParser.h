#pragma once

#include "core/Expected.h"
#include "core/ImportError.h"
#include "core/ImportLimits.h"
#include "core/ImportTable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dm {

// The XML side of XlsxReader: the parts once they are out of the ZIP.
class XlsxSheetParser
{
public:
    // xl/workbook.xml and its relationships: the first sheet's part name, such as "xl/worksheets/sheet1.xml".
    [[nodiscard]] static QString firstSheetPath(const QByteArray& workbookXml, const QByteArray& relationshipsXml);
    // The shared strings part's name from the workbook's relationships, or "" when there is none.
    [[nodiscard]] static QString sharedStringsPath(const QByteArray& relationshipsXml);
    // xl/sharedStrings.xml: the text of each <si>, rich-text runs joined, phonetic guides (<rPh>) left out.
    [[nodiscard]] static Expected<QStringList, ImportError> sharedStrings(const QByteArray& xml,
                                                                          const ImportLimits& limits);
    [[nodiscard]] static Expected<ImportTable, ImportError> sheet(const QByteArray& xml, const QStringList& shared,
                                                                  const ImportLimits& limits);
    // A stored number as the digits a person typed: "1.3800138E+10" gives "13800138000", "2.50" gives "2.5",
    // "1E-3" gives "0.001". Exact, by moving the decimal point in the text: no binary floating point, so no
    // rounding. Anything that is not a decimal number, or whose exponent is absurd, comes back unchanged.
    [[nodiscard]] static QString plainNumber(QStringView stored);
};

} // namespace dm
