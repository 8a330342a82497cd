#include "SandboxProcess.h"
#include "store/Db.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// The delivery policy at domain, unit and account level: defaults, optimistic concurrency, inheritance, removal of
// overrides, validation of every field and the operation log rows, over real TLS against dmsandbox.
class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void domainStartsWithTheDeliveryDefaults();
    void updateBumpsTheVersionAndKeepsOtherFields();
    void refusesAStaleVersion();
    void accountOverUnitOverDomain();
    void nullRemovesAnOverride();
    void domainFieldsCannotBeRemoved();
    void validatesEveryField_data();
    void validatesEveryField();
    void refusesUnknownTargets_data();
    void refusesUnknownTargets();
    void getEffectiveNeedsAnExistingAccount();
    void logsEveryUpdate();

private:
    SandboxProcess::Reply get(const QString& level, const QString& targetId);
    SandboxProcess::Reply update(const QString& level, const QString& targetId, const QJsonObject& policy,
                                 qint64 expectedVersion);
    qint64 versionOf(const QString& level, const QString& targetId);
    void createAccount(const QString& accountName, const QString& mobile);
    QList<QStringList> operationLogs(const QString& action);

    QTemporaryDir m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_domain;
};

void TestPolicy::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir.path());
    // Unlimited rate: these tests make many calls in a row, and the per-app limit has its own test.
    const QJsonObject connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(!connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
    m_domain = connection.value(QStringLiteral("domain")).toString();
    QVERIFY(m_sandbox->authenticate());
    createAccount(QStringLiteral("policy.alice"), QStringLiteral("13800138001"));
    createAccount(QStringLiteral("policy.bob"), QStringLiteral("13800138002"));
}

void TestPolicy::cleanupTestCase()
{
    m_sandbox.reset();
}

SandboxProcess::Reply TestPolicy::get(const QString& level, const QString& targetId)
{
    return m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"),
                           QJsonObject{{QStringLiteral("level"), level}, {QStringLiteral("targetId"), targetId}});
}

SandboxProcess::Reply TestPolicy::update(const QString& level, const QString& targetId, const QJsonObject& policy,
                                         qint64 expectedVersion)
{
    return m_sandbox->call(QStringLiteral("/api/open/delivery/policy/update"),
                           QJsonObject{{QStringLiteral("level"), level},
                                       {QStringLiteral("targetId"), targetId},
                                       {QStringLiteral("policy"), policy},
                                       {QStringLiteral("expectedVersion"), expectedVersion}});
}

qint64 TestPolicy::versionOf(const QString& level, const QString& targetId)
{
    const auto reply = get(level, targetId);
    return reply.code == 0 ? reply.data.toObject().value(QStringLiteral("version")).toInteger() : -1;
}

void TestPolicy::createAccount(const QString& accountName, const QString& mobile)
{
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/account/createAccount"),
                                       QJsonObject{{QStringLiteral("domain"), m_domain},
                                                   {QStringLiteral("accountName"), accountName},
                                                   {QStringLiteral("name"), QStringLiteral("测试")},
                                                   {QStringLiteral("bindMobile"), mobile}});
    QVERIFY2(reply.code == 0, qPrintable(reply.message));
}

// The operation log rows with `action`, read from the platform's own database (the log endpoints are another
// module's): time, target, result, remark.
QList<QStringList> TestPolicy::operationLogs(const QString& action)
{
    QList<QStringList> rows;
    QFile keyFile(QDir(m_dataDir.path()).filePath(QStringLiteral("platform.key")));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return rows;
    }
    auto db = dm::Db::open(QDir(m_dataDir.path()).filePath(QStringLiteral("platform.db")), keyFile.readAll(),
                           dm::Db::Access::ReadOnly);
    if (!db) {
        return rows;
    }
    auto select = db->prepare("SELECT operator, target, result, remark, ip FROM operation_logs WHERE action = ? "
                              "ORDER BY time, id");
    if (!select) {
        return rows;
    }
    select->bind(1, action);
    while (select->step().value()) {
        rows.append({select->text(0), select->text(1), select->text(2), select->text(3), select->text(4)});
    }
    return rows;
}

void TestPolicy::domainStartsWithTheDeliveryDefaults()
{
    const auto reply = get(QStringLiteral("domain"), m_domain);
    QCOMPARE(reply.code, 0);
    const QJsonObject data = reply.data.toObject();
    QCOMPARE(data.value(QStringLiteral("level")).toString(), QStringLiteral("domain"));
    QCOMPARE(data.value(QStringLiteral("targetId")).toString(), m_domain);
    QCOMPARE(data.value(QStringLiteral("version")).toInteger(), 1);
    QVERIFY(data.value(QStringLiteral("updatedAt")).toInteger() > 0);
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "externalMail": "deny", "visibleInAddressBook": false, "allowedClients": ["webmail", "mailmaster"],
        "autoForward": false, "forceSms2fa": true, "trustedBrowserDays": 7,
        "password": {"minLength": 10, "requireClasses": 3, "expireDays": 90, "forbidSequential": true},
        "abnormalLoginAlert": {"sms": true, "email": true}})")
                                     .object();
    QCOMPARE(data.value(QStringLiteral("policy")).toObject(), expected);
    // Created once: asking again neither bumps the version nor changes the time.
    QCOMPARE(get(QStringLiteral("domain"), m_domain.toUpper()).data.toObject(), data);
    // Unit and account documents start empty at version 0: everything inherited.
    const QJsonObject unit = get(QStringLiteral("unit"), QStringLiteral("root")).data.toObject();
    QCOMPARE(unit.value(QStringLiteral("policy")).toObject(), QJsonObject());
    QCOMPARE(unit.value(QStringLiteral("version")).toInteger(), 0);
    QVERIFY(unit.value(QStringLiteral("updatedAt")).isNull());
}

void TestPolicy::updateBumpsTheVersionAndKeepsOtherFields()
{
    const qint64 version = versionOf(QStringLiteral("domain"), m_domain);
    const auto reply = update(
        QStringLiteral("domain"), m_domain,
        QJsonObject{{QStringLiteral("externalMail"), QStringLiteral("receiveOnly")},
                    {QStringLiteral("password"), QJsonObject{{QStringLiteral("minLength"), 12}}},
                    {QStringLiteral("allowedClients"),
                     QJsonArray{QStringLiteral("imap"), QStringLiteral("webmail"), QStringLiteral("mailmaster")}}},
        version);
    QCOMPARE(reply.code, 0);
    const QJsonObject data = reply.data.toObject();
    QCOMPARE(data.value(QStringLiteral("version")).toInteger(), version + 1);
    const QJsonObject policy = data.value(QStringLiteral("policy")).toObject();
    QCOMPARE(policy.value(QStringLiteral("externalMail")).toString(), QStringLiteral("receiveOnly"));
    const QJsonObject password = policy.value(QStringLiteral("password")).toObject();
    QCOMPARE(password.value(QStringLiteral("minLength")).toInt(), 12);
    QCOMPARE(password.value(QStringLiteral("requireClasses")).toInt(), 3); // untouched sibling kept
    QCOMPARE(policy.value(QStringLiteral("forceSms2fa")).toBool(), true);
    // The client set comes back in the contract's order.
    QCOMPARE(policy.value(QStringLiteral("allowedClients")).toArray(),
             (QJsonArray{QStringLiteral("webmail"), QStringLiteral("mailmaster"), QStringLiteral("imap")}));
    QCOMPARE(get(QStringLiteral("domain"), m_domain).data.toObject(), data);
}

void TestPolicy::refusesAStaleVersion()
{
    const qint64 version = versionOf(QStringLiteral("domain"), m_domain);
    const QJsonObject before = get(QStringLiteral("domain"), m_domain).data.toObject();
    const auto stale =
        update(QStringLiteral("domain"), m_domain, QJsonObject{{QStringLiteral("autoForward"), true}}, version - 1);
    QCOMPARE(stale.code, -3);
    QCOMPARE(stale.message, QStringLiteral("通用业务操作失败: POLICY.VERSION.CONFLICT"));
    QCOMPARE(stale.data.toObject().value(QStringLiteral("currentVersion")).toInteger(), version);
    QCOMPARE(get(QStringLiteral("domain"), m_domain).data.toObject(), before);
    // Version 0 means "I believe nothing is set yet", and is stale once something is.
    QCOMPARE(
        update(QStringLiteral("unit"), QStringLiteral("root"), {{QStringLiteral("trustedBrowserDays"), 1}}, 0).code, 0);
    const auto second =
        update(QStringLiteral("unit"), QStringLiteral("root"), {{QStringLiteral("trustedBrowserDays"), 2}}, 0);
    QCOMPARE(second.code, -3);
    QCOMPARE(second.data.toObject().value(QStringLiteral("currentVersion")).toInteger(), 1);
    QCOMPARE(update(QStringLiteral("unit"), QStringLiteral("root"),
                    {{QStringLiteral("trustedBrowserDays"), QJsonValue::Null}}, 1)
                 .code,
             0);
}

void TestPolicy::accountOverUnitOverDomain()
{
    const QString alice = QStringLiteral("policy.alice");
    QCOMPARE(update(QStringLiteral("unit"), QStringLiteral("root"),
                    {{QStringLiteral("trustedBrowserDays"), 30},
                     {QStringLiteral("abnormalLoginAlert"), QJsonObject{{QStringLiteral("email"), false}}}},
                    versionOf(QStringLiteral("unit"), QStringLiteral("root")))
                 .code,
             0);
    QCOMPARE(update(QStringLiteral("account"), alice,
                    {{QStringLiteral("trustedBrowserDays"), 0},
                     {QStringLiteral("password"), QJsonObject{{QStringLiteral("expireDays"), 30}}}},
                    0)
                 .code,
             0);
    const auto effective = m_sandbox->call(QStringLiteral("/api/open/delivery/policy/getEffective"),
                                           {{QStringLiteral("accountName"), alice}});
    QCOMPARE(effective.code, 0);
    const QJsonObject data = effective.data.toObject();
    QCOMPARE(data.value(QStringLiteral("accountName")).toString(), alice);
    QCOMPARE(data.value(QStringLiteral("unitId")).toString(), QStringLiteral("root"));
    const QJsonObject policy = data.value(QStringLiteral("policy")).toObject();
    const QJsonObject sources = data.value(QStringLiteral("sources")).toObject();
    QCOMPARE(policy.value(QStringLiteral("trustedBrowserDays")).toInt(), 0);
    QCOMPARE(sources.value(QStringLiteral("trustedBrowserDays")).toString(), QStringLiteral("account"));
    QCOMPARE(policy.value(QStringLiteral("abnormalLoginAlert")).toObject().value(QStringLiteral("email")).toBool(),
             false);
    QCOMPARE(sources.value(QStringLiteral("abnormalLoginAlert")).toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("unit"));
    QCOMPARE(sources.value(QStringLiteral("abnormalLoginAlert")).toObject().value(QStringLiteral("sms")).toString(),
             QStringLiteral("domain"));
    QCOMPARE(policy.value(QStringLiteral("password")).toObject().value(QStringLiteral("expireDays")).toInt(), 30);
    QCOMPARE(policy.value(QStringLiteral("password")).toObject().value(QStringLiteral("minLength")).toInt(), 12);
    QCOMPARE(sources.value(QStringLiteral("password")).toObject().value(QStringLiteral("minLength")).toString(),
             QStringLiteral("domain"));
    QCOMPARE(sources.value(QStringLiteral("externalMail")).toString(), QStringLiteral("domain"));
    // Every leaf is present and says where it came from.
    QCOMPARE(policy.keys(),
             get(QStringLiteral("domain"), m_domain).data.toObject().value(QStringLiteral("policy")).toObject().keys());
    QCOMPARE(sources.keys(), policy.keys());
    const QJsonObject versions = data.value(QStringLiteral("versions")).toObject();
    QCOMPARE(versions.value(QStringLiteral("account")).toInteger(), 1);
    QCOMPARE(versions.value(QStringLiteral("domain")).toInteger(), versionOf(QStringLiteral("domain"), m_domain));
    // Bob, in the same unit, gets the unit's values but not Alice's.
    const auto bob = m_sandbox->call(QStringLiteral("/api/open/delivery/policy/getEffective"),
                                     {{QStringLiteral("accountName"), QStringLiteral("POLICY.BOB")}});
    QCOMPARE(bob.code, 0);
    QCOMPARE(bob.data.toObject()
                 .value(QStringLiteral("policy"))
                 .toObject()
                 .value(QStringLiteral("trustedBrowserDays"))
                 .toInt(),
             30);
    QCOMPARE(bob.data.toObject()
                 .value(QStringLiteral("sources"))
                 .toObject()
                 .value(QStringLiteral("trustedBrowserDays"))
                 .toString(),
             QStringLiteral("unit"));
}

void TestPolicy::nullRemovesAnOverride()
{
    const QString bob = QStringLiteral("policy.bob");
    QCOMPARE(update(QStringLiteral("account"), bob,
                    {{QStringLiteral("autoForward"), true},
                     {QStringLiteral("visibleInAddressBook"), true},
                     {QStringLiteral("password"),
                      QJsonObject{{QStringLiteral("minLength"), 16}, {QStringLiteral("forbidSequential"), false}}}},
                    0)
                 .code,
             0);
    const auto removed = update(QStringLiteral("account"), bob,
                                {{QStringLiteral("autoForward"), QJsonValue::Null},
                                 {QStringLiteral("password"), QJsonValue::Null},
                                 {QStringLiteral("forceSms2fa"), QJsonValue::Null}}, // never set: a no-op
                                1);
    QCOMPARE(removed.code, 0);
    QCOMPARE(removed.data.toObject().value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(removed.data.toObject().value(QStringLiteral("policy")).toObject(),
             (QJsonObject{{QStringLiteral("visibleInAddressBook"), true}}));
    const auto effective = m_sandbox->call(QStringLiteral("/api/open/delivery/policy/getEffective"),
                                           {{QStringLiteral("accountName"), bob}});
    const QJsonObject sources = effective.data.toObject().value(QStringLiteral("sources")).toObject();
    QCOMPARE(sources.value(QStringLiteral("autoForward")).toString(), QStringLiteral("domain"));
    QCOMPARE(sources.value(QStringLiteral("visibleInAddressBook")).toString(), QStringLiteral("account"));
    QCOMPARE(sources.value(QStringLiteral("password")).toObject().value(QStringLiteral("minLength")).toString(),
             QStringLiteral("domain"));
    // A single leaf of a group can go too, leaving its siblings.
    QCOMPARE(update(QStringLiteral("account"), bob,
                    {{QStringLiteral("abnormalLoginAlert"),
                      QJsonObject{{QStringLiteral("sms"), false}, {QStringLiteral("email"), false}}}},
                    2)
                 .code,
             0);
    const auto partial =
        update(QStringLiteral("account"), bob,
               {{QStringLiteral("abnormalLoginAlert"), QJsonObject{{QStringLiteral("sms"), QJsonValue::Null}}}}, 3);
    QCOMPARE(partial.data.toObject()
                 .value(QStringLiteral("policy"))
                 .toObject()
                 .value(QStringLiteral("abnormalLoginAlert"))
                 .toObject(),
             (QJsonObject{{QStringLiteral("email"), false}}));
}

void TestPolicy::domainFieldsCannotBeRemoved()
{
    const qint64 version = versionOf(QStringLiteral("domain"), m_domain);
    const auto leaf =
        update(QStringLiteral("domain"), m_domain, {{QStringLiteral("autoForward"), QJsonValue::Null}}, version);
    QCOMPARE(leaf.code, -401);
    QCOMPARE(leaf.message, QStringLiteral("PARAM.INVALID:policy.autoForward:null"));
    const auto group =
        update(QStringLiteral("domain"), m_domain, {{QStringLiteral("password"), QJsonValue::Null}}, version);
    QCOMPARE(group.message, QStringLiteral("PARAM.INVALID:policy.password:null"));
    const auto inner =
        update(QStringLiteral("domain"), m_domain,
               {{QStringLiteral("password"), QJsonObject{{QStringLiteral("expireDays"), QJsonValue::Null}}}}, version);
    QCOMPARE(inner.message, QStringLiteral("PARAM.INVALID:policy.password.expireDays:null"));
    QCOMPARE(versionOf(QStringLiteral("domain"), m_domain), version);
}

void TestPolicy::validatesEveryField_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("message");
    const auto row = [](const char* name, const char* policy, const char* field) {
        QTest::newRow(name) << QByteArray(policy) << QStringLiteral("PARAM.INVALID:") + QLatin1String(field);
    };
    row("externalMail value", R"({"externalMail": "sometimes"})", "policy.externalMail:value");
    row("externalMail type", R"({"externalMail": 1})", "policy.externalMail:type");
    row("visibleInAddressBook type", R"({"visibleInAddressBook": "false"})", "policy.visibleInAddressBook:type");
    row("allowedClients type", R"({"allowedClients": "webmail"})", "policy.allowedClients:type");
    row("allowedClients empty", R"({"allowedClients": []})", "policy.allowedClients:empty");
    row("allowedClients unknown", R"({"allowedClients": ["webmail", "outlook"]})", "policy.allowedClients:value");
    row("allowedClients duplicate", R"({"allowedClients": ["pop", "pop"]})", "policy.allowedClients:duplicate");
    row("allowedClients item type", R"({"allowedClients": [1]})", "policy.allowedClients:type");
    row("autoForward type", R"({"autoForward": 0})", "policy.autoForward:type");
    row("forceSms2fa type", R"({"forceSms2fa": "yes"})", "policy.forceSms2fa:type");
    row("trustedBrowserDays high", R"({"trustedBrowserDays": 91})", "policy.trustedBrowserDays:range");
    row("trustedBrowserDays low", R"({"trustedBrowserDays": -1})", "policy.trustedBrowserDays:range");
    row("trustedBrowserDays fraction", R"({"trustedBrowserDays": 1.5})", "policy.trustedBrowserDays:type");
    row("password type", R"({"password": 10})", "policy.password:type");
    row("password empty", R"({"password": {}})", "policy.password:empty");
    row("password unknown", R"({"password": {"maxLength": 20}})", "policy.password.maxLength:unknown");
    row("minLength low", R"({"password": {"minLength": 7}})", "policy.password.minLength:range");
    row("minLength high", R"({"password": {"minLength": 33}})", "policy.password.minLength:range");
    row("requireClasses low", R"({"password": {"requireClasses": 1}})", "policy.password.requireClasses:range");
    row("requireClasses high", R"({"password": {"requireClasses": 5}})", "policy.password.requireClasses:range");
    row("expireDays high", R"({"password": {"expireDays": 366}})", "policy.password.expireDays:range");
    row("expireDays type", R"({"password": {"expireDays": "90"}})", "policy.password.expireDays:type");
    row("forbidSequential type", R"({"password": {"forbidSequential": 1}})", "policy.password.forbidSequential:type");
    row("alert type", R"({"abnormalLoginAlert": true})", "policy.abnormalLoginAlert:type");
    row("alert sms type", R"({"abnormalLoginAlert": {"sms": "on"}})", "policy.abnormalLoginAlert.sms:type");
    row("alert unknown", R"({"abnormalLoginAlert": {"wechat": true}})", "policy.abnormalLoginAlert.wechat:unknown");
    row("unknown field", R"({"externalmail": "deny"})", "policy.externalmail:unknown");
    row("dotted key", R"({"password.minLength": 12})", "policy.password.minLength:unknown");
    row("empty policy", R"({})", "policy:empty");
    row("policy type", R"([])", "policy:type");
}

void TestPolicy::validatesEveryField()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, message);
    const QJsonDocument document = QJsonDocument::fromJson(policy);
    QJsonObject body{
        {QStringLiteral("level"), QStringLiteral("account")},
        {QStringLiteral("targetId"), QStringLiteral("policy.alice")},
        {QStringLiteral("expectedVersion"), versionOf(QStringLiteral("account"), QStringLiteral("policy.alice"))}};
    body.insert(QStringLiteral("policy"),
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    const qint64 before = body.value(QStringLiteral("expectedVersion")).toInteger();
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/delivery/policy/update"), body);
    QCOMPARE(reply.code, -401);
    QCOMPARE(reply.message, message);
    QCOMPARE(versionOf(QStringLiteral("account"), QStringLiteral("policy.alice")), before);
}

void TestPolicy::refusesUnknownTargets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown unit") << QByteArray(R"({"level": "unit", "targetId": "no-such-unit"})") << -4
                                  << QStringLiteral("UNIT.NOT.FOUND");
    QTest::newRow("unknown account") << QByteArray(R"({"level": "account", "targetId": "nobody.here"})") << -4
                                     << QStringLiteral("ACCOUNT.NOT.FOUND");
    QTest::newRow("other domain") << QByteArray(R"({"level": "domain", "targetId": "example.org"})") << -4
                                  << QStringLiteral("DOMAIN.NOT.FOUND");
    QTest::newRow("bad level") << QByteArray(R"({"level": "court", "targetId": "x"})") << -401
                               << QStringLiteral("PARAM.INVALID:level:value");
    QTest::newRow("no level") << QByteArray(R"({"targetId": "x"})") << -401
                              << QStringLiteral("PARAM.INVALID:level:missing");
    QTest::newRow("no target") << QByteArray(R"({"level": "unit"})") << -401
                               << QStringLiteral("PARAM.INVALID:targetId:missing");
    QTest::newRow("bad account name") << QByteArray(R"({"level": "account", "targetId": "a b"})") << -401
                                      << QStringLiteral("PARAM.INVALID:targetId:format");
}

void TestPolicy::refusesUnknownTargets()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const auto read = m_sandbox->call(QStringLiteral("/api/open/delivery/policy/get"), request);
    QCOMPARE(read.code, code);
    QCOMPARE(read.message, message);
    QJsonObject change = request;
    change.insert(QStringLiteral("expectedVersion"), 0);
    change.insert(QStringLiteral("policy"), QJsonObject{{QStringLiteral("autoForward"), false}});
    const auto write = m_sandbox->call(QStringLiteral("/api/open/delivery/policy/update"), change);
    QCOMPARE(write.code, code);
    QCOMPARE(write.message, message);
}

void TestPolicy::getEffectiveNeedsAnExistingAccount()
{
    const QString path = QStringLiteral("/api/open/delivery/policy/getEffective");
    const auto unknown = m_sandbox->call(path, {{QStringLiteral("accountName"), QStringLiteral("nobody.here")}});
    QCOMPARE(unknown.code, -4);
    QCOMPARE(unknown.message, QStringLiteral("ACCOUNT.NOT.FOUND"));
    QCOMPARE(m_sandbox->call(path, {}).message, QStringLiteral("PARAM.INVALID:accountName:missing"));
    QCOMPARE(m_sandbox->call(path, {{QStringLiteral("accountName"), QStringLiteral("-x-")}}).message,
             QStringLiteral("PARAM.INVALID:accountName:format"));
    QCOMPARE(m_sandbox
                 ->call(QStringLiteral("/api/open/delivery/policy/update"),
                        {{QStringLiteral("level"), QStringLiteral("domain")},
                         {QStringLiteral("targetId"), m_domain},
                         {QStringLiteral("policy"), QJsonObject{{QStringLiteral("autoForward"), false}}}})
                 .message,
             QStringLiteral("PARAM.INVALID:expectedVersion:missing"));
}

void TestPolicy::logsEveryUpdate()
{
    const qint64 version = versionOf(QStringLiteral("domain"), m_domain);
    QCOMPARE(update(QStringLiteral("domain"), m_domain,
                    {{QStringLiteral("externalMail"), QStringLiteral("allow")}, {QStringLiteral("autoForward"), false}},
                    version)
                 .code,
             0);
    QCOMPARE(update(QStringLiteral("domain"), m_domain,
                    {{QStringLiteral("externalMail"), QStringLiteral("receiveOnly")}}, version)
                 .code,
             -3);
    const QList<QStringList> rows = operationLogs(QStringLiteral("updatePolicy"));
    QVERIFY(rows.size() >= 2);
    const QStringList success = rows.at(rows.size() - 2);
    // autoForward was already false: only the field that changed is listed.
    QCOMPARE(success, (QStringList{QStringLiteral("admin@") + m_domain, m_domain, QStringLiteral("success"),
                                   QStringLiteral("更新送达策略:外部邮件=允许收发"), QStringLiteral("127.0.0.1")}));
    QCOMPARE(rows.last(), (QStringList{QStringLiteral("admin@") + m_domain, m_domain, QStringLiteral("failure"),
                                       QStringLiteral("更新送达策略:外部邮件=仅接收,原因:POLICY.VERSION.CONFLICT"),
                                       QStringLiteral("127.0.0.1")}));
    // Account rows name the address; removals read 继承.
    bool sawAccount = false;
    for (const QStringList& row : rows) {
        if (row.at(1) == QStringLiteral("policy.bob@") + m_domain &&
            row.at(3).startsWith(QStringLiteral("帐号名称:policy.bob@") + m_domain +
                                 QStringLiteral(",更新送达策略:")) &&
            row.at(3).contains(QStringLiteral("自动转发=继承"))) {
            sawAccount = true;
        }
    }
    QVERIFY(sawAccount);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
