#include "sandbox/AccountFields.h"

#include "core/AccountName.h"
#include "core/IdCard.h"
#include "core/Mobile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace dm::sandbox {
namespace {

constexpr qsizetype kPasswordMin = 8;
constexpr qsizetype kPasswordMax = 32;
constexpr qsizetype kSaltSize = 16;

QString accountNameReason(AccountNameError::Reason reason)
{
    using Reason = AccountNameError::Reason;
    switch (reason) {
    case Reason::Empty:
        return QStringLiteral("empty");
    case Reason::TooShort:
    case Reason::TooLong:
        return QStringLiteral("length");
    case Reason::InvalidCharacter:
        return QStringLiteral("character");
    case Reason::InvalidStartOrEnd:
        return QStringLiteral("edge");
    case Reason::ConsecutiveDots:
        return QStringLiteral("dots");
    case Reason::Reserved:
        return QStringLiteral("reserved");
    case Reason::MissingDomain:
    case Reason::WrongDomain:
        break; // only parseAddress() reports these
    }
    return QStringLiteral("format");
}

QString mobileReason(MobileError::Reason reason)
{
    using Reason = MobileError::Reason;
    switch (reason) {
    case Reason::Empty:
        return QStringLiteral("empty");
    case Reason::WrongLength:
        return QStringLiteral("length");
    case Reason::InvalidCharacter:
        return QStringLiteral("character");
    case Reason::UnknownPrefix:
        return QStringLiteral("prefix");
    }
    return QStringLiteral("format");
}

QString idCardReason(IdCardError::Reason reason)
{
    using Reason = IdCardError::Reason;
    switch (reason) {
    case Reason::Empty:
        return QStringLiteral("empty");
    case Reason::WrongLength:
        return QStringLiteral("length");
    case Reason::InvalidCharacter:
        return QStringLiteral("character");
    case Reason::UnknownRegion:
        return QStringLiteral("region");
    case Reason::InvalidBirthDate:
        return QStringLiteral("birthDate");
    case Reason::ChecksumMismatch:
        return QStringLiteral("checksum");
    }
    return QStringLiteral("format");
}

// Letters compare case-folded, so "aBcD" is a sequence too.
int foldedCode(QChar c)
{
    return c.toLower().unicode();
}

bool hasRunOfFour(const QString& password)
{
    for (qsizetype i = 0; i + 3 < password.size(); ++i) {
        const int step = foldedCode(password[i + 1]) - foldedCode(password[i]);
        if (step < -1 || step > 1) {
            continue;
        }
        if (foldedCode(password[i + 2]) - foldedCode(password[i + 1]) == step &&
            foldedCode(password[i + 3]) - foldedCode(password[i + 2]) == step) {
            return true;
        }
    }
    return false;
}

// std::nullopt when the password passes, else the reason.
std::optional<QString> passwordProblem(const QString& password)
{
    if (password.size() < kPasswordMin || password.size() > kPasswordMax) {
        return QStringLiteral("length");
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f) {
            return QStringLiteral("character");
        }
        if (u >= u'a' && u <= u'z') {
            lower = true;
        } else if (u >= u'A' && u <= u'Z') {
            upper = true;
        } else if (u >= u'0' && u <= u'9') {
            digit = true;
        } else {
            symbol = true;
        }
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(symbol);
    if (classes < 3 || hasRunOfFour(password)) {
        return QStringLiteral("weak");
    }
    return std::nullopt;
}

} // namespace

Expected<QString, ApiError> accountNameField(const QJsonObject& body, const QString& field)
{
    auto text = stringField(body, field, Presence::Required);
    if (!text) {
        return Unexpected{text.error()};
    }
    auto name = AccountName::parse(**text);
    if (!name) {
        return Unexpected{parameterError(field, accountNameReason(name.error().reason))};
    }
    return name->localPart();
}

Expected<std::optional<QString>, ApiError> mobileField(const QJsonObject& body, const QString& field, Presence presence)
{
    auto text = stringField(body, field, presence, 32);
    if (!text) {
        return Unexpected{text.error()};
    }
    if (!text.value()) {
        return std::optional<QString>();
    }
    auto mobile = Mobile::parse(**text);
    if (!mobile) {
        return Unexpected{parameterError(field, mobileReason(mobile.error().reason))};
    }
    return std::optional<QString>(mobile->number());
}

Expected<std::optional<QString>, ApiError> idNumberField(const QJsonObject& body, const QString& field, qint64 nowMs)
{
    auto text = stringField(body, field, Presence::Optional, 32);
    if (!text) {
        return Unexpected{text.error()};
    }
    if (!text.value() || text.value()->isEmpty()) {
        return text.value();
    }
    // Birth dates are checked against the platform's day in China (UTC+8), not the host's.
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone(8 * 3600)).date();
    auto idCard = IdCard::parse(**text, today);
    if (!idCard) {
        return Unexpected{parameterError(field, idCardReason(idCard.error().reason))};
    }
    return std::optional<QString>(idCard->number());
}

Expected<std::optional<QString>, ApiError> passwordField(const QJsonObject& body, const QString& field,
                                                         Presence presence)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required) {
            return Unexpected{parameterError(field, QStringLiteral("missing"))};
        }
        return std::optional<QString>();
    }
    if (!value.isString()) {
        return Unexpected{parameterError(field, QStringLiteral("type"))};
    }
    const QString password = value.toString();
    if (const auto problem = passwordProblem(password)) {
        return Unexpected{parameterError(field, *problem)};
    }
    return std::optional<QString>(password);
}

Expected<int, ApiError> passTypeField(const QJsonObject& body)
{
    auto passType = integerField(body, QStringLiteral("passType"), Presence::Optional, 0, 1);
    if (!passType) {
        return Unexpected{passType.error()};
    }
    return static_cast<int>(passType.value().value_or(0));
}

Expected<std::optional<QString>, ApiError> typedPasswordField(const QJsonObject& body, const QString& field,
                                                              int passType, Presence presence)
{
    if (passType == 0) {
        return passwordField(body, field, presence);
    }
    auto digest = stringField(body, field, presence, 64);
    if (!digest) {
        return Unexpected{digest.error()};
    }
    if (digest.value()) {
        static const QRegularExpression md5Hex(QStringLiteral("^[0-9a-fA-F]{32}$"));
        if (!md5Hex.match(**digest).hasMatch()) {
            return Unexpected{parameterError(field, QStringLiteral("format"))};
        }
        return std::optional<QString>(digest.value()->toLower());
    }
    return digest.value();
}

QString generatePassword()
{
    // No look-alikes (0/O/o, 1/l/I): the recipient may have to type it from an SMS.
    static const QString classes[] = {QStringLiteral("abcdefghijkmnpqrstuvwxyz"),
                                      QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"), QStringLiteral("23456789"),
                                      QStringLiteral("!@#$%^&*-_=+?")};
    const QString all = classes[0] + classes[1] + classes[2] + classes[3];
    QRandomGenerator* random = QRandomGenerator::system();
    for (;;) {
        QString password;
        // One of each class first, then the rest from all of them, then shuffled.
        for (const QString& chars : classes) {
            password += chars[random->bounded(static_cast<int>(chars.size()))];
        }
        while (password.size() < 16) {
            password += all[random->bounded(static_cast<int>(all.size()))];
        }
        for (qsizetype i = password.size() - 1; i > 0; --i) {
            std::swap(password[i], password[random->bounded(static_cast<int>(i + 1))]);
        }
        if (!passwordProblem(password)) {
            return password;
        }
    }
}

QByteArray hashPassword(const QString& password)
{
    QByteArray salt(kSaltSize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(password.toUtf8());
    return salt + hash.result();
}

} // namespace dm::sandbox
