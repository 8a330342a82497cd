#include "FakeAccessManager.h"
#include "api/PlatformClient.h"
#include "store/Db.h"
#include "store/Schema.h"
#include "sync/AccountSync.h"
#include "sync/LogSync.h"
#include "sync/PolicySync.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace dm;

namespace {

// A platform that answers every listing page with the same next cursor: a client that trusted it would read the
// same page for ever.
FakeAnswer answer(const FakeAccessManager::Seen& seen, int& listings)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (seen.path == QLatin1String("/api/pub/token/acquireToken")) {
        return FakeAnswer::ok(QJsonObject{{QStringLiteral("accessToken"), QStringLiteral("t")},
                                          {QStringLiteral("accessTokenExpiredTime"), now + 3600000},
                                          {QStringLiteral("refreshToken"), QStringLiteral("r")},
                                          {QStringLiteral("refreshTokenExpiredTime"), now + 86400000}});
    }
    if (seen.path == QLatin1String("/api/open/unit/getUnitList")) {
        return FakeAnswer::ok(QJsonArray{});
    }
    const QJsonValue level = seen.body.value(QStringLiteral("level"));
    const QJsonValue target = seen.body.value(QStringLiteral("targetId"));
    if (seen.path == QLatin1String("/api/open/delivery/policy/get")) {
        // The domain's document is complete, as the platform keeps it; a unit's overrides nothing.
        const QJsonObject complete = QJsonDocument::fromJson(R"({"externalMail": "deny", "visibleInAddressBook": false,
            "allowedClients": ["webmail"], "autoForward": false, "forceSms2fa": true, "trustedBrowserDays": 0,
            "password": {"minLength": 12, "requireClasses": 3, "expireDays": 90, "forbidSequential": true},
            "abnormalLoginAlert": {"sms": true, "email": true}})")
                                         .object();
        return FakeAnswer::ok(
            QJsonObject{{QStringLiteral("level"), level},
                        {QStringLiteral("targetId"), target},
                        {QStringLiteral("policy"), level == QLatin1String("domain") ? complete : QJsonObject()},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("updatedAt"), QJsonValue::Null}});
    }
    if (seen.path == QLatin1String("/api/open/delivery/loginRule/get")) {
        return FakeAnswer::ok(QJsonObject{{QStringLiteral("level"), level},
                                          {QStringLiteral("targetId"), target},
                                          {QStringLiteral("rules"), QJsonArray{}},
                                          {QStringLiteral("defaultAction"), QStringLiteral("allow")},
                                          {QStringLiteral("version"), 1},
                                          {QStringLiteral("updatedAt"), QJsonValue::Null}});
    }
    ++listings;
    return FakeAnswer::ok(QJsonObject{{QStringLiteral("items"), QJsonArray{}},
                                      {QStringLiteral("nextCursor"), QStringLiteral("same-cursor")}});
}

} // namespace

class TestRepeatedCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void accountListingStops();
    void logListingStops();
    void policyScanStops();

private:
    void runToTheEnd(SyncStream& stream);

    QTemporaryDir m_dir;
    std::unique_ptr<Db> m_db;
    FakeAccessManager* m_fake = nullptr;
    std::unique_ptr<PlatformClient> m_client;
    int m_listings = 0;
};

void TestRepeatedCursor::init()
{
    auto db = Db::open(m_dir.filePath(QStringLiteral("cache-%1.db").arg(QDateTime::currentMSecsSinceEpoch())),
                       Db::generateKey());
    QVERIFY(db);
    m_db = std::make_unique<Db>(std::move(*db));
    QVERIFY(schema::migrate(*m_db));
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://platform.test"));
    settings.requestsPerSecond = 0;
    m_listings = 0;
    auto network = std::make_unique<FakeAccessManager>(
        settings, [this](const FakeAccessManager::Seen& seen) { return answer(seen, m_listings); });
    m_client = std::make_unique<PlatformClient>(
        std::move(network), [](std::function<void(Expected<QByteArray, ApiError>)> done) { done(QByteArray("a")); });
}

void TestRepeatedCursor::runToTheEnd(SyncStream& stream)
{
    std::optional<Expected<StreamReport, SyncError>> result;
    stream.run({}, [&result](const Expected<StreamReport, SyncError>& outcome) { result.emplace(outcome); });
    QVERIFY2(QTest::qWaitFor([&result] { return result.has_value(); }, 10000), "the stream never ended");
    QVERIFY(!*result);
    const auto* error = std::get_if<ApiError>(&result->error().cause);
    QVERIFY(error != nullptr);
    QCOMPARE(error->kind, ApiError::Kind::Protocol);
    QVERIFY2(error->detail.contains(QLatin1String("same cursor")), qPrintable(error->detail));
    QVERIFY2(m_listings < 50, qPrintable(QString::number(m_listings))); // a handful of requests, not an endless loop
}

void TestRepeatedCursor::accountListingStops()
{
    AccountSync stream(*m_db, *m_client);
    runToTheEnd(stream);
}

void TestRepeatedCursor::logListingStops()
{
    LogSyncOptions options;
    options.historyStartMs = QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000;
    auto stream = makeLoginLogSync(*m_db, *m_client, options);
    runToTheEnd(*stream);
}

void TestRepeatedCursor::policyScanStops()
{
    PolicySync stream(*m_db, *m_client);
    runToTheEnd(stream);
}

QTEST_GUILESS_MAIN(TestRepeatedCursor)
#include "tst_repeatedcursor.moc"
