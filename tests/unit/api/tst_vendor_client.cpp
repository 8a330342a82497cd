#include "ServiceCallSupport.h"
#include "api/AccountService.h"
#include "api/LogService.h"
#include "api/TokenManager.h"
#include "api/UnitService.h"
#include "api/WireValue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <deque>
#include <memory>

using namespace dm;
using namespace servicecalls;

namespace {

// The golden exchanges of tests/golden/vendor: requests as public integrators send them, answers as the real
// platform gives them. Here dm_api is held to them through a fake transport: what it sends must contain every field
// of the golden request with the same value, and what it reads from the golden answer must be right. The sandbox is
// held to the same files from the other side (tests/integration/sandbox/tst_golden_vendor).
struct Golden
{
    QString name;
    QString path;
    QString headers; // none, token, bogus-token
    QJsonObject query;
    QJsonValue body;
    QJsonObject response;
};

// Values standing in for the {{placeholders}}.
const QHash<QString, QString> kValues{
    {QStringLiteral("appId"), QStringLiteral("app-1")},
    {QStringLiteral("authCode"), QStringLiteral("auth")},
    {QStringLiteral("orgOpenId"), QStringLiteral("org-1")},
    {QStringLiteral("accessToken"), QStringLiteral("tok-A")},
    {QStringLiteral("refreshToken"), QStringLiteral("ref-A")},
    {QStringLiteral("newAccessToken"), QStringLiteral("tok-B")},
    {QStringLiteral("unitId"), QStringLiteral("u-1")},
    {QStringLiteral("childUnitId"), QStringLiteral("u-2")},
};

QJsonValue substitute(const QJsonValue& value)
{
    if (value.isString()) {
        QString text = value.toString();
        for (auto it = kValues.cbegin(); it != kValues.cend(); ++it) {
            text.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
        }
        return text;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            array.append(substitute(item));
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            object.insert(it.key(), substitute(it.value()));
        }
        return object;
    }
    return value;
}

QHash<QString, Golden> loadGolden()
{
    QHash<QString, Golden> golden;
    const QDir dir(QStringLiteral(DM_SOURCE_DIR "/tests/golden/vendor"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(in.readAll()).object();
        Golden exchange{object.value(QStringLiteral("name")).toString(),
                        object.value(QStringLiteral("path")).toString(),
                        object.value(QStringLiteral("headers")).toString(),
                        substitute(object.value(QStringLiteral("query"))).toObject(),
                        substitute(object.value(QStringLiteral("body"))),
                        substitute(object.value(QStringLiteral("response"))).toObject()};
        golden.insert(exchange.name, exchange);
    }
    return golden;
}

// Beijing wall-clock time as ms since the epoch.
qint64 beijing(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

} // namespace

class TestVendorClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tokensWithTimesAsBeijingStringsAndTheRefreshAsAQuery();
    void units();
    void accountLifecycle();
    void taken_missingAndGoneAreNamedAsTheVendorNamesThem();
    void logQueriesReadTheVendorsRowsIntoTheCachesRecords();

private:
    // The next platform answers, in order; a request that does not match the next golden request fails the test.
    void expect(std::initializer_list<const char*> names);
    FakeAnswer answer(const FakeAccessManager::Seen& seen);
    template <typename T>
    Expected<T, ApiError> run(const std::function<void(std::function<void(const Expected<T, ApiError>&)>)>& call);

    QHash<QString, Golden> m_golden;
    std::deque<Golden> m_expected;
    QStringList m_mismatches;
    FakeAccessManager* m_fake = nullptr;
    std::unique_ptr<PlatformClient> m_client;
};

void TestVendorClient::initTestCase()
{
    m_golden = loadGolden();
    QVERIFY2(m_golden.size() >= 20, "the golden exchanges were not found");
}

void TestVendorClient::init()
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://platform.test"));
    settings.appId = kValues.value(QStringLiteral("appId"));
    settings.orgOpenId = kValues.value(QStringLiteral("orgOpenId"));
    settings.domain = QStringLiteral("court.sandbox.test");
    settings.requestsPerSecond = 0;
    auto network = std::make_unique<FakeAccessManager>(
        settings, [this](const FakeAccessManager::Seen& seen) { return answer(seen); });
    m_fake = network.get();
    m_client = std::make_unique<PlatformClient>(
        std::move(network), [](std::function<void(Expected<QByteArray, ApiError>)> done) { done(QByteArray("auth")); });
    // The golden token expires at 15:30 Beijing time; the test lives at 13:00 of that day.
    m_client->tokens().setClock([] { return beijing(2026, 12, 4, 13, 0); });
    m_expected.clear();
    m_mismatches.clear();
}

void TestVendorClient::cleanup()
{
    QVERIFY2(m_mismatches.isEmpty(), qPrintable(m_mismatches.join(QLatin1Char('\n'))));
    const QString unsent = m_expected.empty() ? QString() : m_expected.front().name;
    m_expected.clear();
    QVERIFY2(unsent.isEmpty(), qPrintable(QStringLiteral("not requested: ") + unsent));
    m_client.reset();
}

void TestVendorClient::expect(std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        QVERIFY2(m_golden.contains(QLatin1String(name)), name);
        m_expected.push_back(m_golden.value(QLatin1String(name)));
    }
}

FakeAnswer TestVendorClient::answer(const FakeAccessManager::Seen& seen)
{
    if (m_expected.empty() || m_expected.front().path != seen.path) {
        m_mismatches << QStringLiteral("unexpected request %1 (expected %2)")
                            .arg(seen.path, m_expected.empty() ? QStringLiteral("none") : m_expected.front().path);
        return FakeAnswer::failure(QNetworkReply::ContentNotFoundError, 404);
    }
    const Golden golden = m_expected.front();
    m_expected.pop_front();
    // Every field of the golden request goes out with the golden value; the client may send more.
    const QJsonObject wanted = golden.body.toObject();
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        // A flag may be spelled true or 1: integrators use both, and so may we.
        const QJsonValue sent = seen.body.value(it.key());
        const bool sameFlag =
            (sent.isBool() || it.value().isBool()) && wire::flag(sent) && wire::flag(sent) == wire::flag(it.value());
        if (sent != it.value() && !sameFlag) {
            m_mismatches
                << QStringLiteral("%1: body field %2 is %3, golden %4")
                       .arg(golden.name, it.key(),
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray{seen.body.value(it.key())}).toJson(QJsonDocument::Compact)),
                            QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
        }
    }
    const QUrlQuery query(seen.request.url());
    for (auto it = golden.query.begin(); it != golden.query.end(); ++it) {
        if (query.queryItemValue(it.key(), QUrl::FullyDecoded) != it.value().toString()) {
            m_mismatches << QStringLiteral("%1: query item %2 differs").arg(golden.name, it.key());
        }
    }
    const QByteArray token = seen.request.rawHeader("qiye-access-token");
    if (golden.headers == QLatin1String("none") && !token.isEmpty()) {
        m_mismatches << QStringLiteral("%1: a token endpoint was sent an access token").arg(golden.name);
    }
    if (golden.headers == QLatin1String("token") &&
        (token.isEmpty() || seen.request.rawHeader("qiye-app-id") != kValues.value(QStringLiteral("appId")).toUtf8() ||
         seen.request.rawHeader("qiye-org-open-id") != kValues.value(QStringLiteral("orgOpenId")).toUtf8())) {
        m_mismatches << QStringLiteral("%1: the token headers are missing").arg(golden.name);
    }
    return FakeAnswer{QJsonDocument(golden.response).toJson(QJsonDocument::Compact)};
}

template <typename T>
Expected<T, ApiError>
TestVendorClient::run(const std::function<void(std::function<void(const Expected<T, ApiError>&)>)>& call)
{
    Result<T> result;
    call(result.callback());
    if (!QTest::qWaitFor([&result] { return result.value.has_value(); }, 5000)) {
        ApiError timedOut;
        timedOut.kind = ApiError::Kind::Cancelled;
        timedOut.detail = QStringLiteral("no answer");
        return Unexpected{timedOut};
    }
    return *result.value;
}

void TestVendorClient::tokensWithTimesAsBeijingStringsAndTheRefreshAsAQuery()
{
    expect({"acquire-token", "refresh-token-query"});
    TokenManager& tokens = m_client->tokens();
    const auto first = run<QByteArray>([&](auto done) { tokens.token(nullptr, done); });
    QVERIFY(first);
    QCOMPARE(*first, QByteArray("tok-A"));
    QCOMPARE(tokens.accessExpiry(), beijing(2026, 12, 4, 15, 30));

    tokens.markExpired("tok-A"); // the platform said -301
    const auto second = run<QByteArray>([&](auto done) { tokens.token(nullptr, done); });
    QVERIFY(second);
    QCOMPARE(*second, QByteArray("tok-B"));
    QCOMPARE(tokens.accessExpiry(), beijing(2026, 12, 4, 15, 31));
    QCOMPARE(tokens.refreshCount(), 1);
}

void TestVendorClient::units()
{
    UnitService units(*m_client);
    expect({"acquire-token", "create-unit"});
    const auto top = run<Unit>([&](auto done) {
        units.create(QStringLiteral("送达管理中心"), {}, QStringLiteral("送达管理"), nullptr, done);
    });
    QVERIFY2(top, qPrintable(top ? QString() : top.error().detail));
    QCOMPARE(top->unitId, QStringLiteral("u-1"));
    QCOMPARE(top->parentUnitId, QStringLiteral("root")); // the vendor's top level is the client's root
    expect({"create-child-unit"});
    const auto child = run<Unit>(
        [&](auto done) { units.create(QStringLiteral("民一庭送达组"), QStringLiteral("u-1"), {}, nullptr, done); });
    QVERIFY(child);
    QCOMPARE(child->parentUnitId, QStringLiteral("u-1"));

    expect({"create-unit-exists"});
    const auto again = run<Unit>([&](auto done) {
        units.create(QStringLiteral("送达管理中心"), QStringLiteral("root"), QStringLiteral("送达管理"), nullptr, done);
    });
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ApiError::Kind::Conflict);
    QCOMPARE(again.error().platformMessage, QStringLiteral("UNIT.EXIST"));

    expect({"get-unit-list"});
    const auto list = run<QList<Unit>>([&](auto done) { units.list(nullptr, done); });
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).unitId, QStringLiteral("root"));
    QCOMPARE(list->at(0).name, QStringLiteral("court.sandbox.test"));
    QCOMPARE(list->at(1).name, QStringLiteral("送达管理中心"));
    QCOMPARE(list->at(1).parentUnitId, QStringLiteral("root"));
    QCOMPARE(list->at(2).parentUnitId, QStringLiteral("u-1"));
}

void TestVendorClient::accountLifecycle()
{
    AccountService accounts(*m_client);
    UnitService units(*m_client);
    NewAccount fresh;
    fresh.accountName = QStringLiteral("zhang.san.golden");
    fresh.name = QStringLiteral("张三");
    fresh.jobNumber = QStringLiteral("(2026)粤0104民初1234号");
    fresh.unitId = QStringLiteral("u-1");
    fresh.initialPassword = QStringLiteral("Court#2026xq");
    expect({"acquire-token", "create-account"});
    const auto created = run<Account>([&](auto done) { accounts.create(fresh, nullptr, done); });
    QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
    QCOMPARE(created->name, QStringLiteral("张三"));
    QVERIFY(created->status == AccountStatus::Enabled);
    QCOMPARE(created->address, QStringLiteral("zhang.san.golden@court.sandbox.test"));
    QCOMPARE(created->mobile, QString()); // integrators create without a mobile
    QCOMPARE(created->unitId, QStringLiteral("u-1"));
    QCOMPARE(created->visibleInAddr, false);

    expect({"get-account"});
    const auto got = run<Account>([&](auto done) { accounts.get(fresh.accountName, nullptr, done); });
    QVERIFY(got);
    QCOMPARE(got->jobNumber, fresh.jobNumber);

    // The vendor's update answers without data: the account is read back.
    AccountUpdate change;
    change.name = QStringLiteral("张三丰");
    change.unitId = QStringLiteral("u-2");
    change.mobile = QStringLiteral("13800138001");
    expect({"update-account", "get-account-moved"});
    const auto updated = run<Account>([&](auto done) { accounts.update(fresh.accountName, change, nullptr, done); });
    QVERIFY(updated);
    QCOMPARE(updated->name, QStringLiteral("张三丰"));
    QCOMPARE(updated->unitId, QStringLiteral("u-2"));
    QCOMPARE(updated->mobile, QStringLiteral("13800138001"));

    expect({"get-account-list"});
    const auto page = run<NumberedPage<Account>>(
        [&](auto done) { units.listAccounts(QStringLiteral("u-1"), true, 1, 50, nullptr, done); });
    QVERIFY(page);
    QCOMPARE(page->total, 1);
    QCOMPARE(page->pageNum, 1);
    QCOMPARE(page->items.at(0).unitId, QStringLiteral("u-2"));
    expect({"get-account-list-all"});
    const auto all = run<NumberedPage<Account>>(
        [&](auto done) { units.listAccounts(QStringLiteral("root"), true, 1, 50, nullptr, done); });
    QVERIFY(all);

    expect({"update-password", "get-account-moved"});
    QVERIFY(run<Account>([&](auto done) {
        accounts.updatePassword(fresh.accountName, QStringLiteral("Court#2026xr"), 1, nullptr, done);
    }));

    expect({"delete-account-sim", "get-account-deleted"});
    const auto deleted = run<Account>([&](auto done) { accounts.remove(fresh.accountName, nullptr, done); });
    QVERIFY(deleted);
    QVERIFY(deleted->status == AccountStatus::Deleted);

    expect({"recover-account", "get-account-moved"});
    const auto recovered = run<Account>([&](auto done) { accounts.recover(fresh.accountName, nullptr, done); });
    QVERIFY(recovered);
    QVERIFY(recovered->status == AccountStatus::Enabled);

    expect({"delete-account"});
    QVERIFY(run<void>([&](auto done) { accounts.purge(fresh.accountName, nullptr, done); }));
}

void TestVendorClient::taken_missingAndGoneAreNamedAsTheVendorNamesThem()
{
    AccountService accounts(*m_client);
    NewAccount taken;
    taken.accountName = QStringLiteral("zhang.san.golden");
    taken.name = QStringLiteral("张三");
    taken.unitId = QStringLiteral("u-1");
    taken.initialPassword = QStringLiteral("Court#2026xq");
    expect({"acquire-token", "create-account-exists"});
    const auto exists = run<Account>([&](auto done) { accounts.create(taken, nullptr, done); });
    QVERIFY(!exists);
    QCOMPARE(exists.error().kind, ApiError::Kind::Conflict);
    QCOMPARE(exists.error().platformMessage, QStringLiteral("MAILACCOUNT.NAMEEXIST"));
    QVERIFY(exists.error().message().contains(QStringLiteral("MAILACCOUNT.NAMEEXIST")));

    expect({"get-account-missing"});
    const auto missing = run<Account>([&](auto done) { accounts.get(QStringLiteral("nobody.golden"), nullptr, done); });
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);

    expect({"recover-account-gone"});
    const auto gone = run<Account>([&](auto done) { accounts.recover(taken.accountName, nullptr, done); });
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
    QVERIFY(!gone.error().ambiguous);
}

void TestVendorClient::logQueriesReadTheVendorsRowsIntoTheCachesRecords()
{
    LogService logs(*m_client);
    const LogWindow week{beijing(2026, 9, 14, 0, 0), beijing(2026, 9, 21, 0, 0)};
    expect({"acquire-token", "weblogin-all"});
    const auto logins =
        run<NumberedPage<LoginRecord>>([&](auto done) { logs.vendorLogins(week, 1, 3, nullptr, done); });
    QVERIFY2(logins, qPrintable(logins ? QString() : logins.error().detail));
    QCOMPARE(logins->total, 1472);
    QCOMPARE(logins->items.size(), 3);
    const LoginRecord& failed = logins->items.at(0);
    QCOMPARE(failed.id, 8515);
    QCOMPARE(failed.accountName, QStringLiteral("d3637385"));
    QCOMPARE(failed.time, QDateTime(QDate(2026, 9, 14), QTime(0, 0, 51), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    QVERIFY(failed.method == LoginMethod::Webmail);
    QVERIFY(failed.result == LogResult::Failure);
    QCOMPARE(failed.province, QStringLiteral("广东省"));
    QCOMPARE(failed.city, QStringLiteral("广州市"));
    QVERIFY(logins->items.at(1).result == LogResult::Success);
    QVERIFY(logins->items.at(2).method == LoginMethod::Mailmaster);

    expect({"received-mail"});
    const auto mail =
        run<NumberedPage<MailRecord>>([&](auto done) { logs.vendorReceivedMail(week, 1, 2, nullptr, done); });
    QVERIFY2(mail, qPrintable(mail ? QString() : mail.error().detail));
    QCOMPARE(mail->total, 515);
    const MailRecord& unread = mail->items.at(0);
    QVERIFY(unread.direction == MailDirection::In);
    QVERIFY(unread.status == MailStatus::Received);
    QVERIFY(!unread.readAt && !unread.readClient);
    QCOMPARE(unread.updatedAt, unread.time);
    const MailRecord& read = mail->items.at(1);
    QCOMPARE(read.recipient, QStringLiteral("lilz@court.sandbox.test"));
    QCOMPARE(read.subject, QStringLiteral("关于(2026)粤0104刑初178号案件的开庭传票"));
    QCOMPARE(*read.readAt, QDateTime(QDate(2026, 9, 15), QTime(12, 4, 36), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    QVERIFY(read.readClient == ReadClient::Mailmaster);
    QCOMPARE(read.updatedAt, *read.readAt);

    // Windows the vendor cannot express are refused before anything is sent.
    const auto split = run<NumberedPage<MailRecord>>([&](auto done) {
        logs.vendorReceivedMail(LogWindow{week.startTime + 500, week.endTime}, 1, 20, nullptr, done);
    });
    QVERIFY(!split);
    QCOMPARE(split.error().field, QStringLiteral("startTime"));
    const auto tooBig =
        run<NumberedPage<MailRecord>>([&](auto done) { logs.vendorReceivedMail(week, 1, 101, nullptr, done); });
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().field, QStringLiteral("pageSize"));
}

QTEST_GUILESS_MAIN(TestVendorClient)
#include "tst_vendor_client.moc"
