// An edit of one level's delivery policy: where each value comes from, override and inherit again, the versioned
// update it makes, and a rebase after a version conflict that keeps only the fields the administrator chose.

#include "core/PolicyBaseline.h"
#include "sync/PolicyEdit.h"

#include <QTest>

using namespace dm;

namespace {

PolicyDocument domainDocument()
{
    PolicyDocument document;
    document.level = PolicyLevel::Domain;
    document.targetId = QStringLiteral("court.sandbox.test");
    document.policy = defaultBaseline();
    document.version = 7;
    return document;
}

PolicyDocument unitDocument()
{
    PolicyDocument document;
    document.level = PolicyLevel::Unit;
    document.targetId = QStringLiteral("1002");
    document.policy.trustedBrowserDays = 30;
    document.policy.password.minLength = 12;
    document.version = 3;
    return document;
}

PolicyDocument accountDocument()
{
    PolicyDocument document;
    document.level = PolicyLevel::Account;
    document.targetId = QStringLiteral("zhangsan");
    document.policy.password.minLength = 16;
    document.version = 2;
    return document;
}

PolicyEdit accountEdit()
{
    return PolicyEdit(PolicyLevel::Account, {domainDocument(), unitDocument(), accountDocument()});
}

} // namespace

class TestPolicyEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesFollowTheLevels();
    void overrideAndInheritMakeOneUpdate();
    void anUntouchedEditIsClean();
    void theDomainCannotInherit();
    void rebaseKeepsOnlyTheChosenFields();
};

void TestPolicyEdit::sourcesFollowTheLevels()
{
    const PolicyEdit edit = accountEdit();
    QVERIFY(edit.sourceOf(PolicyField::PasswordMinLength) == PolicyLevel::Account);
    QVERIFY(edit.sourceOf(PolicyField::TrustedBrowserDays) == PolicyLevel::Unit);
    QVERIFY(edit.sourceOf(PolicyField::ExternalMail) == PolicyLevel::Domain);
    const DeliveryPolicy effective = edit.effective();
    QVERIFY(effective.isComplete());
    QCOMPARE(*effective.password.minLength, 16);
    QCOMPARE(*effective.trustedBrowserDays, 30);
    QCOMPARE(*edit.inherited().password.minLength, 12); // the unit's, not the domain's
}

void TestPolicyEdit::overrideAndInheritMakeOneUpdate()
{
    PolicyEdit edit = accountEdit();
    DeliveryPolicy value;
    value.autoForward = false;
    value.trustedBrowserDays = 7;
    edit.set(PolicyField::TrustedBrowserDays, value);
    edit.inherit(PolicyField::PasswordMinLength);
    QVERIFY(edit.sourceOf(PolicyField::TrustedBrowserDays) == PolicyLevel::Account);
    QVERIFY(edit.sourceOf(PolicyField::PasswordMinLength) == PolicyLevel::Unit);
    QCOMPARE(*edit.effective().password.minLength, 12);
    QCOMPARE(edit.changedFields(),
             (QList<PolicyField>{PolicyField::TrustedBrowserDays, PolicyField::PasswordMinLength}));

    const PolicyUpdate update = edit.update();
    QVERIFY(update.level == PolicyLevel::Account);
    QCOMPARE(update.targetId, QStringLiteral("zhangsan"));
    QCOMPARE(update.expectedVersion, 2);
    QCOMPARE(*update.set.trustedBrowserDays, 7);
    QVERIFY(!update.set.autoForward.has_value()); // only the field asked for
    QCOMPARE(update.inherit, QList<PolicyField>{PolicyField::PasswordMinLength});
    QCOMPARE(*edit.before().password.minLength, 16);
}

void TestPolicyEdit::anUntouchedEditIsClean()
{
    PolicyEdit edit = accountEdit();
    DeliveryPolicy same;
    same.password.minLength = 16;
    edit.set(PolicyField::PasswordMinLength, same); // set to what it already is
    QVERIFY(!edit.isDirty());
    edit.inherit(PolicyField::ExternalMail); // not overridden here: nothing to remove
    QVERIFY(!edit.isDirty());
    QVERIFY(edit.update().set.isEmpty() && edit.update().inherit.isEmpty());
}

void TestPolicyEdit::theDomainCannotInherit()
{
    PolicyEdit edit(PolicyLevel::Domain, {domainDocument(), {}, {}});
    edit.inherit(PolicyField::ExternalMail);
    QVERIFY(edit.overrides(PolicyField::ExternalMail));
    QVERIFY(!edit.isDirty());
    DeliveryPolicy open;
    open.externalMail = ExternalMailMode::Allow;
    edit.set(PolicyField::ExternalMail, open);
    QCOMPARE(edit.update().expectedVersion, 7);
    QVERIFY(*edit.update().set.externalMail == ExternalMailMode::Allow);
}

void TestPolicyEdit::rebaseKeepsOnlyTheChosenFields()
{
    PolicyEdit edit(PolicyLevel::Unit, {domainDocument(), unitDocument(), {}});
    DeliveryPolicy mine;
    mine.trustedBrowserDays = 3;
    mine.password.minLength = 14;
    edit.set(PolicyField::TrustedBrowserDays, mine);
    edit.set(PolicyField::PasswordMinLength, mine);

    PolicyDocument theirs = unitDocument();
    theirs.version = 4;
    theirs.policy.trustedBrowserDays = 10;
    theirs.policy.password.minLength = 10;
    theirs.policy.autoForward = false;
    edit.rebase(theirs, {PolicyField::TrustedBrowserDays});

    QCOMPARE(edit.document().version, 4);
    QCOMPARE(*edit.draft().trustedBrowserDays, 3);  // mine, as chosen
    QCOMPARE(*edit.draft().password.minLength, 10); // theirs
    QCOMPARE(*edit.draft().autoForward, false);     // theirs, untouched by me
    QCOMPARE(edit.changedFields(), QList<PolicyField>{PolicyField::TrustedBrowserDays});
    QCOMPARE(edit.update().expectedVersion, 4);
}

QTEST_GUILESS_MAIN(TestPolicyEdit)
#include "tst_policyedit.moc"
