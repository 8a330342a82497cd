#include "api/LoginRuleService.h"

#include "api/LoginRuleJson.h"
#include "api/PlatformClient.h"
#include "api/ServiceCall.h"
#include "api/VersionedCall.h"

namespace dm {
namespace {

const QString kGet = QStringLiteral("/api/open/delivery/loginRule/get");
const QString kUpdate = QStringLiteral("/api/open/delivery/loginRule/update");
const QString kEvaluate = QStringLiteral("/api/open/delivery/loginRule/evaluate");

// The platform trims rule values before it checks and stores them; compare what it will have stored.
QList<LoginRule> trimmed(QList<LoginRule> rules)
{
    for (LoginRule& rule : rules) {
        rule.value = rule.value.trimmed();
    }
    return rules;
}

bool showsChange(const LoginRuleDocument& document, const LoginRuleUpdate& change)
{
    if (change.rules && document.rules != trimmed(*change.rules)) {
        return false;
    }
    switch (change.defaultChange) {
    case LoginRuleUpdate::DefaultChange::Keep:
        return true;
    case LoginRuleUpdate::DefaultChange::Set:
        return document.defaultAction == change.defaultAction;
    case LoginRuleUpdate::DefaultChange::FollowDomain:
        return !document.defaultAction.has_value();
    }
    return false;
}

// The document a call names; at domain level an empty targetId means the profile's domain.
QJsonObject target(const PlatformClient& client, LoginRuleLevel level, const QString& targetId)
{
    const QString id = level == LoginRuleLevel::Domain && targetId.isEmpty() ? client.settings().domain : targetId;
    return QJsonObject{{QStringLiteral("level"), toString(level)}, {QStringLiteral("targetId"), id}};
}

} // namespace

LoginRuleService::LoginRuleService(PlatformClient& client)
    : m_client(client)
{}

void LoginRuleService::get(LoginRuleLevel level, const QString& targetId, QObject* context,
                           Done<LoginRuleDocument> done)
{
    m_client.call(kGet, target(m_client, level, targetId), {}, context,
                  parsedReply<LoginRuleDocument>(&loginRuleDocumentFromJson, std::move(done)));
}

void LoginRuleService::update(const LoginRuleUpdate& change, QObject* context, UpdateDone<LoginRuleDocument> done)
{
    VersionedCall<LoginRuleDocument> call;
    call.updatePath = kUpdate;
    call.getPath = kGet;
    call.getBody = target(m_client, change.level, change.targetId);
    call.updateBody = call.getBody;
    call.updateBody.insert(QStringLiteral("expectedVersion"), change.expectedVersion);
    if (change.rules) {
        call.updateBody.insert(QStringLiteral("rules"), loginRulesToJson(*change.rules));
    }
    switch (change.defaultChange) {
    case LoginRuleUpdate::DefaultChange::Keep:
        break;
    case LoginRuleUpdate::DefaultChange::Set:
        call.updateBody.insert(QStringLiteral("defaultAction"), toString(change.defaultAction));
        break;
    case LoginRuleUpdate::DefaultChange::FollowDomain:
        call.updateBody.insert(QStringLiteral("defaultAction"), QJsonValue(QJsonValue::Null));
        break;
    }
    call.conflictMessage = QStringLiteral("LOGINRULE.VERSION.CONFLICT");
    call.parse = &loginRuleDocumentFromJson;
    call.isOurChange = [change](const LoginRuleDocument& document) { return showsChange(document, change); };
    call.expectedVersion = change.expectedVersion;
    versionedUpdate<LoginRuleDocument>(m_client, std::move(call), context, std::move(done));
}

void LoginRuleService::evaluate(const QString& accountName, const QString& ip, const QString& region, QObject* context,
                                Done<LoginDecision> done)
{
    QJsonObject body{{QStringLiteral("accountName"), accountName}, {QStringLiteral("ip"), ip}};
    if (!region.isEmpty()) {
        body.insert(QStringLiteral("region"), region);
    }
    m_client.call(kEvaluate, body, {}, context, parsedReply<LoginDecision>(&loginDecisionFromJson, std::move(done)));
}

} // namespace dm
