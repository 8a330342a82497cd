#pragma once

#include "core/DeliveryPolicy.h"
#include "core/Expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dm {

// A mistake in a file a person wrote (a policy, a baseline, a login-rule list), named the way the platform names its
// own refusals (CONTRACT.md §11, §12): the field's path and a reason word, plus a translated sentence saying why.
// The sentence never repeats the value that was given.
struct InputError
{
    Q_DECLARE_TR_FUNCTIONS(InputError)

public:
    QString path;   // e.g. policy.password.minLength, rules[2].value
    QString reason; // unknown, type, range, value, empty, duplicate, null, missing, length, cidr, region, json
    QString detail; // translated

    // "policy.password.minLength: must be a whole number from 8 to 32"
    [[nodiscard]] QString message() const { return path + QStringLiteral(": ") + detail; }
};

// A change to one level's policy as people write it: the fields to set, and those to inherit again (JSON null).
struct PolicyChange
{
    DeliveryPolicy set;
    QList<PolicyField> inherit;

    [[nodiscard]] bool isEmpty() const { return set.isEmpty() && inherit.isEmpty(); }
};

// What JSON null means in the object being read.
enum class PolicyNulls
{
    Refused, // the domain's policy, a baseline: every field has a value
    Inherit, // a unit's or an account's overrides: null removes the override
};

// Reads a policy object in the contract's shape strictly, checking everything policy/update checks, so that a bad
// file is refused before anything is sent: unknown keys (also "password.minLength" written at the top), wrong JSON
// types, integers out of range, unknown enum values or clients, an empty or repeated client list, an empty group,
// null where it is refused. Keys are checked in sorted order, so the first mistake reported is the platform's.
[[nodiscard]] Expected<PolicyChange, InputError> policyChangeFromJson(const QJsonValue& value, PolicyNulls nulls,
                                                                      const QString& path = QStringLiteral("policy"));

// The field's value in the contract's JSON shape (clients in the platform's order); null when it is not set.
[[nodiscard]] QJsonValue policyFieldToJson(const DeliveryPolicy& policy, PolicyField field);
// Sets one field in a nested policy object (password.* and abnormalLoginAlert.* inside their group).
void putPolicyField(QJsonObject& policy, PolicyField field, const QJsonValue& value);
// The fields set in `policy`, nested as the contract writes them.
[[nodiscard]] QJsonObject policyToJson(const DeliveryPolicy& policy);
// A field's value as short text for tables and diffs: deny, true, 7, ["webmail","mailmaster"]; "-" when not set.
[[nodiscard]] QString policyFieldText(const DeliveryPolicy& policy, PolicyField field);

// A baseline file: a policy object in the contract's shape whose fields replace those of `base` (by default the
// contract's domain defaults); null is refused.
[[nodiscard]] Expected<DeliveryPolicy, InputError> baselineFromJson(const QJsonValue& value,
                                                                    const DeliveryPolicy& base);

} // namespace dm
