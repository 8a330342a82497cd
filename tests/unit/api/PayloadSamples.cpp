#include "PayloadSamples.h"

#include "api/AccountReplyJson.h"
#include "api/LogJson.h"
#include "api/LoginRuleJson.h"
#include "api/PolicyJson.h"
#include "api/StatsJson.h"

namespace payloads {

namespace {

dm::Expected<dm::NumberedPage<dm::Account>, dm::ApiError> unitAccountPage(const QJsonValue& value)
{
    return dm::unitAccountPageFromJson(value, 2, 50);
}

} // namespace

const std::map<QString, Sample>& samples()
{
    static const std::map<QString, Sample> all = {
        {QStringLiteral("policyDomain"),
         {reading(&dm::policyDocumentFromJson),
          R"({"level": "domain", "targetId": "court.sandbox.test", "version": 2, "updatedAt": 1796100000000,
              "policy": {"externalMail": "receiveOnly", "visibleInAddressBook": false,
                         "allowedClients": ["webmail", "mailmaster"], "autoForward": false, "forceSms2fa": true,
                         "trustedBrowserDays": 7,
                         "password": {"minLength": 12, "requireClasses": 3, "expireDays": 90, "forbidSequential": true},
                         "abnormalLoginAlert": {"sms": true, "email": true}}})"}},
        {QStringLiteral("policyUnit"),
         {reading(&dm::policyDocumentFromJson),
          R"({"level": "unit", "targetId": "u-12", "policy": {"trustedBrowserDays": 30,
              "abnormalLoginAlert": {"email": false}}, "version": 2, "updatedAt": 1796100000000})"}},
        {QStringLiteral("effective"),
         {reading(&dm::effectivePolicyFromJson),
          R"({"accountName": "zhangsan", "unitId": "u-12",
              "policy": {"externalMail": "deny", "visibleInAddressBook": false, "allowedClients": ["webmail", "mailmaster"],
                         "autoForward": false, "forceSms2fa": true, "trustedBrowserDays": 0,
                         "password": {"minLength": 10, "requireClasses": 3, "expireDays": 30, "forbidSequential": true},
                         "abnormalLoginAlert": {"sms": true, "email": false}},
              "sources": {"externalMail": "domain", "visibleInAddressBook": "domain", "allowedClients": "domain",
                          "autoForward": "domain", "forceSms2fa": "domain", "trustedBrowserDays": "account",
                          "password": {"minLength": "domain", "requireClasses": "domain", "expireDays": "account",
                                       "forbidSequential": "domain"},
                          "abnormalLoginAlert": {"sms": "domain", "email": "unit"}},
              "versions": {"domain": 3, "unit": 2, "account": 1}})"}},
        {QStringLiteral("rules"),
         {reading(&dm::loginRuleDocumentFromJson),
          R"({"level": "account", "targetId": "aaa", "rules": [{"action": "allow", "kind": "region", "value": "衢州市"},
              {"action": "deny", "kind": "cidr", "value": "10.0.0.0/8"}], "defaultAction": "deny", "version": 1,
              "updatedAt": 1796100000000})"}},
        {QStringLiteral("domainRulesWithoutDefault"),
         {reading(&dm::loginRuleDocumentFromJson),
          R"({"level": "domain", "targetId": "court.sandbox.test", "rules": [], "defaultAction": null, "version": 1,
              "updatedAt": null})"}},
        {QStringLiteral("decision"),
         {reading(&dm::loginDecisionFromJson), R"({"action": "allow", "matchedRule": 0, "level": "domain"})"}},
        {QStringLiteral("operations"),
         {reading(&dm::operationPageFromJson),
          R"({"items": [
              {"id": 934, "time": 1795569317748, "operator": "admin@court.sandbox.test", "action": "createAccount",
               "target": "xiekaijian@court.sandbox.test", "result": "success",
               "remark": "帐号名称:xiekaijian@court.sandbox.test", "ip": "58.248.12.17"},
              {"id": 941, "time": 1795590211020, "operator": "admin@court.sandbox.test", "action": "createAccount",
               "target": "d4146860@court.sandbox.test", "result": "failure",
               "remark": "帐号名称:d4146860@court.sandbox.test,原因:ACCOUNT.EXIST", "ip": "58.248.12.40"}],
             "nextCursor": "dDoxNzk1NTkwMjExMDIwOjk0MQ"})"}},
        {QStringLiteral("logins"),
         {reading(&dm::loginPageFromJson),
          R"({"items": [{"id": 9188, "time": 1795588000123, "accountName": "chenhy", "method": "imap",
                         "ip": "110.155.20.31", "province": "新疆维吾尔自治区", "city": "乌鲁木齐市",
                         "result": "failure", "abnormal": true, "failReason": "loginRule"}],
             "nextCursor": null})"}},
        {QStringLiteral("mails"),
         {reading(&dm::mailPageFromJson),
          R"({"items": [{"id": 4675, "time": 1795566369592, "direction": "in",
                         "messageId": "mwvdutrs.636205ca5074514e@court.sandbox.test",
                         "subject": "关于(2026)粤0104民初935号案件的民事判决书",
                         "sender": "minyiclerk01@court.sandbox.test", "recipient": "liuping@court.sandbox.test",
                         "status": "received", "readAt": 1795645787006, "readClient": "wechat",
                         "updatedAt": 1795645787006},
                        {"id": 4676, "time": 1795566369600, "direction": "out", "messageId": "x@court.sandbox.test",
                         "subject": "回复：关于", "sender": "liuping@court.sandbox.test",
                         "recipient": "minyiclerk01@court.sandbox.test", "status": "bounced", "readAt": null,
                         "readClient": null, "updatedAt": 1795566369600}],
             "nextCursor": "dToxNzk1NjQ1Nzg3MDA2OjQ2NzU"})"}},
        {QStringLiteral("funnel"),
         {reading(&dm::activationFunnelFromJson),
          R"({"created": 96, "smsSent": 96, "firstLogin": 81, "activated": 78})"}},
        {QStringLiteral("daily"),
         {reading(&dm::mailDailyFromJson),
          R"({"items": [{"date": "2026-11-21", "sent": 70, "delivered": 68, "read": 52},
                        {"date": "2026-11-22", "sent": 9, "delivered": 9, "read": 7}]})"}},
        {QStringLiteral("count"), {reading(&dm::logCountFromJson), R"({"count": 188})"}},
        {QStringLiteral("resetReturn"),
         {reading(&dm::passwordResetFromJson),
          R"({"accountName": "zhangsan", "delivery": "return", "passChangeFirstLogin": 1, "updatedAt": 1767229600000,
              "password": "Wm4#tq9KzP!x7bRe"})"}},
        {QStringLiteral("resetSms"),
         {reading(&dm::passwordResetFromJson),
          R"({"accountName": "zhangsan", "delivery": "sms", "passChangeFirstLogin": 1, "updatedAt": 1767229600000,
              "smsSentAt": 1767229600000})"}},
        {QStringLiteral("unitAccounts"),
         {reading(&unitAccountPage),
          R"({"items": [{"accountName": "lisi", "address": "lisi@court.sandbox.test", "name": "李四", "jobNumber": "",
                         "idNumber": "", "mobile": "13900139000", "unitId": "u-3", "status": "enabled",
                         "visibleInAddr": false, "passChangeFirstLogin": 1, "createdAt": 1767225600000,
                         "updatedAt": 1767225600000,
                         "activation": {"state": "smsSent", "smsSentAt": 1767225600000, "firstLoginAt": null,
                                        "activatedAt": null, "reminderCount": 0}}],
             "total": 51, "pageNum": 2, "pageSize": 50})"}},
        {QStringLiteral("activation"),
         {reading(&dm::activationReplyFromJson),
          R"({"accountName": "zhangsan", "state": "firstLogin", "smsSentAt": 1767225600000,
              "firstLoginAt": 1767312000000, "activatedAt": null, "reminderCount": 1})"}},
    };
    return all;
}

} // namespace payloads
