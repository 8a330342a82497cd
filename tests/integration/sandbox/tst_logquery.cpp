#include "LogTestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace logtest;

namespace {

const QString kWebLogin = QStringLiteral("/api/open/logquery/webLogin");
const QString kReceivedMail = QStringLiteral("/api/open/logquery/receivedMail");
const QString kDomain = QStringLiteral("court.sandbox.test");

// ms -> "yyyy-MM-dd HH:mm:ss" at UTC+8, written apart from the sandbox's own conversion.
QString beijing(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 1000, Qt::UTC)
        .addSecs(8 * 3600)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject vendorWindow(qint64 start, qint64 end, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("domain"), kDomain);
    extra.insert(QStringLiteral("startTime"), beijing(start));
    extra.insert(QStringLiteral("endTime"), beijing(end));
    return extra;
}

QJsonObject allLogins()
{
    return {{QStringLiteral("accountNames"), QJsonArray{QString()}}};
}

QString localPart(const QString& address)
{
    return address.section(QLatin1Char('@'), 0, 0);
}

struct Pages
{
    QList<QJsonObject> rows;
    QList<qint64> counts; // every page's count
    int pages = 0;
    QString error;
};

// Reads pageNum 1, 2, ... until a short page; every page's count is kept.
Pages readPages(SandboxProcess& sandbox, const QString& path, QJsonObject body, int pageSize)
{
    Pages pages;
    body.insert(QStringLiteral("pageSize"), pageSize);
    for (int number = 1; number < 10000; ++number) {
        body.insert(QStringLiteral("pageNum"), number);
        const auto reply = sandbox.call(path, body);
        if (reply.code != 0) {
            pages.error = QStringLiteral("page %1: %2 %3").arg(number).arg(reply.code).arg(reply.message);
            return pages;
        }
        ++pages.pages;
        const QJsonObject data = reply.data.toObject();
        pages.counts.append(data.value(QStringLiteral("count")).toInteger(-1));
        const QJsonArray list = data.value(QStringLiteral("list")).toArray();
        for (const QJsonValue& row : list) {
            pages.rows.append(row.toObject());
        }
        if (list.size() < pageSize) {
            return pages;
        }
    }
    pages.error = QStringLiteral("no end");
    return pages;
}

qint64 countOfVendor(SandboxProcess& sandbox, const QString& path, const QJsonObject& body)
{
    const auto reply = sandbox.call(path, body);
    return reply.code == 0 ? reply.data.toObject().value(QStringLiteral("count")).toInteger(-1) : -1;
}

// The name that appears most often in `rows` under `key`, `skip` aside.
QString busiest(const QList<QJsonObject>& rows, const QString& key, const QString& skip = {})
{
    QHash<QString, int> seen;
    QString best;
    for (const QJsonObject& row : rows) {
        const QString name = row.value(key).toString();
        if (name != skip && ++seen[name] > seen.value(best)) {
            best = name;
        }
    }
    return best;
}

} // namespace

// The vendor's page-numbered log queries (/api/open/logquery/) over a frozen, seeded court, held against the
// extension's cursor-paged queries of the same logs: the same rows, two views.
class TestLogQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void countsEqualTheExtensionsRows_data();
    void countsEqualTheExtensionsRows();
    void pagesOfAClosedWindowGiveEveryRowOnce_data();
    void pagesOfAClosedWindowGiveEveryRowOnce();
    void loginRowsShowTheLogInBeijingTime();
    void mailRowsShowTheLogInBeijingTime();
    void windowIsStartInclusiveEndExclusive();
    void accountFiltersAcceptNamesAndAddresses();
    void pagingDefaults();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void openWindowGrowsAtItsEnd();
    void pagesAreTheTextQtWouldWrite_data();
    void pagesAreTheTextQtWouldWrite();

private:
    Paged extension(const QString& path, QJsonObject filters);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    const qint64 m_start = kEpoch - 31 * kDay; // a closed window: the sandbox is frozen at the epoch
    const qint64 m_end = kEpoch;
    QString m_loginAccount; // the most active recipient of the window, by logins
    QString m_mailAccount;  // and by received mail
};

void TestLogQuery::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
    QVERIFY(!m_sandbox->start(frozenSmall()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
    m_loginAccount = busiest(extension(kLogins, {}).items, QStringLiteral("accountName"), QStringLiteral("admin"));
    m_mailAccount = localPart(busiest(extension(kMails, {{QStringLiteral("direction"), QStringLiteral("in")}}).items,
                                      QStringLiteral("recipient")));
    QVERIFY(!m_loginAccount.isEmpty());
    QVERIFY(!m_mailAccount.isEmpty());
}

void TestLogQuery::cleanupTestCase()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

Paged TestLogQuery::extension(const QString& path, QJsonObject filters)
{
    return pageAll(*m_sandbox, path, window(m_start, m_end, std::move(filters)), 1000);
}

void TestLogQuery::countsEqualTheExtensionsRows_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("vendor");
    QTest::addColumn<QString>("extensionPath");
    QTest::addColumn<QJsonObject>("extensionFilters");
    const QJsonObject in{{QStringLiteral("direction"), QStringLiteral("in")}};
    QTest::newRow("every login") << kWebLogin << allLogins() << kLogins << QJsonObject();
    QTest::newRow("one account's logins")
        << kWebLogin << QJsonObject{{QStringLiteral("accountNames"), QJsonArray{m_loginAccount}}} << kLogins
        << QJsonObject{{QStringLiteral("accountName"), m_loginAccount}};
    QTest::newRow("the administrator's logins")
        << kWebLogin << QJsonObject{{QStringLiteral("accountNames"), QJsonArray{QStringLiteral("admin")}}} << kLogins
        << QJsonObject{{QStringLiteral("accountName"), QStringLiteral("admin")}};
    QTest::newRow("all received mail") << kReceivedMail << QJsonObject() << kMails << in;
    QTest::newRow("all received mail, account empty")
        << kReceivedMail << QJsonObject{{QStringLiteral("account"), QString()}} << kMails << in;
    QJsonObject recipient = in;
    recipient.insert(QStringLiteral("recipient"), QString(m_mailAccount + QLatin1Char('@') + kDomain));
    QTest::newRow("one account's mail") << kReceivedMail << QJsonObject{{QStringLiteral("account"), m_mailAccount}}
                                        << kMails << recipient;
}

void TestLogQuery::countsEqualTheExtensionsRows()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, vendor);
    QFETCH(QString, extensionPath);
    QFETCH(QJsonObject, extensionFilters);
    const Paged expected = extension(extensionPath, extensionFilters);
    QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
    QVERIFY(!expected.items.isEmpty());
    QCOMPARE(countOfVendor(*m_sandbox, path, vendorWindow(m_start, m_end, vendor)), expected.items.size());
    // A shorter window inside, too.
    const qint64 from = m_end - 3 * kDay - 1234000;
    qint64 inside = 0;
    for (const QJsonObject& item : expected.items) {
        inside += item.value(QStringLiteral("time")).toInteger() >= from ? 1 : 0;
    }
    QCOMPARE(countOfVendor(*m_sandbox, path, vendorWindow(from, m_end, vendor)), inside);
}

void TestLogQuery::pagesOfAClosedWindowGiveEveryRowOnce_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("vendor");
    QTest::addColumn<QString>("extensionPath");
    QTest::addColumn<QJsonObject>("extensionFilters");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("logins by 97") << kWebLogin << allLogins() << kLogins << QJsonObject() << 97;
    QTest::newRow("logins by 100") << kWebLogin << allLogins() << kLogins << QJsonObject() << 100;
    QTest::newRow("mail by 13") << kReceivedMail << QJsonObject() << kMails
                                << QJsonObject{{QStringLiteral("direction"), QStringLiteral("in")}} << 13;
}

void TestLogQuery::pagesOfAClosedWindowGiveEveryRowOnce()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, vendor);
    QFETCH(QString, extensionPath);
    QFETCH(QJsonObject, extensionFilters);
    QFETCH(int, pageSize);
    const Paged expected = extension(extensionPath, extensionFilters);
    QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
    const Pages pages = readPages(*m_sandbox, path, vendorWindow(m_start, m_end, vendor), pageSize);
    QVERIFY2(pages.error.isEmpty(), qPrintable(pages.error));
    // The same rows in the same (time, id) order, each once, and every page told the same count.
    QCOMPARE(idsOf(pages.rows), idsOf(expected.items));
    QCOMPARE(QSet<qint64>(pages.counts.cbegin(), pages.counts.cend()), QSet<qint64>{expected.items.size()});
    QCOMPARE(pages.pages, static_cast<int>(expected.items.size() / pageSize + 1));
    // Reading again from the middle gives the same page: page numbers of a closed window are resumable.
    QJsonObject again = vendorWindow(m_start, m_end, vendor);
    again.insert(QStringLiteral("pageNum"), 2);
    again.insert(QStringLiteral("pageSize"), pageSize);
    const auto second = m_sandbox->call(path, again);
    QCOMPARE(second.code, 0);
    QList<QJsonObject> rows;
    for (const QJsonValue& row : second.data.toObject().value(QStringLiteral("list")).toArray()) {
        rows.append(row.toObject());
    }
    QCOMPARE(idsOf(rows), idsOf(pages.rows.mid(pageSize, pageSize)));
    // Far beyond the end: empty, with the count.
    again.insert(QStringLiteral("pageNum"), 2147483647);
    const auto beyond = m_sandbox->call(path, again);
    QCOMPARE(beyond.code, 0);
    QVERIFY(beyond.data.toObject().value(QStringLiteral("list")).toArray().isEmpty());
    QCOMPARE(beyond.data.toObject().value(QStringLiteral("count")).toInteger(), expected.items.size());
}

void TestLogQuery::loginRowsShowTheLogInBeijingTime()
{
    const Paged expected = extension(kLogins, {});
    const Pages pages = readPages(*m_sandbox, kWebLogin, vendorWindow(m_start, m_end, allLogins()), 100);
    QVERIFY2(pages.error.isEmpty(), qPrintable(pages.error));
    QCOMPARE(pages.rows.size(), expected.items.size());
    const QHash<QString, QString> types{{QStringLiteral("webmail"), QStringLiteral("WebMail登录")},
                                        {QStringLiteral("mailmaster"), QStringLiteral("邮箱大师")},
                                        {QStringLiteral("proprietary"), QStringLiteral("专有协议")},
                                        {QStringLiteral("wechat"), QStringLiteral("微信登录")},
                                        {QStringLiteral("imap"), QStringLiteral("IMAP")},
                                        {QStringLiteral("pop"), QStringLiteral("POP3")},
                                        {QStringLiteral("smtp"), QStringLiteral("SMTP")}};
    QSet<int> results;
    for (qsizetype i = 0; i < pages.rows.size(); ++i) {
        const QJsonObject& row = pages.rows.at(i);
        const QJsonObject& log = expected.items.at(i);
        QStringList keys = row.keys();
        keys.sort();
        QCOMPARE(keys, QStringList({QStringLiteral("accountName"), QStringLiteral("id"), QStringLiteral("ip"),
                                    QStringLiteral("location"), QStringLiteral("loginTime"),
                                    QStringLiteral("loginType"), QStringLiteral("result")}));
        QCOMPARE(row.value(QStringLiteral("id")).toInteger(), log.value(QStringLiteral("id")).toInteger());
        QCOMPARE(row.value(QStringLiteral("accountName")), log.value(QStringLiteral("accountName")));
        QCOMPARE(row.value(QStringLiteral("loginTime")).toString(),
                 beijing(log.value(QStringLiteral("time")).toInteger()));
        QCOMPARE(row.value(QStringLiteral("loginType")).toString(),
                 types.value(log.value(QStringLiteral("method")).toString()));
        QCOMPARE(row.value(QStringLiteral("ip")), log.value(QStringLiteral("ip")));
        const QString province = log.value(QStringLiteral("province")).toString();
        const QString city = log.value(QStringLiteral("city")).toString();
        QCOMPARE(row.value(QStringLiteral("location")).toString(), province == city ? city : province + city);
        QVERIFY(row.value(QStringLiteral("result")).isDouble());
        const int result = row.value(QStringLiteral("result")).toInt(-1);
        QCOMPARE(result, log.value(QStringLiteral("result")).toString() == u"success" ? 1 : 0);
        results.insert(result);
    }
    QCOMPARE(results, QSet<int>({0, 1}));
}

void TestLogQuery::mailRowsShowTheLogInBeijingTime()
{
    const Paged expected = extension(kMails, {{QStringLiteral("direction"), QStringLiteral("in")}});
    const Pages pages = readPages(*m_sandbox, kReceivedMail, vendorWindow(m_start, m_end), 100);
    QVERIFY2(pages.error.isEmpty(), qPrintable(pages.error));
    QCOMPARE(pages.rows.size(), expected.items.size());
    const QHash<QString, QString> statuses{{QStringLiteral("received"), QStringLiteral("正常接收")},
                                           {QStringLiteral("spam"), QStringLiteral("垃圾邮件")},
                                           {QStringLiteral("intercepted"), QStringLiteral("已拦截")},
                                           {QStringLiteral("deferred"), QStringLiteral("延迟投递")}};
    const QHash<QString, QString> readTypes{{QStringLiteral("webmail"), QStringLiteral("WebMail")},
                                            {QStringLiteral("mailmaster"), QStringLiteral("邮箱大师")},
                                            {QStringLiteral("wechat"), QStringLiteral("微信")}};
    int read = 0;
    for (qsizetype i = 0; i < pages.rows.size(); ++i) {
        const QJsonObject& row = pages.rows.at(i);
        const QJsonObject& log = expected.items.at(i);
        QCOMPARE(row.value(QStringLiteral("id")).toInteger(), log.value(QStringLiteral("id")).toInteger());
        for (const QString& same : {QStringLiteral("messageId"), QStringLiteral("subject"), QStringLiteral("sender"),
                                    QStringLiteral("recipient")}) {
            QCOMPARE(row.value(same), log.value(same));
        }
        QCOMPARE(row.value(QStringLiteral("account")).toString(),
                 localPart(log.value(QStringLiteral("recipient")).toString()));
        QCOMPARE(row.value(QStringLiteral("receiveTime")).toString(),
                 beijing(log.value(QStringLiteral("time")).toInteger()));
        QCOMPARE(row.value(QStringLiteral("status")).toString(),
                 statuses.value(log.value(QStringLiteral("status")).toString()));
        const QJsonValue readAt = log.value(QStringLiteral("readAt"));
        if (readAt.isNull()) {
            QVERIFY(row.value(QStringLiteral("readTime")).isNull());
            QVERIFY(row.value(QStringLiteral("readType")).isNull());
        } else {
            ++read;
            QCOMPARE(row.value(QStringLiteral("readTime")).toString(), beijing(readAt.toInteger()));
            QCOMPARE(row.value(QStringLiteral("readType")).toString(),
                     readTypes.value(log.value(QStringLiteral("readClient")).toString()));
        }
    }
    QVERIFY(read > 0 && read < pages.rows.size());
}

void TestLogQuery::windowIsStartInclusiveEndExclusive()
{
    // A known row: the extension's first login of the window at a time that is not a whole second.
    const Paged logins = extension(kLogins, {});
    QJsonObject known;
    for (const QJsonObject& item : logins.items) {
        if (item.value(QStringLiteral("time")).toInteger() % 1000 != 0) {
            known = item;
            break;
        }
    }
    QVERIFY(!known.isEmpty());
    const qint64 id = known.value(QStringLiteral("id")).toInteger();
    const qint64 time = known.value(QStringLiteral("time")).toInteger();
    const qint64 second = time - time % 1000;
    const auto rowsOf = [this](qint64 start, qint64 end) {
        QJsonObject body = vendorWindow(start, end, allLogins());
        body.insert(QStringLiteral("pageSize"), 100);
        QHash<qint64, QJsonObject> rows;
        const auto reply = m_sandbox->call(kWebLogin, body);
        for (const QJsonValue& row : reply.data.toObject().value(QStringLiteral("list")).toArray()) {
            rows.insert(row.toObject().value(QStringLiteral("id")).toInteger(), row.toObject());
        }
        return rows;
    };
    // Its own second as the window: startTime inclusive, and the row shows that second in Beijing time.
    const auto within = rowsOf(second, second + 1000);
    QVERIFY(within.contains(id));
    QCOMPARE(within.value(id).value(QStringLiteral("loginTime")).toString(), beijing(time));
    QCOMPARE(within.value(id).value(QStringLiteral("accountName")), known.value(QStringLiteral("accountName")));
    // Ending at that second: endTime exclusive.
    QVERIFY(!rowsOf(second - 3600 * 1000, second).contains(id));
    // Beijing is UTC+8: a window written eight hours behind (as if UTC) misses it.
    QVERIFY(!rowsOf(second - 8 * 3600 * 1000, second - 8 * 3600 * 1000 + 1000).contains(id));
}

void TestLogQuery::accountFiltersAcceptNamesAndAddresses()
{
    const auto logins = [this](const QJsonArray& names) {
        return countOfVendor(*m_sandbox, kWebLogin,
                             vendorWindow(m_start, m_end, {{QStringLiteral("accountNames"), names}}));
    };
    const qint64 one = logins({m_loginAccount});
    const qint64 admin = logins({QStringLiteral("admin")});
    QVERIFY(one > 0 && admin > 0);
    QCOMPARE(logins({m_loginAccount.toUpper()}), one);
    QCOMPARE(logins({QString(m_loginAccount + QStringLiteral("@COURT.sandbox.test"))}), one);
    QCOMPARE(logins({m_loginAccount, QStringLiteral("admin")}), one + admin);
    QCOMPARE(logins({m_loginAccount, QString()}), logins({QString()})); // "" among names: every account
    QCOMPARE(logins({QStringLiteral("nobody.here")}), 0);
    QCOMPARE(logins({QString(m_loginAccount + QStringLiteral("@elsewhere.test"))}), 0);

    const auto mails = [this](const QString& account) {
        return countOfVendor(*m_sandbox, kReceivedMail,
                             vendorWindow(m_start, m_end, {{QStringLiteral("account"), account}}));
    };
    const qint64 mine = mails(m_mailAccount);
    QVERIFY(mine > 0);
    QCOMPARE(mails(m_mailAccount + QLatin1Char('@') + kDomain), mine);
    QCOMPARE(mails(QStringLiteral("nobody.here")), 0);
    // Only mail received by the account's mailbox: the replies it sent are not its received mail.
    const Paged sent =
        extension(kMails, {{QStringLiteral("sender"), QString(m_mailAccount + QLatin1Char('@') + kDomain)}});
    for (const QJsonObject& item : sent.items) {
        QCOMPARE(item.value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
    }
}

void TestLogQuery::pagingDefaults()
{
    const auto reply = m_sandbox->call(kWebLogin, vendorWindow(m_start, m_end, allLogins()));
    QCOMPARE(reply.code, 0);
    const QJsonArray list = reply.data.toObject().value(QStringLiteral("list")).toArray();
    QCOMPARE(list.size(), 20);
    const Paged expected = extension(kLogins, {});
    QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toInteger(),
             expected.items.first().value(QStringLiteral("id")).toInteger());
    // The domain is optional.
    QJsonObject bare = vendorWindow(m_start, m_end);
    bare.remove(QStringLiteral("domain"));
    QCOMPARE(m_sandbox->call(kReceivedMail, bare).code, 0);
}

void TestLogQuery::refusesBadRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    const QJsonObject good = vendorWindow(m_start, m_end, allLogins());
    const auto with = [&good](const char* field, const QJsonValue& value) {
        QJsonObject body = good;
        body.insert(QLatin1String(field), value);
        return body;
    };
    QJsonObject noNames = good;
    noNames.remove(QStringLiteral("accountNames"));
    QTest::newRow("no accountNames") << kWebLogin << noNames << "PARAM.INVALID:accountNames:missing";
    QTest::newRow("accountNames a string")
        << kWebLogin << with("accountNames", QStringLiteral("lilz")) << "PARAM.INVALID:accountNames:type";
    QTest::newRow("accountNames empty") << kWebLogin << with("accountNames", QJsonArray())
                                        << "PARAM.INVALID:accountNames:empty";
    QTest::newRow("accountNames numbers")
        << kWebLogin << with("accountNames", QJsonArray{1}) << "PARAM.INVALID:accountNames:type";
    QTest::newRow("account a number") << kReceivedMail << with("account", 7) << "PARAM.INVALID:account:type";
    QTest::newRow("foreign domain") << kWebLogin << with("domain", QStringLiteral("other.test"))
                                    << "PARAM.INVALID:domain:mismatch";
    QTest::newRow("foreign domain, mail")
        << kReceivedMail << with("domain", QStringLiteral("other.test")) << "PARAM.INVALID:domain:mismatch";
    for (const QString& bad :
         {QStringLiteral("2026-09-14"), QStringLiteral("2026-09-14T00:00:00"), QStringLiteral("2026-9-14 00:00:00"),
          QStringLiteral("2026-09-14 24:00:00"), QStringLiteral("2026-02-30 00:00:00"),
          QStringLiteral("2026-09-14 00:00:00+08"), QStringLiteral("2026/09/14 00:00:00"), QString()}) {
        QTest::addRow("startTime '%s'", qPrintable(bad))
            << kWebLogin << with("startTime", bad) << "PARAM.INVALID:startTime:format";
        QTest::addRow("endTime '%s'", qPrintable(bad))
            << kReceivedMail << with("endTime", bad) << "PARAM.INVALID:endTime:format";
    }
    QTest::newRow("startTime in ms") << kWebLogin << with("startTime", m_start) << "PARAM.INVALID:startTime:type";
    QJsonObject noEnd = good;
    noEnd.remove(QStringLiteral("endTime"));
    QTest::newRow("no endTime") << kReceivedMail << noEnd << "PARAM.INVALID:endTime:missing";
    QTest::newRow("empty window") << kWebLogin << with("endTime", beijing(m_start)) << "PARAM.INVALID:endTime:range";
    QTest::newRow("reversed window") << kReceivedMail << with("endTime", beijing(m_start - kDay))
                                     << "PARAM.INVALID:endTime:range";
    QTest::newRow("31 days and 1 s") << kWebLogin << with("endTime", beijing(m_start + kMaxWindow + 1000))
                                     << "PARAM.INVALID:endTime:window";
    QTest::newRow("pageNum 0") << kWebLogin << with("pageNum", 0) << "PARAM.INVALID:pageNum:range";
    QTest::newRow("pageNum text") << kReceivedMail << with("pageNum", QStringLiteral("1"))
                                  << "PARAM.INVALID:pageNum:type";
    QTest::newRow("pageSize 0") << kWebLogin << with("pageSize", 0) << "PARAM.INVALID:pageSize:range";
    QTest::newRow("pageSize 101") << kReceivedMail << with("pageSize", 101) << "PARAM.INVALID:pageSize:range";
}

void TestLogQuery::refusesBadRequests()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    const auto reply = m_sandbox->call(path, body);
    QVERIFY(reply.transportOk);
    QCOMPARE(reply.code, -401);
    QCOMPARE(reply.message, message);
    QVERIFY(reply.data.isNull());
    // Exactly 31 days, and the largest page, are fine.
    QJsonObject widest = vendorWindow(m_start, m_start + kMaxWindow, allLogins());
    widest.insert(QStringLiteral("pageSize"), 100);
    QCOMPARE(m_sandbox->call(path, widest).code, 0);
}

void TestLogQuery::openWindowGrowsAtItsEnd()
{
    // A running platform (an hour of platform time per second) with the default epoch, midnight UTC today.
    QTemporaryDir dir;
    SandboxProcess live(dir.path());
    QVERIFY(!live.start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"),
                         QStringLiteral("3600"), QStringLiteral("--rate-limit"), QStringLiteral("0")})
                 .isEmpty());
    QVERIFY(live.authenticate());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 epoch = now - now % kDay;
    for (const auto& [path, filter] : {std::pair{kWebLogin, allLogins()}, std::pair{kReceivedMail, QJsonObject()}}) {
        const QJsonObject open = vendorWindow(epoch - kDay, epoch + 30 * kDay, filter);
        const Pages before = readPages(live, path, open, 50);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QTRY_VERIFY_WITH_TIMEOUT(countOfVendor(live, path, open) > before.rows.size(), 30000);
        const Pages after = readPages(live, path, open, 50);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        // What was read before is still there, page for page; the new rows come after it.
        QCOMPARE(idsOf(after.rows.mid(0, before.rows.size())), idsOf(before.rows));
    }
}

void TestLogQuery::pagesAreTheTextQtWouldWrite_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("operations") << kOperations;
    QTest::newRow("logins") << kLogins;
    QTest::newRow("mail") << kMails;
}

// The log pages are written as text by hand (sandbox/JsonText.h): Qt's parser reads them, and its writer gives back
// the very same bytes, envelope included.
void TestLogQuery::pagesAreTheTextQtWouldWrite()
{
    QFETCH(QString, path);
    const auto page = m_sandbox->call(path, window(m_start, m_end, {{QStringLiteral("pageSize"), 1000}}));
    QCOMPARE(page.code, 0);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(page.raw, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(parsed.object().value(QStringLiteral("data")).toObject().value(QStringLiteral("items")).toArray().size() >
            10);
    QCOMPARE(parsed.toJson(QJsonDocument::Compact), page.raw);
}

QTEST_GUILESS_MAIN(TestLogQuery)
#include "tst_logquery.moc"
