#include "DmctlRunner.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

QJsonObject rule(const char* action, const char* kind, const QString& value)
{
    return QJsonObject{{QStringLiteral("action"), QLatin1String(action)},
                       {QStringLiteral("kind"), QLatin1String(kind)},
                       {QStringLiteral("value"), value}};
}

} // namespace

// `dmctl loginrules set --dry-run` replays the cached logins under today's rules and a draft: its lists of logins
// equal what counting with the platform's own evaluate answers gives, before and after the draft is applied.
class TestDmctlLoginRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void daysOutOfRangeIsAUsageError_data();
    void daysOutOfRangeIsAUsageError();
    void dryRunCountsEqualThePlatformsAnswers();

private:
    [[nodiscard]] DmctlRun dmctl(const QStringList& arguments) const;
    [[nodiscard]] QString writeFile(const QString& name, const QJsonObject& json) const;
    void updateDomainRules(const QJsonArray& rules, const QString& defaultAction);
    // action per (account, ip, region) from the platform's evaluate endpoint; empty string: account unknown.
    [[nodiscard]] QString platformDecision(const QJsonObject& login);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_configPath;
};

void TestDmctlLoginRules::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dir.filePath(QStringLiteral("platform")));
    const QJsonObject connection =
        m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"),
                          QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY(!connection.isEmpty());
    m_configPath = m_dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeSandboxConfig(m_configPath, connection));
    QVERIFY(m_sandbox->authenticate());
}

void TestDmctlLoginRules::cleanupTestCase()
{
    m_sandbox.reset();
}

DmctlRun TestDmctlLoginRules::dmctl(const QStringList& arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return runDmctl(arguments + QStringList{QStringLiteral("--sandbox-config"), m_configPath}, env);
}

QString TestDmctlLoginRules::writeFile(const QString& name, const QJsonObject& json) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QJsonDocument(json).toJson());
    }
    return path;
}

void TestDmctlLoginRules::updateDomainRules(const QJsonArray& rules, const QString& defaultAction)
{
    const auto current =
        m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")},
                         {QStringLiteral("targetId"), m_sandbox->connection().value(QStringLiteral("domain"))}});
    QVERIFY2(current.success, qPrintable(current.message));
    const auto reply =
        m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/update"),
                        {{QStringLiteral("level"), QStringLiteral("domain")},
                         {QStringLiteral("targetId"), m_sandbox->connection().value(QStringLiteral("domain"))},
                         {QStringLiteral("expectedVersion"), current.data.toObject().value(QStringLiteral("version"))},
                         {QStringLiteral("rules"), rules},
                         {QStringLiteral("defaultAction"), defaultAction}});
    QVERIFY2(reply.success, qPrintable(reply.message));
}

QString TestDmctlLoginRules::platformDecision(const QJsonObject& login)
{
    const QString province = login.value(QStringLiteral("province")).toString();
    const QString city = login.value(QStringLiteral("city")).toString();
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/evaluate"),
                                       {{QStringLiteral("accountName"), login.value(QStringLiteral("accountName"))},
                                        {QStringLiteral("ip"), login.value(QStringLiteral("ip"))},
                                        {QStringLiteral("region"), city == province ? province : province + city}});
    return reply.success ? reply.data.toObject().value(QStringLiteral("action")).toString() : QString();
}

void TestDmctlLoginRules::daysOutOfRangeIsAUsageError_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("zero") << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--days"), QStringLiteral("0")};
    QTest::newRow("a leap year and a day")
        << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--days"), QStringLiteral("367")};
    QTest::newRow("not a number") << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--days"),
                                                 QStringLiteral("ten")};
    QTest::newRow("without --dry-run") << QStringList{QStringLiteral("--days"), QStringLiteral("30")};
}

void TestDmctlLoginRules::daysOutOfRangeIsAUsageError()
{
    QFETCH(QStringList, extra);
    const QString file =
        writeFile(QStringLiteral("days.json"), {{QStringLiteral("defaultAction"), QStringLiteral("deny")}});
    const DmctlRun run =
        dmctl(QStringList{QStringLiteral("loginrules"), QStringLiteral("set"), QStringLiteral("--file"), file} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--days")), qPrintable(run.err));
}

void TestDmctlLoginRules::dryRunCountsEqualThePlatformsAnswers()
{
    // Today: the busiest province's logins are refused except from one city, and one /8 is refused everywhere.
    const DmctlRun sync = dmctl({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));

    // The logins of the window, from the platform (a second, independent reader).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray logins;
    QString cursor;
    for (;;) {
        // One window of 31 days (the platform's most) that starts before any dry run's start can be.
        const qint64 start = now - 30 * kDay - 3600000;
        QJsonObject body{{QStringLiteral("startTime"), start},
                         {QStringLiteral("endTime"), start + 31 * kDay},
                         {QStringLiteral("pageSize"), 1000}};
        if (!cursor.isEmpty()) {
            body.insert(QStringLiteral("cursor"), cursor);
        }
        const auto page = m_sandbox->call(QStringLiteral("/api/open/delivery/log/queryLogins"), body);
        QVERIFY2(page.success, qPrintable(page.message));
        for (const QJsonValue& item : page.data.toObject().value(QStringLiteral("items")).toArray()) {
            logins.append(item);
        }
        cursor = page.data.toObject().value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty()) {
            break;
        }
    }
    QVERIFY(logins.size() > 200);
    QHash<QString, int> provinces;
    for (const QJsonValue& login : std::as_const(logins)) {
        ++provinces[login.toObject().value(QStringLiteral("province")).toString()];
    }
    QString province;
    for (auto it = provinces.constBegin(); it != provinces.constEnd(); ++it) {
        if (province.isEmpty() || it.value() > provinces.value(province)) {
            province = it.key();
        }
    }
    const QString firstIp = logins.at(0).toObject().value(QStringLiteral("ip")).toString();
    const QString slash8 = firstIp.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".0.0.0/8");
    updateDomainRules({rule("deny", "cidr", slash8), rule("allow", "region", province)}, QStringLiteral("deny"));
    const DmctlRun again = dmctl({QStringLiteral("sync")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));

    // The draft: the province refused, every other IPv4 address allowed.
    const QJsonObject draft{{QStringLiteral("rules"), QJsonArray{rule("deny", "region", province),
                                                                 rule("allow", "cidr", QStringLiteral("0.0.0.0/0"))}},
                            {QStringLiteral("defaultAction"), QStringLiteral("deny")}};
    const DmctlRun dry =
        dmctl({QStringLiteral("loginrules"), QStringLiteral("set"), QStringLiteral("--file"),
               writeFile(QStringLiteral("draft.json"), draft), QStringLiteral("--dry-run"), QStringLiteral("--days"),
               QStringLiteral("30"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY2(dry.err.contains(QLatin1String("Dry run")), qPrintable(dry.err));
    const QJsonObject summary = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QVERIFY2(!summary.isEmpty(), qPrintable(dry.out));
    const qint64 from = summary.value(QStringLiteral("from")).toInteger();
    QVERIFY(from >= now - 30 * kDay && from < now - 30 * kDay + 600000);

    // Count with the platform's answers: today's rules, then the draft applied for real.
    std::map<QString, QString> before; // "account ip province city" -> action
    QList<QJsonObject> window;
    for (const QJsonValue& value : std::as_const(logins)) {
        const QJsonObject login = value.toObject();
        if (login.value(QStringLiteral("time")).toInteger() < from) {
            continue;
        }
        window.append(login);
    }
    const auto keyOf = [](const QJsonObject& login) {
        return QStringList{login.value(QStringLiteral("accountName")).toString().toLower(),
                           login.value(QStringLiteral("ip")).toString(),
                           login.value(QStringLiteral("province")).toString(),
                           login.value(QStringLiteral("city")).toString()}
            .join(QLatin1Char(' '));
    };
    for (const QJsonObject& login : std::as_const(window)) {
        if (!before.count(keyOf(login))) {
            before[keyOf(login)] = platformDecision(login);
        }
    }
    updateDomainRules(draft.value(QStringLiteral("rules")).toArray(), QStringLiteral("deny"));
    std::map<QString, QString> after;
    for (const QJsonObject& login : std::as_const(window)) {
        if (!after.count(keyOf(login))) {
            after[keyOf(login)] = platformDecision(login);
        }
    }
    QSet<qint64> refused;
    QSet<qint64> allowed;
    QSet<QString> refusedAccounts;
    QSet<qint64> unknown; // accounts the platform no longer knows (deleted): it cannot be asked about them
    for (const QJsonObject& login : std::as_const(window)) {
        const QString was = before.at(keyOf(login));
        const QString will = after.at(keyOf(login));
        const qint64 id = login.value(QStringLiteral("id")).toInteger();
        if (was.isEmpty() || will.isEmpty()) {
            unknown.insert(id);
        } else if (was == QLatin1String("allow") && will == QLatin1String("deny")) {
            refused.insert(id);
            refusedAccounts.insert(login.value(QStringLiteral("accountName")).toString().toLower());
        } else if (was == QLatin1String("deny") && will == QLatin1String("allow")) {
            allowed.insert(id);
        }
    }
    const auto idsOf = [&unknown](const QJsonObject& change) {
        QSet<qint64> ids;
        for (const QJsonValue& id : change.value(QStringLiteral("ids")).toArray()) {
            if (!unknown.contains(id.toInteger())) {
                ids.insert(id.toInteger());
            }
        }
        return ids;
    };
    const QJsonObject wouldRefuse = summary.value(QStringLiteral("wouldRefuse")).toObject();
    const QJsonObject wouldAllow = summary.value(QStringLiteral("wouldAllow")).toObject();
    QVERIFY2(!refused.isEmpty() && !allowed.isEmpty(), "the draft should change decisions both ways");
    QCOMPARE(idsOf(wouldRefuse), refused);
    QCOMPARE(idsOf(wouldAllow), allowed);
    QCOMPARE(summary.value(QStringLiteral("scanned")).toInteger(), qint64(window.size()));
    if (unknown.isEmpty()) {
        QCOMPARE(wouldRefuse.value(QStringLiteral("count")).toInteger(), qint64(refused.size()));
        QCOMPARE(wouldRefuse.value(QStringLiteral("accounts")).toInteger(), qint64(refusedAccounts.size()));
        QCOMPARE(wouldAllow.value(QStringLiteral("count")).toInteger(), qint64(allowed.size()));
    }
    QCOMPARE(wouldRefuse.value(QStringLiteral("examples")).toArray().size(),
             std::min<qsizetype>(20, wouldRefuse.value(QStringLiteral("ids")).toArray().size()));

    // The same dry run for people: the sentence with the same numbers (the rules are the draft's now, so the
    // platform's current list is what it compares against: nothing changes).
    const DmctlRun text = dmctl({QStringLiteral("loginrules"), QStringLiteral("set"), QStringLiteral("--file"),
                                 writeFile(QStringLiteral("draft.json"), draft), QStringLiteral("--dry-run")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));
    QVERIFY2(text.out.contains(QLatin1String("This draft would have refused 0 logins of 0 accounts, and allowed 0 "
                                             "that are refused today.")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("No change.")), qPrintable(text.out));
}

QTEST_GUILESS_MAIN(TestDmctlLoginRules)
#include "tst_dmctl_loginrules.moc"
