// A profile's proxy and timeouts: kept beside the profile, refused when unusable, and carried into the connection
// settings that ApiAccessManager and the time-stamp client are made from.

#include "api/ApiAccessManager.h"
#include "api/NetworkPreferences.h"
#include "core/Profile.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;
using namespace std::chrono_literals;

class TestNetworkPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultsAreTodaysBehaviour();
    void roundTripsBesideTheProfile();
    void refusesUnusablePreferences_data();
    void refusesUnusablePreferences();
    void reachesTheConnectionSettings();
    void theAccessManagerTakesTheChosenProxy();
    void removingTheProfileRemovesThem();
    void aSilentServerFailsAtTheConnectionTimeout();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QUuid m_profile = QUuid::createUuid();
};

void TestNetworkPreferences::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))),
        QSettings::IniFormat);
}

void TestNetworkPreferences::defaultsAreTodaysBehaviour()
{
    const NetworkPreferences loaded = NetworkPreferences::load(*m_settings, m_profile);
    QCOMPARE(loaded.proxyMode, ProxyMode::System);
    QCOMPARE(loaded.connectTimeout, 15s);
    QCOMPARE(loaded.transferTimeout, 30s);
    QCOMPARE(loaded.problem(), NetworkPreferences::Problem::None);
}

void TestNetworkPreferences::roundTripsBesideTheProfile()
{
    NetworkPreferences preferences;
    preferences.proxyMode = ProxyMode::Manual;
    preferences.proxyHost = QStringLiteral(" proxy.court.example ");
    preferences.proxyPort = 3128;
    preferences.connectTimeout = 7s;
    preferences.transferTimeout = 90s;
    QVERIFY(preferences.save(*m_settings, m_profile));
    const QString group =
        QStringLiteral("profiles/%1/preferences/network/").arg(m_profile.toString(QUuid::WithoutBraces));
    QCOMPARE(m_settings->value(group + QStringLiteral("proxyMode")).toString(), QStringLiteral("manual"));

    const NetworkPreferences loaded = NetworkPreferences::load(*m_settings, m_profile);
    QCOMPARE(loaded.proxyMode, ProxyMode::Manual);
    QCOMPARE(loaded.proxyHost, QStringLiteral("proxy.court.example"));
    QCOMPARE(loaded.proxyPort, quint16(3128));
    QCOMPARE(loaded.connectTimeout, 7s);
    QCOMPARE(loaded.transferTimeout, 90s);
    QCOMPARE(loaded.proxyAddress(), QStringLiteral("proxy.court.example:3128"));
    // Another profile keeps its own.
    QCOMPARE(NetworkPreferences::load(*m_settings, QUuid::createUuid()).proxyMode, ProxyMode::System);

    // A hand-edited timeout out of range falls back to the default rather than failing every request.
    m_settings->setValue(group + QStringLiteral("connectTimeoutSeconds"), 0);
    QCOMPARE(NetworkPreferences::load(*m_settings, m_profile).connectTimeout, 15s);
}

void TestNetworkPreferences::refusesUnusablePreferences_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("connectSeconds");
    QTest::addColumn<int>("problem");
    using P = NetworkPreferences::Problem;
    QTest::newRow("no host") << QString() << 3128 << 15 << int(P::ProxyHostMissing);
    QTest::newRow("blank host") << QStringLiteral("  ") << 3128 << 15 << int(P::ProxyHostMissing);
    QTest::newRow("scheme") << QStringLiteral("http://proxy") << 3128 << 15 << int(P::ProxyHostInvalid);
    QTest::newRow("port in host") << QStringLiteral("proxy:3128") << 3128 << 15 << int(P::ProxyHostInvalid);
    QTest::newRow("port 0") << QStringLiteral("proxy") << 0 << 15 << int(P::ProxyPortMissing);
    QTest::newRow("timeout 0") << QStringLiteral("proxy") << 3128 << 0 << int(P::ConnectTimeoutOutOfRange);
    QTest::newRow("ipv6") << QStringLiteral("::1") << 3128 << 15 << int(P::None);
}

void TestNetworkPreferences::refusesUnusablePreferences()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, connectSeconds);
    QFETCH(int, problem);
    NetworkPreferences preferences;
    preferences.proxyMode = ProxyMode::Manual;
    preferences.proxyHost = host;
    preferences.proxyPort = static_cast<quint16>(port);
    preferences.connectTimeout = std::chrono::seconds(connectSeconds);
    QCOMPARE(int(preferences.problem()), problem);
    QCOMPARE(preferences.save(*m_settings, m_profile), problem == int(NetworkPreferences::Problem::None));
    if (problem != int(NetworkPreferences::Problem::None)) {
        QVERIFY(m_settings->allKeys().isEmpty()); // nothing of it kept
    }
}

void TestNetworkPreferences::reachesTheConnectionSettings()
{
    ConnectionSettings connection;
    connection.proxy = {QStringLiteral("clerk"), QStringLiteral("pw"), QStringLiteral("proxy:3128")};
    NetworkPreferences preferences;
    preferences.proxyMode = ProxyMode::Manual;
    preferences.proxyHost = QStringLiteral("proxy");
    preferences.proxyPort = 3128;
    preferences.connectTimeout = 5s;
    preferences.transferTimeout = 60s;
    preferences.applyTo(connection);
    QCOMPARE(connection.proxyMode, ProxyMode::Manual);
    QCOMPARE(connection.proxyHost, QStringLiteral("proxy"));
    QCOMPARE(connection.proxyPort, quint16(3128));
    QCOMPARE(connection.connectTimeout, std::chrono::milliseconds(5000));
    QCOMPARE(connection.transferTimeout, std::chrono::milliseconds(60000));
    QCOMPARE(connection.proxy.user, QStringLiteral("clerk")); // the keychain's credentials stay

    preferences.proxyMode = ProxyMode::None;
    preferences.applyTo(connection);
    QCOMPARE(connection.proxyMode, ProxyMode::None);
    QVERIFY(connection.proxyHost.isEmpty());
}

void TestNetworkPreferences::theAccessManagerTakesTheChosenProxy()
{
    ConnectionSettings connection;
    connection.proxyMode = ProxyMode::Manual;
    connection.proxyHost = QStringLiteral("proxy.court.example");
    connection.proxyPort = 3128;
    {
        const ApiAccessManager manager(connection);
        QCOMPARE(manager.proxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(manager.proxy().hostName(), QStringLiteral("proxy.court.example"));
        QCOMPARE(manager.proxy().port(), quint16(3128));
        QVERIFY(manager.proxyFactory() == nullptr);
    }
    connection.proxyMode = ProxyMode::None;
    {
        const ApiAccessManager manager(connection);
        QCOMPARE(manager.proxy().type(), QNetworkProxy::NoProxy);
        QVERIFY(manager.proxyFactory() == nullptr);
    }
    connection.proxyMode = ProxyMode::System;
    {
        const ApiAccessManager manager(connection);
        QVERIFY(manager.proxyFactory() != nullptr); // asks the system per request
    }
}

void TestNetworkPreferences::removingTheProfileRemovesThem()
{
    Profile profile;
    profile.id = m_profile;
    profile.name = QStringLiteral("court");
    ProfileStore store(*m_settings);
    QVERIFY(store.save(profile));
    NetworkPreferences preferences;
    preferences.proxyMode = ProxyMode::None;
    QVERIFY(preferences.save(*m_settings, m_profile));
    QCOMPARE(store.all().size(), 1); // the preferences are no profile of their own
    store.remove(m_profile);
    QCOMPARE(NetworkPreferences::load(*m_settings, m_profile).proxyMode, ProxyMode::System);
}

void TestNetworkPreferences::aSilentServerFailsAtTheConnectionTimeout()
{
    // Accepts the TCP connection and never answers the TLS handshake, as a proxy or firewall that swallows it does.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ConnectionSettings connection;
    connection.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()));
    connection.proxyMode = ProxyMode::None;
    connection.connectTimeout = 1s;
    connection.transferTimeout = 60s;
    ApiAccessManager manager(connection);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply* reply = manager.postJson(QStringLiteral("/api"), "{}");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // ApiExchange's Timeout
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    delete reply;
}

QTEST_GUILESS_MAIN(TestNetworkPreferences)
#include "tst_networkpreferences.moc"
