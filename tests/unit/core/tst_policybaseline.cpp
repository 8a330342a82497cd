#include "core/PolicyBaseline.h"

#include <QTest>

#include <algorithm>

using namespace dm;

Q_DECLARE_METATYPE(dm::PolicyField)
Q_DECLARE_METATYPE(dm::DeliveryPolicy)

namespace {

// The contract's defaults with one field changed.
DeliveryPolicy with(void (*change)(DeliveryPolicy&))
{
    DeliveryPolicy policy = defaultBaseline();
    change(policy);
    return policy;
}

DeliveryPolicy only(PolicyField field, const DeliveryPolicy& from)
{
    DeliveryPolicy policy;
    copyPolicyField(field, from, policy);
    return policy;
}

} // namespace

// What "weaker than the baseline" means, field by field, in both directions.
class TestPolicyBaseline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultBaselineIsTheContractsDomainDefaults();
    void everyFieldHasOneRule();
    void weakerAndStricterValues_data();
    void weakerAndStricterValues();
    void equalValuesAreNeverWeaker();
    void unsetFieldsAreNeverWeaker();
    void weakerFieldsListsOnlyTheWeakerOnesInContractOrder();
    void tightenedTakesTheBaselineButKeepsAllowedClients();
};

void TestPolicyBaseline::defaultBaselineIsTheContractsDomainDefaults()
{
    const DeliveryPolicy baseline = defaultBaseline();
    QVERIFY(baseline.isComplete());
    QVERIFY(*baseline.externalMail == ExternalMailMode::Deny);
    QCOMPARE(*baseline.visibleInAddressBook, false);
    QVERIFY(*baseline.allowedClients == (QList<MailClient>{MailClient::Webmail, MailClient::Mailmaster}));
    QCOMPARE(*baseline.autoForward, false);
    QCOMPARE(*baseline.forceSms2fa, true);
    QCOMPARE(*baseline.trustedBrowserDays, 7);
    QCOMPARE(*baseline.password.minLength, 10);
    QCOMPARE(*baseline.password.requireClasses, 3);
    QCOMPARE(*baseline.password.expireDays, 90);
    QCOMPARE(*baseline.password.forbidSequential, true);
    QCOMPARE(*baseline.abnormalLoginAlert.sms, true);
    QCOMPARE(*baseline.abnormalLoginAlert.email, true);
}

void TestPolicyBaseline::everyFieldHasOneRule()
{
    QVERIFY(strictnessRule(PolicyField::ExternalMail) == StrictnessRule::ClosedMailIsStricter);
    QVERIFY(strictnessRule(PolicyField::VisibleInAddressBook) == StrictnessRule::OffIsStricter);
    QVERIFY(strictnessRule(PolicyField::AllowedClients) == StrictnessRule::FewerClientsIsStricter);
    QVERIFY(strictnessRule(PolicyField::AutoForward) == StrictnessRule::OffIsStricter);
    QVERIFY(strictnessRule(PolicyField::ForceSms2fa) == StrictnessRule::OnIsStricter);
    QVERIFY(strictnessRule(PolicyField::TrustedBrowserDays) == StrictnessRule::FewerDaysIsStricter);
    QVERIFY(strictnessRule(PolicyField::PasswordMinLength) == StrictnessRule::MoreIsStricter);
    QVERIFY(strictnessRule(PolicyField::PasswordRequireClasses) == StrictnessRule::MoreIsStricter);
    QVERIFY(strictnessRule(PolicyField::PasswordExpireDays) == StrictnessRule::ShorterExpiryIsStricter);
    QVERIFY(strictnessRule(PolicyField::PasswordForbidSequential) == StrictnessRule::OnIsStricter);
    QVERIFY(strictnessRule(PolicyField::AlertSms) == StrictnessRule::OnIsStricter);
    QVERIFY(strictnessRule(PolicyField::AlertEmail) == StrictnessRule::OnIsStricter);
}

void TestPolicyBaseline::weakerAndStricterValues_data()
{
    // Each row: a field, a baseline, and a value that is weaker / one that is not (stricter or as strict).
    QTest::addColumn<PolicyField>("field");
    QTest::addColumn<DeliveryPolicy>("baseline");
    QTest::addColumn<DeliveryPolicy>("weaker");
    QTest::addColumn<DeliveryPolicy>("notWeaker");
    const DeliveryPolicy defaults = defaultBaseline();
    const DeliveryPolicy receiveOnly = with([](DeliveryPolicy& p) { p.externalMail = ExternalMailMode::ReceiveOnly; });

    QTest::newRow("externalMail receiveOnly vs deny")
        << PolicyField::ExternalMail << defaults << receiveOnly << defaults;
    QTest::newRow("externalMail allow vs receiveOnly")
        << PolicyField::ExternalMail << receiveOnly
        << with([](DeliveryPolicy& p) { p.externalMail = ExternalMailMode::Allow; }) << defaults;
    QTest::newRow("visibleInAddressBook") << PolicyField::VisibleInAddressBook << defaults
                                          << with([](DeliveryPolicy& p) { p.visibleInAddressBook = true; }) << defaults;
    QTest::newRow("allowedClients imap added")
        << PolicyField::AllowedClients << defaults << with([](DeliveryPolicy& p) {
               p.allowedClients = QList<MailClient>{MailClient::Webmail, MailClient::Mailmaster, MailClient::Imap};
           })
        << with([](DeliveryPolicy& p) { p.allowedClients = QList<MailClient>{MailClient::Webmail}; });
    QTest::newRow("allowedClients swapped for smtp")
        << PolicyField::AllowedClients << defaults << with([](DeliveryPolicy& p) {
               p.allowedClients = QList<MailClient>{MailClient::Webmail, MailClient::Smtp};
           })
        << with([](DeliveryPolicy& p) { p.allowedClients = QList<MailClient>{MailClient::Mailmaster}; });
    QTest::newRow("autoForward") << PolicyField::AutoForward << defaults
                                 << with([](DeliveryPolicy& p) { p.autoForward = true; }) << defaults;
    QTest::newRow("forceSms2fa") << PolicyField::ForceSms2fa << defaults
                                 << with([](DeliveryPolicy& p) { p.forceSms2fa = false; }) << defaults;
    QTest::newRow("trustedBrowserDays") << PolicyField::TrustedBrowserDays << defaults
                                        << with([](DeliveryPolicy& p) { p.trustedBrowserDays = 8; })
                                        << with([](DeliveryPolicy& p) { p.trustedBrowserDays = 0; });
    QTest::newRow("password.minLength") << PolicyField::PasswordMinLength << defaults
                                        << with([](DeliveryPolicy& p) { p.password.minLength = 9; })
                                        << with([](DeliveryPolicy& p) { p.password.minLength = 16; });
    QTest::newRow("password.requireClasses") << PolicyField::PasswordRequireClasses << defaults
                                             << with([](DeliveryPolicy& p) { p.password.requireClasses = 2; })
                                             << with([](DeliveryPolicy& p) { p.password.requireClasses = 4; });
    QTest::newRow("password.expireDays longer")
        << PolicyField::PasswordExpireDays << defaults << with([](DeliveryPolicy& p) { p.password.expireDays = 91; })
        << with([](DeliveryPolicy& p) { p.password.expireDays = 30; });
    QTest::newRow("password.expireDays never")
        << PolicyField::PasswordExpireDays << defaults << with([](DeliveryPolicy& p) { p.password.expireDays = 0; })
        << with([](DeliveryPolicy& p) { p.password.expireDays = 1; });
    const DeliveryPolicy neverExpires = with([](DeliveryPolicy& p) { p.password.expireDays = 0; });
    QTest::newRow("password.expireDays against a never-expiring baseline")
        << PolicyField::PasswordExpireDays << with([](DeliveryPolicy& p) { p.password.expireDays = 365; })
        << neverExpires << with([](DeliveryPolicy& p) { p.password.expireDays = 365; });
    QTest::newRow("password.forbidSequential")
        << PolicyField::PasswordForbidSequential << defaults
        << with([](DeliveryPolicy& p) { p.password.forbidSequential = false; }) << defaults;
    QTest::newRow("abnormalLoginAlert.sms")
        << PolicyField::AlertSms << defaults << with([](DeliveryPolicy& p) { p.abnormalLoginAlert.sms = false; })
        << defaults;
    QTest::newRow("abnormalLoginAlert.email")
        << PolicyField::AlertEmail << defaults << with([](DeliveryPolicy& p) { p.abnormalLoginAlert.email = false; })
        << defaults;
    // A baseline loosened on purpose: the stricter platform value is not drift.
    QTest::newRow("a loose baseline accepts a strict value")
        << PolicyField::AutoForward << with([](DeliveryPolicy& p) { p.autoForward = true; }) << DeliveryPolicy{}
        << defaults;
}

void TestPolicyBaseline::weakerAndStricterValues()
{
    QFETCH(PolicyField, field);
    QFETCH(DeliveryPolicy, baseline);
    QFETCH(DeliveryPolicy, weaker);
    QFETCH(DeliveryPolicy, notWeaker);
    if (weaker.has(field)) {
        QVERIFY(isWeaker(field, weaker, baseline));
        QVERIFY(isWeaker(field, only(field, weaker), baseline)); // an override holding just that field
        // The other way round: the baseline is not weaker than the weaker value. Client lists are sets, not a
        // scale: webmail+smtp and webmail+mailmaster each allow a client the other refuses.
        if (field != PolicyField::AllowedClients ||
            std::all_of(baseline.allowedClients->cbegin(), baseline.allowedClients->cend(),
                        [&weaker](MailClient client) { return weaker.allowedClients->contains(client); })) {
            QVERIFY(!isWeaker(field, baseline, weaker));
        }
    }
    QVERIFY(!isWeaker(field, notWeaker, baseline));
    QVERIFY(!isWeaker(field, only(field, notWeaker), baseline));
}

void TestPolicyBaseline::equalValuesAreNeverWeaker()
{
    const DeliveryPolicy baseline = defaultBaseline();
    QVERIFY(weakerFields(baseline, baseline).isEmpty());
    DeliveryPolicy reordered = baseline;
    reordered.allowedClients = QList<MailClient>{MailClient::Mailmaster, MailClient::Webmail};
    QVERIFY(!isWeaker(PolicyField::AllowedClients, reordered, baseline));
}

void TestPolicyBaseline::unsetFieldsAreNeverWeaker()
{
    const DeliveryPolicy weak = with([](DeliveryPolicy& p) { p.autoForward = true; });
    QVERIFY(weakerFields(DeliveryPolicy{}, defaultBaseline()).isEmpty());
    QVERIFY(!isWeaker(PolicyField::AutoForward, weak, DeliveryPolicy{}));
}

void TestPolicyBaseline::weakerFieldsListsOnlyTheWeakerOnesInContractOrder()
{
    DeliveryPolicy override;
    override.password.minLength = 8;           // weaker
    override.trustedBrowserDays = 30;          // weaker
    override.autoForward = false;              // as strict
    override.abnormalLoginAlert.email = false; // weaker
    override.externalMail = ExternalMailMode::Deny;
    QCOMPARE(
        weakerFields(override, defaultBaseline()),
        (QList<PolicyField>{PolicyField::TrustedBrowserDays, PolicyField::PasswordMinLength, PolicyField::AlertEmail}));
}

void TestPolicyBaseline::tightenedTakesTheBaselineButKeepsAllowedClients()
{
    const DeliveryPolicy baseline = defaultBaseline();
    DeliveryPolicy actual;
    actual.trustedBrowserDays = 60;
    actual.allowedClients = QList<MailClient>{MailClient::Webmail, MailClient::Imap, MailClient::Pop};
    const DeliveryPolicy days = tightened(PolicyField::TrustedBrowserDays, actual, baseline);
    QVERIFY(days.trustedBrowserDays == std::optional<int>(7));
    QVERIFY(!days.has(PolicyField::AllowedClients));
    // Only the clients the baseline does not allow are taken away.
    QVERIFY(tightened(PolicyField::AllowedClients, actual, baseline).allowedClients ==
            std::optional<QList<MailClient>>(QList<MailClient>{MailClient::Webmail}));
    // Nothing would be left: the baseline's list.
    actual.allowedClients = QList<MailClient>{MailClient::Imap};
    QVERIFY(tightened(PolicyField::AllowedClients, actual, baseline).allowedClients == baseline.allowedClients);
    for (PolicyField field : allPolicyFields()) {
        QVERIFY(!isWeaker(field, tightened(field, with([](DeliveryPolicy& p) { p.autoForward = true; }), baseline),
                          baseline));
    }
}

QTEST_GUILESS_MAIN(TestPolicyBaseline)
#include "tst_policybaseline.moc"
