#include "core/Mobile.h"

#include "core/FullWidth.h"
#include "core/Masking.h"

namespace dm {

namespace {

bool isSeparator(QChar c)
{
    // The hyphen and dash family as well as '-': pasted numbers come from documents and web pages.
    return c.isSpace() || c == u'-' || (c.unicode() >= 0x2010 && c.unicode() <= 0x2014);
}

Unexpected<MobileError> fail(MobileError::Reason reason, qsizetype position = -1, qsizetype length = 0)
{
    return Unexpected{MobileError{reason, position, length}};
}

} // namespace

QString MobileError::message() const
{
    switch (reason) {
    case Reason::Empty:
        return tr("Enter the mobile number.");
    case Reason::WrongLength:
        return tr("A mobile number has 11 digits, but %n were entered.", nullptr, int(length));
    case Reason::InvalidCharacter:
        return tr("Character %1 of the mobile number is not allowed: use digits, spaces, dashes and a leading +86.")
            .arg(position + 1);
    case Reason::UnknownPrefix:
        return tr("This is not a mainland China mobile number: it must start with 13 to 19, optionally after +86.");
    }
    return {};
}

Mobile::Mobile(QString number)
    : m_number(std::move(number))
{}

Expected<Mobile, MobileError> Mobile::parse(QStringView input)
{
    const QString trimmed = foldFullWidth(input.trimmed());
    QString digits;
    digits.reserve(trimmed.size());
    bool international = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (isAsciiDigit(c))
            digits.append(c);
        else if (c == u'+' && i == 0)
            international = true;
        else if (!isSeparator(c))
            return fail(MobileError::Reason::InvalidCharacter, i);
    }
    if (digits.isEmpty())
        return fail(MobileError::Reason::Empty);

    if (international) {
        if (!digits.startsWith(u"86"))
            return fail(MobileError::Reason::UnknownPrefix);
        digits.remove(0, 2);
    } else if (digits.size() > Length && digits.startsWith(u"0086")) {
        digits.remove(0, 4);
    } else if (digits.size() > Length && digits.startsWith(u"86")) {
        digits.remove(0, 2);
    } else if (digits.size() > Length && digits.startsWith(u"00")) {
        return fail(MobileError::Reason::UnknownPrefix); // another country's international prefix
    }

    if (digits.size() != Length)
        return fail(MobileError::Reason::WrongLength, -1, digits.size());
    if (digits.at(0) != u'1' || digits.at(1) < u'3')
        return fail(MobileError::Reason::UnknownPrefix);
    return Mobile(std::move(digits));
}

QString Mobile::masked() const
{
    return maskMobile(m_number);
}

} // namespace dm
