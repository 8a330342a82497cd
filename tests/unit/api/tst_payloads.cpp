#include "PayloadSamples.h"
#include "api/AccountReplyJson.h"
#include "api/LogFilters.h"
#include "api/LogJson.h"
#include "api/LoginRuleJson.h"
#include "api/PolicyJson.h"
#include "api/StatsJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <map>
#include <optional>

using namespace dm;
using namespace payloads;

namespace {

QJsonValue parseSample(const QString& name)
{
    return QJsonDocument::fromJson(QByteArray(samples().at(name).json)).object();
}

// Replaces (or, without a replacement, removes) the value at a dotted path; numbers index arrays; "" is the root.
QJsonValue mutate(const QJsonValue& node, QStringList path, const std::optional<QJsonValue>& replacement)
{
    if (path.isEmpty()) {
        return replacement.value_or(QJsonValue(QJsonValue::Undefined));
    }
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty() && !replacement) {
            array.removeAt(index);
        } else {
            array[index] = mutate(array.at(index), path, replacement);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && !replacement) {
        object.remove(head);
    } else {
        object.insert(head, mutate(object.value(head), path, replacement));
    }
    return object;
}

const QJsonValue kRemove(QJsonValue::Undefined); // a marker in the table: remove the field
const QJsonValue kNull(QJsonValue::Null);
const QJsonValue kHuge(1e300);
const QJsonValue kBeyondExact(9007199254740993.0); // 2^53 + 1: not exact as a double any more

} // namespace

// Every parser of the newer endpoints, fed malformed answers: each gives one Protocol error naming the field's path,
// never a crash, a guess or a value from the answer.
class TestPayloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformed_data();
    void malformed();
    void validSamplesParse();
    void policyValuesAreRead();
    void logRecordsAreRead();
    void policyChangeIsNestedWithNulls();
    void logWindowIsCheckedLikeThePlatform();
    void logFiltersBecomeRequestFields();
};

void TestPayloads::malformed_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("replacement");
    QTest::addColumn<QString>("expected"); // empty: still valid

    const auto row = [](const char* sample, const char* path, const QJsonValue& replacement, const char* expected) {
        QTest::addRow("%s %s -> %s", sample, path, expected)
            << QString::fromLatin1(sample) << QString::fromLatin1(path) << replacement << QString::fromLatin1(expected);
    };
    // Policy documents.
    row("policyDomain", "", QJsonArray(), "policyDocument.(object)");
    row("policyDomain", "", kNull, "policyDocument.(object)");
    row("policyDomain", "level", kRemove, "policyDocument.level");
    row("policyDomain", "level", QStringLiteral("region"), "policyDocument.level");
    row("policyDomain", "targetId", 5, "policyDocument.targetId");
    row("policyDomain", "version", QStringLiteral("2"), "policyDocument.version");
    row("policyDomain", "version", kHuge, "policyDocument.version");
    row("policyDomain", "version", kBeyondExact, "policyDocument.version");
    row("policyDomain", "version", -1, "policyDocument.version");
    row("policyDomain", "version", 1.5, "policyDocument.version");
    row("policyDomain", "updatedAt", kRemove, "policyDocument.updatedAt");
    row("policyDomain", "updatedAt", kNull, "");
    row("policyDomain", "updatedAt", QStringLiteral("yesterday"), "policyDocument.updatedAt");
    row("policyDomain", "policy", kNull, "policyDocument.policy");
    row("policyDomain", "policy", QJsonArray(), "policyDocument.policy");
    row("policyDomain", "policy.externalMail", QStringLiteral("bogus"), "policyDocument.policy.externalMail");
    row("policyDomain", "policy.externalMail", kNull, "policyDocument.policy.externalMail");
    row("policyDomain", "policy.visibleInAddressBook", QStringLiteral("false"),
        "policyDocument.policy.visibleInAddressBook");
    row("policyDomain", "policy.trustedBrowserDays", kHuge, "policyDocument.policy.trustedBrowserDays");
    row("policyDomain", "policy.trustedBrowserDays", 91, "policyDocument.policy.trustedBrowserDays");
    row("policyDomain", "policy.trustedBrowserDays", kRemove, "policyDocument.policy.trustedBrowserDays");
    row("policyDomain", "policy.password", kNull, "policyDocument.policy.password");
    row("policyDomain", "policy.password", QStringLiteral("strong"), "policyDocument.policy.password");
    row("policyDomain", "policy.password.minLength", 7, "policyDocument.policy.password.minLength");
    row("policyDomain", "policy.password.minLength", kNull, "policyDocument.policy.password.minLength");
    row("policyDomain", "policy.password.requireClasses", 5, "policyDocument.policy.password.requireClasses");
    row("policyDomain", "policy.password.expireDays", -1, "policyDocument.policy.password.expireDays");
    row("policyDomain", "policy.abnormalLoginAlert.email", kRemove, "policyDocument.policy.abnormalLoginAlert.email");
    row("policyDomain", "policy.allowedClients", QJsonArray(), "policyDocument.policy.allowedClients");
    row("policyDomain", "policy.allowedClients", QJsonArray{QStringLiteral("webmail"), QStringLiteral("fax")},
        "policyDocument.policy.allowedClients");
    row("policyDomain", "policy.allowedClients", QJsonArray{QStringLiteral("webmail"), QStringLiteral("webmail")},
        "policyDocument.policy.allowedClients");
    row("policyDomain", "policy.allowedClients", QJsonArray{1}, "policyDocument.policy.allowedClients");
    row("policyDomain", "policy.allowedClients", QJsonArray{kNull}, "policyDocument.policy.allowedClients");
    row("policyDomain", "policy.futureField", true, "");         // unknown keys: ignored
    row("policyUnit", "policy.trustedBrowserDays", kRemove, ""); // a level's document is partial
    row("policyUnit", "policy.abnormalLoginAlert", kNull, "policyDocument.policy.abnormalLoginAlert");
    row("policyUnit", "policy.abnormalLoginAlert.email", QStringLiteral("no"),
        "policyDocument.policy.abnormalLoginAlert.email");
    // The effective policy.
    row("effective", "accountName", kRemove, "effectivePolicy.accountName");
    row("effective", "policy.autoForward", kRemove, "effectivePolicy.policy.autoForward");
    row("effective", "sources", kNull, "effectivePolicy.sources");
    row("effective", "sources.password.expireDays", QStringLiteral("building"),
        "effectivePolicy.sources.password.expireDays");
    row("effective", "sources.abnormalLoginAlert", kRemove, "effectivePolicy.sources.abnormalLoginAlert.sms");
    row("effective", "sources.trustedBrowserDays", 1, "effectivePolicy.sources.trustedBrowserDays");
    row("effective", "versions.unit", QStringLiteral("2"), "effectivePolicy.versions.unit");
    row("effective", "versions.domain", kHuge, "effectivePolicy.versions.domain");
    // Login rules.
    row("rules", "level", QStringLiteral("unit"), "loginRuleDocument.level");
    row("rules", "rules", kNull, "loginRuleDocument.rules");
    row("rules", "rules.0", QStringLiteral("allow all"), "loginRuleDocument.rules[0].(object)");
    row("rules", "rules.1", kNull, "loginRuleDocument.rules[1].(object)");
    row("rules", "rules.1.action", QStringLiteral("block"), "loginRuleDocument.rules[1].action");
    row("rules", "rules.1.kind", kNull, "loginRuleDocument.rules[1].kind");
    row("rules", "rules.0.value", 5, "loginRuleDocument.rules[0].value");
    row("rules", "defaultAction", kRemove, "loginRuleDocument.defaultAction");
    row("rules", "defaultAction", kNull, ""); // the account follows the domain
    row("rules", "defaultAction", QStringLiteral("maybe"), "loginRuleDocument.defaultAction");
    row("domainRulesWithoutDefault", "version", 1, "loginRuleDocument.defaultAction");
    row("decision", "action", QStringLiteral("maybe"), "loginDecision.action");
    row("decision", "matchedRule", kRemove, "loginDecision.matchedRule");
    row("decision", "matchedRule", kNull, "");
    row("decision", "matchedRule", -1, "loginDecision.matchedRule");
    row("decision", "matchedRule", kHuge, "loginDecision.matchedRule");
    row("decision", "matchedRule", QStringLiteral("0"), "loginDecision.matchedRule");
    row("decision", "level", QStringLiteral("unit"), "loginDecision.level");
    // Log pages.
    row("operations", "items", kNull, "operationPage.items");
    row("operations", "items", QJsonObject(), "operationPage.items");
    row("operations", "nextCursor", kRemove, "operationPage.nextCursor");
    row("operations", "nextCursor", QString(), "operationPage.nextCursor");
    row("operations", "nextCursor", 5, "operationPage.nextCursor");
    row("operations", "items.1", kNull, "operationPage.items[1].(object)");
    row("operations", "items.1", 7, "operationPage.items[1].(object)");
    row("operations", "items.0.id", kHuge, "operationPage.items[0].id");
    row("operations", "items.0.id", -5, "operationPage.items[0].id");
    row("operations", "items.0.time", QStringLiteral("x"), "operationPage.items[0].time");
    row("operations", "items.0.operator", kNull, "operationPage.items[0].operator");
    row("operations", "items.1.result", QStringLiteral("partial"), "operationPage.items[1].result");
    row("operations", "items.1.remark", kRemove, "operationPage.items[1].remark");
    row("operations", "items.1.action", QStringLiteral("brandNewAction"), ""); // an open set
    row("logins", "items.0.method", QStringLiteral("telnet"), "loginPage.items[0].method");
    row("logins", "items.0.abnormal", QStringLiteral("true"), "loginPage.items[0].abnormal");
    row("logins", "items.0.province", kNull, "loginPage.items[0].province");
    row("logins", "items.0.result", kRemove, "loginPage.items[0].result");
    row("mails", "items.0.direction", QStringLiteral("sideways"), "mailPage.items[0].direction");
    row("mails", "items.1.status", QStringLiteral("lost"), "mailPage.items[1].status");
    row("mails", "items.0.readClient", QStringLiteral("outlook"), "mailPage.items[0].readClient");
    row("mails", "items.0.readAt", kRemove, "mailPage.items[0].readAt");
    row("mails", "items.0.readAt", kNull, "mailPage.items[0].readClient"); // set together or not at all
    row("mails", "items.1.readAt", 1795645787006.0, "mailPage.items[1].readClient");
    row("mails", "items.0.updatedAt", kBeyondExact, "mailPage.items[0].updatedAt");
    row("mails", "items.1.subject", QJsonObject(), "mailPage.items[1].subject");
    // Statistics.
    row("funnel", "", QStringLiteral("x"), "activationFunnel.(object)");
    row("funnel", "activated", kRemove, "activationFunnel.activated");
    row("funnel", "created", -1, "activationFunnel.created");
    row("funnel", "smsSent", 1.5, "activationFunnel.smsSent");
    row("funnel", "firstLogin", kHuge, "activationFunnel.firstLogin");
    row("daily", "items", kNull, "mailDaily.items");
    row("daily", "items.0", 5, "mailDaily.items[0].(object)");
    row("daily", "items.0.date", QStringLiteral("2026-13-01"), "mailDaily.items[0].date");
    row("daily", "items.0.date", QStringLiteral("21/11/2026"), "mailDaily.items[0].date");
    row("daily", "items.1.date", QStringLiteral("2026-11-24"), "mailDaily.items[1].date"); // a gap
    row("daily", "items.1.date", QStringLiteral("2026-11-21"), "mailDaily.items[1].date"); // a repeat
    row("daily", "items.1.sent", kNull, "mailDaily.items[1].sent");
    row("daily", "items.1.read", kHuge, "mailDaily.items[1].read");
    row("count", "", kNull, "logCount.(object)");
    row("count", "count", QStringLiteral("188"), "logCount.count");
    row("count", "count", -1, "logCount.count");
    row("count", "count", kHuge, "logCount.count");
    row("count", "count", kRemove, "logCount.count");
    // Account answers.
    row("resetReturn", "delivery", QStringLiteral("email"), "passwordReset.delivery");
    row("resetReturn", "password", kRemove, "passwordReset.password");
    row("resetReturn", "password", QString(), "passwordReset.password");
    row("resetReturn", "password", 12345678, "passwordReset.password");
    row("resetReturn", "passChangeFirstLogin", 3, "passwordReset.passChangeFirstLogin");
    row("resetReturn", "updatedAt", QStringLiteral("x"), "passwordReset.updatedAt");
    row("resetReturn", "accountName", kNull, "passwordReset.accountName");
    row("resetSms", "smsSentAt", kRemove, "passwordReset.smsSentAt");
    row("resetSms", "smsSentAt", kHuge, "passwordReset.smsSentAt");
    row("unitAccounts", "items", kRemove, "unitAccountPage.list");
    row("unitAccounts", "items.0", QStringLiteral("lisi"), "unitAccountPage.list[0]");
    row("unitAccounts", "items.0.status", QStringLiteral("archived"), "account.status");
    row("unitAccounts", "items.0.createdAt", kHuge, "account.createdAt");
    row("unitAccounts", "items.0.passChangeFirstLogin", 9, "account.passChangeFirstLogin");
    row("unitAccounts", "items.0.activation", QStringLiteral("activated"), "account.activation");
    row("unitAccounts", "items.0.activation.state", QStringLiteral("sleeping"), "account.activation.state");
    row("unitAccounts", "items.0.activation.reminderCount", kHuge, "account.activation.reminderCount");
    row("unitAccounts", "total", QStringLiteral("many"), "unitAccountPage.count");
    row("unitAccounts", "pageNum", 0, "unitAccountPage.pageNum");
    row("unitAccounts", "pageSize", 5000, "unitAccountPage.pageSize");
    row("unitAccounts", "pageSize", 0, "unitAccountPage.pageSize");
    row("activation", "accountName", kRemove, "activation.accountName");
    row("activation", "state", QStringLiteral("sleeping"), "activation.state");
    row("activation", "smsSentAt", kHuge, "activation.smsSentAt");
    row("activation", "reminderCount", QStringLiteral("1"), "activation.reminderCount");
}

void TestPayloads::malformed()
{
    QFETCH(QString, sample);
    QFETCH(QString, path);
    QFETCH(QJsonValue, replacement);
    QFETCH(QString, expected);

    const QStringList steps = path.isEmpty() ? QStringList() : path.split(QLatin1Char('.'));
    const std::optional<QJsonValue> value =
        replacement.isUndefined() ? std::nullopt : std::optional<QJsonValue>(replacement);
    const QJsonValue broken = mutate(parseSample(sample), steps, value);
    const std::optional<ApiError> error = samples().at(sample).parse(broken);
    if (expected.isEmpty()) {
        QVERIFY2(!error, error ? qPrintable(error->detail) : "");
        return;
    }
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::Protocol);
    QVERIFY2(error->detail.contains(expected), qPrintable(error->detail));
    // The error names where, never what: no value of the answer appears in it.
    for (const char* secret : {"Wm4#tq9KzP!x7bRe", "13900139000", "zhangsan", "lisi", "bogus", "telnet", "sleeping"}) {
        QVERIFY2(!error->detail.contains(QLatin1String(secret)), qPrintable(error->detail));
    }
    QVERIFY(error->platformMessage.isEmpty());
}

void TestPayloads::validSamplesParse()
{
    for (const auto& [name, sample] : samples()) {
        if (name == QLatin1String("domainRulesWithoutDefault")) {
            QVERIFY(sample.parse(parseSample(name)).has_value()); // the domain always has a default
            continue;
        }
        const auto error = sample.parse(parseSample(name));
        QVERIFY2(!error, qPrintable(name + QLatin1Char(' ') + (error ? error->detail : QString())));
    }
}

void TestPayloads::policyValuesAreRead()
{
    const auto domain = policyDocumentFromJson(parseSample(QStringLiteral("policyDomain")));
    QVERIFY(domain);
    QVERIFY(domain->level == PolicyLevel::Domain);
    QCOMPARE(domain->version, 2);
    QCOMPARE(*domain->updatedAt, 1796100000000);
    QVERIFY(domain->policy.isComplete());
    QVERIFY(domain->policy.externalMail == ExternalMailMode::ReceiveOnly);
    QVERIFY(*domain->policy.allowedClients == (QList<MailClient>{MailClient::Webmail, MailClient::Mailmaster}));
    QCOMPARE(*domain->policy.password.minLength, 12);

    const auto unit = policyDocumentFromJson(parseSample(QStringLiteral("policyUnit")));
    QVERIFY(unit);
    DeliveryPolicy expected;
    expected.trustedBrowserDays = 30;
    expected.abnormalLoginAlert.email = false;
    QVERIFY(unit->policy == expected); // only what the level sets

    const auto effective = effectivePolicyFromJson(parseSample(QStringLiteral("effective")));
    QVERIFY(effective);
    QVERIFY(effective->sources.of(PolicyField::TrustedBrowserDays) == PolicyLevel::Account);
    QVERIFY(effective->sources.of(PolicyField::PasswordExpireDays) == PolicyLevel::Account);
    QVERIFY(effective->sources.of(PolicyField::AlertEmail) == PolicyLevel::Unit);
    QVERIFY(effective->sources.of(PolicyField::ExternalMail) == PolicyLevel::Domain);
    QCOMPARE(effective->versions.domain, 3);
    QCOMPARE(effective->versions.unit, 2);
    QCOMPARE(effective->versions.account, 1);

    const auto rules = loginRuleDocumentFromJson(parseSample(QStringLiteral("rules")));
    QVERIFY(rules);
    QCOMPARE(rules->rules.size(), 2);
    QVERIFY((rules->rules.at(1) == LoginRule{LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral("10.0.0.0/8")}));
    QVERIFY(rules->defaultAction == LoginAction::Deny);
    const auto byDefault =
        loginDecisionFromJson(mutate(parseSample(QStringLiteral("decision")), {QStringLiteral("matchedRule")}, kNull));
    QVERIFY(byDefault);
    QVERIFY(!byDefault->matchedRule);
}

void TestPayloads::logRecordsAreRead()
{
    const auto mails = mailPageFromJson(parseSample(QStringLiteral("mails")));
    QVERIFY(mails);
    QCOMPARE(mails->items.size(), 2);
    QCOMPARE(*mails->nextCursor, QStringLiteral("dToxNzk1NjQ1Nzg3MDA2OjQ2NzU"));
    const MailRecord& read = mails->items.at(0);
    QVERIFY(read.direction == MailDirection::In && read.status == MailStatus::Received);
    QVERIFY(read.readClient == ReadClient::Wechat);
    QCOMPARE(*read.readAt, 1795645787006);
    const MailRecord& reply = mails->items.at(1);
    QVERIFY(reply.direction == MailDirection::Out && reply.status == MailStatus::Bounced);
    QVERIFY(!reply.readAt && !reply.readClient);

    const auto logins = loginPageFromJson(parseSample(QStringLiteral("logins")));
    QVERIFY(logins);
    QVERIFY(!logins->nextCursor); // null: the last page
    QVERIFY(logins->items.at(0).method == LoginMethod::Imap && logins->items.at(0).abnormal);
    QVERIFY(logins->items.at(0).failReason == LoginFailReason::LoginRule);

    const auto operations = operationPageFromJson(parseSample(QStringLiteral("operations")));
    QVERIFY(operations);
    QCOMPARE(operations->items.at(1).operatorAddress, QStringLiteral("admin@court.sandbox.test"));
    QVERIFY(operations->items.at(1).result == LogResult::Failure);

    const auto daily = mailDailyFromJson(parseSample(QStringLiteral("daily")));
    QVERIFY(daily);
    QCOMPARE(daily->at(1).date, QDate(2026, 11, 22));
    QCOMPARE(daily->at(0).read, 52);

    const auto reset = passwordResetFromJson(parseSample(QStringLiteral("resetReturn")));
    QVERIFY(reset);
    QCOMPARE(reset->password, QStringLiteral("Wm4#tq9KzP!x7bRe"));
    QVERIFY(!reset->smsSentAt && !reset->reconciled);
    const auto page = unitAccountPageFromJson(parseSample(QStringLiteral("unitAccounts")), 2, 50);
    QVERIFY(page);
    QCOMPARE(page->total, 51);
    QCOMPARE(page->pageNum, 2);
    QCOMPARE(page->items.at(0).accountName, QStringLiteral("lisi"));
}

void TestPayloads::policyChangeIsNestedWithNulls()
{
    DeliveryPolicy set;
    set.externalMail = ExternalMailMode::ReceiveOnly;
    set.allowedClients = QList<MailClient>{MailClient::Smtp, MailClient::Webmail};
    set.password.minLength = 12;
    const QJsonObject change =
        policyChangeToJson(set, {PolicyField::PasswordExpireDays, PolicyField::AlertSms, PolicyField::AutoForward});
    const QJsonObject expected = QJsonDocument::fromJson(R"({"externalMail": "receiveOnly",
        "allowedClients": ["webmail", "smtp"], "autoForward": null,
        "password": {"minLength": 12, "expireDays": null}, "abnormalLoginAlert": {"sms": null}})")
                                     .object();
    QCOMPARE(change, expected);
    QVERIFY(policyChangeToJson(DeliveryPolicy(), {}).isEmpty());
}

void TestPayloads::logWindowIsCheckedLikeThePlatform()
{
    constexpr qint64 start = 1795190400000;
    QVERIFY(!checkLogWindow({start, start + 1}));
    QVERIFY(!checkLogWindow({start, start + kMaxLogWindowMs})); // exactly 31 days
    const struct
    {
        LogWindow window;
        const char* message;
    } refused[] = {
        {{start, start + kMaxLogWindowMs + 1}, "PARAM.INVALID:endTime:window"},
        {{start, start}, "PARAM.INVALID:endTime:range"},
        {{start, start - 1}, "PARAM.INVALID:endTime:range"},
        {{-1, start}, "PARAM.INVALID:startTime:range"},
        {{0, -5}, "PARAM.INVALID:endTime:range"},
        {{std::numeric_limits<qint64>::max() - 1, std::numeric_limits<qint64>::max()}, "PARAM.INVALID:startTime:range"},
        {{std::numeric_limits<qint64>::min(), start}, "PARAM.INVALID:startTime:range"},
    };
    for (const auto& c : refused) {
        const auto error = checkLogWindow(c.window);
        QVERIFY2(error.has_value(), c.message);
        QCOMPARE(error->kind, ApiError::Kind::Validation);
        QCOMPARE(error->platformMessage, QLatin1String(c.message));
        QCOMPARE(error->platformCode, 0);
    }
}

void TestPayloads::logFiltersBecomeRequestFields()
{
    const LogWindow window{1, 2};
    QCOMPARE(logQueryBody(window, OperationFilter{}),
             (QJsonObject{{QStringLiteral("startTime"), 1}, {QStringLiteral("endTime"), 2}}));
    LoginFilter logins;
    logins.method = LoginMethod::Mailmaster;
    logins.result = LogResult::Failure;
    logins.abnormal = false;
    logins.ipPrefix = QStringLiteral("58.248.");
    QCOMPARE(logQueryBody(window, logins), QJsonDocument::fromJson(R"({"startTime": 1, "endTime": 2,
        "method": "mailmaster", "result": "failure", "abnormal": false, "ipPrefix": "58.248."})")
                                               .object());
    MailFilter mails;
    mails.status = MailStatus::Intercepted;
    mails.read = true;
    mails.orderBy = MailOrder::UpdatedAt;
    QJsonObject body = logQueryBody(window, mails);
    addPaging(body, PageRequest{50, QStringLiteral("abc")});
    QCOMPARE(body, QJsonDocument::fromJson(R"({"startTime": 1, "endTime": 2, "status": "intercepted", "read": true,
        "orderBy": "updatedAt", "pageSize": 50, "cursor": "abc"})")
                       .object());
}

QTEST_GUILESS_MAIN(TestPayloads)
#include "tst_payloads.moc"
