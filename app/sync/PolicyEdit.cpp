#include "sync/PolicyEdit.h"

#include "core/PolicyBaseline.h"
#include "store/AccountRepository.h"
#include "store/PolicyRepository.h"
#include "sync/PolicyDocumentJson.h"

namespace dm {

PolicyEdit::PolicyEdit(PolicyLevel level, PolicyLayers layers)
    : m_level(level)
    , m_layers(std::move(layers))
{
    m_draft = document().policy;
}

const PolicyDocument& PolicyEdit::document() const
{
    switch (m_level) {
    case PolicyLevel::Unit:
        return *m_layers.unit;
    case PolicyLevel::Account:
        return *m_layers.account;
    case PolicyLevel::Domain:
        break;
    }
    return m_layers.domain;
}

PolicyDocument& PolicyEdit::ownDocument()
{
    return const_cast<PolicyDocument&>(std::as_const(*this).document());
}

DeliveryPolicy PolicyEdit::inherited() const
{
    DeliveryPolicy policy = m_layers.domain.policy;
    if (m_level == PolicyLevel::Account && m_layers.unit) {
        for (PolicyField field : allPolicyFields()) {
            if (m_layers.unit->policy.has(field)) {
                copyPolicyField(field, m_layers.unit->policy, policy);
            }
        }
    }
    return policy;
}

DeliveryPolicy PolicyEdit::merged(const DeliveryPolicy& own) const
{
    DeliveryPolicy policy = inherited();
    for (PolicyField field : allPolicyFields()) {
        if (own.has(field)) {
            copyPolicyField(field, own, policy);
        }
    }
    return policy;
}

DeliveryPolicy PolicyEdit::effective() const
{
    return merged(m_draft);
}

DeliveryPolicy PolicyEdit::before() const
{
    return merged(document().policy);
}

PolicyLevel PolicyEdit::sourceOf(PolicyField field) const
{
    if (m_draft.has(field)) {
        return m_level;
    }
    if (m_level == PolicyLevel::Account && m_layers.unit && m_layers.unit->policy.has(field)) {
        return PolicyLevel::Unit;
    }
    return PolicyLevel::Domain;
}

void PolicyEdit::set(PolicyField field, const DeliveryPolicy& value)
{
    copyPolicyField(field, value, m_draft);
}

void PolicyEdit::inherit(PolicyField field)
{
    if (m_level != PolicyLevel::Domain) {
        m_draft.clear(field);
    }
}

QList<PolicyField> PolicyEdit::changedFields() const
{
    const DeliveryPolicy& own = document().policy;
    QList<PolicyField> changed;
    for (PolicyField field : allPolicyFields()) {
        DeliveryPolicy mine;
        DeliveryPolicy old;
        copyPolicyField(field, m_draft, mine);
        copyPolicyField(field, own, old);
        if (!(mine == old)) {
            changed.append(field);
        }
    }
    return changed;
}

PolicyUpdate PolicyEdit::update() const
{
    PolicyUpdate update;
    update.level = m_level;
    update.targetId = document().targetId;
    update.expectedVersion = document().version;
    for (PolicyField field : changedFields()) {
        if (m_draft.has(field)) {
            copyPolicyField(field, m_draft, update.set);
        } else {
            update.inherit.append(field);
        }
    }
    return update;
}

void PolicyEdit::rebase(const PolicyDocument& theirs, const QList<PolicyField>& keepMine)
{
    const DeliveryPolicy mine = m_draft;
    ownDocument() = theirs;
    m_draft = theirs.policy;
    for (PolicyField field : keepMine) {
        if (mine.has(field)) {
            copyPolicyField(field, mine, m_draft);
        } else {
            m_draft.clear(field);
        }
    }
}

} // namespace dm

namespace dm {

namespace {

PolicyDocument emptyDocument(PolicyLevel level, const QString& targetId)
{
    PolicyDocument document;
    document.level = level;
    document.targetId = targetId;
    return document;
}

} // namespace

Expected<PolicyLayers, QString> PolicyLayersReader::read(Db& db, PolicyLevel level, const QString& targetId)
{
    PolicyRepository repository(db);
    const auto stored = [&repository](PolicyLevel at,
                                      const QString& id) -> Expected<std::optional<PolicyDocument>, QString> {
        auto found = repository.load(DocumentKind::Policy, toString(at), id);
        if (!found) {
            return Unexpected{found.error().message()};
        }
        if (!*found) {
            return std::optional<PolicyDocument>{};
        }
        auto document = policyDocumentFromStored(**found);
        if (!document) {
            return Unexpected{document.error().message()};
        }
        return std::optional<PolicyDocument>{*document};
    };
    auto domains = repository.list(DocumentKind::Policy, toString(PolicyLevel::Domain));
    if (!domains) {
        return Unexpected{domains.error().message()};
    }
    if (domains->isEmpty()) {
        return Unexpected{tr("The cache holds no delivery policy yet: sync first.")};
    }
    auto domain = policyDocumentFromStored(domains->constFirst());
    if (!domain) {
        return Unexpected{domain.error().message()};
    }
    PolicyLayers layers;
    layers.domain = *domain;
    QString unitId = level == PolicyLevel::Unit ? targetId : QString();
    if (level == PolicyLevel::Account) {
        auto account = AccountRepository(db).get(targetId);
        if (!account) {
            return Unexpected{account.error().message()};
        }
        if (!*account) {
            return Unexpected{tr("No account %1 in the cache: check the name, or sync the accounts.").arg(targetId)};
        }
        unitId = (*account)->account.unitId;
        auto own = stored(PolicyLevel::Account, targetId);
        if (!own) {
            return Unexpected{own.error()};
        }
        layers.account = own->value_or(emptyDocument(PolicyLevel::Account, targetId));
    }
    if (level != PolicyLevel::Domain && !unitId.isEmpty()) {
        auto unit = stored(PolicyLevel::Unit, unitId);
        if (!unit) {
            return Unexpected{unit.error()};
        }
        layers.unit = unit->value_or(emptyDocument(PolicyLevel::Unit, unitId));
    }
    if (level == PolicyLevel::Unit && !layers.unit) {
        return Unexpected{tr("Choose a unit.")};
    }
    return layers;
}

Expected<qint64, QString> PolicyLayersReader::accountsInScope(Db& db, PolicyLevel level, const QString& targetId)
{
    if (level == PolicyLevel::Account) {
        return qint64(1);
    }
    AccountQuery query;
    if (level == PolicyLevel::Unit) {
        query.unitId = targetId; // parent units do not cascade: only the unit's own accounts
    }
    auto count = AccountRepository(db).count(query);
    if (!count) {
        return Unexpected{count.error().message()};
    }
    return *count;
}

} // namespace dm
