#include "sync/OutboxPayload.h"

#include "api/EvidenceJson.h"
#include "api/LoginRuleJson.h"
#include "api/PolicyJson.h"
#include "core/Masking.h"

#include <QJsonArray>

namespace dm::outboxpayload {

namespace {

const QString kAccountName = QStringLiteral("accountName");
const QString kName = QStringLiteral("name");
const QString kMobile = QStringLiteral("mobile");
const QString kIdNumber = QStringLiteral("idNumber");
const QString kJobNumber = QStringLiteral("jobNumber");
const QString kUnitId = QStringLiteral("unitId");
const QString kPassChange = QStringLiteral("passChangeFirstLogin");
const QString kVisible = QStringLiteral("visibleInAddr");
const QString kStatus = QStringLiteral("status");
const QString kDelivery = QStringLiteral("delivery");
const QString kLevel = QStringLiteral("level");
const QString kTargetId = QStringLiteral("targetId");
const QString kExpectedVersion = QStringLiteral("expectedVersion");
const QString kSet = QStringLiteral("set");
const QString kInherit = QStringLiteral("inherit");
const QString kRules = QStringLiteral("rules");
const QString kDefaultChange = QStringLiteral("defaultChange");
const QString kDefaultAction = QStringLiteral("defaultAction");

OutboxRequest request(const QString& kind, const QString& target, QJsonObject payload = {})
{
    OutboxRequest r;
    r.kind = kind;
    r.target = target;
    r.payload = std::move(payload);
    return r;
}

OutboxRequest named(const QString& kind, const QString& accountName, QJsonObject payload = {})
{
    payload.insert(kAccountName, accountName);
    return request(kind, accountName, std::move(payload));
}

std::optional<QString> optionalText(const QJsonObject& payload, const QString& key)
{
    const QJsonValue value = payload.value(key);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

// Whether the single-field change `field` (as policyChangeToJson writes it) is part of `change`.
bool containsField(const QJsonObject& change, PolicyField field)
{
    const QJsonObject alone = policyChangeToJson({}, {field});
    if (alone.isEmpty()) {
        return false;
    }
    const QString key = alone.constBegin().key();
    const QJsonValue value = alone.constBegin().value();
    if (!change.contains(key)) {
        return false;
    }
    if (!value.isObject() || value.toObject().isEmpty()) {
        return true;
    }
    return change.value(key).toObject().contains(value.toObject().constBegin().key());
}

QString loginDefaultChangeName(LoginRuleUpdate::DefaultChange change)
{
    switch (change) {
    case LoginRuleUpdate::DefaultChange::Keep:
        return QStringLiteral("keep");
    case LoginRuleUpdate::DefaultChange::Set:
        return QStringLiteral("set");
    case LoginRuleUpdate::DefaultChange::FollowDomain:
        return QStringLiteral("followDomain");
    }
    return {};
}

} // namespace

OutboxRequest createAccount(const NewAccount& account, const std::optional<AddressBasis>& addressBasis)
{
    QJsonObject payload{{kName, account.name},
                        {kMobile, account.mobile},
                        {kIdNumber, account.idNumber},
                        {kJobNumber, account.jobNumber},
                        {kUnitId, account.unitId},
                        {kPassChange, account.passChangeFirstLogin},
                        {kVisible, account.visibleInAddr}};
    if (addressBasis) {
        payload.insert(QStringLiteral("addressBasis"), addressBasisToJson(addressBasis));
    }
    return named(outboxkind::createAccount, account.accountName, std::move(payload));
}

OutboxRequest updateAccount(const QString& accountName, const AccountUpdate& change)
{
    QJsonObject payload;
    const auto text = [&payload](const QString& key, const std::optional<QString>& value) {
        if (value) {
            payload.insert(key, *value);
        }
    };
    text(kName, change.name);
    text(kJobNumber, change.jobNumber);
    text(kMobile, change.mobile);
    text(kIdNumber, change.idNumber);
    if (change.visibleInAddr) {
        payload.insert(kVisible, *change.visibleInAddr);
    }
    if (change.passChangeFirstLogin) {
        payload.insert(kPassChange, *change.passChangeFirstLogin);
    }
    return named(outboxkind::updateAccount, accountName, std::move(payload));
}

OutboxRequest setStatus(const QString& accountName, AccountStatus status)
{
    return named(outboxkind::setStatus, accountName, {{kStatus, toString(status)}});
}

OutboxRequest deleteAccount(const QString& accountName)
{
    return named(outboxkind::deleteAccount, accountName);
}

OutboxRequest recoverAccount(const QString& accountName)
{
    return named(outboxkind::recoverAccount, accountName);
}

OutboxRequest moveUnit(const QString& accountName, const QString& unitId)
{
    return named(outboxkind::moveUnit, accountName, {{kUnitId, unitId}});
}

OutboxRequest resetPassword(const QString& accountName, PasswordDelivery delivery)
{
    return named(outboxkind::resetPassword, accountName, {{kDelivery, toString(delivery)}});
}

OutboxRequest resendActivation(const QString& accountName)
{
    return named(outboxkind::resendActivation, accountName);
}

OutboxRequest updatePolicy(const PolicyUpdate& change)
{
    QJsonObject payload{{kLevel, toString(change.level)},
                        {kTargetId, change.targetId},
                        {kExpectedVersion, change.expectedVersion},
                        {kSet, policyChangeToJson(change.set, {})},
                        {kInherit, policyChangeToJson({}, change.inherit)}};
    const QString target = change.targetId.isEmpty() ? toString(change.level) : change.targetId;
    return request(outboxkind::updatePolicy, target, std::move(payload));
}

OutboxRequest updateLoginRules(const LoginRuleUpdate& change)
{
    QJsonObject payload{{kLevel, toString(change.level)},
                        {kTargetId, change.targetId},
                        {kExpectedVersion, change.expectedVersion},
                        {kDefaultChange, loginDefaultChangeName(change.defaultChange)},
                        {kDefaultAction, toString(change.defaultAction)}};
    if (change.rules) {
        payload.insert(kRules, loginRulesToJson(*change.rules));
    }
    const QString target = change.targetId.isEmpty() ? toString(change.level) : change.targetId;
    return request(outboxkind::updateLoginRules, target, std::move(payload));
}

std::optional<NewAccount> newAccount(const OutboxItem& item)
{
    const QJsonObject& payload = item.payload;
    NewAccount account;
    account.accountName = payload.value(kAccountName).toString(item.target);
    account.name = payload.value(kName).toString();
    account.mobile = payload.value(kMobile).toString();
    account.idNumber = payload.value(kIdNumber).toString();
    account.jobNumber = payload.value(kJobNumber).toString();
    account.unitId = payload.value(kUnitId).toString();
    account.passChangeFirstLogin = payload.value(kPassChange).toInt(1);
    account.visibleInAddr = payload.value(kVisible).toBool(false);
    if (account.accountName.isEmpty() || account.name.isEmpty() || account.mobile.isEmpty()) {
        return std::nullopt;
    }
    return account;
}

std::optional<AccountUpdate> accountUpdate(const QJsonObject& payload)
{
    AccountUpdate change;
    change.name = optionalText(payload, kName);
    change.jobNumber = optionalText(payload, kJobNumber);
    change.mobile = optionalText(payload, kMobile);
    change.idNumber = optionalText(payload, kIdNumber);
    if (payload.value(kVisible).isBool()) {
        change.visibleInAddr = payload.value(kVisible).toBool();
    }
    if (payload.value(kPassChange).isDouble()) {
        change.passChangeFirstLogin = payload.value(kPassChange).toInt();
    }
    return change;
}

std::optional<AccountStatus> status(const QJsonObject& payload)
{
    return accountStatusFromString(payload.value(kStatus).toString());
}

QString unitId(const QJsonObject& payload)
{
    return payload.value(kUnitId).toString();
}

std::optional<PasswordDelivery> delivery(const QJsonObject& payload)
{
    return passwordDeliveryFromString(payload.value(kDelivery).toString());
}

std::optional<PolicyUpdate> policyUpdate(const QJsonObject& payload)
{
    const auto level = policyLevelFromString(payload.value(kLevel).toString());
    auto set = deliveryPolicyFromJson(payload.value(kSet), kSet);
    if (!level || !set) {
        return std::nullopt;
    }
    PolicyUpdate change;
    change.level = *level;
    change.targetId = payload.value(kTargetId).toString();
    change.expectedVersion = payload.value(kExpectedVersion).toInteger();
    change.set = *set;
    const QJsonObject inherit = payload.value(kInherit).toObject();
    for (PolicyField field : allPolicyFields()) {
        if (containsField(inherit, field)) {
            change.inherit.append(field);
        }
    }
    return change;
}

std::optional<LoginRuleUpdate> loginRuleUpdate(const QJsonObject& payload)
{
    const auto level = loginRuleLevelFromString(payload.value(kLevel).toString());
    const auto action = loginActionFromString(payload.value(kDefaultAction).toString());
    if (!level || !action) {
        return std::nullopt;
    }
    LoginRuleUpdate change;
    change.level = *level;
    change.targetId = payload.value(kTargetId).toString();
    change.expectedVersion = payload.value(kExpectedVersion).toInteger();
    change.defaultAction = *action;
    const QString defaultChange = payload.value(kDefaultChange).toString();
    if (defaultChange == loginDefaultChangeName(LoginRuleUpdate::DefaultChange::Set)) {
        change.defaultChange = LoginRuleUpdate::DefaultChange::Set;
    } else if (defaultChange == loginDefaultChangeName(LoginRuleUpdate::DefaultChange::FollowDomain)) {
        change.defaultChange = LoginRuleUpdate::DefaultChange::FollowDomain;
    } else if (defaultChange != loginDefaultChangeName(LoginRuleUpdate::DefaultChange::Keep)) {
        return std::nullopt;
    }
    if (payload.contains(kRules)) {
        QList<LoginRule> rules;
        const QJsonArray array = payload.value(kRules).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto rule = loginRuleFromJson(array.at(i), kRules);
            if (!rule) {
                return std::nullopt;
            }
            rules.append(*rule);
        }
        change.rules = rules;
    }
    return change;
}

QString describe(const OutboxItem& item)
{
    const QJsonObject& payload = item.payload;
    QStringList parts;
    const auto add = [&parts](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            parts << key + QLatin1Char('=') + value;
        }
    };
    // Only what identifies the change; personal numbers masked, never a password (none is ever in a payload).
    add(kName, payload.value(kName).toString());
    add(kMobile, maskMobile(payload.value(kMobile).toString()));
    add(kIdNumber, maskIdNumber(payload.value(kIdNumber).toString()));
    add(kJobNumber, payload.value(kJobNumber).toString());
    add(kUnitId, payload.value(kUnitId).toString());
    add(kStatus, payload.value(kStatus).toString());
    add(kDelivery, payload.value(kDelivery).toString());
    add(kLevel, payload.value(kLevel).toString());
    if (payload.contains(kExpectedVersion)) {
        add(kExpectedVersion, QString::number(payload.value(kExpectedVersion).toInteger()));
    }
    if (payload.contains(kSet)) {
        add(kSet, payload.value(kSet).toObject().keys().join(QLatin1Char(',')));
        add(kInherit, payload.value(kInherit).toObject().keys().join(QLatin1Char(',')));
    }
    if (payload.contains(kRules)) {
        add(kRules, QString::number(payload.value(kRules).toArray().size()));
    }
    if (payload.contains(kDefaultChange)) {
        add(kDefaultChange, payload.value(kDefaultChange).toString());
    }
    if (const QString basis = describeAddressBasis(payload); !basis.isEmpty()) {
        parts << basis;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace dm::outboxpayload
