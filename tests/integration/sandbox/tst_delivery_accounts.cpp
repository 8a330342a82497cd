#include "AccountTestSupport.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace accounts_test;

// Our delivery-mailbox account extensions (/api/open/delivery/account/...): keyset listing for sync and search,
// activation and its SMS flood rule, status and password resets.
class TestDeliveryAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsEveryMatchingAccountOnceAcrossPages();
    void filtersByStatusActivationAndCreation();
    void incrementalListingSeesUpdatedAccountsAgain();
    void searchesByKeyword();
    void listRefusals();
    void reportsActivation();
    void resendActivationRefusals();
    void resendsActivationOncePerMinute();
    void setsStatusIdempotently();
    void resetsPasswords();
    void resetPasswordRefusals();
    void stateSurvivesARestart();

private:
    SandboxProcess::Reply call(const QString& operation, const QJsonObject& body);
    QJsonObject create(const QString& accountName, const QJsonObject& extra = {});
    QString nextMobile();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_unitId; // 25 accounts zd-sync00..24, made by the first test
    QStringList m_synced;
    int m_mobiles = 0;
};

void TestDeliveryAccounts::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
    QVERIFY(!m_sandbox->start(frozenSandbox()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
}

void TestDeliveryAccounts::cleanupTestCase()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

SandboxProcess::Reply TestDeliveryAccounts::call(const QString& operation, const QJsonObject& body)
{
    return m_sandbox->call(QStringLiteral("/api/open/delivery/account/") + operation, body);
}

QString TestDeliveryAccounts::nextMobile()
{
    return QStringLiteral("1580000%1").arg(++m_mobiles, 4, 10, QLatin1Char('0'));
}

QJsonObject TestDeliveryAccounts::create(const QString& accountName, const QJsonObject& extra)
{
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/account/createAccount"),
                                       newAccount(*m_sandbox, accountName, nextMobile(), extra));
    if (reply.code != 0) {
        qWarning() << "createAccount failed:" << reply.code << reply.message;
    }
    return reply.data.toObject();
}

void TestDeliveryAccounts::listsEveryMatchingAccountOnceAcrossPages()
{
    const auto unit = m_sandbox->call(QStringLiteral("/api/open/unit/createUnit"),
                                      {{QStringLiteral("name"), QStringLiteral("同步测试庭")}});
    QCOMPARE(unit.code, 0);
    m_unitId = unit.data.toObject().value(QStringLiteral("unitId")).toString();
    for (int i = 0; i < 25; ++i) {
        m_synced.append(QStringLiteral("zd-sync%1").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(!create(m_synced.last(), {{QStringLiteral("unitId"), m_unitId}}).isEmpty());
    }
    int pages = 0;
    bool ok = false;
    const QJsonArray paged =
        listAll(*m_sandbox, {{QStringLiteral("unitId"), m_unitId}, {QStringLiteral("pageSize"), 7}}, &pages, &ok);
    QVERIFY(ok);
    QCOMPARE(pages, 4);
    QCOMPARE(accountNames(paged), m_synced); // each once, in id (creation) order
    // A page size that divides the count: nextCursor is null on the last full page, no empty page follows.
    QCOMPARE(accountNames(
                 listAll(*m_sandbox, {{QStringLiteral("unitId"), m_unitId}, {QStringLiteral("pageSize"), 5}}, &pages)),
             m_synced);
    QCOMPARE(pages, 5);
    const auto first = call(QStringLiteral("list"), {{QStringLiteral("unitId"), m_unitId}});
    QCOMPARE(first.code, 0);
    QVERIFY(first.data.toObject().value(QStringLiteral("nextCursor")).isNull()); // default page size 100
    QCOMPARE(first.data.toObject().value(QStringLiteral("items")).toArray().size(), 25);

    // The whole platform (the seeded court included), in small pages: no account twice, ours all there.
    const QJsonArray everything = listAll(*m_sandbox, {{QStringLiteral("pageSize"), 97}}, &pages, &ok);
    QVERIFY(ok);
    const QStringList names = accountNames(everything);
    const QSet<QString> unique(names.begin(), names.end());
    QCOMPARE(unique.size(), names.size());
    for (const QString& name : m_synced) {
        QVERIFY(unique.contains(name));
    }
    QCOMPARE(pages, int((names.size() + 96) / 97));
}

void TestDeliveryAccounts::filtersByStatusActivationAndCreation()
{
    QVERIFY(!m_unitId.isEmpty());
    const auto inUnit = [this](QJsonObject filter) {
        filter.insert(QStringLiteral("unitId"), m_unitId);
        return accountNames(listAll(*m_sandbox, filter));
    };
    QCOMPARE(call(QStringLiteral("setStatus"), {{QStringLiteral("accountName"), QStringLiteral("zd-sync03")},
                                                {QStringLiteral("status"), QStringLiteral("disabled")}})
                 .code,
             0);
    QCOMPARE(
        m_sandbox->call(QStringLiteral("/api/open/account/deleteAccountSim"), byName(QStringLiteral("zd-sync04"))).code,
        0);
    QCOMPARE(inUnit({{QStringLiteral("status"), QStringLiteral("disabled")}}),
             QStringList{QStringLiteral("zd-sync03")});
    QCOMPARE(inUnit({{QStringLiteral("status"), QStringLiteral("deleted")}}), QStringList{QStringLiteral("zd-sync04")});
    QCOMPARE(inUnit({{QStringLiteral("status"), QStringLiteral("enabled")}}).size(), 23);
    QCOMPARE(inUnit({{QStringLiteral("activationState"), QStringLiteral("smsSent")}}).size(), 25);
    for (const char* state : {"created", "firstLogin", "activated"}) {
        QVERIFY(inUnit({{QStringLiteral("activationState"), QLatin1String(state)}}).isEmpty());
    }
    // Against the seeded court too: every listed account really is in the state asked for.
    for (const char* state : {"created", "smsSent", "firstLogin", "activated"}) {
        bool ok = false;
        const QJsonArray items = listAll(
            *m_sandbox, {{QStringLiteral("activationState"), QLatin1String(state)}, {QStringLiteral("pageSize"), 1000}},
            nullptr, &ok);
        QVERIFY(ok);
        for (const QJsonValue& item : items) {
            QCOMPARE(item.toObject()
                         .value(QStringLiteral("activation"))
                         .toObject()
                         .value(QStringLiteral("state"))
                         .toString(),
                     QLatin1String(state));
        }
    }
    // Combined filters, and the status filter against the whole platform.
    QCOMPARE(inUnit({{QStringLiteral("status"), QStringLiteral("disabled")},
                     {QStringLiteral("activationState"), QStringLiteral("smsSent")}}),
             QStringList{QStringLiteral("zd-sync03")});
    for (const QJsonValue& item : listAll(*m_sandbox, {{QStringLiteral("status"), QStringLiteral("disabled")}})) {
        QCOMPARE(item.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
    }

    // Platform time stands still in this sandbox, so all our accounts were created in the same millisecond T:
    // [T, T+1) holds them all, [.., T) and [T+1, ..) none of them.
    const qint64 t =
        m_sandbox->call(QStringLiteral("/api/open/account/getAccount"), byName(QStringLiteral("zd-sync00")))
            .data.toObject()
            .value(QStringLiteral("createdAt"))
            .toInteger();
    QCOMPARE(inUnit({{QStringLiteral("createdFrom"), t}, {QStringLiteral("createdTo"), t + 1}}).size(), 25);
    QVERIFY(inUnit({{QStringLiteral("createdTo"), t}}).isEmpty());
    QVERIFY(inUnit({{QStringLiteral("createdFrom"), t + 1}}).isEmpty());
    for (const QJsonValue& item :
         listAll(*m_sandbox, {{QStringLiteral("createdFrom"), t - 86400000}, {QStringLiteral("createdTo"), t}})) {
        const qint64 createdAt = item.toObject().value(QStringLiteral("createdAt")).toInteger();
        QVERIFY(createdAt >= t - 86400000 && createdAt < t);
    }
}

void TestDeliveryAccounts::incrementalListingSeesUpdatedAccountsAgain()
{
    QVERIFY(!m_unitId.isEmpty());
    const QJsonObject since0{
        {QStringLiteral("unitId"), m_unitId}, {QStringLiteral("updatedSince"), 0}, {QStringLiteral("pageSize"), 7}};
    const QJsonArray all = listAll(*m_sandbox, since0);
    QCOMPARE(all.size(), 25);
    qint64 last = 0;
    for (const QJsonValue& item : all) { // ordered by updatedAt
        const qint64 updatedAt = item.toObject().value(QStringLiteral("updatedAt")).toInteger();
        QVERIFY(updatedAt >= last);
        last = updatedAt;
    }
    const QStringList names = accountNames(all);
    QCOMPARE(QSet<QString>(names.begin(), names.end()), QSet<QString>(m_synced.begin(), m_synced.end()));

    // The client keeps the last updatedAt as its cursor; the next sync starts there (inclusive): it sees the
    // boundary row again, and every account changed since.
    const QString boundary = all.last().toObject().value(QStringLiteral("accountName")).toString();
    const auto updated = m_sandbox->call(QStringLiteral("/api/open/account/updateAccount"),
                                         {{QStringLiteral("accountName"), QStringLiteral("zd-sync00")},
                                          {QStringLiteral("jobNumber"), QStringLiteral("(2025)民初7号")}});
    QCOMPARE(updated.code, 0);
    QVERIFY(m_sandbox->call(QStringLiteral("/api/open/account/getAccount"), byName(QStringLiteral("zd-sync00")))
                .data.toObject()
                .value(QStringLiteral("updatedAt"))
                .toInteger() > last);
    const QStringList next = accountNames(
        listAll(*m_sandbox, {{QStringLiteral("unitId"), m_unitId}, {QStringLiteral("updatedSince"), last}}));
    QCOMPARE(next, QStringList({boundary, QStringLiteral("zd-sync00")}));

    // An account that changes while a client pages through is seen again later in the same run, never lost.
    QJsonObject request = since0;
    request.insert(QStringLiteral("pageSize"), 5);
    const auto page1 = call(QStringLiteral("list"), request);
    QCOMPARE(page1.code, 0);
    const QString early = accountNames(page1.data.toObject().value(QStringLiteral("items")).toArray()).first();
    QCOMPARE(call(QStringLiteral("resetPassword"), {{QStringLiteral("accountName"), early},
                                                    {QStringLiteral("mode"), QStringLiteral("generate")},
                                                    {QStringLiteral("delivery"), QStringLiteral("sms")}})
                 .code,
             0);
    request.insert(QStringLiteral("cursor"), page1.data.toObject().value(QStringLiteral("nextCursor")));
    const QStringList rest = accountNames(listAll(*m_sandbox, request));
    QCOMPARE(rest.size(), 21); // 25 - 5 + the changed one
    QCOMPARE(rest.last(), early);
}

void TestDeliveryAccounts::searchesByKeyword()
{
    create(QStringLiteral("zd-keyword"), {{QStringLiteral("name"), QStringLiteral("欧阳检索")},
                                          {QStringLiteral("jobNumber"), QStringLiteral("(2025)沪0101民初98765号")},
                                          {QStringLiteral("bindMobile"), QStringLiteral("13611112468")}});
    const auto search = [this](const QString& keyword) {
        return listAll(*m_sandbox, {{QStringLiteral("keyword"), keyword}, {QStringLiteral("pageSize"), 1000}});
    };
    QCOMPARE(accountNames(search(QStringLiteral("欧阳检"))), QStringList{QStringLiteral("zd-keyword")});
    QCOMPARE(accountNames(search(QStringLiteral("民初98765"))), QStringList{QStringLiteral("zd-keyword")});
    QCOMPARE(accountNames(search(QStringLiteral("ZD-KEYW"))), QStringList{QStringLiteral("zd-keyword")});
    // Four digits also match the end of the mobile; every hit matches one way or the other.
    const QJsonArray bySuffix = search(QStringLiteral("2468"));
    QVERIFY(accountNames(bySuffix).contains(QStringLiteral("zd-keyword")));
    for (const QJsonValue& value : bySuffix) {
        const QJsonObject item = value.toObject();
        const bool matches = item.value(QStringLiteral("mobile")).toString().endsWith(QLatin1String("2468")) ||
                             item.value(QStringLiteral("accountName")).toString().contains(QLatin1String("2468")) ||
                             item.value(QStringLiteral("jobNumber")).toString().contains(QLatin1String("2468")) ||
                             item.value(QStringLiteral("name")).toString().contains(QLatin1String("2468"));
        QVERIFY(matches);
    }
    // The middle of a mobile is no match, nor are three digits of its end.
    QVERIFY(!accountNames(search(QStringLiteral("1111"))).contains(QStringLiteral("zd-keyword")));
    QVERIFY(!accountNames(search(QStringLiteral("468"))).contains(QStringLiteral("zd-keyword")));
    QVERIFY(search(QStringLiteral("没有这个人")).isEmpty());
    // Keyword and other filters together.
    QVERIFY(listAll(*m_sandbox, {{QStringLiteral("keyword"), QStringLiteral("欧阳检")},
                                 {QStringLiteral("status"), QStringLiteral("disabled")}})
                .isEmpty());
}

void TestDeliveryAccounts::listRefusals()
{
    const auto list = [this](const QJsonObject& body) { return call(QStringLiteral("list"), body); };
    QCOMPARE(list({{QStringLiteral("status"), QStringLiteral("bogus")}}).message,
             QStringLiteral("PARAM.INVALID:status:value"));
    QCOMPARE(list({{QStringLiteral("activationState"), QStringLiteral("done")}}).message,
             QStringLiteral("PARAM.INVALID:activationState:value"));
    QCOMPARE(list({{QStringLiteral("createdFrom"), 100}, {QStringLiteral("createdTo"), 100}}).message,
             QStringLiteral("PARAM.INVALID:createdTo:range"));
    QCOMPARE(list({{QStringLiteral("createdFrom"), -1}}).message, QStringLiteral("PARAM.INVALID:createdFrom:range"));
    QCOMPARE(list({{QStringLiteral("updatedSince"), QStringLiteral("yesterday")}}).message,
             QStringLiteral("PARAM.INVALID:updatedSince:type"));
    QCOMPARE(list({{QStringLiteral("pageSize"), 0}}).message, QStringLiteral("PARAM.INVALID:pageSize:range"));
    QCOMPARE(list({{QStringLiteral("pageSize"), 1001}}).message, QStringLiteral("PARAM.INVALID:pageSize:range"));
    QCOMPARE(list({{QStringLiteral("keyword"), 5}}).message, QStringLiteral("PARAM.INVALID:keyword:type"));
    QCOMPARE(list({{QStringLiteral("cursor"), QStringLiteral("!!not-base64!!")}}).message,
             QStringLiteral("PARAM.INVALID:cursor:format"));
    QCOMPARE(list({{QStringLiteral("cursor"), QStringLiteral("aGVsbG8")}}).message, // "hello"
             QStringLiteral("PARAM.INVALID:cursor:format"));
    // A cursor from a listing by id does not fit a listing by updatedAt.
    const auto page = list({{QStringLiteral("pageSize"), 1}});
    const QJsonValue idCursor = page.data.toObject().value(QStringLiteral("nextCursor"));
    QVERIFY(idCursor.isString());
    QCOMPARE(list({{QStringLiteral("pageSize"), 1}, {QStringLiteral("cursor"), idCursor}}).code, 0);
    QCOMPARE(list({{QStringLiteral("updatedSince"), 0}, {QStringLiteral("cursor"), idCursor}}).message,
             QStringLiteral("PARAM.INVALID:cursor:format"));
}

void TestDeliveryAccounts::reportsActivation()
{
    const QJsonObject created = create(QStringLiteral("zd-activation"));
    const auto reply = call(QStringLiteral("getActivation"), byName(QStringLiteral("zd-activation")));
    QCOMPARE(reply.code, 0);
    QJsonObject expected = created.value(QStringLiteral("activation")).toObject();
    expected.insert(QStringLiteral("accountName"), QStringLiteral("zd-activation"));
    QCOMPARE(reply.data.toObject(), expected);
    QCOMPARE(reply.data.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("smsSent"));
    const auto unknown = call(QStringLiteral("getActivation"), byName(QStringLiteral("zd-nobody")));
    QCOMPARE(unknown.code, -4);
    QCOMPARE(unknown.message, QStringLiteral("ACCOUNT.NOT.FOUND"));
    QCOMPARE(call(QStringLiteral("getActivation"), {}).message, QStringLiteral("PARAM.INVALID:accountName:missing"));
}

void TestDeliveryAccounts::resendActivationRefusals()
{
    // Platform time stands still here: the creation's SMS stays "just sent".
    create(QStringLiteral("zd-resend"));
    const auto tooSoon = call(QStringLiteral("resendActivation"), byName(QStringLiteral("zd-resend")));
    QCOMPARE(tooSoon.code, -3);
    QCOMPARE(tooSoon.message, QStringLiteral("通用业务操作失败: SMS.TOO.FREQUENT"));
    QCOMPARE(tooSoon.data.toObject().value(QStringLiteral("retryAfterMs")).toInteger(), 60000);
    QCOMPARE(call(QStringLiteral("getActivation"), byName(QStringLiteral("zd-resend")))
                 .data.toObject()
                 .value(QStringLiteral("reminderCount"))
                 .toInt(),
             0); // nothing was sent

    create(QStringLiteral("zd-resend-disabled"));
    QCOMPARE(call(QStringLiteral("setStatus"), {{QStringLiteral("accountName"), QStringLiteral("zd-resend-disabled")},
                                                {QStringLiteral("status"), QStringLiteral("disabled")}})
                 .code,
             0);
    QCOMPARE(call(QStringLiteral("resendActivation"), byName(QStringLiteral("zd-resend-disabled"))).message,
             QStringLiteral("通用业务操作失败: ACCOUNT.DISABLED"));
    QCOMPARE(
        m_sandbox
            ->call(QStringLiteral("/api/open/account/deleteAccountSim"), byName(QStringLiteral("zd-resend-disabled")))
            .code,
        0);
    QCOMPARE(call(QStringLiteral("resendActivation"), byName(QStringLiteral("zd-resend-disabled"))).message,
             QStringLiteral("通用业务操作失败: ACCOUNT.DELETED"));
    QCOMPARE(call(QStringLiteral("resendActivation"), byName(QStringLiteral("zd-nobody"))).code, -4);
    QCOMPARE(call(QStringLiteral("resendActivation"), {}).message, QStringLiteral("PARAM.INVALID:accountName:missing"));

    // The seeded court's own staff mailboxes are activated.
    const auto activated =
        call(QStringLiteral("list"), {{QStringLiteral("activationState"), QStringLiteral("activated")},
                                      {QStringLiteral("status"), QStringLiteral("enabled")},
                                      {QStringLiteral("pageSize"), 1}});
    const QJsonArray items = activated.data.toObject().value(QStringLiteral("items")).toArray();
    QVERIFY2(!items.isEmpty(), "the seeded court should have activated mailboxes");
    const QString done = items.first().toObject().value(QStringLiteral("accountName")).toString();
    const auto refused = call(QStringLiteral("resendActivation"), byName(done));
    QCOMPARE(refused.code, -3);
    QCOMPARE(refused.message, QStringLiteral("通用业务操作失败: ACTIVATION.DONE"));
}

void TestDeliveryAccounts::resendsActivationOncePerMinute()
{
    // A second sandbox whose platform runs 120 times as fast: the one-minute rule passes in half a second.
    QTemporaryDir dataDir;
    SandboxProcess fast(dataDir.path());
    QVERIFY(!fast.start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--rate-limit"),
                         QStringLiteral("0"), QStringLiteral("--speed"), QStringLiteral("120")})
                 .isEmpty());
    QVERIFY(fast.authenticate());
    const QString resend = QStringLiteral("/api/open/delivery/account/resendActivation");
    const auto created = fast.call(QStringLiteral("/api/open/account/createAccount"),
                                   newAccount(fast, QStringLiteral("zd-fast"), QStringLiteral("13512340001")));
    QCOMPARE(created.code, 0);
    const qint64 firstSms = created.data.toObject()
                                .value(QStringLiteral("activation"))
                                .toObject()
                                .value(QStringLiteral("smsSentAt"))
                                .toInteger();

    const auto tooSoon = fast.call(resend, byName(QStringLiteral("zd-fast")));
    QCOMPARE(tooSoon.message, QStringLiteral("通用业务操作失败: SMS.TOO.FREQUENT"));
    const qint64 retryAfter = tooSoon.data.toObject().value(QStringLiteral("retryAfterMs")).toInteger();
    QVERIFY2(retryAfter > 0 && retryAfter <= 60000, qPrintable(QString::number(retryAfter)));
    QTest::qWait(int(retryAfter / 120) + 200);

    const auto sent = fast.call(resend, byName(QStringLiteral("zd-fast")));
    QCOMPARE(sent.code, 0);
    const QJsonObject activation = sent.data.toObject();
    QCOMPARE(activation.value(QStringLiteral("accountName")).toString(), QStringLiteral("zd-fast"));
    QCOMPARE(activation.value(QStringLiteral("reminderCount")).toInt(), 1);
    const qint64 secondSms = activation.value(QStringLiteral("smsSentAt")).toInteger();
    QVERIFY(secondSms >= firstSms + 60000);
    QVERIFY(activation.contains(QStringLiteral("state")));
    QVERIFY(activation.contains(QStringLiteral("firstLoginAt")));
    QVERIFY(activation.contains(QStringLiteral("activatedAt")));

    // A client retrying the resend right away is told, and no second SMS goes out.
    const auto retried = fast.call(resend, byName(QStringLiteral("zd-fast")));
    QCOMPARE(retried.code, -3);
    QCOMPARE(retried.message, QStringLiteral("通用业务操作失败: SMS.TOO.FREQUENT"));
    const auto after =
        fast.call(QStringLiteral("/api/open/delivery/account/getActivation"), byName(QStringLiteral("zd-fast")));
    QCOMPARE(after.data.toObject().value(QStringLiteral("reminderCount")).toInt(), 1);
    QCOMPARE(after.data.toObject().value(QStringLiteral("smsSentAt")).toInteger(), secondSms);
}

void TestDeliveryAccounts::setsStatusIdempotently()
{
    const QJsonObject created = create(QStringLiteral("zd-status"));
    const auto set = [this](const QString& accountName, const QJsonValue& status) {
        QJsonObject body{{QStringLiteral("accountName"), accountName}};
        if (!status.isUndefined()) {
            body.insert(QStringLiteral("status"), status);
        }
        return call(QStringLiteral("setStatus"), body);
    };
    const auto disabled = set(QStringLiteral("zd-status"), QStringLiteral("disabled"));
    QCOMPARE(disabled.code, 0);
    QCOMPARE(disabled.data.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
    const qint64 disabledAt = disabled.data.toObject().value(QStringLiteral("updatedAt")).toInteger();
    QVERIFY(disabledAt > created.value(QStringLiteral("updatedAt")).toInteger());
    const auto again = set(QStringLiteral("zd-status"), QStringLiteral("disabled"));
    QCOMPARE(again.code, 0);
    QCOMPARE(again.data.toObject(), disabled.data.toObject()); // nothing changed, updatedAt included
    const auto enabled = set(QStringLiteral("zd-status"), QStringLiteral("enabled"));
    QCOMPARE(enabled.data.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("enabled"));
    QVERIFY(enabled.data.toObject().value(QStringLiteral("updatedAt")).toInteger() > disabledAt);

    QCOMPARE(set(QStringLiteral("zd-status"), QStringLiteral("deleted")).message,
             QStringLiteral("PARAM.INVALID:status:value"));
    QCOMPARE(set(QStringLiteral("zd-status"), QJsonValue(QJsonValue::Undefined)).message,
             QStringLiteral("PARAM.INVALID:status:missing"));
    QCOMPARE(set(QStringLiteral("zd-nobody"), QStringLiteral("enabled")).code, -4);
    QCOMPARE(
        m_sandbox->call(QStringLiteral("/api/open/account/deleteAccountSim"), byName(QStringLiteral("zd-status"))).code,
        0);
    const auto deleted = set(QStringLiteral("zd-status"), QStringLiteral("enabled"));
    QCOMPARE(deleted.code, -3);
    QCOMPARE(deleted.message, QStringLiteral("通用业务操作失败: ACCOUNT.DELETED"));
}

void TestDeliveryAccounts::resetsPasswords()
{
    const QJsonObject created = create(QStringLiteral("zd-reset"), {{QStringLiteral("passChangeFirstLogin"), 0}});
    const auto returned =
        call(QStringLiteral("resetPassword"), {{QStringLiteral("accountName"), QStringLiteral("zd-reset")},
                                               {QStringLiteral("mode"), QStringLiteral("generate")},
                                               {QStringLiteral("delivery"), QStringLiteral("return")}});
    QCOMPARE(returned.code, 0);
    const QJsonObject data = returned.data.toObject();
    const QString password = data.value(QStringLiteral("password")).toString();
    QVERIFY(password.size() >= 8 && password.size() <= 32);
    QVERIFY(!data.contains(QStringLiteral("smsSentAt")));
    QCOMPARE(data.value(QStringLiteral("accountName")).toString(), QStringLiteral("zd-reset"));
    QCOMPARE(data.value(QStringLiteral("delivery")).toString(), QStringLiteral("return"));
    QCOMPARE(data.value(QStringLiteral("passChangeFirstLogin")).toInt(), 1);
    const qint64 resetAt = data.value(QStringLiteral("updatedAt")).toInteger();
    QVERIFY(resetAt > created.value(QStringLiteral("updatedAt")).toInteger());
    const auto account =
        m_sandbox->call(QStringLiteral("/api/open/account/getAccount"), byName(QStringLiteral("zd-reset")));
    QCOMPARE(account.data.toObject().value(QStringLiteral("passChangeFirstLogin")).toInt(), 1);
    QCOMPARE(account.data.toObject().value(QStringLiteral("updatedAt")).toInteger(), resetAt);
    QVERIFY(!account.raw.contains(password.toUtf8()));

    // A second generated password differs; a given one goes out by SMS and is never echoed.
    const auto regenerated =
        call(QStringLiteral("resetPassword"), {{QStringLiteral("accountName"), QStringLiteral("zd-reset")},
                                               {QStringLiteral("mode"), QStringLiteral("generate")},
                                               {QStringLiteral("delivery"), QStringLiteral("return")}});
    QVERIFY(regenerated.data.toObject().value(QStringLiteral("password")).toString() != password);
    const auto bySms =
        call(QStringLiteral("resetPassword"), {{QStringLiteral("accountName"), QStringLiteral("zd-reset")},
                                               {QStringLiteral("mode"), QStringLiteral("given")},
                                               {QStringLiteral("password"), QStringLiteral("Given#Pass7")},
                                               {QStringLiteral("delivery"), QStringLiteral("sms")}});
    QCOMPARE(bySms.code, 0);
    QVERIFY(!bySms.data.toObject().contains(QStringLiteral("password")));
    QVERIFY(bySms.data.toObject().value(QStringLiteral("smsSentAt")).toInteger() > 0);
    QCOMPARE(bySms.data.toObject().value(QStringLiteral("delivery")).toString(), QStringLiteral("sms"));
    QVERIFY(!bySms.raw.contains("Given#Pass7"));
    // Disabled accounts can be reset (the administrator may re-enable them later).
    QCOMPARE(call(QStringLiteral("setStatus"), {{QStringLiteral("accountName"), QStringLiteral("zd-reset")},
                                                {QStringLiteral("status"), QStringLiteral("disabled")}})
                 .code,
             0);
    QCOMPARE(call(QStringLiteral("resetPassword"), {{QStringLiteral("accountName"), QStringLiteral("zd-reset")},
                                                    {QStringLiteral("mode"), QStringLiteral("generate")},
                                                    {QStringLiteral("delivery"), QStringLiteral("sms")}})
                 .code,
             0);
}

void TestDeliveryAccounts::resetPasswordRefusals()
{
    create(QStringLiteral("zd-reset-refused"));
    const auto reset = [this](const QJsonObject& fields) {
        QJsonObject body{{QStringLiteral("accountName"), QStringLiteral("zd-reset-refused")},
                         {QStringLiteral("mode"), QStringLiteral("generate")},
                         {QStringLiteral("delivery"), QStringLiteral("return")}};
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.value().isNull()) {
                body.remove(it.key());
            } else {
                body.insert(it.key(), it.value());
            }
        }
        return call(QStringLiteral("resetPassword"), body);
    };
    const QJsonValue remove(QJsonValue::Null);
    QCOMPARE(reset({{QStringLiteral("mode"), remove}}).message, QStringLiteral("PARAM.INVALID:mode:missing"));
    QCOMPARE(reset({{QStringLiteral("mode"), QStringLiteral("random")}}).message,
             QStringLiteral("PARAM.INVALID:mode:value"));
    QCOMPARE(reset({{QStringLiteral("mode"), QStringLiteral("given")}}).message,
             QStringLiteral("PARAM.INVALID:password:missing"));
    QCOMPARE(reset({{QStringLiteral("mode"), QStringLiteral("given")},
                    {QStringLiteral("password"), QStringLiteral("abc12345")}})
                 .message,
             QStringLiteral("PARAM.INVALID:password:weak"));
    QCOMPARE(reset({{QStringLiteral("password"), QStringLiteral("Given#Pass7")}}).message,
             QStringLiteral("PARAM.INVALID:password:unexpected"));
    QCOMPARE(reset({{QStringLiteral("delivery"), remove}}).message, QStringLiteral("PARAM.INVALID:delivery:missing"));
    QCOMPARE(reset({{QStringLiteral("delivery"), QStringLiteral("email")}}).message,
             QStringLiteral("PARAM.INVALID:delivery:value"));
    QCOMPARE(reset({{QStringLiteral("accountName"), QStringLiteral("zd-nobody")}}).code, -4);
    QCOMPARE(
        m_sandbox
            ->call(QStringLiteral("/api/open/account/deleteAccountSim"), byName(QStringLiteral("zd-reset-refused")))
            .code,
        0);
    const auto deleted = reset({});
    QCOMPARE(deleted.code, -3);
    QCOMPARE(deleted.message, QStringLiteral("通用业务操作失败: ACCOUNT.DELETED"));
    QVERIFY(!deleted.data.toObject().contains(QStringLiteral("password")));
}

void TestDeliveryAccounts::stateSurvivesARestart()
{
    QVERIFY(!m_unitId.isEmpty());
    const QJsonArray before = listAll(*m_sandbox, {{QStringLiteral("unitId"), m_unitId}});
    m_sandbox->stop();
    QVERIFY(!m_sandbox->start(frozenSandbox()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
    QCOMPARE(listAll(*m_sandbox, {{QStringLiteral("unitId"), m_unitId}}), before);
    // The statuses set before the restart (disabled, deleted) are part of what survived.
    QCOMPARE(accountNames(listAll(*m_sandbox, {{QStringLiteral("unitId"), m_unitId},
                                               {QStringLiteral("status"), QStringLiteral("disabled")}})),
             QStringList{QStringLiteral("zd-sync03")});
}

QTEST_GUILESS_MAIN(TestDeliveryAccounts)
#include "tst_delivery_accounts.moc"
