#pragma once

#include "api/PolicyService.h"
#include "core/DeliveryPolicy.h"
#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dm {

// The documents that decide what applies at one level: the domain's (complete), the unit's overrides and the
// account's overrides. A unit's editor has no account; a domain's editor has neither. For an account, `unit` is the
// document of the account's own unit (parent units do not cascade, CONTRACT.md §11).
struct PolicyLayers
{
    PolicyDocument domain;
    std::optional<PolicyDocument> unit;
    std::optional<PolicyDocument> account;
};

// An administrator's edit of one level's policy document: the draft of the fields this level sets, what applies
// with it and where each value comes from, and the versioned update that makes the platform's document the draft.
class PolicyEdit
{
public:
    PolicyEdit() = default;
    // `layers` must hold the document of `level` (for the domain: layers.domain).
    PolicyEdit(PolicyLevel level, PolicyLayers layers);

    [[nodiscard]] PolicyLevel level() const { return m_level; }
    [[nodiscard]] const PolicyLayers& layers() const { return m_layers; }
    // The edited level's document as it was read.
    [[nodiscard]] const PolicyDocument& document() const;
    [[nodiscard]] const DeliveryPolicy& draft() const { return m_draft; }

    // What applies at this level with the draft: each field from the draft, else from the levels above.
    [[nodiscard]] DeliveryPolicy effective() const;
    // What applies at this level without any override of its own (at the domain: the domain's document).
    [[nodiscard]] DeliveryPolicy inherited() const;
    [[nodiscard]] PolicyLevel sourceOf(PolicyField field) const;
    // Whether the draft sets `field` at this level (always at the domain, which has every field).
    [[nodiscard]] bool overrides(PolicyField field) const { return m_draft.has(field); }

    // Sets `field` at this level to its value in `value`, which must have it set.
    void set(PolicyField field, const DeliveryPolicy& value);
    // Removes this level's override of `field`; the domain cannot inherit, so there it does nothing.
    void inherit(PolicyField field);
    void revert() { m_draft = document().policy; }

    // The fields whose value or source the update would change, in contract order.
    [[nodiscard]] QList<PolicyField> changedFields() const;
    [[nodiscard]] bool isDirty() const { return !changedFields().isEmpty(); }
    // The update that makes the document the draft, based on the version read.
    [[nodiscard]] PolicyUpdate update() const;
    // What applied at this level before the edit: the old side of a diff.
    [[nodiscard]] DeliveryPolicy before() const;

    // After a version conflict: the platform's newer document becomes the base, and the draft keeps this edit's
    // value (set or inherited) only for the fields in `keepMine`; every other field takes the newer document's.
    void rebase(const PolicyDocument& theirs, const QList<PolicyField>& keepMine);

private:
    [[nodiscard]] PolicyDocument& ownDocument();
    [[nodiscard]] DeliveryPolicy merged(const DeliveryPolicy& own) const;

    PolicyLevel m_level = PolicyLevel::Domain;
    PolicyLayers m_layers;
    DeliveryPolicy m_draft;
};

} // namespace dm

namespace dm {

class Db;

// Reads from the cache what a policy editor needs, in the cache's worker thread.
class PolicyLayersReader
{
    Q_DECLARE_TR_FUNCTIONS(PolicyLayersReader)

public:
    // The layers that decide `level`'s policy of `targetId` (the domain's own id is not needed). A unit or account
    // without a document of its own gets an empty one at version 0. Errors are translated sentences.
    [[nodiscard]] static Expected<PolicyLayers, QString> read(Db& db, PolicyLevel level, const QString& targetId);
    // How many cached accounts a change at this level can reach (those not overriding the fields themselves).
    [[nodiscard]] static Expected<qint64, QString> accountsInScope(Db& db, PolicyLevel level, const QString& targetId);
};

} // namespace dm
