#include "LogTestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace logtest;

// The statistics endpoints over a frozen, seeded court, checked against the log queries themselves.
class TestStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void funnelIsCumulative();
    void funnelByUnitAndCreationTime();
    void funnelRefusesBadFields();
    void mailDailyAddsUpToTheMailLog();
    void mailDailyFollowsTheTimeZone();
    void mailDailyRefusesBadFields();
    void logCountsRefusesBadFields();

private:
    QJsonObject funnel(const QJsonObject& body);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

namespace {
const QString kFunnel = QStringLiteral("/api/open/delivery/stats/activationFunnel");
const QString kDaily = QStringLiteral("/api/open/delivery/stats/mailDaily");
constexpr qint64 kChinaMidnight = kEpoch - 8 * 60 * 60 * 1000; // 00:00 China time on the epoch's date
} // namespace

void TestStats::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
    QVERIFY(!m_sandbox->start(frozenSmall()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
}

void TestStats::cleanupTestCase()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

QJsonObject TestStats::funnel(const QJsonObject& body)
{
    const auto reply = m_sandbox->call(kFunnel, body);
    if (reply.code != 0) {
        qWarning() << reply.code << reply.message;
    }
    return reply.data.toObject();
}

void TestStats::funnelIsCumulative()
{
    const QJsonObject all = funnel({});
    QStringList keys = all.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("activated"), QStringLiteral("created"), QStringLiteral("firstLogin"),
                                QStringLiteral("smsSent")}));
    const qint64 created = all.value(QStringLiteral("created")).toInteger();
    const qint64 smsSent = all.value(QStringLiteral("smsSent")).toInteger();
    const qint64 firstLogin = all.value(QStringLiteral("firstLogin")).toInteger();
    const qint64 activated = all.value(QStringLiteral("activated")).toInteger();
    // 200 recipients and 15 staff mailboxes, a few deleted; most log in, some never do.
    QVERIFY2(created >= 205 && created <= 215, qPrintable(QString::number(created)));
    QCOMPARE(smsSent, created);
    QVERIFY(firstLogin < created * 95 / 100 && firstLogin > created * 70 / 100);
    QVERIFY(activated <= firstLogin && activated > firstLogin * 85 / 100);
    // Every first login of a recipient is in the login log (a sample: the first ones of the window).
    QCOMPARE(funnel({{QStringLiteral("unitId"), QStringLiteral("root")}}), all);
}

void TestStats::funnelByUnitAndCreationTime()
{
    const QJsonObject all = funnel({});
    qint64 sum = 0;
    for (const char* unit : {"1001", "1002", "1003", "1004", "1005", "1006", "1007"}) {
        const QJsonObject part = funnel({{QStringLiteral("unitId"), QLatin1String(unit)}});
        QVERIFY(part.contains(QStringLiteral("created")));
        sum += part.value(QStringLiteral("created")).toInteger();
    }
    QCOMPARE(sum, all.value(QStringLiteral("created")).toInteger());
    QVERIFY(funnel({{QStringLiteral("unitId"), QStringLiteral("1002")}}).value(QStringLiteral("created")).toInteger() >
            50);
    // Creation time halves: the two add up, and recent accounts are less often activated yet.
    const qint64 middle = kEpoch - 90 * kDay;
    const QJsonObject early = funnel({{QStringLiteral("createdTo"), middle}});
    const QJsonObject late = funnel({{QStringLiteral("createdFrom"), middle}});
    for (const char* key : {"created", "smsSent", "firstLogin", "activated"}) {
        QCOMPARE(early.value(QLatin1String(key)).toInteger() + late.value(QLatin1String(key)).toInteger(),
                 all.value(QLatin1String(key)).toInteger());
    }
    const QJsonObject none =
        funnel({{QStringLiteral("createdFrom"), kEpoch}, {QStringLiteral("createdTo"), kEpoch + 1}});
    QCOMPARE(none.value(QStringLiteral("created")).toInteger(), 0);
    QCOMPARE(none.value(QStringLiteral("activated")).toInteger(), 0);
}

void TestStats::funnelRefusesBadFields()
{
    const auto refused = [this](const QJsonObject& body, int code, const QString& message) {
        const auto reply = m_sandbox->call(kFunnel, body);
        QCOMPARE(reply.code, code);
        QCOMPARE(reply.message, message);
    };
    refused({{QStringLiteral("unitId"), QStringLiteral("9999")}}, -4, QStringLiteral("UNIT.NOT.FOUND"));
    refused({{QStringLiteral("unitId"), 1002}}, -401, QStringLiteral("PARAM.INVALID:unitId:type"));
    refused({{QStringLiteral("unitId"), QStringLiteral("")}}, -401, QStringLiteral("PARAM.INVALID:unitId:empty"));
    refused({{QStringLiteral("createdFrom"), -5}}, -401, QStringLiteral("PARAM.INVALID:createdFrom:range"));
    refused({{QStringLiteral("createdTo"), QStringLiteral("x")}}, -401, QStringLiteral("PARAM.INVALID:createdTo:type"));
    refused({{QStringLiteral("createdFrom"), kEpoch}, {QStringLiteral("createdTo"), kEpoch}}, -401,
            QStringLiteral("PARAM.INVALID:createdTo:range"));
}

void TestStats::mailDailyAddsUpToTheMailLog()
{
    const qint64 start = kChinaMidnight - 7 * kDay;
    const auto reply = m_sandbox->call(kDaily, window(start, kChinaMidnight));
    QCOMPARE(reply.code, 0);
    const QJsonArray items = reply.data.toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 7);
    QCOMPARE(items.first().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-09-14"));
    QCOMPARE(items.last().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-09-20"));
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 read = 0;
    for (qsizetype day = 0; day < items.size(); ++day) {
        const QJsonObject item = items.at(day).toObject();
        const qint64 daySent = item.value(QStringLiteral("sent")).toInteger();
        const QJsonObject oneDay =
            window(start + day * kDay, start + (day + 1) * kDay, {{QStringLiteral("direction"), QStringLiteral("in")}});
        QCOMPARE(daySent, countOf(*m_sandbox, QStringLiteral("mails"), oneDay));
        QVERIFY(item.value(QStringLiteral("delivered")).toInteger() <= daySent);
        QVERIFY(item.value(QStringLiteral("read")).toInteger() <= item.value(QStringLiteral("delivered")).toInteger());
        sent += daySent;
        delivered += item.value(QStringLiteral("delivered")).toInteger();
        read += item.value(QStringLiteral("read")).toInteger();
    }
    const QJsonObject week = window(start, kChinaMidnight, {{QStringLiteral("direction"), QStringLiteral("in")}});
    QVERIFY(sent > 20);
    QCOMPARE(sent, countOf(*m_sandbox, QStringLiteral("mails"), week));
    QJsonObject received = week;
    received.insert(QStringLiteral("status"), QStringLiteral("received"));
    QCOMPARE(delivered, countOf(*m_sandbox, QStringLiteral("mails"), received));
    QJsonObject wasRead = week;
    wasRead.insert(QStringLiteral("read"), true);
    QCOMPARE(read, countOf(*m_sandbox, QStringLiteral("mails"), wasRead));
    QVERIFY(read > 0 && read < delivered);
}

void TestStats::mailDailyFollowsTheTimeZone()
{
    // The same UTC-aligned window: 7 days in UTC, 8 dates in China (the first and last partly).
    const qint64 start = kEpoch - 7 * kDay;
    const auto total = [](const QJsonArray& items) {
        qint64 sum = 0;
        for (const QJsonValue& item : items) {
            sum += item.toObject().value(QStringLiteral("sent")).toInteger();
        }
        return sum;
    };
    const auto utc = m_sandbox->call(kDaily, window(start, kEpoch, {{QStringLiteral("timeZoneOffsetMinutes"), 0}}));
    const auto china = m_sandbox->call(kDaily, window(start, kEpoch));
    QCOMPARE(utc.code, 0);
    QCOMPARE(china.code, 0);
    const QJsonArray utcItems = utc.data.toObject().value(QStringLiteral("items")).toArray();
    const QJsonArray chinaItems = china.data.toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(utcItems.size(), 7);
    QCOMPARE(chinaItems.size(), 8);
    QCOMPARE(utcItems.first().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-09-14"));
    QCOMPARE(chinaItems.last().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-09-21"));
    QCOMPARE(total(utcItems), total(chinaItems));
    QVERIFY(utcItems != chinaItems);
}

void TestStats::mailDailyRefusesBadFields()
{
    const auto refused = [this](const QJsonObject& body, const QString& message) {
        const auto reply = m_sandbox->call(kDaily, body);
        QCOMPARE(reply.code, -401);
        QCOMPARE(reply.message, message);
    };
    refused({{QStringLiteral("endTime"), kEpoch}}, QStringLiteral("PARAM.INVALID:startTime:missing"));
    refused(window(kEpoch, kEpoch - 1), QStringLiteral("PARAM.INVALID:endTime:range"));
    refused(window(kEpoch - 32 * kDay, kEpoch), QStringLiteral("PARAM.INVALID:endTime:window"));
    refused(window(kEpoch - kDay, kEpoch, {{QStringLiteral("timeZoneOffsetMinutes"), 900}}),
            QStringLiteral("PARAM.INVALID:timeZoneOffsetMinutes:range"));
    refused(window(kEpoch - kDay, kEpoch, {{QStringLiteral("timeZoneOffsetMinutes"), QStringLiteral("+8")}}),
            QStringLiteral("PARAM.INVALID:timeZoneOffsetMinutes:type"));
}

void TestStats::logCountsRefusesBadFields()
{
    const auto refused = [this](const QJsonObject& body, const QString& message) {
        const auto reply = m_sandbox->call(kCounts, body);
        QCOMPARE(reply.code, -401);
        QCOMPARE(reply.message, message);
    };
    refused(window(kEpoch - kDay, kEpoch), QStringLiteral("PARAM.INVALID:log:missing"));
    refused(window(kEpoch - kDay, kEpoch, {{QStringLiteral("log"), QStringLiteral("audit")}}),
            QStringLiteral("PARAM.INVALID:log:value"));
    refused(window(kEpoch - kDay, kEpoch, {{QStringLiteral("log"), 1}}), QStringLiteral("PARAM.INVALID:log:type"));
    refused({{QStringLiteral("log"), QStringLiteral("mails")}}, QStringLiteral("PARAM.INVALID:startTime:missing"));
    // Filters of another log are not this log's: ignored, like any unknown field.
    const qint64 all = countOf(*m_sandbox, QStringLiteral("operations"), window(kEpoch - kDay * 20, kEpoch));
    QVERIFY(all > 0);
    QCOMPARE(countOf(*m_sandbox, QStringLiteral("operations"),
                     window(kEpoch - kDay * 20, kEpoch, {{QStringLiteral("method"), QStringLiteral("webmail")}})),
             all);
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
