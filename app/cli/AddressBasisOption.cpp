#include "cli/AddressBasisOption.h"

#include "core/AddressBasisRules.h"

namespace dm {

Expected<std::optional<AddressBasis>, QString> addressBasisOption(const QCommandLineParser& parser,
                                                                  const AccountOptions& options, bool required)
{
    const auto refused = [](const QString& message) { return Unexpected<QString>(message); };
    const bool dated = parser.isSet(options.basisDate) || parser.isSet(options.basisReference);
    if (!parser.isSet(options.basis)) {
        if (required || dated) {
            return refused(QStringLiteral("--basis: ") +
                           CliText::tr("Give the address basis: confirmed, provided, courtFound or none."));
        }
        return std::optional<AddressBasis>();
    }
    const QString kindText = parser.value(options.basis).trimmed();
    if (kindText == QLatin1String("none")) {
        if (dated) {
            return refused(QStringLiteral("--basis none: ") +
                           CliText::tr("--basis-date and --basis-reference belong to a basis that is recorded."));
        }
        return std::optional<AddressBasis>();
    }
    const auto kind = AddressBasisRules::kindFromText(kindText);
    if (!kind) {
        return refused(QStringLiteral("--basis: ") +
                       CliText::tr("The address basis must be confirmed, provided, courtFound or none."));
    }
    AddressBasis basis;
    basis.kind = *kind;
    const QString dateText = parser.value(options.basisDate).trimmed();
    basis.date = QDate::fromString(dateText, Qt::ISODate);
    if (dateText.size() != 10 || !basis.date.isValid()) {
        return refused(QStringLiteral("--basis-date: ") +
                       (dateText.isEmpty() ? AddressBasisRules::message(AddressBasisProblem::MissingDate)
                                           : CliText::tr("Write the date as YYYY-MM-DD.")));
    }
    basis.reference = parser.value(options.basisReference).trimmed();
    const QList<AddressBasisProblem> problems = AddressBasisRules::problems(basis, AddressBasisRules::today());
    if (!problems.isEmpty()) {
        const bool aboutDate = problems.constFirst() == AddressBasisProblem::FutureDate;
        return refused((aboutDate ? QStringLiteral("--basis-date: ") : QStringLiteral("--basis-reference: ")) +
                       AddressBasisRules::message(problems.constFirst()));
    }
    return std::optional<AddressBasis>(basis);
}

void printAddressBasis(QTextStream& out, const Account& account)
{
    if (!account.addressBasis) {
        out << "addressBasis: none" << Qt::endl;
        return;
    }
    out << "addressBasis: " << toString(account.addressBasis->kind) << '\n';
    out << "basisDate: " << account.addressBasis->date.toString(Qt::ISODate) << '\n';
    out << "basisReference: " << account.addressBasis->reference << Qt::endl;
}

} // namespace dm
