#include "api/ConnectionSettings.h"
#include "cli/Connection.h"
#include "secrets/MemorySecretStore.h"
#include "store/CacheFile.h"
#include "store/KeyBytes.h"
#include "store/LedgerKey.h"

#include <QCommandLineParser>
#include <QTest>

#include <optional>

namespace {

// Windows Credential Manager refuses a credential blob over CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512 bytes).
constexpr qsizetype CredentialManagerLimit = 5 * 512;
constexpr int WaitLimitMs = 5000;

std::optional<dm::SecretStatus> writeNow(dm::SecretStore& store, const QString& name, const QByteArray& value)
{
    std::optional<dm::SecretStatus> result;
    QObject context;
    store.write(name, value, &context, [&result](dm::SecretStatus status) { result = std::move(status); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, WaitLimitMs);
    return result;
}

std::optional<dm::SecretValue> readNow(dm::SecretStore& store, const QString& name)
{
    std::optional<dm::SecretValue> result;
    QObject context;
    store.read(name, &context, [&result](dm::SecretValue value) { result = std::move(value); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, WaitLimitMs);
    return result;
}

// Proxy credentials at every limit, in characters that take three bytes of UTF-8 each (the worst a QString character
// of the Basic Multilingual Plane can cost); the proxy is a 255-character host name and the largest port.
dm::ProxyCredentials largestProxyCredentials()
{
    return {QString(dm::ProxyCredentials::MaxUserLength, QChar(0x7528)),     // 用
            QString(dm::ProxyCredentials::MaxPasswordLength, QChar(0x5BC6)), // 密
            QString(dm::ProxyCredentials::MaxProxyLength - 6, QChar(0x754C)) + QStringLiteral(":65535")};
}

// What `dmctl profile add --auth-code-env VAR` would store for the value in VAR.
dm::Expected<QByteArray, QString> authCodeFromEnvironment(const QByteArray& value)
{
    qputenv("DM_TEST_ENTRY_SIZE_AUTH", value);
    dm::CliOptions options;
    QCommandLineParser parser;
    parser.addOption(options.authCodeEnv);
    parser.addOption(options.authCodeStdin);
    if (!parser.parse(
            {QStringLiteral("dmctl"), QStringLiteral("--auth-code-env"), QStringLiteral("DM_TEST_ENTRY_SIZE_AUTH")})) {
        return dm::Unexpected{parser.errorText()};
    }
    auto read = dm::readAuthCodeFromOptions(parser, options);
    qunsetenv("DM_TEST_ENTRY_SIZE_AUTH");
    return read;
}

} // namespace

// Every keychain entry the client writes (dmctl and dmadmin: auth-code, cache-key, ledger-key, proxy-credentials;
// tokens stay in memory), built at its largest legal size, must fit the Windows Credential Manager.
class TestKeychainEntrySizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeLimitIsBelowCredentialManagers();
    void largestEntryFits_data();
    void largestEntryFits();
    void proxyCredentialsOverALimitDoNotFit();
    void storeRefusesOneByteOverWithoutTruncating();
    void dmctlRefusesAnAuthCodeOverTheLimit();
};

void TestKeychainEntrySizes::storeLimitIsBelowCredentialManagers()
{
    QVERIFY(dm::SecretStore::MaxValueSize < CredentialManagerLimit);
}

void TestKeychainEntrySizes::largestEntryFits_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("value");

    const QByteArray longestAuthCode = QString(dm::MaxAuthCodeLength, QChar(0x7801)).toUtf8(); // 码
    QCOMPARE(longestAuthCode.size(), 3 * dm::MaxAuthCodeLength);
    QTest::newRow("auth-code") << QStringLiteral("auth-code") << longestAuthCode;
    // dmctl's own reading keeps the whole code: what is stored is what was given.
    auto fromDmctl = authCodeFromEnvironment(longestAuthCode);
    QVERIFY2(fromDmctl.hasValue(), qPrintable(fromDmctl.hasValue() ? QString() : fromDmctl.error()));
    QCOMPARE(fromDmctl.value(), longestAuthCode);

    const auto cacheKey = dm::KeyBytes::random();
    QVERIFY(cacheKey);
    QTest::newRow("cache-key") << dm::CacheFile::keyName() << cacheKey->toHex();

    const auto ledgerKey = dm::LedgerKey::generate();
    QVERIFY(ledgerKey);
    QTest::newRow("ledger-key") << dm::LedgerKey::keychainName() << ledgerKey->toStored();

    const dm::ProxyCredentials proxy = largestProxyCredentials();
    QVERIFY(proxy.fitsLimits());
    QTest::newRow("proxy-credentials") << dm::ProxyCredentials::secretName() << proxy.toSecret();
}

void TestKeychainEntrySizes::largestEntryFits()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, value);
    QVERIFY2(value.size() <= dm::SecretStore::MaxValueSize,
             qPrintable(QStringLiteral("%1 bytes").arg(value.size()))); // a size, never the value
    QVERIFY(value.size() < CredentialManagerLimit);

    // And the store takes it whole.
    dm::MemorySecretStore store(QUuid::createUuid());
    const auto written = writeNow(store, name, value);
    QVERIFY(written && written->hasValue());
    const auto read = readNow(store, name);
    QVERIFY(read && read->hasValue());
    QVERIFY(read->value() == value);
}

void TestKeychainEntrySizes::proxyCredentialsOverALimitDoNotFit()
{
    dm::ProxyCredentials longer = largestProxyCredentials();
    longer.user.append(QLatin1Char('x'));
    QVERIFY(!longer.fitsLimits());
    longer = largestProxyCredentials();
    longer.password.append(QLatin1Char('x'));
    QVERIFY(!longer.fitsLimits());
    longer = largestProxyCredentials();
    longer.proxy.prepend(QLatin1Char('x'));
    QVERIFY(!longer.fitsLimits());
}

void TestKeychainEntrySizes::storeRefusesOneByteOverWithoutTruncating()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    const auto written =
        writeNow(store, dm::ProxyCredentials::secretName(), QByteArray(dm::SecretStore::MaxValueSize + 1, 'p'));
    QVERIFY(written && !written->hasValue());
    QCOMPARE(written->error().kind, dm::SecretError::Kind::TooLarge);
    QVERIFY(!written->error().message.isEmpty());
    QVERIFY(store.keychain()->keys().isEmpty()); // nothing kept, not even a shortened value
}

void TestKeychainEntrySizes::dmctlRefusesAnAuthCodeOverTheLimit()
{
    const auto refused = authCodeFromEnvironment(QByteArray(dm::MaxAuthCodeLength + 1, 'a'));
    QVERIFY(!refused.hasValue());
    QVERIFY(refused.error().contains(QString::number(dm::MaxAuthCodeLength)));
    const auto accepted = authCodeFromEnvironment(QByteArray(dm::MaxAuthCodeLength, 'a'));
    QVERIFY(accepted.hasValue());
    QCOMPARE(accepted.value().size(), dm::MaxAuthCodeLength);
}

QTEST_GUILESS_MAIN(TestKeychainEntrySizes)
#include "tst_keychainentrysizes.moc"
