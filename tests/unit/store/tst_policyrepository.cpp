#include "store/Db.h"
#include "store/PolicyRepository.h"
#include "store/Schema.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace dm;

namespace {

StoredDocument policyDocument(const QString& level, const QString& targetId, qint64 version, int days)
{
    StoredDocument stored;
    stored.level = level;
    stored.targetId = targetId;
    stored.version = version;
    if (version > 0) {
        stored.updatedAt = 1796100000000 + version;
    }
    stored.document =
        QJsonObject{{QStringLiteral("level"), level},
                    {QStringLiteral("targetId"), targetId},
                    {QStringLiteral("version"), version},
                    {QStringLiteral("policy"), QJsonObject{{QStringLiteral("trustedBrowserDays"), days}}}};
    return stored;
}

} // namespace

class TestPolicyRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void savesAndLoadsDocumentsWhole();
    void saveReplacesTheSameTarget();
    void listsByLevelInOrder();
    void replaceLevelDropsDocumentsOfVanishedTargets();
    void policyAndLoginRulesAreSeparate();
    void removeDeletesOneDocument();

private:
    QTemporaryDir m_dir;
    std::optional<Db> m_db;
    int m_files = 0;
};

void TestPolicyRepository::init()
{
    QVERIFY(m_dir.isValid());
    auto db = Db::open(m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_files)), Db::generateKey());
    QVERIFY(db);
    m_db.emplace(std::move(*db));
    QVERIFY(schema::migrate(*m_db));
}

void TestPolicyRepository::cleanup()
{
    m_db.reset();
}

void TestPolicyRepository::savesAndLoadsDocumentsWhole()
{
    PolicyRepository repository(*m_db);
    const StoredDocument unit = policyDocument(QStringLiteral("unit"), QStringLiteral("1002"), 2, 30);
    QVERIFY(repository.save(DocumentKind::Policy, unit));
    auto loaded = repository.load(DocumentKind::Policy, QStringLiteral("unit"), QStringLiteral("1002"));
    QVERIFY(loaded && loaded->has_value());
    QCOMPARE((*loaded)->level, unit.level);
    QCOMPARE((*loaded)->targetId, unit.targetId);
    QCOMPARE((*loaded)->version, qint64(2));
    QCOMPARE((*loaded)->updatedAt, unit.updatedAt);
    QCOMPARE((*loaded)->document, unit.document);
    QVERIFY((*loaded)->syncedAt > 0);

    // A document never written (version 0) has no updatedAt.
    QVERIFY(
        repository.save(DocumentKind::Policy, policyDocument(QStringLiteral("unit"), QStringLiteral("1003"), 0, 7)));
    auto never = repository.load(DocumentKind::Policy, QStringLiteral("unit"), QStringLiteral("1003"));
    QVERIFY(never && never->has_value());
    QVERIFY(!(*never)->updatedAt.has_value());
    QVERIFY(!repository.load(DocumentKind::Policy, QStringLiteral("unit"), QStringLiteral("9999"))->has_value());
}

void TestPolicyRepository::saveReplacesTheSameTarget()
{
    PolicyRepository repository(*m_db);
    QVERIFY(repository.save(DocumentKind::Policy,
                            policyDocument(QStringLiteral("domain"), QStringLiteral("court.test"), 1, 7)));
    QVERIFY(repository.save(DocumentKind::Policy,
                            policyDocument(QStringLiteral("domain"), QStringLiteral("court.test"), 2, 9)));
    QCOMPARE(*repository.count(DocumentKind::Policy), qint64(1));
    auto loaded = repository.load(DocumentKind::Policy, QStringLiteral("domain"), QStringLiteral("court.test"));
    QCOMPARE((*loaded)->version, qint64(2));
    QCOMPARE((*loaded)
                 ->document.value(QStringLiteral("policy"))
                 .toObject()
                 .value(QStringLiteral("trustedBrowserDays"))
                 .toInt(),
             9);
}

void TestPolicyRepository::listsByLevelInOrder()
{
    PolicyRepository repository(*m_db);
    QVERIFY(
        repository.save(DocumentKind::Policy, policyDocument(QStringLiteral("unit"), QStringLiteral("1003"), 1, 1)));
    QVERIFY(repository.save(DocumentKind::Policy,
                            policyDocument(QStringLiteral("account"), QStringLiteral("zhangsan"), 1, 2)));
    QVERIFY(
        repository.save(DocumentKind::Policy, policyDocument(QStringLiteral("unit"), QStringLiteral("1001"), 1, 3)));
    QVERIFY(repository.save(DocumentKind::Policy,
                            policyDocument(QStringLiteral("domain"), QStringLiteral("court.test"), 1, 4)));
    auto units = repository.list(DocumentKind::Policy, QStringLiteral("unit"));
    QVERIFY(units);
    QCOMPARE(units->size(), 2);
    QCOMPARE(units->at(0).targetId, QStringLiteral("1001"));
    QCOMPARE(units->at(1).targetId, QStringLiteral("1003"));
    auto all = repository.list(DocumentKind::Policy);
    QCOMPARE(all->size(), 4);
    QCOMPARE(*repository.count(DocumentKind::Policy, QStringLiteral("account")), qint64(1));
}

void TestPolicyRepository::replaceLevelDropsDocumentsOfVanishedTargets()
{
    PolicyRepository repository(*m_db);
    QVERIFY(
        repository.save(DocumentKind::Policy, policyDocument(QStringLiteral("unit"), QStringLiteral("gone"), 1, 1)));
    QVERIFY(
        repository.save(DocumentKind::Policy, policyDocument(QStringLiteral("account"), QStringLiteral("lisi"), 1, 1)));
    QVERIFY(repository.replaceLevel(DocumentKind::Policy, QStringLiteral("unit"),
                                    {policyDocument(QStringLiteral("unit"), QStringLiteral("1001"), 3, 5)}));
    auto units = repository.list(DocumentKind::Policy, QStringLiteral("unit"));
    QCOMPARE(units->size(), 1);
    QCOMPARE(units->at(0).targetId, QStringLiteral("1001"));
    QCOMPARE(*repository.count(DocumentKind::Policy, QStringLiteral("account")), qint64(1)); // other levels stay
    // A document of another level is refused, and inside a transaction nothing of the call stays.
    auto transaction = Transaction::begin(*m_db);
    QVERIFY(transaction);
    QVERIFY(!repository.replaceLevel(DocumentKind::Policy, QStringLiteral("unit"),
                                     {policyDocument(QStringLiteral("account"), QStringLiteral("x1"), 1, 5)}));
}

void TestPolicyRepository::policyAndLoginRulesAreSeparate()
{
    PolicyRepository repository(*m_db);
    StoredDocument rules;
    rules.level = QStringLiteral("account");
    rules.targetId = QStringLiteral("aaa");
    rules.version = 1;
    rules.updatedAt = 1796100000000;
    rules.document = QJsonObject{
        {QStringLiteral("level"), rules.level},
        {QStringLiteral("targetId"), rules.targetId},
        {QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("allow")},
                                                         {QStringLiteral("kind"), QStringLiteral("region")},
                                                         {QStringLiteral("value"), QStringLiteral("衢州市")}}}},
        {QStringLiteral("defaultAction"), QStringLiteral("deny")}};
    QVERIFY(repository.save(DocumentKind::LoginRules, rules));
    QCOMPARE(*repository.count(DocumentKind::Policy), qint64(0));
    auto loaded = repository.load(DocumentKind::LoginRules, QStringLiteral("account"), QStringLiteral("aaa"));
    QVERIFY(loaded && loaded->has_value());
    QCOMPARE((*loaded)->document, rules.document);
    QVERIFY(!repository.load(DocumentKind::Policy, QStringLiteral("account"), QStringLiteral("aaa"))->has_value());
}

void TestPolicyRepository::removeDeletesOneDocument()
{
    PolicyRepository repository(*m_db);
    QVERIFY(
        repository.save(DocumentKind::Policy, policyDocument(QStringLiteral("account"), QStringLiteral("a1"), 1, 1)));
    QVERIFY(
        repository.save(DocumentKind::Policy, policyDocument(QStringLiteral("account"), QStringLiteral("a2"), 1, 1)));
    QVERIFY(repository.remove(DocumentKind::Policy, QStringLiteral("account"), QStringLiteral("a1")));
    auto left = repository.list(DocumentKind::Policy, QStringLiteral("account"));
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->at(0).targetId, QStringLiteral("a2"));
}

QTEST_GUILESS_MAIN(TestPolicyRepository)
#include "tst_policyrepository.moc"
