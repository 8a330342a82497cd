#include "store/CaseNumber.h"

#include "core/FullWidth.h"

#include <QRegularExpression>

namespace dm::casenumber {
namespace {

// Folds one UTF-16 unit to what the canonical form uses: full-width ASCII to ASCII, 〔〕 to (), so that positions
// in the folded text are positions in the original.
QChar fold(QChar c)
{
    if (c == QChar(0x3014)) {
        return QLatin1Char('(');
    }
    if (c == QChar(0x3015)) {
        return QLatin1Char(')');
    }
    return foldFullWidth(c);
}

QString folded(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        result.append(fold(c));
    }
    return result;
}

// "(2026)" then the court's code and the kind of case (no brackets, spaces or 号) and the serial number, then 号.
// Spaces are allowed around the parts, and dropped from the canonical form.
const QRegularExpression& pattern()
{
    static const QRegularExpression expression(QStringLiteral("\\(\\s*(\\d{4})\\s*\\)\\s*([^()\\s号]*?\\d+)\\s*号"));
    return expression;
}

QString canonical(const QRegularExpressionMatch& match)
{
    return QLatin1Char('(') + match.captured(1) + QLatin1Char(')') + match.captured(2) + QStringLiteral("号");
}

} // namespace

QString normalise(QStringView text)
{
    const QString input = folded(text).trimmed();
    const QRegularExpressionMatch match = pattern().match(input);
    if (!match.hasMatch() || match.capturedStart() != 0 || match.capturedEnd() != input.size()) {
        return {};
    }
    return canonical(match);
}

QStringList findAll(QStringView text)
{
    QStringList found;
    QRegularExpressionMatchIterator matches = pattern().globalMatch(folded(text));
    while (matches.hasNext()) {
        const QString number = canonical(matches.next());
        if (!found.contains(number)) {
            found.append(number);
        }
    }
    return found;
}

QStringList spellings(const QString& caseNumber)
{
    QString fullWidth = caseNumber;
    fullWidth.replace(QLatin1Char('('), QChar(0xFF08)).replace(QLatin1Char(')'), QChar(0xFF09));
    QString tortoiseShell = caseNumber;
    tortoiseShell.replace(QLatin1Char('('), QChar(0x3014)).replace(QLatin1Char(')'), QChar(0x3015));
    return {caseNumber, fullWidth, tortoiseShell};
}

QString serialPart(const QString& caseNumber)
{
    const qsizetype close = caseNumber.indexOf(QLatin1Char(')'));
    return close < 0 ? caseNumber : caseNumber.mid(close + 1);
}

QStringList serialSpellings(const QString& caseNumber)
{
    const QString serial = serialPart(caseNumber);
    QString fullWidth = serial;
    for (QChar& c : fullWidth) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            c = QChar(char16_t(c.unicode() + 0xFEE0));
        }
    }
    return fullWidth == serial ? QStringList{serial} : QStringList{serial, fullWidth};
}

} // namespace dm::casenumber
