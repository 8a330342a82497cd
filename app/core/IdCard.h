#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace dm {

// Why a citizen ID number was refused. `message()` is translated and names what is wrong (a position, a count, a
// field) but never repeats the number: ID numbers are PII and error messages end up in logs and screenshots.
struct IdCardError
{
    Q_DECLARE_TR_FUNCTIONS(IdCardError)

public:
    enum class Reason
    {
        Empty,            // nothing but whitespace
        WrongLength,      // not 18 characters (15-digit first-generation numbers included)
        InvalidCharacter, // not a digit, or an X anywhere but last
        UnknownRegion,    // the first digits name no province-level region
        InvalidBirthDate, // digits 7-14 are not a calendar date between 1900-01-01 and today
        ChecksumMismatch, // the last character disagrees with ISO 7064 MOD 11-2: usually a typo
    };

    Reason reason = Reason::Empty;
    qsizetype position = -1; // InvalidCharacter: 0-based index into the trimmed input
    qsizetype length = 0;    // WrongLength: how many characters were entered after trimming

    [[nodiscard]] QString message() const;
};

// A resident identity number (GB 11643-1999) that passed every check. Holds the normalised form: 18 ASCII
// characters with an upper-case X check character.
class IdCard
{
public:
    enum class Gender
    {
        Female,
        Male,
    };
    static constexpr qsizetype Length = 18;

    // Trims surrounding whitespace, folds full-width characters and a lower-case x, then checks length, characters,
    // region, birth date (against `today`, which tests pin) and the check character, in that order.
    [[nodiscard]] static Expected<IdCard, IdCardError> parse(QStringView input, QDate today = QDate::currentDate());
    // The ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') for the first 17 characters, which must be ASCII
    // digits; std::nullopt otherwise. The sandbox builds synthetic IDs with it.
    [[nodiscard]] static std::optional<QChar> checkCharacter(QStringView first17);

    [[nodiscard]] const QString& number() const { return m_number; }
    [[nodiscard]] QDate birthDate() const { return m_birthDate; }
    // From the parity of the 17th digit (the sequence code), as the standard defines it.
    [[nodiscard]] Gender gender() const;
    // The display/log form: first 4 and last 4 kept.
    [[nodiscard]] QString masked() const;

    friend bool operator==(const IdCard&, const IdCard&) = default;

private:
    IdCard(QString number, QDate birthDate);

    QString m_number;
    QDate m_birthDate;
};

} // namespace dm
