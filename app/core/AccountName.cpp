#include "core/AccountName.h"

#include "core/FullWidth.h"

#include <array>

namespace dm {

namespace {

// Role accounts that mail standards (RFC 2142) or the platform keep; a person's mailbox must not take them.
constexpr std::array<QStringView, 6> kReserved{u"postmaster", u"admin", u"abuse", u"root", u"webmaster", u"noreply"};

bool isAlphanumeric(QChar c)
{
    return isAsciiDigit(c) || (c.unicode() >= u'a' && c.unicode() <= u'z');
}

// Only ASCII is lower-cased: QChar::toLower would also turn the Kelvin sign into 'k' and let it through.
QChar asciiLower(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z' ? QChar(char16_t(c.unicode() + (u'a' - u'A'))) : c;
}

QString normalisedDomain(QStringView domain)
{
    QString folded = foldFullWidth(domain.trimmed());
    if (folded.endsWith(u'.'))
        folded.chop(1);
    for (QChar& c : folded)
        c = asciiLower(c);
    return folded;
}

Unexpected<AccountNameError> fail(AccountNameError::Reason reason, qsizetype position = -1)
{
    return Unexpected{AccountNameError{reason, position, {}}};
}

} // namespace

QString AccountNameError::message() const
{
    switch (reason) {
    case Reason::Empty:
        return tr("Enter the account name.");
    case Reason::TooShort:
        return tr("The account name must have at least %n characters.", nullptr, int(AccountName::MinLength));
    case Reason::TooLong:
        return tr("The account name must have at most %n characters.", nullptr, int(AccountName::MaxLength));
    case Reason::InvalidCharacter:
        return tr("Character %1 of the account name is not allowed: use only letters a to z, digits, dot, underscore "
                  "and hyphen.")
            .arg(position + 1);
    case Reason::InvalidStartOrEnd:
        return tr("The account name must start and end with a letter or a digit.");
    case Reason::ConsecutiveDots:
        return tr("The account name must not contain two dots in a row.");
    case Reason::Reserved:
        return tr("This account name is reserved for the mail system. Choose another.");
    case Reason::MissingDomain:
        return tr("Enter a whole mailbox address, with @ and the domain.");
    case Reason::WrongDomain:
        return tr("The mailbox address must end with @%1.").arg(expectedDomain);
    }
    return {};
}

AccountName::AccountName(QString localPart)
    : m_localPart(std::move(localPart))
{}

bool AccountName::isReserved(QStringView localPart)
{
    for (const QStringView reserved : kReserved) {
        if (localPart.compare(reserved, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Expected<AccountName, AccountNameError> AccountName::parse(QStringView localPart)
{
    return check(foldFullWidth(localPart.trimmed()));
}

Expected<AccountName, AccountNameError> AccountName::check(QString name)
{
    if (name.isEmpty())
        return fail(AccountNameError::Reason::Empty);

    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = asciiLower(name.at(i));
        if (!isAlphanumeric(c) && c != u'.' && c != u'_' && c != u'-')
            return fail(AccountNameError::Reason::InvalidCharacter, i);
        name[i] = c;
    }
    if (name.size() < MinLength)
        return fail(AccountNameError::Reason::TooShort);
    if (name.size() > MaxLength)
        return fail(AccountNameError::Reason::TooLong);
    if (!isAlphanumeric(name.front()) || !isAlphanumeric(name.back()))
        return fail(AccountNameError::Reason::InvalidStartOrEnd);
    if (name.contains(u".."))
        return fail(AccountNameError::Reason::ConsecutiveDots);
    if (isReserved(name))
        return fail(AccountNameError::Reason::Reserved);
    return AccountName(std::move(name));
}

Expected<AccountName, AccountNameError> AccountName::parseAddress(QStringView address, QStringView mailDomain)
{
    // Trim first so that positions reported for the local part count from what the user sees as the start.
    const QStringView trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return fail(AccountNameError::Reason::Empty);
    const qsizetype at = foldFullWidth(trimmed).lastIndexOf(u'@');
    if (at < 0 || at == trimmed.size() - 1)
        return fail(AccountNameError::Reason::MissingDomain);

    const QString expected = normalisedDomain(mailDomain);
    if (normalisedDomain(trimmed.mid(at + 1)) != expected) {
        AccountNameError error{AccountNameError::Reason::WrongDomain, -1, expected};
        return Unexpected{std::move(error)};
    }
    return check(foldFullWidth(trimmed.first(at))); // not trimmed again: "zhang @court.gov.cn" is refused
}

QString AccountName::address(QStringView mailDomain) const
{
    return m_localPart + u'@' + normalisedDomain(mailDomain);
}

} // namespace dm
