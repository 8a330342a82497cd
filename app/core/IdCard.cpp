#include "core/IdCard.h"

#include "core/FullWidth.h"
#include "core/Masking.h"

#include <array>

namespace dm {

namespace {

constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kCheckCharacters[] = u"10X98765432";
constexpr int kEarliestBirthYear = 1900;

int digitAt(const QString& s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

// GB/T 2260 province-level codes. 71 (Taiwan), 81 (Hong Kong) and 82 (Macao) appear in the standard only as
// whole-region codes; 83 is not in GB/T 2260 but is what residence permits for Taiwan residents (since 2018) use,
// and those are valid identity numbers a court may need to serve. For these four the rest of the code is 0000.
bool isKnownRegion(const QString& number)
{
    const int province = digitAt(number, 0) * 10 + digitAt(number, 1);
    const bool mainland = (province >= 11 && province <= 15) || (province >= 21 && province <= 23) ||
                          (province >= 31 && province <= 37) || (province >= 41 && province <= 46) ||
                          (province >= 50 && province <= 54) || (province >= 61 && province <= 65);
    if (mainland)
        return true;
    const bool wholeRegionOnly = province == 71 || province == 81 || province == 82 || province == 83;
    return wholeRegionOnly && QStringView(number).mid(2, 4) == u"0000";
}

QDate birthDateOf(const QString& number)
{
    const auto field = [&number](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i)
            value = value * 10 + digitAt(number, i);
        return value;
    };
    return QDate(field(6, 4), field(10, 2), field(12, 2)); // invalid when the date does not exist
}

Unexpected<IdCardError> fail(IdCardError::Reason reason, qsizetype position = -1, qsizetype length = 0)
{
    return Unexpected{IdCardError{reason, position, length}};
}

} // namespace

QString IdCardError::message() const
{
    switch (reason) {
    case Reason::Empty:
        return tr("Enter the ID number.");
    case Reason::WrongLength:
        return tr("An ID number has 18 characters, but %n were entered.", nullptr, int(length));
    case Reason::InvalidCharacter:
        return tr("Character %1 of the ID number is not allowed: only digits, and X as the last character.")
            .arg(position + 1);
    case Reason::UnknownRegion:
        return tr("The first digits of the ID number do not name a province, autonomous region or municipality.");
    case Reason::InvalidBirthDate:
        return tr("Digits 7 to 14 of the ID number must be a real birth date between 1900 and today.");
    case Reason::ChecksumMismatch:
        return tr("The last character of the ID number does not match the others. Check the number for a typo.");
    }
    return {};
}

IdCard::IdCard(QString number, QDate birthDate)
    : m_number(std::move(number))
    , m_birthDate(birthDate)
{}

std::optional<QChar> IdCard::checkCharacter(QStringView first17)
{
    if (first17.size() != qsizetype(kWeights.size()))
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        if (!isAsciiDigit(first17[i]))
            return std::nullopt;
        sum += (first17[i].unicode() - u'0') * kWeights[size_t(i)];
    }
    return QChar(kCheckCharacters[sum % 11]);
}

Expected<IdCard, IdCardError> IdCard::parse(QStringView input, QDate today)
{
    QString number = foldFullWidth(input.trimmed());
    if (number.isEmpty())
        return fail(IdCardError::Reason::Empty);

    // Characters before length: "110105 19491231 002X" is better answered with "character 7" than "20 entered".
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        const bool last = i == number.size() - 1;
        if (last && (c == u'x' || c == u'X'))
            number[i] = u'X';
        else if (!isAsciiDigit(c))
            return fail(IdCardError::Reason::InvalidCharacter, i);
    }
    if (number.size() != Length)
        return fail(IdCardError::Reason::WrongLength, -1, number.size());

    if (!isKnownRegion(number))
        return fail(IdCardError::Reason::UnknownRegion);

    const QDate birth = birthDateOf(number);
    if (!birth.isValid() || birth.year() < kEarliestBirthYear || birth > today)
        return fail(IdCardError::Reason::InvalidBirthDate);

    if (checkCharacter(QStringView(number).first(Length - 1)) != number.at(Length - 1))
        return fail(IdCardError::Reason::ChecksumMismatch);

    return IdCard(std::move(number), birth);
}

IdCard::Gender IdCard::gender() const
{
    return digitAt(m_number, 16) % 2 == 1 ? Gender::Male : Gender::Female;
}

QString IdCard::masked() const
{
    return maskIdNumber(m_number);
}

} // namespace dm
