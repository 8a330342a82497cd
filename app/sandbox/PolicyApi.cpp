#include "sandbox/PolicyApi.h"

#include "sandbox/DocumentStore.h"
#include "sandbox/PolicyDocument.h"

#include <QJsonArray>

namespace dm::sandbox {
namespace {

QJsonValue timeOrNull(const std::optional<qint64>& time)
{
    return time ? QJsonValue(*time) : QJsonValue(QJsonValue::Null);
}

QJsonObject documentJson(const DocumentTarget& target, const StoredDocument& document)
{
    return QJsonObject{{QStringLiteral("level"), levelName(target.level)},
                       {QStringLiteral("targetId"), target.targetId},
                       {QStringLiteral("policy"), document.body},
                       {QStringLiteral("version"), document.version},
                       {QStringLiteral("updatedAt"), timeOrNull(document.updatedAt)}};
}

// The log shows no target column, so the remark names whose policy changed (the domain's needs no name).
QString remarkPrefix(const DocumentStore& store, const DocumentTarget& target)
{
    switch (target.level) {
    case DocumentLevel::Domain:
        return {};
    case DocumentLevel::Unit:
        return QStringLiteral("部门:") + target.targetId + QLatin1Char(',');
    case DocumentLevel::Account:
        return QStringLiteral("帐号名称:") + store.logTarget(target) + QLatin1Char(',');
    }
    return {};
}

ApiResult getPolicy(DocumentStore& store, const ApiCall& call)
{
    auto found = store.loadRequested(call.body, true, policy::defaults(), call.nowMs);
    if (!found) {
        return Unexpected{found.error()};
    }
    return QJsonValue(documentJson(found->first, found->second));
}

ApiResult updatePolicy(DocumentStore& store, const ApiCall& call)
{
    auto target = store.parseTarget(call.body, true);
    if (!target) {
        return Unexpected{target.error()};
    }
    auto expected = integerField(call.body, QStringLiteral("expectedVersion"), Presence::Required, 0,
                                 std::numeric_limits<qint32>::max());
    if (!expected) {
        return Unexpected{expected.error()};
    }
    auto changes =
        policy::parseUpdate(call.body.value(QStringLiteral("policy")), target->level != DocumentLevel::Domain);
    if (!changes) {
        return Unexpected{changes.error()};
    }
    if (auto exists = store.requireTarget(*target); !exists) {
        return Unexpected{exists.error()};
    }
    auto transaction = Transaction::begin(store.db());
    if (!transaction) {
        return Unexpected{DocumentStore::systemError(transaction.error())};
    }
    auto current = store.loadAny(*target, policy::defaults(), call.nowMs);
    if (!current) {
        return Unexpected{current.error()};
    }
    const QString action = QStringLiteral("updatePolicy");
    const QString logTarget = store.logTarget(*target);
    if (current->version != **expected) {
        const QString conflict = QStringLiteral("POLICY.VERSION.CONFLICT");
        // Refused, and audited as refused: the administrator's intent is on record either way.
        if (auto logged = store.appendOperationLog(call.nowMs, action, logTarget, false,
                                                   remarkPrefix(store, *target) + policy::remark(*changes) +
                                                       QStringLiteral(",原因:") + conflict);
            !logged) {
            return Unexpected{logged.error()};
        }
        if (auto committed = transaction->commit(); !committed) {
            return Unexpected{DocumentStore::systemError(committed.error())};
        }
        return Unexpected{ApiError{code::BusinessFailure, conflict,
                                   QJsonObject{{QStringLiteral("currentVersion"), current->version}}}};
    }
    QList<policy::Change> effective;
    for (const policy::Change& change : *changes) {
        const QJsonValue before = policy::leaf(current->body, change.path);
        if (before != change.value && !(before.isUndefined() && change.value.isNull())) {
            effective.append(change);
        }
    }
    const StoredDocument updated{policy::apply(current->body, *changes), current->version + 1, call.nowMs};
    if (auto saved = store.save(*target, updated.body, updated.version, call.nowMs); !saved) {
        return Unexpected{saved.error()};
    }
    if (auto logged = store.appendOperationLog(call.nowMs, action, logTarget, true,
                                               remarkPrefix(store, *target) + policy::remark(effective));
        !logged) {
        return Unexpected{logged.error()};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{DocumentStore::systemError(committed.error())};
    }
    return QJsonValue(documentJson(*target, updated));
}

ApiResult getEffectivePolicy(DocumentStore& store, const ApiCall& call)
{
    auto accountName = DocumentStore::parseAccountName(call.body, QStringLiteral("accountName"));
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto unitId = store.accountUnit(*accountName);
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    auto domain = store.loadDomain(policy::defaults(), call.nowMs);
    auto unit = store.load(DocumentTarget{DocumentLevel::Unit, *unitId});
    auto account = store.load(DocumentTarget{DocumentLevel::Account, *accountName});
    for (const auto* loaded : {&domain, &unit, &account}) {
        if (!*loaded) {
            return Unexpected{loaded->error()};
        }
    }
    // Account over unit over domain, leaf by leaf; the domain document is complete, so every leaf has a value.
    QJsonObject merged;
    QJsonObject sources;
    for (const QString& path : policy::paths()) {
        QJsonValue value = policy::leaf(account->body, path);
        QString source = QStringLiteral("account");
        if (value.isUndefined()) {
            value = policy::leaf(unit->body, path);
            source = QStringLiteral("unit");
        }
        if (value.isUndefined()) {
            value = policy::leaf(domain->body, path);
            source = QStringLiteral("domain");
        }
        if (value.isUndefined()) {
            value = policy::leaf(policy::defaults(), path); // a field added to the contract after the domain was set
        }
        policy::setLeaf(merged, path, value);
        policy::setLeaf(sources, path, source);
    }
    return QJsonValue(QJsonObject{
        {QStringLiteral("accountName"), *accountName},
        {QStringLiteral("unitId"), *unitId},
        {QStringLiteral("policy"), merged},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("versions"), QJsonObject{{QStringLiteral("domain"), domain->version},
                                                 {QStringLiteral("unit"), unit->version},
                                                 {QStringLiteral("account"), account->version}}},
    });
}

} // namespace

void registerPolicyApis(SandboxServer& server, PlatformContext& context)
{
    auto store = std::make_shared<DocumentStore>(context, QStringLiteral("policy"));
    using Access = SandboxServer::Access;
    server.addApi(QStringLiteral("/api/open/delivery/policy/get"), Access::Token,
                  [store](const ApiCall& call) { return getPolicy(*store, call); });
    server.addApi(QStringLiteral("/api/open/delivery/policy/update"), Access::Token,
                  [store](const ApiCall& call) { return updatePolicy(*store, call); });
    server.addApi(QStringLiteral("/api/open/delivery/policy/getEffective"), Access::Token,
                  [store](const ApiCall& call) { return getEffectivePolicy(*store, call); });
}

} // namespace dm::sandbox
