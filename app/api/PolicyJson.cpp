#include "api/PolicyJson.h"

#include "api/FieldReader.h"
#include "core/PolicyInput.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace dm {
namespace {

// "password.minLength" -> {"password", "minLength"}; top-level fields have no group.
std::pair<QString, QString> splitPath(PolicyField field)
{
    const QString path = policyFieldPath(field);
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    return dot < 0 ? std::pair{QString(), path} : std::pair{path.left(dot), path.mid(dot + 1)};
}

std::optional<QList<MailClient>> readClients(FieldReader& reader, const QString& key)
{
    const QJsonArray items = reader.array(key);
    QList<MailClient> clients;
    for (const QJsonValue& item : items) {
        const auto client = mailClientFromString(item.toString());
        if (!item.isString() || !client || clients.contains(*client)) {
            reader.fail(key);
            return std::nullopt;
        }
        clients.append(*client);
    }
    if (items.isEmpty()) {
        reader.fail(key);
    }
    return clients;
}

// Reads one present field from the object that holds it (the top level or its group).
void readField(FieldReader& reader, const QString& key, PolicyField field, DeliveryPolicy& policy)
{
    switch (field) {
    case PolicyField::ExternalMail:
        policy.externalMail = reader.enumeration(key, &externalMailModeFromString, ExternalMailMode::Deny);
        return;
    case PolicyField::VisibleInAddressBook:
        policy.visibleInAddressBook = reader.boolean(key);
        return;
    case PolicyField::AllowedClients:
        policy.allowedClients = readClients(reader, key);
        return;
    case PolicyField::AutoForward:
        policy.autoForward = reader.boolean(key);
        return;
    case PolicyField::ForceSms2fa:
        policy.forceSms2fa = reader.boolean(key);
        return;
    case PolicyField::TrustedBrowserDays:
        policy.trustedBrowserDays = reader.smallInteger(key, 0, 90);
        return;
    case PolicyField::PasswordMinLength:
        policy.password.minLength = reader.smallInteger(key, 8, 32);
        return;
    case PolicyField::PasswordRequireClasses:
        policy.password.requireClasses = reader.smallInteger(key, 2, 4);
        return;
    case PolicyField::PasswordExpireDays:
        policy.password.expireDays = reader.smallInteger(key, 0, 365);
        return;
    case PolicyField::PasswordForbidSequential:
        policy.password.forbidSequential = reader.boolean(key);
        return;
    case PolicyField::AlertSms:
        policy.abnormalLoginAlert.sms = reader.boolean(key);
        return;
    case PolicyField::AlertEmail:
        policy.abnormalLoginAlert.email = reader.boolean(key);
        return;
    }
}

// Visits each field's holder: the top-level reader, or a reader for its group (made once per group). `visit` is
// called with the holder's reader, the key within it and the field. Returns the first error.
template <typename Visit>
std::optional<ApiError> forEachField(const QJsonValue& value, const QString& path, Visit visit)
{
    FieldReader top(value, path);
    if (!top.ok()) {
        return top.error();
    }
    std::map<QString, FieldReader> groups;
    for (PolicyField field : allPolicyFields()) {
        const auto [group, key] = splitPath(field);
        FieldReader* holder = &top;
        if (!group.isEmpty()) {
            auto found = groups.find(group);
            if (found == groups.end()) {
                // An absent group reads as {}; a null or non-object one is reported by object().
                const QJsonObject members = top.contains(group) ? top.object(group) : QJsonObject();
                if (!top.ok()) {
                    return top.error();
                }
                found = groups.emplace(group, FieldReader(members, top.childPath(group))).first;
            }
            holder = &found->second;
        }
        visit(*holder, key, field);
        if (!holder->ok()) {
            return holder->error();
        }
    }
    return std::nullopt;
}

std::optional<ApiError> requireComplete(const DeliveryPolicy& policy, const QString& path)
{
    for (PolicyField field : allPolicyFields()) {
        if (!policy.has(field)) {
            return protocolError(path + QLatin1Char('.') + policyFieldPath(field));
        }
    }
    return std::nullopt;
}

} // namespace

Expected<DeliveryPolicy, ApiError> deliveryPolicyFromJson(const QJsonValue& value, const QString& path)
{
    DeliveryPolicy policy;
    const auto failed = forEachField(value, path, [&policy](FieldReader& reader, const QString& key, PolicyField f) {
        if (reader.contains(key)) {
            readField(reader, key, f, policy);
        }
    });
    if (failed) {
        return Unexpected{*failed};
    }
    return policy;
}

Expected<PolicyDocument, ApiError> policyDocumentFromJson(const QJsonValue& value)
{
    const QString path = QStringLiteral("policyDocument");
    FieldReader reader(value, path);
    PolicyDocument document;
    document.level = reader.enumeration(QStringLiteral("level"), &policyLevelFromString, PolicyLevel::Domain);
    document.targetId = reader.string(QStringLiteral("targetId"));
    const QJsonObject policy = reader.object(QStringLiteral("policy"));
    document.version = reader.integer(QStringLiteral("version"));
    if (!reader.contains(QStringLiteral("updatedAt"))) {
        reader.fail(QStringLiteral("updatedAt")); // "integer or null": always there
    }
    document.updatedAt = reader.optionalInteger(QStringLiteral("updatedAt"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    auto parsed = deliveryPolicyFromJson(policy, reader.childPath(QStringLiteral("policy")));
    if (!parsed) {
        return Unexpected{parsed.error()};
    }
    document.policy = *parsed;
    if (document.level == PolicyLevel::Domain) {
        if (auto incomplete = requireComplete(document.policy, reader.childPath(QStringLiteral("policy")))) {
            return Unexpected{*incomplete};
        }
    }
    return document;
}

Expected<EffectivePolicy, ApiError> effectivePolicyFromJson(const QJsonValue& value)
{
    const QString path = QStringLiteral("effectivePolicy");
    FieldReader reader(value, path);
    EffectivePolicy effective;
    effective.accountName = reader.string(QStringLiteral("accountName"));
    effective.unitId = reader.string(QStringLiteral("unitId"));
    const QJsonObject policy = reader.object(QStringLiteral("policy"));
    const QJsonObject sources = reader.object(QStringLiteral("sources"));
    const QJsonObject versions = reader.object(QStringLiteral("versions"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    auto parsed = deliveryPolicyFromJson(policy, reader.childPath(QStringLiteral("policy")));
    if (!parsed) {
        return Unexpected{parsed.error()};
    }
    if (auto incomplete = requireComplete(*parsed, reader.childPath(QStringLiteral("policy")))) {
        return Unexpected{*incomplete};
    }
    effective.policy = *parsed;
    const auto failed = forEachField(
        sources, reader.childPath(QStringLiteral("sources")),
        [&effective](FieldReader& holder, const QString& key, PolicyField field) {
            effective.sources.set(field, holder.enumeration(key, &policyLevelFromString, PolicyLevel::Domain));
        });
    if (failed) {
        return Unexpected{*failed};
    }
    FieldReader versionReader(versions, reader.childPath(QStringLiteral("versions")));
    effective.versions.domain = versionReader.integer(QStringLiteral("domain"));
    effective.versions.unit = versionReader.integer(QStringLiteral("unit"));
    effective.versions.account = versionReader.integer(QStringLiteral("account"));
    if (!versionReader.ok()) {
        return Unexpected{versionReader.error()};
    }
    return effective;
}

QJsonObject policyChangeToJson(const DeliveryPolicy& set, const QList<PolicyField>& inherit)
{
    QJsonObject policy;
    const auto put = [&policy](PolicyField field, const QJsonValue& value) {
        const auto [group, key] = splitPath(field);
        if (group.isEmpty()) {
            policy.insert(key, value);
            return;
        }
        QJsonObject members = policy.value(group).toObject();
        members.insert(key, value);
        policy.insert(group, members);
    };
    for (PolicyField field : allPolicyFields()) {
        if (set.has(field)) {
            put(field, policyFieldToJson(set, field));
        }
    }
    for (PolicyField field : inherit) {
        put(field, QJsonValue(QJsonValue::Null)); // null removes the override: the level inherits again
    }
    return policy;
}

} // namespace dm
