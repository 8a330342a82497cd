#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dm {

// How the new password is made: by the platform (strong, 16 characters) or given by the administrator.
enum class PasswordResetMode
{
    Generate,
    Given,
};

// How it reaches the recipient: by SMS to the bound mobile, or returned once in the answer.
enum class PasswordDelivery
{
    Sms,
    Return,
};

// A reset to ask for. `password` only with Given (the platform refuses it with Generate); it is secret.
struct PasswordReset
{
    QString accountName;
    PasswordResetMode mode = PasswordResetMode::Generate;
    QString password;
    PasswordDelivery delivery = PasswordDelivery::Sms;
};

// What a password reset did. `password` is the one-time password of a Return delivery: secret, shown to the
// administrator once and then dropped; it must never be logged, stored or put into an error.
struct PasswordResetResult
{
    QString accountName;
    PasswordDelivery delivery = PasswordDelivery::Sms;
    int passChangeFirstLogin = 1; // the recipient must change it at the next login
    qint64 updatedAt = 0;         // the account's updatedAt after the reset
    QString password;             // Return only
    std::optional<qint64> smsSentAt;
    // The answer was lost and the platform's operation log showed that the reset happened (SMS delivery only):
    // updatedAt is then the account's updatedAt as read afterwards and smsSentAt the log row's time.
    bool reconciled = false;
};

[[nodiscard]] QString toString(PasswordResetMode mode);
[[nodiscard]] QString toString(PasswordDelivery delivery);
[[nodiscard]] std::optional<PasswordDelivery> passwordDeliveryFromString(QStringView text);

} // namespace dm
