#include "core/Profile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dm;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savesAndReadsBack();
    void namesAreUniqueAndValid();
    void removeForgetsTheProfile();
    void nothingSecretIsStored();

private:
    [[nodiscard]] Profile sample(const QString& name) const;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestProfileStore::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))),
        QSettings::IniFormat);
}

Profile TestProfileStore::sample(const QString& name) const
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    profile.appId = QStringLiteral("app");
    profile.orgOpenId = QStringLiteral("org");
    profile.domain = QStringLiteral("court.test");
    profile.pinnedKeys = {QByteArray("pin1="), QByteArray("pin2=")};
    profile.readOnly = true;
    profile.sandbox = true;
    return profile;
}

void TestProfileStore::savesAndReadsBack()
{
    ProfileStore store(*m_settings);
    const Profile saved = sample(QStringLiteral("court-1"));
    QVERIFY(store.save(saved));
    ProfileStore reopened(*m_settings);
    const auto found = reopened.find(QStringLiteral("court-1"));
    QVERIFY(found);
    QCOMPARE(found->id, saved.id);
    QCOMPARE(found->baseUrl, saved.baseUrl);
    QCOMPARE(found->pinnedKeys, saved.pinnedKeys);
    QCOMPARE(found->domain, saved.domain);
    QVERIFY(found->readOnly && found->sandbox);
    QVERIFY(!reopened.find(QStringLiteral("court-2")));
}

void TestProfileStore::namesAreUniqueAndValid()
{
    ProfileStore store(*m_settings);
    QVERIFY(store.save(sample(QStringLiteral("a"))));
    QVERIFY(!store.save(sample(QStringLiteral("a")))); // another profile, same name
    QVERIFY(!store.save(sample(QStringLiteral("has space"))));
    QVERIFY(!store.save(sample(QString())));
    QCOMPARE(store.all().size(), 1);
}

void TestProfileStore::removeForgetsTheProfile()
{
    ProfileStore store(*m_settings);
    const Profile profile = sample(QStringLiteral("gone"));
    QVERIFY(store.save(profile));
    store.remove(profile.id);
    QVERIFY(!store.find(QStringLiteral("gone")));
    QVERIFY(m_settings->childGroups().isEmpty() || m_settings->allKeys().isEmpty());
}

void TestProfileStore::nothingSecretIsStored()
{
    ProfileStore store(*m_settings);
    QVERIFY(store.save(sample(QStringLiteral("p"))));
    for (const QString& key : m_settings->allKeys()) {
        QVERIFY2(!key.contains(QLatin1String("auth"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
    }
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
