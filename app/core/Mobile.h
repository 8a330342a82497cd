#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace dm {

// Why a mobile number was refused. `message()` is translated and never repeats the number.
struct MobileError
{
    Q_DECLARE_TR_FUNCTIONS(MobileError)

public:
    enum class Reason
    {
        Empty,            // nothing but whitespace and separators
        WrongLength,      // not 11 digits once the country code is removed
        InvalidCharacter, // not a digit, space or dash, or a + anywhere but first
        UnknownPrefix,    // not 13x-19x, or a country code other than +86
    };

    Reason reason = Reason::Empty;
    qsizetype position = -1; // InvalidCharacter: 0-based index into the trimmed input
    qsizetype length = 0;    // WrongLength: how many digits remained

    [[nodiscard]] QString message() const;
};

// A mainland China mobile number, normalised to its 11 digits.
class Mobile
{
public:
    static constexpr qsizetype Length = 11;

    // Accepts "+86 138-0013-8000", "0086 13800138000", "8613800138000", full-width digits, and spaces or dashes
    // anywhere; all give "13800138000".
    [[nodiscard]] static Expected<Mobile, MobileError> parse(QStringView input);

    [[nodiscard]] const QString& number() const { return m_number; }
    [[nodiscard]] QString masked() const;

    friend bool operator==(const Mobile&, const Mobile&) = default;

private:
    explicit Mobile(QString number);

    QString m_number;
};

} // namespace dm
