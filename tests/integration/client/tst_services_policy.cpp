#include "ServiceTestSupport.h"
#include "api/AccountService.h"
#include "api/PolicyService.h"

using namespace dm;
using namespace servicetest;

// PolicyService against the real sandbox: documents per level, the effective policy with its sources, versioned
// updates with their conflicts, and the typed refusals.
class TestServicesPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void domainPolicyIsCompleteWithTheDefaults();
    void unitAndAccountOverridesShowInTheEffectivePolicy();
    void domainUpdateReachesEveryAccount();
    void staleVersionIsAConflictCarryingTheCurrentDocument();
    void policyRefusals();

private:
    Expected<Account, ApiError> create(const QString& accountName, const QString& unitId);
    Expected<PolicyDocument, ApiError> getPolicy(PolicyLevel level, const QString& targetId);
    Expected<PolicyDocument, UpdateError<PolicyDocument>> updatePolicy(const PolicyUpdate& change);
    Expected<EffectivePolicy, ApiError> effective(const QString& accountName);

    ServiceFixture m_fixture;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<PolicyService> m_policy;
    int m_created = 0;
};

void TestServicesPolicy::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_accounts = std::make_unique<AccountService>(m_fixture.client());
    m_policy = std::make_unique<PolicyService>(m_fixture.client());
}

Expected<Account, ApiError> TestServicesPolicy::create(const QString& accountName, const QString& unitId)
{
    return createAccount(*m_accounts, accountName, 500 + ++m_created, unitId);
}

Expected<PolicyDocument, ApiError> TestServicesPolicy::getPolicy(PolicyLevel level, const QString& targetId)
{
    return wait<PolicyDocument>([&](auto done) { m_policy->get(level, targetId, nullptr, done); });
}

Expected<PolicyDocument, UpdateError<PolicyDocument>> TestServicesPolicy::updatePolicy(const PolicyUpdate& change)
{
    return wait<PolicyDocument, UpdateError<PolicyDocument>>(
        [&](auto done) { m_policy->update(change, nullptr, done); });
}

Expected<EffectivePolicy, ApiError> TestServicesPolicy::effective(const QString& accountName)
{
    return wait<EffectivePolicy>([&](auto done) { m_policy->getEffective(accountName, nullptr, done); });
}

void TestServicesPolicy::domainPolicyIsCompleteWithTheDefaults()
{
    const auto domain = getPolicy(PolicyLevel::Domain, {});
    SERVICE_VERIFY(domain);
    QVERIFY(domain->level == PolicyLevel::Domain);
    QCOMPARE(domain->targetId, m_fixture.domain().toLower());
    QVERIFY(domain->version >= 1);
    const DeliveryPolicy& policy = domain->policy;
    QVERIFY(policy.isComplete());
    QVERIFY(policy.externalMail == ExternalMailMode::Deny);
    QCOMPARE(*policy.visibleInAddressBook, false);
    QVERIFY(*policy.allowedClients == (QList<MailClient>{MailClient::Webmail, MailClient::Mailmaster}));
    QCOMPARE(*policy.autoForward, false);
    QCOMPARE(*policy.forceSms2fa, true);
    QCOMPARE(*policy.trustedBrowserDays, 7);
    QCOMPARE(*policy.password.minLength, 10);
    QCOMPARE(*policy.password.requireClasses, 3);
    QCOMPARE(*policy.password.expireDays, 90);
    QCOMPARE(*policy.password.forbidSequential, true);
    QCOMPARE(*policy.abnormalLoginAlert.sms, true);
    QCOMPARE(*policy.abnormalLoginAlert.email, true);
}

void TestServicesPolicy::unitAndAccountOverridesShowInTheEffectivePolicy()
{
    const auto account = create(QStringLiteral("svcpolicy1"), QStringLiteral("1003"));
    SERVICE_VERIFY(account);
    const auto unset = getPolicy(PolicyLevel::Unit, QStringLiteral("1003"));
    SERVICE_VERIFY(unset);
    QCOMPARE(unset->version, 0);
    QVERIFY(unset->policy.isEmpty());
    QVERIFY(!unset->updatedAt);

    PolicyUpdate unit;
    unit.level = PolicyLevel::Unit;
    unit.targetId = QStringLiteral("1003");
    unit.expectedVersion = 0;
    unit.set.trustedBrowserDays = 30;
    unit.set.password.expireDays = 30;
    unit.set.abnormalLoginAlert.email = false;
    const auto unitDoc = updatePolicy(unit);
    SERVICE_VERIFY(unitDoc);
    QCOMPARE(unitDoc->version, 1);
    QVERIFY(unitDoc->updatedAt.has_value());
    QVERIFY(unitDoc->policy == unit.set); // exactly the overrides, nothing else

    const auto merged = effective(account->accountName);
    SERVICE_VERIFY(merged);
    QCOMPARE(merged->accountName, account->accountName);
    QCOMPARE(merged->unitId, QStringLiteral("1003"));
    QVERIFY(merged->policy.isComplete());
    QCOMPARE(*merged->policy.trustedBrowserDays, 30);
    QCOMPARE(*merged->policy.password.expireDays, 30);
    QCOMPARE(*merged->policy.abnormalLoginAlert.email, false);
    QCOMPARE(*merged->policy.password.minLength, 10);
    for (PolicyField field : allPolicyFields()) {
        const bool fromUnit = unit.set.has(field);
        QVERIFY2(merged->sources.of(field) == (fromUnit ? PolicyLevel::Unit : PolicyLevel::Domain),
                 qPrintable(policyFieldPath(field)));
    }
    QCOMPARE(merged->versions.unit, 1);
    QCOMPARE(merged->versions.account, 0);

    PolicyUpdate own;
    own.level = PolicyLevel::Account;
    own.targetId = account->accountName;
    own.expectedVersion = 0;
    own.set.trustedBrowserDays = 0;
    own.set.allowedClients = QList<MailClient>{MailClient::Wechat, MailClient::Webmail};
    const auto ownDoc = updatePolicy(own);
    SERVICE_VERIFY(ownDoc);
    QCOMPARE(ownDoc->version, 1);
    // Stored in the platform's order whatever order it was sent in.
    QVERIFY(*ownDoc->policy.allowedClients == (QList<MailClient>{MailClient::Webmail, MailClient::Wechat}));
    const auto mine = effective(account->accountName);
    SERVICE_VERIFY(mine);
    QCOMPARE(*mine->policy.trustedBrowserDays, 0);
    QVERIFY(mine->sources.of(PolicyField::TrustedBrowserDays) == PolicyLevel::Account);
    QVERIFY(mine->sources.of(PolicyField::AllowedClients) == PolicyLevel::Account);
    QVERIFY(mine->sources.of(PolicyField::PasswordExpireDays) == PolicyLevel::Unit);
    QCOMPARE(mine->versions.account, 1);

    // Removing the account's override: the unit's value applies again.
    PolicyUpdate inherit;
    inherit.level = PolicyLevel::Account;
    inherit.targetId = account->accountName;
    inherit.expectedVersion = 1;
    inherit.inherit = {PolicyField::TrustedBrowserDays};
    const auto inherited = updatePolicy(inherit);
    SERVICE_VERIFY(inherited);
    QCOMPARE(inherited->version, 2);
    QVERIFY(!inherited->policy.trustedBrowserDays);
    QVERIFY(inherited->policy.allowedClients.has_value());
    const auto back = effective(account->accountName);
    SERVICE_VERIFY(back);
    QCOMPARE(*back->policy.trustedBrowserDays, 30);
    QVERIFY(back->sources.of(PolicyField::TrustedBrowserDays) == PolicyLevel::Unit);
}

void TestServicesPolicy::domainUpdateReachesEveryAccount()
{
    const auto account = create(QStringLiteral("svcpolicy2"), QStringLiteral("1005"));
    SERVICE_VERIFY(account);
    const auto before = getPolicy(PolicyLevel::Domain, {});
    SERVICE_VERIFY(before);
    PolicyUpdate change;
    change.level = PolicyLevel::Domain;
    change.expectedVersion = before->version;
    change.set.externalMail = ExternalMailMode::ReceiveOnly;
    change.set.password.minLength = 12;
    const auto after = updatePolicy(change);
    SERVICE_VERIFY(after);
    QCOMPARE(after->version, before->version + 1);
    QVERIFY(after->policy.isComplete());
    QVERIFY(after->policy.externalMail == ExternalMailMode::ReceiveOnly);
    QCOMPARE(*after->policy.password.minLength, 12);
    QCOMPARE(*after->policy.password.expireDays, 90); // untouched fields keep their value

    const auto merged = effective(account->accountName);
    SERVICE_VERIFY(merged);
    QVERIFY(merged->policy.externalMail == ExternalMailMode::ReceiveOnly);
    QVERIFY(merged->sources.of(PolicyField::ExternalMail) == PolicyLevel::Domain);
    QCOMPARE(*merged->policy.password.minLength, 12);
    QCOMPARE(merged->versions.domain, after->version);

    PolicyUpdate restore;
    restore.expectedVersion = after->version;
    restore.set.externalMail = ExternalMailMode::Deny;
    restore.set.password.minLength = 10;
    const auto restored = updatePolicy(restore);
    SERVICE_VERIFY(restored);
    QVERIFY(restored->policy == before->policy);
}

void TestServicesPolicy::staleVersionIsAConflictCarryingTheCurrentDocument()
{
    PolicyUpdate first;
    first.level = PolicyLevel::Unit;
    first.targetId = QStringLiteral("1004");
    first.expectedVersion = 0;
    first.set.autoForward = true;
    SERVICE_VERIFY(updatePolicy(first));

    PolicyUpdate stale = first;
    stale.set = DeliveryPolicy();
    stale.set.forceSms2fa = false;
    const auto refused = updatePolicy(stale);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ApiError::Kind::Conflict);
    QCOMPARE(refused.error().platformMessage, QStringLiteral("POLICY.VERSION.CONFLICT"));
    QVERIFY(refused.error().current.has_value());
    QCOMPARE(refused.error().current->version, 1);
    QCOMPARE(*refused.error().current->policy.autoForward, true);
    QVERIFY(!refused.error().current->policy.forceSms2fa); // nothing changed

    // Rebased on the current version it goes through.
    stale.expectedVersion = refused.error().current->version;
    const auto rebased = updatePolicy(stale);
    SERVICE_VERIFY(rebased);
    QCOMPARE(rebased->version, 2);
    QCOMPARE(*rebased->policy.forceSms2fa, false);
}

void TestServicesPolicy::policyRefusals()
{
    const auto check = [this](const PolicyUpdate& change, ApiError::Kind kind, const QString& message,
                              const QString& field) {
        const auto refused = updatePolicy(change);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, kind);
        QCOMPARE(refused.error().platformMessage, message);
        QCOMPARE(refused.error().field, field);
        QVERIFY(!refused.error().current);
    };
    PolicyUpdate range;
    range.level = PolicyLevel::Unit;
    range.targetId = QStringLiteral("1006");
    range.set.trustedBrowserDays = 91;
    check(range, ApiError::Kind::Validation, QStringLiteral("PARAM.INVALID:policy.trustedBrowserDays:range"),
          QStringLiteral("policy.trustedBrowserDays"));
    PolicyUpdate noClients = range;
    noClients.set = DeliveryPolicy();
    noClients.set.allowedClients = QList<MailClient>();
    check(noClients, ApiError::Kind::Validation, QStringLiteral("PARAM.INVALID:policy.allowedClients:empty"),
          QStringLiteral("policy.allowedClients"));
    PolicyUpdate nothing = range;
    nothing.set = DeliveryPolicy();
    check(nothing, ApiError::Kind::Validation, QStringLiteral("PARAM.INVALID:policy:empty"), QStringLiteral("policy"));
    PolicyUpdate domainNull;
    domainNull.level = PolicyLevel::Domain;
    domainNull.expectedVersion = 1;
    domainNull.inherit = {PolicyField::AutoForward};
    check(domainNull, ApiError::Kind::Validation, QStringLiteral("PARAM.INVALID:policy.autoForward:null"),
          QStringLiteral("policy.autoForward"));
    PolicyUpdate both = range;
    both.set = DeliveryPolicy();
    both.set.autoForward = true;
    both.inherit = {PolicyField::AutoForward};
    check(both, ApiError::Kind::Validation, QStringLiteral("PARAM.INVALID:policy.autoForward:duplicate"),
          QStringLiteral("policy.autoForward")); // refused by the client itself
    PolicyUpdate noUnit = range;
    noUnit.targetId = QStringLiteral("u-999");
    noUnit.set.trustedBrowserDays = 5;
    check(noUnit, ApiError::Kind::NotFound, QStringLiteral("UNIT.NOT.FOUND"), QString());
    PolicyUpdate badLevel = noUnit;
    badLevel.level = PolicyLevel::Account;
    badLevel.targetId = QStringLiteral("a@b");
    check(badLevel, ApiError::Kind::Validation, QStringLiteral("PARAM.INVALID:targetId:format"),
          QStringLiteral("targetId"));

    const auto noDoc = getPolicy(PolicyLevel::Account, QStringLiteral("nobody"));
    SERVICE_FAILS(noDoc, ApiError::Kind::NotFound, "ACCOUNT.NOT.FOUND");
    const auto otherDomain = getPolicy(PolicyLevel::Domain, QStringLiteral("elsewhere.test"));
    SERVICE_FAILS(otherDomain, ApiError::Kind::NotFound, "DOMAIN.NOT.FOUND");
    const auto noAccount = effective(QStringLiteral("nobody"));
    SERVICE_FAILS(noAccount, ApiError::Kind::NotFound, "ACCOUNT.NOT.FOUND");
    const auto badName = effective(QStringLiteral("a@b"));
    SERVICE_FAILS(badName, ApiError::Kind::Validation, "PARAM.INVALID:accountName:format");
}

QTEST_GUILESS_MAIN(TestServicesPolicy)
#include "tst_services_policy.moc"
