#include "DmctlRunner.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// Policy as code through the real dmctl against the real dmsandbox over TLS: get, set with a dry run and a diff, a
// version conflict made by a second writer, the drift scan of a court whose unit and account were weakened through
// the policy API, its batched fix, and the login rules.
class TestDmctlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theSeededCourtHasNoDrift();
    void getPrintsTheContractShape();
    void dryRunChangesNothing();
    void badInputIsRefusedBeforeAnythingIsSent_data();
    void badInputIsRefusedBeforeAnythingIsSent();
    void getSetRoundTrip();
    void aSecondWritersChangeIsReportedAsAConflict();
    void driftIsFoundAndTheBatchedFixClearsIt();
    void loginRulesSetDryRunAndTest();

private:
    [[nodiscard]] DmctlRun dmctl(const QStringList& arguments) const;
    [[nodiscard]] QString writeFile(const QString& name, const QByteArray& json) const;
    // The platform's document, read by the fixture (a second, independent client).
    [[nodiscard]] QJsonObject platformPolicy(const QString& level, const QString& target);
    // A change by another client, as the policy API takes it; the version it was based on is read first.
    void otherWriterUpdates(const QString& level, const QString& target, const QJsonObject& policy);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_configPath;
    QString m_unitId;
    QString m_account;
};

void TestDmctlPolicy::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dir.filePath(QStringLiteral("platform")));
    const QJsonObject connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"), QStringLiteral("0")});
    QVERIFY(!connection.isEmpty());
    m_configPath = m_dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeSandboxConfig(m_configPath, connection));
    QVERIFY(m_sandbox->authenticate());
    const auto page =
        m_sandbox->call(QStringLiteral("/api/open/delivery/account/list"), {{QStringLiteral("pageSize"), 50}});
    QVERIFY(page.success);
    for (const QJsonValue& item : page.data.toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject account = item.toObject();
        if (!account.value(QStringLiteral("unitId")).toString().isEmpty() &&
            account.value(QStringLiteral("status")).toString() != QLatin1String("deleted")) {
            m_account = account.value(QStringLiteral("accountName")).toString();
            m_unitId = account.value(QStringLiteral("unitId")).toString();
            break;
        }
    }
    QVERIFY(!m_account.isEmpty());
}

void TestDmctlPolicy::cleanupTestCase()
{
    m_sandbox.reset();
}

DmctlRun TestDmctlPolicy::dmctl(const QStringList& arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return runDmctl(arguments + QStringList{QStringLiteral("--sandbox-config"), m_configPath}, env);
}

QString TestDmctlPolicy::writeFile(const QString& name, const QByteArray& json) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(json);
    }
    return path;
}

QJsonObject TestDmctlPolicy::platformPolicy(const QString& level, const QString& target)
{
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"),
                                       {{QStringLiteral("level"), level}, {QStringLiteral("targetId"), target}});
    return reply.success ? reply.data.toObject() : QJsonObject();
}

void TestDmctlPolicy::otherWriterUpdates(const QString& level, const QString& target, const QJsonObject& policy)
{
    const qint64 version = platformPolicy(level, target).value(QStringLiteral("version")).toInteger();
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/delivery/policy/update"),
                                       {{QStringLiteral("level"), level},
                                        {QStringLiteral("targetId"), target},
                                        {QStringLiteral("expectedVersion"), version},
                                        {QStringLiteral("policy"), policy}});
    QVERIFY2(reply.success, qPrintable(reply.message));
}

void TestDmctlPolicy::theSeededCourtHasNoDrift()
{
    const DmctlRun run = dmctl({QStringLiteral("policy"), QStringLiteral("drift")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("No drift")), qPrintable(run.out));
}

void TestDmctlPolicy::getPrintsTheContractShape()
{
    const DmctlRun run = dmctl({QStringLiteral("policy"), QStringLiteral("get"), QStringLiteral("--level"),
                                QStringLiteral("domain"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(document.value(QStringLiteral("level")).toString(), QStringLiteral("domain"));
    QVERIFY(document.value(QStringLiteral("version")).toInteger() >= 1);
    QCOMPARE(document.value(QStringLiteral("policy")).toObject(),
             platformPolicy(QStringLiteral("domain"), document.value(QStringLiteral("targetId")).toString())
                 .value(QStringLiteral("policy"))
                 .toObject());

    const DmctlRun effective =
        dmctl({QStringLiteral("policy"), QStringLiteral("get"), QStringLiteral("--level"), QStringLiteral("account"),
               QStringLiteral("--target"), m_account, QStringLiteral("--effective")});
    QVERIFY2(effective.exitCode == 0, qPrintable(effective.out + effective.err));
    const QJsonObject merged = QJsonDocument::fromJson(effective.out.toUtf8()).object();
    QCOMPARE(merged.value(QStringLiteral("unitId")).toString(), m_unitId);
    QCOMPARE(merged.value(QStringLiteral("sources")).toObject().value(QStringLiteral("autoForward")).toString(),
             QStringLiteral("domain"));
}

void TestDmctlPolicy::dryRunChangesNothing()
{
    const QString file = writeFile(QStringLiteral("days.json"), R"({"trustedBrowserDays": 30, "autoForward": null})");
    const DmctlRun run =
        dmctl({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--level"), QStringLiteral("unit"),
               QStringLiteral("--target"), m_unitId, QStringLiteral("--file"), file, QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("trustedBrowserDays: (inherited) → 30")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QLatin1String("autoForward")), qPrintable(run.out)); // not set: nothing to remove
    QVERIFY(run.out.contains(QLatin1String("Dry run")));
    const QJsonObject unit = platformPolicy(QStringLiteral("unit"), m_unitId);
    QCOMPARE(unit.value(QStringLiteral("version")).toInteger(), 0);
    QVERIFY(unit.value(QStringLiteral("policy")).toObject().isEmpty());
    // Nothing was queued either: a later drift run applies nothing and still finds the court clean.
    const DmctlRun drift = dmctl({QStringLiteral("policy"), QStringLiteral("drift")});
    QVERIFY2(drift.exitCode == 0, qPrintable(drift.out + drift.err));
}

void TestDmctlPolicy::badInputIsRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("named");
    const QStringList unitSet{QStringLiteral("policy"), QStringLiteral("set"),      QStringLiteral("--level"),
                              QStringLiteral("unit"),   QStringLiteral("--target"), QStringLiteral("%UNIT%")};
    const QStringList domainSet{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--level"),
                                QStringLiteral("domain")};
    const QStringList rulesSet{QStringLiteral("loginrules"), QStringLiteral("set")};
    QTest::newRow("unknown field") << unitSet << QByteArray(R"({"externalmail": "deny"})")
                                   << QStringLiteral("policy.externalmail");
    QTest::newRow("wrong type") << unitSet << QByteArray(R"({"autoForward": "no"})")
                                << QStringLiteral("policy.autoForward");
    QTest::newRow("out of range") << unitSet << QByteArray(R"({"password": {"minLength": 4}})")
                                  << QStringLiteral("policy.password.minLength");
    QTest::newRow("null at domain") << domainSet << QByteArray(R"({"autoForward": null})")
                                    << QStringLiteral("policy.autoForward");
    QTest::newRow("not JSON") << unitSet << QByteArray("{trustedBrowserDays: 3") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown level") << QStringList{QStringLiteral("policy"), QStringLiteral("set"),
                                                  QStringLiteral("--level"), QStringLiteral("department")}
                                   << QByteArray("{}") << QStringLiteral("--level");
    QTest::newRow("bad CIDR") << rulesSet
                              << QByteArray(R"({"rules": [{"action": "deny", "kind": "cidr", "value": "10.0.0.1/8"}]})")
                              << QStringLiteral("rules[0].value");
    QTest::newRow("bad region") << rulesSet
                                << QByteArray(R"({"rules": [{"action": "deny", "kind": "region", "value": "广东"}]})")
                                << QStringLiteral("rules[0].value");
    QTest::newRow("bad test address") << QStringList{QStringLiteral("loginrules"), QStringLiteral("test"),
                                                     QStringLiteral("10.0.0.01"), QStringLiteral("--account"),
                                                     QStringLiteral("%ACCOUNT%")}
                                      << QByteArray() << QStringLiteral("10.0.0.01");
}

void TestDmctlPolicy::badInputIsRefusedBeforeAnythingIsSent()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, file);
    QFETCH(QString, named);
    arguments.replaceInStrings(QStringLiteral("%UNIT%"), m_unitId);
    arguments.replaceInStrings(QStringLiteral("%ACCOUNT%"), m_account);
    if (!file.isEmpty()) {
        arguments << QStringLiteral("--file") << writeFile(QStringLiteral("bad.json"), file);
    }
    const qint64 before = platformPolicy(QStringLiteral("unit"), m_unitId).value(QStringLiteral("version")).toInteger();
    const DmctlRun run = dmctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QCOMPARE(platformPolicy(QStringLiteral("unit"), m_unitId).value(QStringLiteral("version")).toInteger(), before);
}

void TestDmctlPolicy::getSetRoundTrip()
{
    const QStringList unit{QStringLiteral("--level"), QStringLiteral("unit"), QStringLiteral("--target"), m_unitId};
    const DmctlRun got = dmctl(QStringList{QStringLiteral("policy"), QStringLiteral("get")} + unit);
    QVERIFY2(got.exitCode == 0, qPrintable(got.out + got.err));
    QJsonObject document = QJsonDocument::fromJson(got.out.toUtf8()).object();
    const qint64 version = document.value(QStringLiteral("version")).toInteger();
    // Edit the document as a person would and send it back whole.
    document.insert(QStringLiteral("policy"),
                    QJsonObject{{QStringLiteral("password"), QJsonObject{{QStringLiteral("minLength"), 12}}}});
    const QString file = writeFile(QStringLiteral("unit.json"), QJsonDocument(document).toJson());
    const DmctlRun set =
        dmctl(QStringList{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--file"), file} + unit);
    QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
    QVERIFY2(set.out.contains(QStringLiteral("password.minLength: (inherited) → 12")), qPrintable(set.out));
    QVERIFY2(set.out.contains(QStringLiteral("version %1").arg(version + 1)), qPrintable(set.out));
    const DmctlRun again = dmctl(QStringList{QStringLiteral("policy"), QStringLiteral("get")} + unit);
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    const QJsonObject now = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(now.value(QStringLiteral("version")).toInteger(), version + 1);
    QCOMPARE(now.value(QStringLiteral("policy")).toObject(), document.value(QStringLiteral("policy")).toObject());
    // The same file again is based on a version that is gone: refused, not applied over the newer document.
    const DmctlRun stale =
        dmctl(QStringList{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--file"), file} + unit);
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains(QLatin1String("POLICY.VERSION.CONFLICT")), qPrintable(stale.err));
}

void TestDmctlPolicy::aSecondWritersChangeIsReportedAsAConflict()
{
    const qint64 mine = platformPolicy(QStringLiteral("unit"), m_unitId).value(QStringLiteral("version")).toInteger();
    otherWriterUpdates(QStringLiteral("unit"), m_unitId, {{QStringLiteral("trustedBrowserDays"), 3}});
    const QString file = writeFile(QStringLiteral("mine.json"), R"({"trustedBrowserDays": 5})");
    const DmctlRun run = dmctl({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--level"),
                                QStringLiteral("unit"), QStringLiteral("--target"), m_unitId, QStringLiteral("--file"),
                                file, QStringLiteral("--expected-version"), QString::number(mine)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("POLICY.VERSION.CONFLICT")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("version %1").arg(mine)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("version %1").arg(mine + 1)), qPrintable(run.err));
    // The other writer's value stands.
    const QJsonObject unit = platformPolicy(QStringLiteral("unit"), m_unitId);
    QCOMPARE(unit.value(QStringLiteral("policy")).toObject().value(QStringLiteral("trustedBrowserDays")).toInt(), 3);
    QCOMPARE(unit.value(QStringLiteral("version")).toInteger(), mine + 1);
}

void TestDmctlPolicy::driftIsFoundAndTheBatchedFixClearsIt()
{
    // Weakened through the policy API, as another console would: the unit allows IMAP and trusts browsers for 30
    // days, the account may forward its mail.
    otherWriterUpdates(
        QStringLiteral("unit"), m_unitId,
        {{QStringLiteral("allowedClients"), QJsonArray{QStringLiteral("webmail"), QStringLiteral("imap")}},
         {QStringLiteral("trustedBrowserDays"), 30}});
    otherWriterUpdates(QStringLiteral("account"), m_account, {{QStringLiteral("autoForward"), true}});

    const DmctlRun json =
        dmctl({QStringLiteral("policy"), QStringLiteral("drift"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 1, qPrintable(json.out + json.err));
    const QJsonArray findings =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
    QStringList found;
    for (const QJsonValue& finding : findings) {
        const QJsonObject f = finding.toObject();
        found << f.value(QStringLiteral("level")).toString() + QLatin1Char(' ') +
                     f.value(QStringLiteral("targetId")).toString() + QLatin1Char(' ') +
                     f.value(QStringLiteral("field")).toString();
    }
    QCOMPARE(found, (QStringList{QStringLiteral("unit %1 allowedClients").arg(m_unitId),
                                 QStringLiteral("unit %1 trustedBrowserDays").arg(m_unitId),
                                 QStringLiteral("account %1 autoForward").arg(m_account)}));
    QCOMPARE(findings.at(1).toObject().value(QStringLiteral("actual")).toInt(), 30);
    QCOMPARE(findings.at(1).toObject().value(QStringLiteral("baseline")).toInt(), 7);

    const DmctlRun table = dmctl({QStringLiteral("policy"), QStringLiteral("drift"), QStringLiteral("--offline")});
    QCOMPARE(table.exitCode, 1);
    qInfo().noquote() << "policy drift on the drifted sandbox:\n" << table.out;

    const DmctlRun csv = dmctl({QStringLiteral("policy"), QStringLiteral("drift"), QStringLiteral("--offline"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 1);
    QCOMPARE(csv.out.count(QLatin1Char('\n')), 4); // header + three findings; the verdict goes to stderr

    const DmctlRun fix = dmctl({QStringLiteral("policy"), QStringLiteral("fix-drift")});
    QVERIFY2(fix.exitCode == 0, qPrintable(fix.out + fix.err));
    qInfo().noquote() << "policy fix-drift:\n" << fix.out << fix.err;
    const DmctlRun after = dmctl({QStringLiteral("policy"), QStringLiteral("drift")});
    QVERIFY2(after.exitCode == 0, qPrintable(after.out + after.err));

    // The weaker overrides were removed and the stricter one (password.minLength 12) kept; the account inherits
    // forwarding from the domain again.
    const QJsonObject unit =
        platformPolicy(QStringLiteral("unit"), m_unitId).value(QStringLiteral("policy")).toObject();
    QVERIFY(!unit.contains(QStringLiteral("allowedClients")));
    QVERIFY(!unit.contains(QStringLiteral("trustedBrowserDays")));
    QCOMPARE(unit.value(QStringLiteral("password")).toObject().value(QStringLiteral("minLength")).toInt(), 12);
    const QJsonObject account = platformPolicy(QStringLiteral("account"), m_account);
    QVERIFY(account.value(QStringLiteral("policy")).toObject().isEmpty());
    // Each fix is in the platform's operation log.
    const qint64 fixedAt = account.value(QStringLiteral("updatedAt")).toInteger();
    const qint64 day = 24LL * 60 * 60 * 1000;
    const auto operations = m_sandbox->call(QStringLiteral("/api/open/delivery/log/queryOperations"),
                                            {{QStringLiteral("startTime"), fixedAt - day},
                                             {QStringLiteral("endTime"), fixedAt + day},
                                             {QStringLiteral("action"), QStringLiteral("updatePolicy")},
                                             {QStringLiteral("pageSize"), 100}});
    QVERIFY2(operations.success, qPrintable(operations.message));
    QString remarks;
    for (const QJsonValue& row : operations.data.toObject().value(QStringLiteral("items")).toArray()) {
        remarks += row.toObject().value(QStringLiteral("remark")).toString() + QLatin1Char('\n');
    }
    QVERIFY2(remarks.contains(QStringLiteral("自动转发=继承")), qPrintable(remarks));
}

void TestDmctlPolicy::loginRulesSetDryRunAndTest()
{
    const QString file = writeFile(QStringLiteral("rules.json"), R"({"rules": [
        {"action": "deny", "kind": "region", "value": "广东省"},
        {"action": "allow", "kind": "cidr", "value": "10.0.0.0/8"}], "defaultAction": "allow"})");
    const DmctlRun dry = dmctl({QStringLiteral("loginrules"), QStringLiteral("set"), QStringLiteral("--file"), file,
                                QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY2(dry.out.contains(QStringLiteral("0: deny region 广东省")), qPrintable(dry.out));
    const DmctlRun unchanged = dmctl({QStringLiteral("loginrules"), QStringLiteral("get")});
    QVERIFY2(unchanged.exitCode == 0, qPrintable(unchanged.err));
    const QJsonObject before = QJsonDocument::fromJson(unchanged.out.toUtf8()).object();
    QVERIFY(before.value(QStringLiteral("rules")).toArray().isEmpty());

    const DmctlRun set = dmctl({QStringLiteral("loginrules"), QStringLiteral("set"), QStringLiteral("--file"), file});
    QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
    const DmctlRun got = dmctl({QStringLiteral("loginrules"), QStringLiteral("get")});
    const QJsonObject after = QJsonDocument::fromJson(got.out.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("rules")).toArray().size(), 2);
    QCOMPARE(after.value(QStringLiteral("version")).toInteger(),
             before.value(QStringLiteral("version")).toInteger() + 1);

    const DmctlRun denied =
        dmctl({QStringLiteral("loginrules"), QStringLiteral("test"), QStringLiteral("58.248.244.53"),
               QStringLiteral("--account"), m_account, QStringLiteral("--region"), QStringLiteral("广东省广州市"),
               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(denied.exitCode == 0, qPrintable(denied.out + denied.err));
    const QJsonObject decision = QJsonDocument::fromJson(denied.out.toUtf8()).object();
    QCOMPARE(decision.value(QStringLiteral("action")).toString(), QStringLiteral("deny"));
    QCOMPARE(decision.value(QStringLiteral("level")).toString(), QStringLiteral("domain"));
    QCOMPARE(decision.value(QStringLiteral("matchedRule")).toInt(), 0);
    QCOMPARE(decision.value(QStringLiteral("rule")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("广东省"));
    const DmctlRun allowed = dmctl({QStringLiteral("loginrules"), QStringLiteral("test"), QStringLiteral("10.1.2.3"),
                                    QStringLiteral("--account"), m_account});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.out + allowed.err));
    QVERIFY2(allowed.out.startsWith(QLatin1String("allow: rule 1 of the domain list")), qPrintable(allowed.out));

    // The file read before the change is stale now: a conflict, with both versions.
    const QString stale = writeFile(QStringLiteral("stale.json"), unchanged.out.toUtf8());
    const DmctlRun conflict =
        dmctl({QStringLiteral("loginrules"), QStringLiteral("set"), QStringLiteral("--file"), stale});
    QCOMPARE(conflict.exitCode, 1);
    QVERIFY2(conflict.err.contains(QLatin1String("LOGINRULE.VERSION.CONFLICT")), qPrintable(conflict.err));
}

QTEST_GUILESS_MAIN(TestDmctlPolicy)
#include "tst_dmctl_policy.moc"
