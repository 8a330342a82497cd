// The Settings page's proof-pack, export and logging preferences: kept where they belong, refused when unusable, and
// the log level put into effect on the application's own logging categories.

#include "core/ClientPreferences.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

class TestClientPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void proofDefaultsRoundTripPerProfile();
    void proofDefaultsRefuseBadUrls_data();
    void proofDefaultsRefuseBadUrls();
    void exportFolderIsGlobalAndMustExist();
    void logLevelRoundTripsAndApplies_data();
    void logLevelRoundTripsAndApplies();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestClientPreferences::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("%1-%2.ini")
                           .arg(QLatin1String(QTest::currentTestFunction()), QLatin1String(QTest::currentDataTag()))),
        QSettings::IniFormat);
}

void TestClientPreferences::cleanupTestCase()
{
    QLoggingCategory::setFilterRules(QString());
}

void TestClientPreferences::proofDefaultsRoundTripPerProfile()
{
    const QUuid profile = QUuid::createUuid();
    QFile certificate(m_dir.filePath(QStringLiteral("court.p12")));
    QVERIFY(certificate.open(QIODevice::WriteOnly));
    certificate.close();
    const ProofPreferences preferences{QStringLiteral("https://tsa.example.cn/tsa"), certificate.fileName()};
    QVERIFY(preferences.save(*m_settings, profile));
    QCOMPARE(
        m_settings
            ->value(QStringLiteral("profiles/%1/preferences/proof/tsaUrl").arg(profile.toString(QUuid::WithoutBraces)))
            .toString(),
        preferences.tsaUrl);
    const ProofPreferences loaded = ProofPreferences::load(*m_settings, profile);
    QCOMPARE(loaded.tsaUrl, preferences.tsaUrl);
    QCOMPARE(loaded.signingCertificate, preferences.signingCertificate);
    QVERIFY(ProofPreferences::load(*m_settings, QUuid::createUuid()).tsaUrl.isEmpty());
}

void TestClientPreferences::proofDefaultsRefuseBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("problem");
    using P = ProofPreferences::Problem;
    QTest::newRow("https") << QStringLiteral("https://tsa.example.cn/tsa") << int(P::None);
    QTest::newRow("http") << QStringLiteral("http://timestamp.example.com") << int(P::None);
    QTest::newRow("empty") << QString() << int(P::None);
    QTest::newRow("ftp") << QStringLiteral("ftp://tsa.example.cn") << int(P::TsaUrlWrongScheme);
    QTest::newRow("file") << QStringLiteral("file:///etc/tsa") << int(P::TsaUrlInvalid);
    QTest::newRow("no host") << QStringLiteral("https://") << int(P::TsaUrlInvalid);
    QTest::newRow("words") << QStringLiteral("the court's TSA") << int(P::TsaUrlInvalid);
}

void TestClientPreferences::proofDefaultsRefuseBadUrls()
{
    QFETCH(QString, url);
    QFETCH(int, problem);
    const ProofPreferences preferences{url, QString()};
    QCOMPARE(int(preferences.problem()), problem);
    QCOMPARE(preferences.save(*m_settings, QUuid::createUuid()), problem == int(ProofPreferences::Problem::None));
    const ProofPreferences missing{QString(), m_dir.filePath(QStringLiteral("absent.p12"))};
    QCOMPARE(missing.problem(), ProofPreferences::Problem::CertificateMissing);
}

void TestClientPreferences::exportFolderIsGlobalAndMustExist()
{
    QCOMPARE(ExportPreferences::load(*m_settings).startFolder(QStringLiteral("/fallback")),
             QStringLiteral("/fallback"));
    QVERIFY((ExportPreferences{m_dir.path()}.save(*m_settings)));
    QCOMPARE(m_settings->value(QStringLiteral("preferences/export/folder")).toString(), m_dir.path());
    QCOMPARE(ExportPreferences::load(*m_settings).startFolder(QStringLiteral("/fallback")), m_dir.path());
    // A folder that has gone is not offered.
    QVERIFY((ExportPreferences{m_dir.filePath(QStringLiteral("gone"))}.save(*m_settings)));
    QCOMPARE(ExportPreferences::load(*m_settings).startFolder(QStringLiteral("/fallback")),
             QStringLiteral("/fallback"));
}

void TestClientPreferences::logLevelRoundTripsAndApplies_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<bool>("info");
    QTest::addColumn<bool>("debug");
    QTest::newRow("errors") << int(LogLevel::Errors) << false << false << false;
    QTest::newRow("warnings") << int(LogLevel::Warnings) << true << false << false;
    QTest::newRow("information") << int(LogLevel::Information) << true << true << false;
    QTest::newRow("debug") << int(LogLevel::Debug) << true << true << true;
}

void TestClientPreferences::logLevelRoundTripsAndApplies()
{
    QFETCH(int, level);
    QFETCH(bool, warning);
    QFETCH(bool, info);
    QFETCH(bool, debug);
    QCOMPARE(LoggingPreferences::load(*m_settings).level, LogLevel::Information); // the default
    QVERIFY((LoggingPreferences{static_cast<LogLevel>(level)}.save(*m_settings)));
    const LoggingPreferences loaded = LoggingPreferences::load(*m_settings);
    QCOMPARE(int(loaded.level), level);
    loaded.apply();
    const QLoggingCategory exchange("dm.api.exchange");
    QCOMPARE(exchange.isWarningEnabled(), warning);
    QCOMPARE(exchange.isInfoEnabled(), info);
    QCOMPARE(exchange.isDebugEnabled(), debug);
    QVERIFY(exchange.isCriticalEnabled());
    // Other libraries' categories are left alone.
    QVERIFY(QLoggingCategory("other.library").isWarningEnabled());
}

QTEST_GUILESS_MAIN(TestClientPreferences)
#include "tst_clientpreferences.moc"
