#include "core/AddressBasisRules.h"

#include "core/FullWidth.h"

#include <QDateTime>
#include <QRegularExpression>

#include <array>

namespace dm {

namespace {

struct KindAlias
{
    AddressBasisKind kind;
    QStringView text; // lower case, without spaces, '_' or '-'
};

constexpr std::array kKindAliases{
    KindAlias{AddressBasisKind::Confirmed, u"已确认"},       KindAlias{AddressBasisKind::Confirmed, u"确认"},
    KindAlias{AddressBasisKind::Confirmed, u"受送达人确认"}, KindAlias{AddressBasisKind::Confirmed, u"confirmed"},
    KindAlias{AddressBasisKind::Provided, u"受送达人提供"},  KindAlias{AddressBasisKind::Provided, u"提供"},
    KindAlias{AddressBasisKind::Provided, u"当事人提供"},    KindAlias{AddressBasisKind::Provided, u"provided"},
    KindAlias{AddressBasisKind::CourtFound, u"法院查明"},    KindAlias{AddressBasisKind::CourtFound, u"查明"},
    KindAlias{AddressBasisKind::CourtFound, u"courtfound"},
};

// Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); five digits cover 1927 to 2173.
constexpr qint64 kExcelSerialMin = 10000;
constexpr qint64 kExcelSerialMax = 99999;

QString folded(QStringView text)
{
    const QString wide = foldFullWidth(text.trimmed()).toLower();
    QString result;
    result.reserve(wide.size());
    for (const QChar c : wide) {
        if (!c.isSpace() && c != u'_' && c != u'-') {
            result.append(c);
        }
    }
    return result;
}

} // namespace

QDate AddressBasisRules::today()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 60 * 60).date();
}

QList<AddressBasisProblem> AddressBasisRules::problems(const AddressBasis& basis, const QDate& today)
{
    QList<AddressBasisProblem> found;
    if (!basis.date.isValid()) {
        found.append(AddressBasisProblem::MissingDate);
    } else if (basis.date > today) {
        found.append(AddressBasisProblem::FutureDate);
    }
    const QString reference = basis.reference.trimmed();
    if (reference.size() > kReferenceMax) {
        found.append(AddressBasisProblem::ReferenceTooLong);
    } else if (reference.isEmpty() && basis.kind == AddressBasisKind::Confirmed) {
        found.append(AddressBasisProblem::MissingReference);
    }
    return found;
}

QString AddressBasisRules::message(AddressBasisProblem problem)
{
    switch (problem) {
    case AddressBasisProblem::MissingDate:
        return tr("Enter the date on which the address was confirmed, provided or found.");
    case AddressBasisProblem::FutureDate:
        return tr("The date is after today.");
    case AddressBasisProblem::MissingReference:
        return tr("An address confirmed by the recipient needs the reference of the address confirmation "
                  "(送达地址确认书).");
    case AddressBasisProblem::ReferenceTooLong:
        return tr("The reference may have at most %n characters.", nullptr, int(kReferenceMax));
    }
    return {};
}

std::optional<AddressBasisKind> AddressBasisRules::kindFromText(QStringView text)
{
    const QString wanted = folded(text);
    for (const KindAlias& alias : kKindAliases) {
        if (alias.text == wanted) {
            return alias.kind;
        }
    }
    return std::nullopt;
}

QDate AddressBasisRules::dateFromText(QStringView text)
{
    const QString value = foldFullWidth(text.trimmed());
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    if (const QRegularExpressionMatch match = separated.match(value); match.hasMatch()) {
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const QRegularExpressionMatch match = compact.match(value); match.hasMatch()) {
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }
    // An XLSX date cell holds the day number; the reader gives it as written, "46174" (or "46174.0").
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(\\.0+)?$"));
    if (const QRegularExpressionMatch match = serial.match(value); match.hasMatch()) {
        const qint64 days = match.captured(1).toLongLong();
        if (days >= kExcelSerialMin && days <= kExcelSerialMax) {
            return QDate(1899, 12, 30).addDays(days);
        }
    }
    return {};
}

bool AddressBasisRules::same(const std::optional<AddressBasis>& a, const std::optional<AddressBasis>& b)
{
    if (!a || !b) {
        return !a && !b;
    }
    return a->kind == b->kind && a->date == b->date && a->reference == b->reference;
}

} // namespace dm
