#include "core/PolicyBaseline.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "store/Outbox.h"
#include "store/PolicyRepository.h"
#include "store/Schema.h"
#include "sync/OutboxPayload.h"
#include "sync/PolicyDocumentJson.h"
#include "sync/PolicyDrift.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace dm;

// The drift scan over a real cache file and the fix it queues in the outbox.
class TestPolicyDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anUnsyncedCacheIsAnErrorNotClean();
    void aCacheAtTheBaselineIsClean();
    void findsEachWeakerFieldAtEachLevel();
    void fixSetsTheDomainAndRemovesWeakerOverrides();
    void fixIsQueuedOnceAsOneBatch();

private:
    void save(PolicyLevel level, const QString& target, qint64 version, const DeliveryPolicy& policy);
    void seedDrift();

    QTemporaryDir m_dir;
    std::optional<Db> m_db;
    int m_files = 0;
};

void TestPolicyDrift::init()
{
    QVERIFY(m_dir.isValid());
    auto db = Db::open(m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_files)), Db::generateKey());
    QVERIFY(db);
    db->setLedgerKey(LedgerKey::generate());
    m_db.emplace(std::move(*db));
    QVERIFY(schema::migrate(*m_db));
}

void TestPolicyDrift::cleanup()
{
    m_db.reset();
}

void TestPolicyDrift::save(PolicyLevel level, const QString& target, qint64 version, const DeliveryPolicy& policy)
{
    PolicyDocument document;
    document.level = level;
    document.targetId = target;
    document.policy = policy;
    document.version = version;
    document.updatedAt = 1796100000000 + version;
    QVERIFY(PolicyRepository(*m_db).save(DocumentKind::Policy, toStoredDocument(document)));
}

// The domain lets mail in from outside; unit 1002 allows IMAP and trusts browsers for 30 days; account zhangsan may
// forward; unit 1003 and account lisi override fields without weakening them.
void TestPolicyDrift::seedDrift()
{
    DeliveryPolicy domain = defaultBaseline();
    domain.externalMail = ExternalMailMode::ReceiveOnly;
    domain.password.minLength = 12; // stricter: fine
    save(PolicyLevel::Domain, QStringLiteral("court.sandbox.test"), 3, domain);
    DeliveryPolicy unit;
    unit.allowedClients = QList<MailClient>{MailClient::Webmail, MailClient::Imap};
    unit.trustedBrowserDays = 30;
    unit.forceSms2fa = true;
    save(PolicyLevel::Unit, QStringLiteral("1002"), 2, unit);
    DeliveryPolicy strictUnit;
    strictUnit.trustedBrowserDays = 1;
    save(PolicyLevel::Unit, QStringLiteral("1003"), 1, strictUnit);
    DeliveryPolicy account;
    account.autoForward = true;
    save(PolicyLevel::Account, QStringLiteral("zhangsan"), 1, account);
    DeliveryPolicy strictAccount;
    strictAccount.password.expireDays = 30;
    save(PolicyLevel::Account, QStringLiteral("lisi"), 4, strictAccount);
}

void TestPolicyDrift::anUnsyncedCacheIsAnErrorNotClean()
{
    auto report = PolicyDrift::scan(*m_db, defaultBaseline());
    QVERIFY(!report);
    QVERIFY(report.error().contains(QLatin1String("dmctl sync --stream policy")));
}

void TestPolicyDrift::aCacheAtTheBaselineIsClean()
{
    save(PolicyLevel::Domain, QStringLiteral("court.sandbox.test"), 1, defaultBaseline());
    auto report = PolicyDrift::scan(*m_db, defaultBaseline());
    QVERIFY(report);
    QVERIFY(report->findings.isEmpty());
    QCOMPARE(report->documentsScanned, 1);
    QVERIFY(report->oldestSyncedAt > 0);
}

void TestPolicyDrift::findsEachWeakerFieldAtEachLevel()
{
    seedDrift();
    auto report = PolicyDrift::scan(*m_db, defaultBaseline());
    QVERIFY(report);
    QCOMPARE(report->documentsScanned, 5);
    QStringList found;
    for (const DriftFinding& finding : std::as_const(report->findings)) {
        found << toString(finding.level) + QLatin1Char(' ') + finding.targetId + QLatin1Char(' ') +
                     policyFieldPath(finding.field) + QStringLiteral(" v") + QString::number(finding.version);
    }
    QCOMPARE(found, (QStringList{QStringLiteral("domain court.sandbox.test externalMail v3"),
                                 QStringLiteral("unit 1002 allowedClients v2"),
                                 QStringLiteral("unit 1002 trustedBrowserDays v2"),
                                 QStringLiteral("account zhangsan autoForward v1")}));
    const QJsonObject json = PolicyDrift::toJson(report->findings.at(2), defaultBaseline());
    QCOMPARE(json.value(QStringLiteral("actual")).toInt(), 30);
    QCOMPARE(json.value(QStringLiteral("baseline")).toInt(), 7);
    QCOMPARE(json.value(QStringLiteral("field")).toString(), QStringLiteral("trustedBrowserDays"));

    // A tightened baseline finds more: the domain's 90 days and lisi's 30 are too long for a 14-day rule.
    DeliveryPolicy tight = defaultBaseline();
    tight.password.expireDays = 14;
    auto stricter = PolicyDrift::scan(*m_db, tight);
    QVERIFY(stricter);
    QCOMPARE(stricter->findings.size(), 6);
    QVERIFY(stricter->findings.at(1).field == PolicyField::PasswordExpireDays);
    // Accounts come last, in name order: lisi's expiry before zhangsan's forwarding.
    QCOMPARE(stricter->findings.at(4).targetId, QStringLiteral("lisi"));
    QVERIFY(stricter->findings.at(4).field == PolicyField::PasswordExpireDays);
    QCOMPARE(stricter->findings.last().targetId, QStringLiteral("zhangsan"));
}

void TestPolicyDrift::fixSetsTheDomainAndRemovesWeakerOverrides()
{
    seedDrift();
    auto report = PolicyDrift::scan(*m_db, defaultBaseline());
    QVERIFY(report);
    const QList<PolicyUpdate> plan = PolicyDrift::fixPlan(report->findings, defaultBaseline());
    QCOMPARE(plan.size(), 3);
    QVERIFY(plan.at(0).level == PolicyLevel::Domain);
    QCOMPARE(plan.at(0).expectedVersion, 3);
    QVERIFY(plan.at(0).set.externalMail == ExternalMailMode::Deny);
    QVERIFY(plan.at(0).inherit.isEmpty());
    QCOMPARE(plan.at(1).targetId, QStringLiteral("1002"));
    QCOMPARE(plan.at(1).expectedVersion, 2);
    QVERIFY(plan.at(1).set.isEmpty());
    QVERIFY(plan.at(1).inherit == (QList<PolicyField>{PolicyField::AllowedClients, PolicyField::TrustedBrowserDays}));
    QCOMPARE(plan.at(2).targetId, QStringLiteral("zhangsan"));
    QVERIFY(plan.at(2).inherit == QList<PolicyField>{PolicyField::AutoForward});
}

void TestPolicyDrift::fixIsQueuedOnceAsOneBatch()
{
    seedDrift();
    auto report = PolicyDrift::scan(*m_db, defaultBaseline());
    QVERIFY(report);
    auto ids = PolicyDrift::queueFix(*m_db, report->findings, defaultBaseline(), QStringLiteral("batch-1"));
    QVERIFY(ids);
    QCOMPARE(ids->size(), 3);
    Outbox outbox(*m_db);
    auto items = outbox.list(OutboxState::Pending, QStringLiteral("batch-1"));
    QVERIFY(items);
    QCOMPARE(items->size(), 3);
    for (const OutboxItem& item : std::as_const(*items)) {
        QCOMPARE(item.kind, outboxkind::updatePolicy);
        QVERIFY(outboxpayload::policyUpdate(item.payload));
    }
    const auto unit = outboxpayload::policyUpdate(items->at(1).payload);
    QCOMPARE(unit->targetId, QStringLiteral("1002"));
    QCOMPARE(unit->inherit.size(), 2);
    // A rerun of the same plan (after a crash, say) finds the items already queued.
    auto again = PolicyDrift::queueFix(*m_db, report->findings, defaultBaseline(), QStringLiteral("batch-2"));
    QVERIFY(again);
    QCOMPARE(*again, *ids);
    auto counts = outbox.counts();
    QVERIFY(counts);
    QCOMPARE(counts->pending, 3);
}

QTEST_GUILESS_MAIN(TestPolicyDrift)
#include "tst_policydrift.moc"
