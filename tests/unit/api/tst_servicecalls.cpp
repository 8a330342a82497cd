#include "ServiceCallSupport.h"
#include "api/AccountService.h"
#include "api/LogService.h"
#include "api/LoginRuleService.h"
#include "api/PolicyService.h"
#include "api/UnitService.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace dm;

using namespace servicecalls;

// The services' own logic over canned answers: what they send, and what they do after an ambiguous failure
// (resetPassword has its own file, tst_resetpassword).
class TestServiceCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ambiguousPolicyUpdateThatHappenedIsNotRepeated();
    void ambiguousPolicyUpdateThatDidNotHappenIsSentAgain();
    void policyConflictCarriesTheCurrentDocument();
    void ambiguousLoginRuleUpdateComparesTrimmedValues();
    void longWindowsAreRefusedWithoutARequest();
    void malformedAnswerIsAProtocolError();
    void ambiguousUnitDeleteIsReconciled();
    void ambiguousRecoverIsReconciled();

private:
    std::unique_ptr<PlatformClient> client(std::shared_ptr<Script> script);

    FakeAccessManager* m_fake = nullptr;
};

std::unique_ptr<PlatformClient> TestServiceCalls::client(std::shared_ptr<Script> script)
{
    return makeClient(std::move(script), &m_fake);
}

void TestServiceCalls::ambiguousPolicyUpdateThatHappenedIsNotRepeated()
{
    auto script = std::make_shared<Script>();
    script->answers[kPolicyUpdate] = {dropped()};
    script->answers[kPolicyGet] = {FakeAnswer::ok(
        policyDocument(2, QJsonObject{{QStringLiteral("trustedBrowserDays"), 30},
                                      {QStringLiteral("allowedClients"),
                                       QJsonArray{QStringLiteral("webmail"), QStringLiteral("smtp")}}}))};
    auto platform = client(script);
    PolicyService service(*platform);
    PolicyUpdate change;
    change.level = PolicyLevel::Unit;
    change.targetId = QStringLiteral("u-1");
    change.expectedVersion = 1;
    change.set.trustedBrowserDays = 30;
    change.set.allowedClients = QList<MailClient>{MailClient::Smtp, MailClient::Webmail};
    change.inherit = {PolicyField::AutoForward};
    Result<PolicyDocument, UpdateError<PolicyDocument>> result;
    service.update(change, nullptr, result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY(*result.value);
    QCOMPARE(result.value->value().version, 2);
    QCOMPARE(m_fake->count(kPolicyUpdate), 1);
    const QJsonObject sent = m_fake->seen().at(1).body;
    QCOMPARE(sent.value(QStringLiteral("expectedVersion")).toInteger(), 1);
    QVERIFY(sent.value(QStringLiteral("policy")).toObject().value(QStringLiteral("autoForward")).isNull());
}

void TestServiceCalls::ambiguousPolicyUpdateThatDidNotHappenIsSentAgain()
{
    auto script = std::make_shared<Script>();
    const QJsonObject applied{{QStringLiteral("trustedBrowserDays"), 30}};
    script->answers[kPolicyUpdate] = {dropped(), FakeAnswer::ok(policyDocument(2, applied))};
    script->answers[kPolicyGet] = {FakeAnswer::ok(policyDocument(1, QJsonObject{}))};
    auto platform = client(script);
    PolicyService service(*platform);
    PolicyUpdate change;
    change.level = PolicyLevel::Unit;
    change.targetId = QStringLiteral("u-1");
    change.expectedVersion = 1;
    change.set.trustedBrowserDays = 30;
    Result<PolicyDocument, UpdateError<PolicyDocument>> result;
    service.update(change, nullptr, result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY(*result.value);
    QCOMPARE(*result.value->value().policy.trustedBrowserDays, 30);
    QCOMPARE(m_fake->count(kPolicyUpdate), 2);
}

void TestServiceCalls::policyConflictCarriesTheCurrentDocument()
{
    auto script = std::make_shared<Script>();
    script->answers[kPolicyUpdate] = {FakeAnswer::platformError(-3, QStringLiteral("POLICY.VERSION.CONFLICT"),
                                                                {{QStringLiteral("currentVersion"), 4}})};
    script->answers[kPolicyGet] = {
        FakeAnswer::ok(policyDocument(4, QJsonObject{{QStringLiteral("autoForward"), true}}))};
    auto platform = client(script);
    PolicyService service(*platform);
    PolicyUpdate change;
    change.level = PolicyLevel::Unit;
    change.targetId = QStringLiteral("u-1");
    change.expectedVersion = 3;
    change.set.autoForward = false;
    Result<PolicyDocument, UpdateError<PolicyDocument>> result;
    service.update(change, nullptr, result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY(!*result.value);
    const UpdateError<PolicyDocument>& error = result.value->error();
    QCOMPARE(error.kind, ApiError::Kind::Conflict);
    QCOMPARE(error.platformMessage, QStringLiteral("POLICY.VERSION.CONFLICT"));
    QVERIFY(error.current);
    QCOMPARE(error.current->version, 4);
    QCOMPARE(*error.current->policy.autoForward, true);
    QCOMPARE(m_fake->count(kPolicyUpdate), 1); // a conflict is never retried
}

void TestServiceCalls::ambiguousLoginRuleUpdateComparesTrimmedValues()
{
    auto script = std::make_shared<Script>();
    script->answers[kRulesUpdate] = {dropped()};
    script->answers[kRulesGet] = {FakeAnswer::ok(
        ruleDocument(6, QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("deny")},
                                               {QStringLiteral("kind"), QStringLiteral("cidr")},
                                               {QStringLiteral("value"), QStringLiteral("10.0.0.0/8")}}}))};
    auto platform = client(script);
    LoginRuleService service(*platform);
    LoginRuleUpdate change;
    change.expectedVersion = 5;
    change.rules = QList<LoginRule>{{LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral(" 10.0.0.0/8 ")}};
    change.defaultChange = LoginRuleUpdate::DefaultChange::Set;
    change.defaultAction = LoginAction::Deny;
    Result<LoginRuleDocument, UpdateError<LoginRuleDocument>> result;
    service.update(change, nullptr, result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY(*result.value);
    QCOMPARE(result.value->value().version, 6);
    QCOMPARE(m_fake->count(kRulesUpdate), 1);
    QCOMPARE(m_fake->seen().at(1).body.value(QStringLiteral("targetId")).toString(), QStringLiteral("court.test"));
}

void TestServiceCalls::longWindowsAreRefusedWithoutARequest()
{
    auto script = std::make_shared<Script>();
    auto platform = client(script);
    LogService logs(*platform);
    Result<KeysetPage<LoginRecord>> result;
    logs.queryLogins({0, kMaxLogWindowMs + 1}, {}, {}, nullptr, result.callback());
    QCOMPARE(result.calls, 0); // answered later, like every call, never from inside it
    QTRY_VERIFY(result.value);
    QVERIFY(!*result.value);
    QCOMPARE(result.value->error().platformMessage, QStringLiteral("PARAM.INVALID:endTime:window"));
    QVERIFY(m_fake->seen().isEmpty()); // not even a token was asked for
}

void TestServiceCalls::malformedAnswerIsAProtocolError()
{
    auto script = std::make_shared<Script>();
    script->answers[kMails] = {rows({QJsonObject{{QStringLiteral("id"), 1},
                                                 {QStringLiteral("time"), 2},
                                                 {QStringLiteral("direction"), QStringLiteral("in")},
                                                 {QStringLiteral("messageId"), QStringLiteral("m")},
                                                 {QStringLiteral("subject"), QStringLiteral("s")},
                                                 {QStringLiteral("sender"), QStringLiteral("a@x")},
                                                 {QStringLiteral("recipient"), QStringLiteral("b@x")},
                                                 {QStringLiteral("status"), QStringLiteral("lost")},
                                                 {QStringLiteral("readAt"), QJsonValue::Null},
                                                 {QStringLiteral("readClient"), QJsonValue::Null},
                                                 {QStringLiteral("updatedAt"), 2}}})};
    auto platform = client(script);
    LogService logs(*platform);
    Result<KeysetPage<MailRecord>> result;
    logs.queryMails({0, 10}, {}, {}, nullptr, result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY(!*result.value);
    QCOMPARE(result.value->error().kind, ApiError::Kind::Protocol);
    QVERIFY2(result.value->error().detail.contains(QLatin1String("mailPage.items[0].status")),
             qPrintable(result.value->error().detail));
    QCOMPARE(m_fake->count(kMails), 1);
}

void TestServiceCalls::ambiguousUnitDeleteIsReconciled()
{
    const QJsonObject root{{QStringLiteral("unitId"), QStringLiteral("root")},
                           {QStringLiteral("name"), QStringLiteral("本院")},
                           {QStringLiteral("parentUnitId"), QJsonValue::Null},
                           {QStringLiteral("createdAt"), 1},
                           {QStringLiteral("accountCount"), 3}};
    QJsonObject unit = root;
    unit.insert(QStringLiteral("unitId"), QStringLiteral("u-3"));
    unit.insert(QStringLiteral("parentUnitId"), QStringLiteral("root"));
    {
        auto script = std::make_shared<Script>();
        script->answers[kDeleteUnit] = {dropped()};
        script->answers[kUnits] = {FakeAnswer::ok(QJsonObject{{QStringLiteral("items"), QJsonArray{root}}})};
        auto platform = client(script);
        UnitService units(*platform);
        Result<void> result;
        units.remove(QStringLiteral("u-3"), nullptr, result.callback());
        QTRY_VERIFY(result.value);
        QVERIFY(*result.value); // gone: our delete happened
        QCOMPARE(m_fake->count(kDeleteUnit), 1);
    }
    {
        auto script = std::make_shared<Script>();
        script->answers[kDeleteUnit] = {dropped(), FakeAnswer::ok()};
        script->answers[kUnits] = {FakeAnswer::ok(QJsonObject{{QStringLiteral("items"), QJsonArray{root, unit}}})};
        auto platform = client(script);
        UnitService units(*platform);
        Result<void> result;
        units.remove(QStringLiteral("u-3"), nullptr, result.callback());
        QTRY_VERIFY(result.value);
        QVERIFY(*result.value);
        QCOMPARE(m_fake->count(kDeleteUnit), 2); // still there: sent again
    }
}

void TestServiceCalls::ambiguousRecoverIsReconciled()
{
    auto script = std::make_shared<Script>();
    script->answers[kRecover] = {dropped()};
    script->answers[kGetAccount] = {FakeAnswer::ok(account(1200))};
    auto platform = client(script);
    AccountService service(*platform);
    Result<Account> result;
    service.recover(QStringLiteral("zhang"), nullptr, result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY(*result.value);
    QVERIFY(result.value->value().status == AccountStatus::Enabled);
    QCOMPARE(m_fake->count(kRecover), 1);
}

QTEST_GUILESS_MAIN(TestServiceCalls)
#include "tst_servicecalls.moc"
