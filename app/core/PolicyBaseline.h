#pragma once

#include "core/DeliveryPolicy.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace dm {

// How a field's values run from strict to permissive: what "weaker than the baseline" means for it. Every policy
// field has exactly one rule, in the table of PolicyBaseline.cpp.
enum class StrictnessRule
{
    OnIsStricter,            // forceSms2fa, password.forbidSequential, the two alerts: switching it off weakens
    OffIsStricter,           // visibleInAddressBook, autoForward: switching it on weakens
    FewerDaysIsStricter,     // trustedBrowserDays: a browser trusted longer skips the SMS check longer
    MoreIsStricter,          // password.minLength, password.requireClasses: a lower minimum weakens
    ShorterExpiryIsStricter, // password.expireDays, where 0 (never expires) is the weakest of all
    FewerClientsIsStricter,  // allowedClients: any client the baseline does not allow weakens
    ClosedMailIsStricter,    // externalMail: deny, then receiveOnly, then allow
};

[[nodiscard]] StrictnessRule strictnessRule(PolicyField field);

// Whether `actual` allows more than `baseline` in `field`. Both must have the field set; a field that is not set on
// either side is never weaker (an override that leaves it out inherits it).
[[nodiscard]] bool isWeaker(PolicyField field, const DeliveryPolicy& actual, const DeliveryPolicy& baseline);

// The fields set in `policy` (a level's overrides or a complete policy) that are weaker than `baseline`, in the
// contract's table order.
[[nodiscard]] QList<PolicyField> weakerFields(const DeliveryPolicy& policy, const DeliveryPolicy& baseline);

// The value a drifted field takes when it is brought back to the baseline: the baseline's, except that a client
// list only loses the clients the baseline does not allow (when some allowed client is left).
[[nodiscard]] DeliveryPolicy tightened(PolicyField field, const DeliveryPolicy& actual, const DeliveryPolicy& baseline);

// Copies one field (set or not) from `from` to `to`.
void copyPolicyField(PolicyField field, const DeliveryPolicy& from, DeliveryPolicy& to);

// The court's baseline out of the box: the contract's domain defaults, i.e. the brochure's delivery mailbox.
[[nodiscard]] DeliveryPolicy defaultBaseline();

// Where a profile keeps its own (tightened) baseline: a JSON file in the contract's policy shape, beside the cache.
[[nodiscard]] QString baselinePath(const QUuid& profileId);

} // namespace dm
