#include "core/PolicyInput.h"

#include "core/PolicyBaseline.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace dm {
namespace {

struct IntegerRange
{
    int min;
    int max;
};

// CONTRACT.md §11, "Policy fields".
std::optional<IntegerRange> rangeOf(PolicyField field)
{
    switch (field) {
    case PolicyField::TrustedBrowserDays:
        return IntegerRange{0, 90};
    case PolicyField::PasswordMinLength:
        return IntegerRange{8, 32};
    case PolicyField::PasswordRequireClasses:
        return IntegerRange{2, 4};
    case PolicyField::PasswordExpireDays:
        return IntegerRange{0, 365};
    default:
        return std::nullopt;
    }
}

bool isBooleanField(PolicyField field)
{
    return field == PolicyField::VisibleInAddressBook || field == PolicyField::AutoForward ||
           field == PolicyField::ForceSms2fa || field == PolicyField::PasswordForbidSequential ||
           field == PolicyField::AlertSms || field == PolicyField::AlertEmail;
}

std::optional<PolicyField> fieldAt(const QString& fieldPath)
{
    for (PolicyField field : allPolicyFields()) {
        if (policyFieldPath(field) == fieldPath) {
            return field;
        }
    }
    return std::nullopt;
}

bool isGroup(const QString& key)
{
    const QString prefix = key + QLatin1Char('.');
    return std::any_of(allPolicyFields().cbegin(), allPolicyFields().cend(),
                       [&prefix](PolicyField field) { return policyFieldPath(field).startsWith(prefix); });
}

void setBoolean(DeliveryPolicy& policy, PolicyField field, bool value)
{
    switch (field) {
    case PolicyField::VisibleInAddressBook:
        policy.visibleInAddressBook = value;
        return;
    case PolicyField::AutoForward:
        policy.autoForward = value;
        return;
    case PolicyField::ForceSms2fa:
        policy.forceSms2fa = value;
        return;
    case PolicyField::PasswordForbidSequential:
        policy.password.forbidSequential = value;
        return;
    case PolicyField::AlertSms:
        policy.abnormalLoginAlert.sms = value;
        return;
    case PolicyField::AlertEmail:
        policy.abnormalLoginAlert.email = value;
        return;
    default:
        return;
    }
}

void setInteger(DeliveryPolicy& policy, PolicyField field, int value)
{
    switch (field) {
    case PolicyField::TrustedBrowserDays:
        policy.trustedBrowserDays = value;
        return;
    case PolicyField::PasswordMinLength:
        policy.password.minLength = value;
        return;
    case PolicyField::PasswordRequireClasses:
        policy.password.requireClasses = value;
        return;
    case PolicyField::PasswordExpireDays:
        policy.password.expireDays = value;
        return;
    default:
        return;
    }
}

InputError refuse(const QString& path, const QString& reason, const QString& detail)
{
    return InputError{path, reason, detail};
}

// Reads one field's non-null value into `policy`; the error names `path`.
std::optional<InputError> readValue(PolicyField field, const QJsonValue& value, const QString& path,
                                    DeliveryPolicy& policy)
{
    if (isBooleanField(field)) {
        if (!value.isBool()) {
            return refuse(path, QStringLiteral("type"), InputError::tr("must be true or false"));
        }
        setBoolean(policy, field, value.toBool());
        return std::nullopt;
    }
    if (const auto range = rangeOf(field)) {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number) {
            return refuse(path, QStringLiteral("type"), InputError::tr("must be a whole number"));
        }
        if (number < range->min || number > range->max) {
            return refuse(path, QStringLiteral("range"),
                          InputError::tr("must be a whole number from %1 to %2").arg(range->min).arg(range->max));
        }
        setInteger(policy, field, static_cast<int>(number));
        return std::nullopt;
    }
    if (field == PolicyField::ExternalMail) {
        if (!value.isString()) {
            return refuse(path, QStringLiteral("type"), InputError::tr("must be text: deny, receiveOnly or allow"));
        }
        const auto mode = externalMailModeFromString(value.toString());
        if (!mode) {
            return refuse(path, QStringLiteral("value"), InputError::tr("must be deny, receiveOnly or allow"));
        }
        policy.externalMail = *mode;
        return std::nullopt;
    }
    // allowedClients
    if (!value.isArray()) {
        return refuse(path, QStringLiteral("type"), InputError::tr("must be a list of client names"));
    }
    const QJsonArray items = value.toArray();
    if (items.isEmpty()) {
        return refuse(path, QStringLiteral("empty"), InputError::tr("must allow at least one client"));
    }
    QList<MailClient> clients;
    for (const QJsonValue& item : items) {
        if (!item.isString()) {
            return refuse(path, QStringLiteral("type"), InputError::tr("must be a list of client names"));
        }
        const auto client = mailClientFromString(item.toString());
        if (!client) {
            return refuse(path, QStringLiteral("value"),
                          InputError::tr("may name only webmail, mailmaster, wechat, imap, pop and smtp"));
        }
        if (clients.contains(*client)) {
            return refuse(path, QStringLiteral("duplicate"), InputError::tr("names the same client twice"));
        }
        clients.append(*client);
    }
    std::sort(clients.begin(), clients.end()); // the order the platform keeps
    policy.allowedClients = clients;
    return std::nullopt;
}

std::optional<InputError> readField(PolicyField field, const QJsonValue& value, const QString& path, PolicyNulls nulls,
                                    PolicyChange& change)
{
    if (value.isNull()) {
        if (nulls == PolicyNulls::Refused) {
            return refuse(path, QStringLiteral("null"), InputError::tr("needs a value here (null is refused)"));
        }
        change.inherit.append(field);
        return std::nullopt;
    }
    return readValue(field, value, path, change.set);
}

std::optional<InputError> readGroup(const QString& group, const QJsonValue& value, const QString& path,
                                    PolicyNulls nulls, PolicyChange& change)
{
    if (value.isNull()) {
        if (nulls == PolicyNulls::Refused) {
            return refuse(path, QStringLiteral("null"), InputError::tr("needs a value here (null is refused)"));
        }
        for (PolicyField field : allPolicyFields()) {
            if (policyFieldPath(field).startsWith(group + QLatin1Char('.'))) {
                change.inherit.append(field);
            }
        }
        return std::nullopt;
    }
    if (!value.isObject()) {
        return refuse(path, QStringLiteral("type"), InputError::tr("must be an object"));
    }
    const QJsonObject members = value.toObject();
    if (members.isEmpty()) {
        return refuse(path, QStringLiteral("empty"), InputError::tr("must set at least one field"));
    }
    for (auto member = members.constBegin(); member != members.constEnd(); ++member) {
        const QString memberPath = path + QLatin1Char('.') + member.key();
        const auto field = fieldAt(group + QLatin1Char('.') + member.key());
        if (!field) {
            return refuse(memberPath, QStringLiteral("unknown"), InputError::tr("is not a policy field"));
        }
        if (auto failed = readField(*field, member.value(), memberPath, nulls, change)) {
            return failed;
        }
    }
    return std::nullopt;
}

} // namespace

Expected<PolicyChange, InputError> policyChangeFromJson(const QJsonValue& value, PolicyNulls nulls, const QString& path)
{
    if (!value.isObject()) {
        return Unexpected{refuse(path, QStringLiteral("type"), InputError::tr("must be an object"))};
    }
    const QJsonObject policy = value.toObject();
    if (policy.isEmpty()) {
        return Unexpected{refuse(path, QStringLiteral("empty"), InputError::tr("must set at least one field"))};
    }
    PolicyChange change;
    // QJsonObject iterates its keys sorted, the order in which the platform reports the first mistake.
    for (auto entry = policy.constBegin(); entry != policy.constEnd(); ++entry) {
        const QString key = entry.key();
        const QString keyPath = path + QLatin1Char('.') + key;
        std::optional<InputError> failed;
        if (isGroup(key)) {
            failed = readGroup(key, entry.value(), keyPath, nulls, change);
        } else if (const auto field = key.contains(QLatin1Char('.')) ? std::nullopt : fieldAt(key)) {
            failed = readField(*field, entry.value(), keyPath, nulls, change);
        } else {
            failed = refuse(keyPath, QStringLiteral("unknown"), InputError::tr("is not a policy field"));
        }
        if (failed) {
            return Unexpected{*failed};
        }
    }
    return change;
}

QJsonValue policyFieldToJson(const DeliveryPolicy& policy, PolicyField field)
{
    if (!policy.has(field)) {
        return QJsonValue(QJsonValue::Null);
    }
    switch (field) {
    case PolicyField::ExternalMail:
        return toString(*policy.externalMail);
    case PolicyField::AllowedClients: {
        // The platform keeps them in MailClient order; sending that order makes "is this our change?" a plain ==.
        QList<MailClient> clients = *policy.allowedClients;
        std::sort(clients.begin(), clients.end());
        QJsonArray array;
        for (MailClient client : clients) {
            array.append(toString(client));
        }
        return array;
    }
    case PolicyField::VisibleInAddressBook:
        return *policy.visibleInAddressBook;
    case PolicyField::AutoForward:
        return *policy.autoForward;
    case PolicyField::ForceSms2fa:
        return *policy.forceSms2fa;
    case PolicyField::PasswordForbidSequential:
        return *policy.password.forbidSequential;
    case PolicyField::AlertSms:
        return *policy.abnormalLoginAlert.sms;
    case PolicyField::AlertEmail:
        return *policy.abnormalLoginAlert.email;
    case PolicyField::TrustedBrowserDays:
        return *policy.trustedBrowserDays;
    case PolicyField::PasswordMinLength:
        return *policy.password.minLength;
    case PolicyField::PasswordRequireClasses:
        return *policy.password.requireClasses;
    case PolicyField::PasswordExpireDays:
        return *policy.password.expireDays;
    }
    return QJsonValue(QJsonValue::Null);
}

void putPolicyField(QJsonObject& policy, PolicyField field, const QJsonValue& value)
{
    const QString path = policyFieldPath(field);
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        policy.insert(path, value);
        return;
    }
    const QString group = path.left(dot);
    QJsonObject members = policy.value(group).toObject();
    members.insert(path.mid(dot + 1), value);
    policy.insert(group, members);
}

QJsonObject policyToJson(const DeliveryPolicy& policy)
{
    QJsonObject json;
    for (PolicyField field : allPolicyFields()) {
        if (policy.has(field)) {
            putPolicyField(json, field, policyFieldToJson(policy, field));
        }
    }
    return json;
}

QString policyFieldText(const DeliveryPolicy& policy, PolicyField field)
{
    const QJsonValue value = policyFieldToJson(policy, field);
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("-");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

Expected<DeliveryPolicy, InputError> baselineFromJson(const QJsonValue& value, const DeliveryPolicy& base)
{
    auto change = policyChangeFromJson(value, PolicyNulls::Refused, QStringLiteral("baseline"));
    if (!change) {
        return Unexpected{change.error()};
    }
    DeliveryPolicy baseline = base;
    for (PolicyField field : allPolicyFields()) {
        if (change->set.has(field)) {
            copyPolicyField(field, change->set, baseline);
        }
    }
    return baseline;
}

} // namespace dm
