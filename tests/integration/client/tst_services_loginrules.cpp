#include "ServiceTestSupport.h"
#include "api/AccountService.h"
#include "api/LoginRuleService.h"

using namespace dm;
using namespace servicetest;

// LoginRuleService against the real sandbox: the documents of the domain and of an account, how they decide logins,
// versioned updates with their conflicts, and the typed refusals.
class TestServicesLoginRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void domainLoginRulesStartOpen();
    void loginRulesDecideLogins();
    void staleLoginRuleVersionIsAConflict();
    void loginRuleRefusals();

private:
    Expected<LoginRuleDocument, ApiError> getRules(LoginRuleLevel level, const QString& targetId);
    Expected<LoginRuleDocument, UpdateError<LoginRuleDocument>> updateRules(const LoginRuleUpdate& change);
    Expected<LoginDecision, ApiError> evaluate(const QString& accountName, const QString& ip, const QString& region);

    ServiceFixture m_fixture;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<LoginRuleService> m_rules;
};

void TestServicesLoginRules::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_accounts = std::make_unique<AccountService>(m_fixture.client());
    m_rules = std::make_unique<LoginRuleService>(m_fixture.client());
}

Expected<LoginDecision, ApiError> TestServicesLoginRules::evaluate(const QString& accountName, const QString& ip,
                                                                   const QString& region)
{
    return wait<LoginDecision>([&](auto done) { m_rules->evaluate(accountName, ip, region, nullptr, done); });
}

Expected<LoginRuleDocument, UpdateError<LoginRuleDocument>>
TestServicesLoginRules::updateRules(const LoginRuleUpdate& change)
{
    return wait<LoginRuleDocument, UpdateError<LoginRuleDocument>>(
        [&](auto done) { m_rules->update(change, nullptr, done); });
}

Expected<LoginRuleDocument, ApiError> TestServicesLoginRules::getRules(LoginRuleLevel level, const QString& targetId)
{
    return wait<LoginRuleDocument>([&](auto done) { m_rules->get(level, targetId, nullptr, done); });
}

void TestServicesLoginRules::domainLoginRulesStartOpen()
{
    const auto domain = getRules(LoginRuleLevel::Domain, {});
    SERVICE_VERIFY(domain);
    QVERIFY(domain->level == LoginRuleLevel::Domain);
    QCOMPARE(domain->targetId, m_fixture.domain().toLower());
    QVERIFY(domain->version >= 1);
    QVERIFY(domain->rules.isEmpty());
    QVERIFY(domain->defaultAction == LoginAction::Allow); // a new platform locks nobody out
}

void TestServicesLoginRules::loginRulesDecideLogins()
{
    const auto account = createAccount(*m_accounts, QStringLiteral("svcrule1"), 700);
    SERVICE_VERIFY(account);
    const auto before = getRules(LoginRuleLevel::Domain, {});
    SERVICE_VERIFY(before);
    LoginRuleUpdate domain;
    domain.expectedVersion = before->version;
    domain.rules = QList<LoginRule>{{LoginAction::Allow, LoginRuleKind::Region, QStringLiteral("广东省")},
                                    {LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral(" 10.0.0.0/8 ")},
                                    {LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral("2001:db8::/32")}};
    domain.defaultChange = LoginRuleUpdate::DefaultChange::Set;
    domain.defaultAction = LoginAction::Deny;
    const auto updated = updateRules(domain);
    SERVICE_VERIFY(updated);
    QCOMPARE(updated->version, before->version + 1);
    QCOMPARE(updated->rules.size(), 3);
    QCOMPARE(updated->rules.at(1).value, QStringLiteral("10.0.0.0/8")); // trimmed
    QVERIFY(updated->defaultAction == LoginAction::Deny);

    struct Case
    {
        const char* ip;
        const char* region;
        LoginAction action;
        std::optional<int> rule;
    };
    const Case domainCases[] = {
        {"58.248.1.1", "广东省广州市", LoginAction::Allow, 0},
        {"10.1.2.3", "北京市", LoginAction::Deny, 1},
        {"2001:db8::1", "", LoginAction::Deny, 2},
        {"8.8.8.8", "北京市朝阳区", LoginAction::Deny, std::nullopt},
    };
    for (const Case& c : domainCases) {
        const auto decision = evaluate(account->accountName, QLatin1String(c.ip), QString::fromUtf8(c.region));
        SERVICE_VERIFY(decision);
        QVERIFY2(decision->action == c.action, c.ip);
        QVERIFY2(decision->matchedRule == c.rule, c.ip);
        QVERIFY(decision->level == LoginRuleLevel::Domain);
    }

    LoginRuleUpdate own;
    own.level = LoginRuleLevel::Account;
    own.targetId = account->accountName;
    own.rules = QList<LoginRule>{{LoginAction::Allow, LoginRuleKind::Cidr, QStringLiteral("8.8.8.0/24")}};
    own.defaultChange = LoginRuleUpdate::DefaultChange::Set;
    own.defaultAction = LoginAction::Allow;
    const auto ownDoc = updateRules(own);
    SERVICE_VERIFY(ownDoc);
    QCOMPARE(ownDoc->version, 1);
    const auto allowed = evaluate(account->accountName, QStringLiteral("8.8.8.8"), QString());
    SERVICE_VERIFY(allowed);
    QVERIFY(allowed->action == LoginAction::Allow && allowed->matchedRule == 0);
    QVERIFY(allowed->level == LoginRuleLevel::Account);
    const auto byDefault = evaluate(account->accountName, QStringLiteral("9.9.9.9"), QString());
    SERVICE_VERIFY(byDefault);
    QVERIFY(byDefault->action == LoginAction::Allow && !byDefault->matchedRule);
    QVERIFY(byDefault->level == LoginRuleLevel::Account);

    LoginRuleUpdate follow;
    follow.level = LoginRuleLevel::Account;
    follow.targetId = account->accountName;
    follow.expectedVersion = 1;
    follow.defaultChange = LoginRuleUpdate::DefaultChange::FollowDomain;
    const auto following = updateRules(follow);
    SERVICE_VERIFY(following);
    QVERIFY(!following->defaultAction);
    QCOMPARE(following->rules.size(), 1); // the list stays when not sent
    const auto denied = evaluate(account->accountName, QStringLiteral("9.9.9.9"), QString());
    SERVICE_VERIFY(denied);
    QVERIFY(denied->action == LoginAction::Deny && !denied->matchedRule);
    QVERIFY(denied->level == LoginRuleLevel::Domain);

    LoginRuleUpdate restore;
    restore.expectedVersion = updated->version;
    restore.rules = QList<LoginRule>();
    restore.defaultChange = LoginRuleUpdate::DefaultChange::Set;
    restore.defaultAction = LoginAction::Allow;
    const auto restored = updateRules(restore);
    SERVICE_VERIFY(restored);
    QVERIFY(restored->rules.isEmpty());
}

void TestServicesLoginRules::staleLoginRuleVersionIsAConflict()
{
    const auto current = getRules(LoginRuleLevel::Domain, {});
    SERVICE_VERIFY(current);
    LoginRuleUpdate stale;
    stale.expectedVersion = current->version - 1;
    stale.defaultChange = LoginRuleUpdate::DefaultChange::Set;
    stale.defaultAction = LoginAction::Deny;
    const auto refused = updateRules(stale);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ApiError::Kind::Conflict);
    QCOMPARE(refused.error().platformMessage, QStringLiteral("LOGINRULE.VERSION.CONFLICT"));
    QVERIFY(refused.error().current.has_value());
    QCOMPARE(refused.error().current->version, current->version);
    QVERIFY(refused.error().current->defaultAction == current->defaultAction);
}

void TestServicesLoginRules::loginRuleRefusals()
{
    const auto current = getRules(LoginRuleLevel::Domain, {});
    SERVICE_VERIFY(current);
    const auto check = [this, &current](QList<LoginRule> rules, const QString& message, const QString& field) {
        LoginRuleUpdate change;
        change.expectedVersion = current->version;
        change.rules = std::move(rules);
        const auto refused = updateRules(change);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QCOMPARE(refused.error().platformMessage, message);
        QCOMPARE(refused.error().field, field);
    };
    check({{LoginAction::Allow, LoginRuleKind::Region, QStringLiteral("广东省")},
           {LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral("10.0.0.1/8")}},
          QStringLiteral("PARAM.INVALID:rules[1].value:cidr"), QStringLiteral("rules[1].value"));
    check({{LoginAction::Allow, LoginRuleKind::Region, QStringLiteral("广东")}},
          QStringLiteral("PARAM.INVALID:rules[0].value:region"), QStringLiteral("rules[0].value"));
    check({{LoginAction::Allow, LoginRuleKind::Cidr, QStringLiteral("10.0.0.0/8")},
           {LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral("10.0.0.0/8")}},
          QStringLiteral("PARAM.INVALID:rules[1].value:duplicate"), QStringLiteral("rules[1].value"));

    LoginRuleUpdate nothing;
    nothing.expectedVersion = current->version;
    const auto missing = updateRules(nothing);
    SERVICE_FAILS(missing, ApiError::Kind::Validation, "PARAM.INVALID:rules:missing");
    LoginRuleUpdate domainFollow = nothing;
    domainFollow.defaultChange = LoginRuleUpdate::DefaultChange::FollowDomain;
    const auto follow = updateRules(domainFollow);
    SERVICE_FAILS(follow, ApiError::Kind::Validation, "PARAM.INVALID:defaultAction:null");
    LoginRuleUpdate nobody = nothing;
    nobody.level = LoginRuleLevel::Account;
    nobody.targetId = QStringLiteral("nobody");
    nobody.expectedVersion = 0;
    nobody.defaultChange = LoginRuleUpdate::DefaultChange::Set;
    const auto noAccount = updateRules(nobody);
    SERVICE_FAILS(noAccount, ApiError::Kind::NotFound, "ACCOUNT.NOT.FOUND");

    const auto noDoc = getRules(LoginRuleLevel::Account, QStringLiteral("nobody"));
    SERVICE_FAILS(noDoc, ApiError::Kind::NotFound, "ACCOUNT.NOT.FOUND");
    const auto badIp = evaluate(QStringLiteral("sdxt"), QStringLiteral("999.1.1.1"), QString());
    SERVICE_FAILS(badIp, ApiError::Kind::Validation, "PARAM.INVALID:ip:format");
    QCOMPARE(badIp.error().field, QStringLiteral("ip"));
    const auto badRegion = evaluate(QStringLiteral("sdxt"), QStringLiteral("1.2.3.4"), QStringLiteral("Guangzhou"));
    SERVICE_FAILS(badRegion, ApiError::Kind::Validation, "PARAM.INVALID:region:region");
    const auto unknown = evaluate(QStringLiteral("nobody"), QStringLiteral("1.2.3.4"), QString());
    SERVICE_FAILS(unknown, ApiError::Kind::NotFound, "ACCOUNT.NOT.FOUND");
}

QTEST_GUILESS_MAIN(TestServicesLoginRules)
#include "tst_services_loginrules.moc"
