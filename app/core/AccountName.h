#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace dm {

// Why a mailbox account name (or address) was refused. `message()` is translated; it names the rule that failed
// and, for a wrong domain, the domain that is expected, but never repeats what was entered.
struct AccountNameError
{
    Q_DECLARE_TR_FUNCTIONS(AccountNameError)

public:
    enum class Reason
    {
        Empty,
        TooShort,
        TooLong,
        InvalidCharacter,  // not a-z, 0-9, '.', '_' or '-' (an '@' inside an address's local part included)
        InvalidStartOrEnd, // starts or ends with '.', '_' or '-'
        ConsecutiveDots,   // ".." anywhere
        Reserved,          // exactly one of the role names the mail system keeps for itself
        MissingDomain,     // an address without "@domain"
        WrongDomain,       // an address in a domain other than the platform's
    };

    Reason reason = Reason::Empty;
    qsizetype position = -1; // InvalidCharacter: 0-based index into the trimmed input
    QString expectedDomain;  // WrongDomain: the platform's mail domain, to tell the user what to use

    [[nodiscard]] QString message() const;
};

// The local part of a mailbox address on the platform, lower-cased.
class AccountName
{
public:
    static constexpr qsizetype MinLength = 2;
    static constexpr qsizetype MaxLength = 64;

    // Trims surrounding whitespace, folds full-width characters and lower-cases A-Z before checking.
    [[nodiscard]] static Expected<AccountName, AccountNameError> parse(QStringView localPart);
    // Checks a whole "local@domain" address; the domain must equal `mailDomain`, ignoring case and a trailing dot.
    [[nodiscard]] static Expected<AccountName, AccountNameError> parseAddress(QStringView address,
                                                                              QStringView mailDomain);
    // True for postmaster, admin, abuse, root, webmaster and noreply, in any case.
    [[nodiscard]] static bool isReserved(QStringView localPart);

    [[nodiscard]] const QString& localPart() const { return m_localPart; }
    [[nodiscard]] QString address(QStringView mailDomain) const;

    friend bool operator==(const AccountName&, const AccountName&) = default;

private:
    explicit AccountName(QString localPart);
    // The rules proper, on text already trimmed and folded.
    [[nodiscard]] static Expected<AccountName, AccountNameError> check(QString name);

    QString m_localPart;
};

} // namespace dm
