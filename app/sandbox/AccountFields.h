#pragma once

#include "core/Expected.h"
#include "sandbox/ApiCall.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dm::sandbox {

// Readers for the account fields the endpoints share. Each refuses a bad value with -401 PARAM.INVALID:<field>:<reason>
// and never repeats the value (ID numbers and mobiles are personal data).

// An account name (the local part): dm_core's AccountName rules, folded to lower case. Reasons: missing, type, empty,
// length, character, edge, dots, reserved.
[[nodiscard]] Expected<QString, ApiError> accountNameField(const QJsonObject& body,
                                                           const QString& field = QStringLiteral("accountName"));
// A mainland mobile number, normalised to 11 digits. Reasons: missing, type, empty, length, character, prefix.
[[nodiscard]] Expected<std::optional<QString>, ApiError> mobileField(const QJsonObject& body, const QString& field,
                                                                     Presence presence);
// A GB 11643 ID number checked against the platform's date `nowMs`; an empty string is a value (none / clear).
// Reasons: type, length, character, region, birthDate, checksum.
[[nodiscard]] Expected<std::optional<QString>, ApiError> idNumberField(const QJsonObject& body, const QString& field,
                                                                       qint64 nowMs);

// A password exactly as sent (no trimming). Rules: 8..32 printable ASCII characters without spaces (else length /
// character), at least three of lower case, upper case, digits and symbols, and no run of four sequential (abcd, 4321)
// or repeated (aaaa) characters (else weak).
[[nodiscard]] Expected<std::optional<QString>, ApiError> passwordField(const QJsonObject& body, const QString& field,
                                                                       Presence presence);
// `passType`: 0 (the password is sent as plain text over TLS) or 1 (its MD5, 32 hex digits); absent means 0. Else
// range / type.
[[nodiscard]] Expected<int, ApiError> passTypeField(const QJsonObject& body);
// The password as `passType` says: plain text under passwordField's rules, or an MD5 of 32 hex digits (stored as
// given: its strength cannot be checked; else PARAM.INVALID:<field>:format).
[[nodiscard]] Expected<std::optional<QString>, ApiError>
typedPasswordField(const QJsonObject& body, const QString& field, int passType, Presence presence);
// A strong random password that passes passwordField's rules.
[[nodiscard]] QString generatePassword();
// A random 16-byte salt followed by SHA-256(salt + UTF-8 password): what password_hash stores.
[[nodiscard]] QByteArray hashPassword(const QString& password);

} // namespace dm::sandbox
