#include "LogTestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace logtest;

// The live platform: what the simulation appends, that paging during appends loses and repeats nothing, that
// --speed 0 freezes it and that a restart resumes it, and that its logins obey the login rules saved meanwhile.
class TestSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void frozenPlatformAddsNothing();
    void livePlatformAppendsRows();
    void pagingDuringAppendsLosesAndRepeatsNothing_data();
    void pagingDuringAppendsLosesAndRepeatsNothing();
    void restartResumesWithoutGoingBack();
    void savedLoginRulesRefuseLaterLogins();
    void thePolicysAllowedClientsRefuseOtherApps();

private:
    static QStringList live(const QString& speed);
    // The window from the seeded history's last day to 30 days later, where the simulation writes.
    [[nodiscard]] QJsonObject liveWindow(QJsonObject extra = {}) const;
    [[nodiscard]] qint64 totalCount();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    qint64 m_epoch = 0; // midnight UTC today: the default epoch
};

void TestSimulation::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_epoch = now - now % kDay;
}

void TestSimulation::cleanup()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

QStringList TestSimulation::live(const QString& speed)
{
    return {QStringLiteral("--scale"),      QStringLiteral("small"), QStringLiteral("--speed"), speed,
            QStringLiteral("--rate-limit"), QStringLiteral("0")};
}

QJsonObject TestSimulation::liveWindow(QJsonObject extra) const
{
    return window(m_epoch - kDay, m_epoch + 30 * kDay, std::move(extra));
}

qint64 TestSimulation::totalCount()
{
    qint64 total = 0;
    for (const char* log : {"logins", "mails", "operations"}) {
        total += countOf(*m_sandbox, QLatin1String(log), liveWindow());
    }
    QJsonObject byUpdate = liveWindow({{QStringLiteral("orderBy"), QStringLiteral("updatedAt")}});
    return total + countOf(*m_sandbox, QStringLiteral("mails"), byUpdate);
}

void TestSimulation::frozenPlatformAddsNothing()
{
    QVERIFY(!m_sandbox->start(live(QStringLiteral("0"))).isEmpty() && m_sandbox->authenticate());
    const qint64 before = totalCount();
    const QJsonObject funnel =
        m_sandbox->call(QStringLiteral("/api/open/delivery/stats/activationFunnel"), {}).data.toObject();
    QTest::qWait(3500);
    QCOMPARE(totalCount(), before);
    QCOMPARE(m_sandbox->call(QStringLiteral("/api/open/delivery/stats/activationFunnel"), {}).data.toObject(), funnel);
    // Nothing after the epoch at all: the simulation did not even catch up.
    QCOMPARE(countOf(*m_sandbox, QStringLiteral("logins"), window(m_epoch, m_epoch + 30 * kDay)), 0);
}

void TestSimulation::livePlatformAppendsRows()
{
    // An hour of platform time per second: within seconds the platform has new logins and mail.
    QVERIFY(!m_sandbox->start(live(QStringLiteral("3600"))).isEmpty() && m_sandbox->authenticate());
    const QJsonObject after = window(m_epoch, m_epoch + 30 * kDay);
    QTRY_VERIFY_WITH_TIMEOUT(countOf(*m_sandbox, QStringLiteral("logins"), after) > 5, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(countOf(*m_sandbox, QStringLiteral("mails"), after) > 0, 15000);
    const qint64 first = countOf(*m_sandbox, QStringLiteral("logins"), after);
    QTRY_VERIFY_WITH_TIMEOUT(countOf(*m_sandbox, QStringLiteral("logins"), after) > first, 15000);
    // What it appends follows the contract like the seeded rows: no time in the platform's future, valid values.
    const Paged logins = pageAll(*m_sandbox, kLogins, after, 1000);
    QVERIFY2(logins.error.isEmpty(), qPrintable(logins.error));
    QVERIFY(ascending(logins.items));
    for (const QJsonObject& login : logins.items) {
        QVERIFY(!login.value(QStringLiteral("accountName")).toString().isEmpty());
        QVERIFY(!login.value(QStringLiteral("province")).toString().isEmpty());
    }
}

void TestSimulation::pagingDuringAppendsLosesAndRepeatsNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("order");
    QTest::newRow("logins") << kLogins << "time";
    QTest::newRow("mails by time") << kMails << "time";
    QTest::newRow("mails by updatedAt") << kMails << "updatedAt";
    QTest::newRow("operations") << kOperations << "time";
}

void TestSimulation::pagingDuringAppendsLosesAndRepeatsNothing()
{
    QFETCH(QString, path);
    QFETCH(QString, order);
    // A day of platform time per second: the platform appends (and marks mail read) while the client pages.
    QVERIFY(!m_sandbox->start(live(QStringLiteral("86400"))).isEmpty() && m_sandbox->authenticate());
    // Four platform days: appended within seconds, while a slow client pages through them.
    const QJsonObject body = window(m_epoch - kDay, m_epoch + 4 * kDay, {{QStringLiteral("orderBy"), order}});
    const QString key = order == u"time" ? QStringLiteral("time") : QStringLiteral("updatedAt");
    const QString log = path == kLogins  ? QStringLiteral("logins")
                        : path == kMails ? QStringLiteral("mails")
                                         : QStringLiteral("operations");
    QJsonObject request = body;
    if (path != kMails) {
        request.remove(QStringLiteral("orderBy"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(countOf(*m_sandbox, log, request) > 0, 10000);
    const qint64 before = countOf(*m_sandbox, log, request);
    // After the first page the client waits until the platform has appended to the window (mail is rare at
    // weekends, and a step comes once a second), then goes on slowly while more is appended.
    bool waited = path == kOperations;
    const auto slowly = [&] {
        if (!waited) {
            waited = true;
            QTRY_VERIFY_WITH_TIMEOUT(countOf(*m_sandbox, log, request) > before, 15000);
        }
        QTest::qWait(50);
    };
    const Paged pass = pageAll(*m_sandbox, path, request, 10, slowly);
    QVERIFY2(pass.error.isEmpty(), qPrintable(pass.error));
    QVERIFY(ascending(pass.items, key));
    const QList<qint64> seen = idsOf(pass.items);
    if (key == u"time") {
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), seen.size());
    } else {
        // By updatedAt a row may come again, and only because it changed (was read) after the pass saw it.
        QHash<qint64, qint64> firstSeen;
        for (const QJsonObject& item : pass.items) {
            const qint64 id = item.value(QStringLiteral("id")).toInteger();
            const qint64 updated = item.value(QStringLiteral("updatedAt")).toInteger();
            if (firstSeen.contains(id)) {
                QVERIFY(updated > firstSeen.value(id));
                QVERIFY(!item.value(QStringLiteral("readAt")).isNull());
            }
            firstSeen.insert(id, updated);
        }
    }
    QVERIFY2(pass.items.size() > before || path == kOperations, "rows appended during the pass are picked up");
    // Frozen afterwards (restart at speed 0), a fresh pass shows every row: the first pass has exactly those up to
    // where it ended; rows with a later key came after it.
    m_sandbox->stop();
    QVERIFY(!m_sandbox->start(live(QStringLiteral("0"))).isEmpty() && m_sandbox->authenticate());
    const Paged now = pageAll(*m_sandbox, path, request, 1000);
    QVERIFY2(now.error.isEmpty(), qPrintable(now.error));
    const QJsonObject last = pass.items.last();
    QList<qint64> expected;
    for (const QJsonObject& item : now.items) {
        const qint64 itemKey = item.value(key).toInteger();
        const qint64 lastKey = last.value(key).toInteger();
        if (itemKey < lastKey || (itemKey == lastKey && item.value(QStringLiteral("id")).toInteger() <=
                                                            last.value(QStringLiteral("id")).toInteger())) {
            expected.append(item.value(QStringLiteral("id")).toInteger());
        }
    }
    if (key == u"time") {
        QCOMPARE(seen, expected);
    } else {
        // By updatedAt a row read after the pass passed it moves behind the pass's end: it is seen again later,
        // never lost. Every row the pass did not see lies after the pass's end.
        const QSet<qint64> seenSet(seen.begin(), seen.end());
        for (const qint64 id : expected) {
            QVERIFY2(seenSet.contains(id), "a row before the pass's end was lost");
        }
    }
}

void TestSimulation::restartResumesWithoutGoingBack()
{
    QVERIFY(!m_sandbox->start(live(QStringLiteral("3600"))).isEmpty() && m_sandbox->authenticate());
    QTRY_VERIFY_WITH_TIMEOUT(countOf(*m_sandbox, QStringLiteral("logins"), window(m_epoch, m_epoch + 30 * kDay)) > 3,
                             15000);
    const Paged before = pageAll(*m_sandbox, kLogins, liveWindow(), 1000);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    const qint64 lastTime = before.items.last().value(QStringLiteral("time")).toInteger();
    m_sandbox->stop(); // killed, as a crash would

    QVERIFY(!m_sandbox->start(live(QStringLiteral("3600"))).isEmpty() && m_sandbox->authenticate());
    QVERIFY(!m_sandbox->stderrText().contains(QLatin1String("seeded")));
    const Paged after = pageAll(*m_sandbox, kLogins, liveWindow(), 1000);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    // Everything that was there still is, in the same place.
    QVERIFY(after.items.size() >= before.items.size());
    QCOMPARE(after.items.mid(0, before.items.size()), before.items);
    // New rows arrive after the old ones: platform time went on from where it was, not from the wall clock.
    QTRY_VERIFY_WITH_TIMEOUT(
        countOf(*m_sandbox, QStringLiteral("logins"), liveWindow()) > qint64(after.items.size()) + 2, 15000);
    const Paged later = pageAll(*m_sandbox, kLogins, liveWindow(), 1000);
    QCOMPARE(later.items.mid(0, before.items.size()), before.items);
    for (qsizetype i = before.items.size(); i < later.items.size(); ++i) {
        QVERIFY(later.items.at(i).value(QStringLiteral("time")).toInteger() >= lastTime);
    }
    QVERIFY(later.items.last().value(QStringLiteral("time")).toInteger() > QDateTime::currentMSecsSinceEpoch());
}

void TestSimulation::savedLoginRulesRefuseLaterLogins()
{
    // A day of the court's life per second, so a few seconds bring hundreds of logins.
    QVERIFY(!m_sandbox->start(live(QStringLiteral("86400"))).isEmpty() && m_sandbox->authenticate());
    const QString domain = m_sandbox->connection().value(QStringLiteral("domain")).toString();
    const auto current =
        m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), domain}});
    QCOMPARE(current.code, 0);
    const QString denied = QStringLiteral("广东省"); // the court's own province: most recipients log in from there
    const auto saved = m_sandbox->call(
        QStringLiteral("/api/open/delivery/loginRule/update"),
        {{QStringLiteral("level"), QStringLiteral("domain")},
         {QStringLiteral("targetId"), domain},
         {QStringLiteral("expectedVersion"), current.data.toObject().value(QStringLiteral("version"))},
         {QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("deny")},
                                                          {QStringLiteral("kind"), QStringLiteral("region")},
                                                          {QStringLiteral("value"), denied}}}},
         {QStringLiteral("defaultAction"), QStringLiteral("allow")}});
    QCOMPARE(saved.code, 0);
    // The platform's own clock: rows stamped after the save were simulated under the rule.
    const qint64 savedAt = saved.data.toObject().value(QStringLiteral("updatedAt")).toInteger();
    QVERIFY(savedAt > 0);
    QTest::qWait(4000);

    const Paged after = pageAll(*m_sandbox, kLogins, window(savedAt + 1, savedAt + 30 * kDay), 500);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    int fromThere = 0;
    int elsewhereAllowed = 0;
    for (const QJsonObject& login : after.items) {
        const bool success = login.value(QStringLiteral("result")).toString() == QLatin1String("success");
        const QJsonValue reason = login.value(QStringLiteral("failReason"));
        QVERIFY2(success == reason.isNull(), QJsonDocument(login).toJson(QJsonDocument::Compact).constData());
        if (login.value(QStringLiteral("province")).toString() == denied) {
            ++fromThere;
            QVERIFY2(!success, QJsonDocument(login).toJson(QJsonDocument::Compact).constData());
            QCOMPARE(reason.toString(), QStringLiteral("loginRule"));
        } else if (success) {
            ++elsewhereAllowed;
        }
    }
    QVERIFY2(fromThere > 20, qPrintable(QString::number(fromThere)));
    QVERIFY2(elsewhereAllowed > 0, "logins from other provinces are still let in");
}

// The delivery policy's allowedClients bind the simulated court from the moment an administrator saves one: a login
// with another client is refused and says why, webmail still gets in, and the seeded failures were wrong passwords.
void TestSimulation::thePolicysAllowedClientsRefuseOtherApps()
{
    QVERIFY(!m_sandbox->start(live(QStringLiteral("86400"))).isEmpty() && m_sandbox->authenticate());
    const QString domain = m_sandbox->connection().value(QStringLiteral("domain")).toString();
    // Before any policy is saved (reading the domain's stores only its defaults), the live court keeps the clients
    // of its seeded history: 微信 and the mail protocols get in.
    const auto otherAppsIn = [](const QList<QJsonObject>& logins) {
        return std::count_if(logins.cbegin(), logins.cend(), [](const QJsonObject& login) {
            const QString method = login.value(QStringLiteral("method")).toString();
            return method != QLatin1String("webmail") && method != QLatin1String("mailmaster") &&
                   method != QLatin1String("proprietary") &&
                   login.value(QStringLiteral("result")).toString() == QLatin1String("success");
        });
    };
    QTest::qWait(3000); // a few platform days of live logins before the save
    const auto current =
        m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), domain}});
    QCOMPARE(current.code, 0);
    const auto saved =
        m_sandbox->call(QStringLiteral("/api/open/delivery/policy/update"),
                        {{QStringLiteral("level"), QStringLiteral("domain")},
                         {QStringLiteral("targetId"), domain},
                         {QStringLiteral("expectedVersion"), current.data.toObject().value(QStringLiteral("version"))},
                         {QStringLiteral("policy"),
                          QJsonObject{{QStringLiteral("allowedClients"), QJsonArray{QStringLiteral("webmail")}}}}});
    QCOMPARE(saved.code, 0);
    const qint64 savedAt = saved.data.toObject().value(QStringLiteral("updatedAt")).toInteger();
    QVERIFY(savedAt > 0);
    const Paged before = pageAll(*m_sandbox, kLogins, window(m_epoch, savedAt), 500);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY2(otherAppsIn(before.items) > 5, qPrintable(QString::number(otherAppsIn(before.items))));
    QTest::qWait(4000);

    const Paged after = pageAll(*m_sandbox, kLogins, window(savedAt + 1, savedAt + 30 * kDay), 500);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(otherAppsIn(after.items), 0);
    int otherApps = 0;
    int webmailIn = 0;
    for (const QJsonObject& login : after.items) {
        const QString text = QString::fromUtf8(QJsonDocument(login).toJson(QJsonDocument::Compact));
        const bool success = login.value(QStringLiteral("result")).toString() == QLatin1String("success");
        const QString reason = login.value(QStringLiteral("failReason")).toString();
        if (login.value(QStringLiteral("method")).toString() != QLatin1String("webmail")) {
            ++otherApps;
            QVERIFY2(!success && reason == QLatin1String("clientNotAllowed"), qPrintable(text));
        } else if (success) {
            ++webmailIn;
        } else {
            QVERIFY2(reason == QLatin1String("password"), qPrintable(text)); // no rule refuses anything here
        }
    }
    QVERIFY2(otherApps > 20, qPrintable(QString::number(otherApps)));
    QVERIFY2(webmailIn > 20, qPrintable(QString::number(webmailIn)));

    const Paged seeded =
        pageAll(*m_sandbox, kLogins,
                window(m_epoch - 2 * kDay, m_epoch, {{QStringLiteral("result"), QStringLiteral("failure")}}), 500);
    QVERIFY2(seeded.error.isEmpty(), qPrintable(seeded.error));
    QVERIFY(!seeded.items.isEmpty());
    for (const QJsonObject& login : seeded.items) {
        QCOMPARE(login.value(QStringLiteral("failReason")).toString(), QStringLiteral("password"));
    }
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
