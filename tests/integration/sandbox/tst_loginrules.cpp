#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// Login rules: strict validation of CIDR and region values, versions, ordering, and evaluation of a login against the
// account's rules, then the domain's, then the defaults, over real TLS against dmsandbox.
class TestLoginRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void domainStartsOpen();
    void cidrValues_data();
    void cidrValues();
    void regionValues_data();
    void regionValues();
    void refusesMalformedRules_data();
    void refusesMalformedRules();
    void keepsOrderAndRefusesStaleVersions();
    void accountRulesHaveTheirOwnDefault();
    void evaluatesAccountRulesThenDomainRulesThenDefaults_data();
    void evaluatesAccountRulesThenDomainRulesThenDefaults();
    void evaluateRefusesBadInput();

private:
    SandboxProcess::Reply update(const QJsonObject& fields);
    qint64 versionOf(const QString& level, const QString& targetId);
    QJsonObject rule(const char* action, const char* kind, const QString& value) const;

    QTemporaryDir m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_domain;
};

void TestLoginRules::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir.path());
    // Unlimited rate: these tests make many calls in a row, and the per-app limit has its own test.
    const QJsonObject connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(!connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
    m_domain = connection.value(QStringLiteral("domain")).toString();
    QVERIFY(m_sandbox->authenticate());
    qint64 mobile = 13900139001;
    for (const char* name : {"rules.carol", "rules.dave", "rules.erin"}) {
        const auto reply = m_sandbox->call(QStringLiteral("/api/open/account/createAccount"),
                                           QJsonObject{{QStringLiteral("domain"), m_domain},
                                                       {QStringLiteral("accountName"), QLatin1String(name)},
                                                       {QStringLiteral("name"), QStringLiteral("测试")},
                                                       {QStringLiteral("bindMobile"), QString::number(mobile++)}});
        QVERIFY2(reply.code == 0, qPrintable(reply.message));
    }
}

void TestLoginRules::cleanupTestCase()
{
    m_sandbox.reset();
}

SandboxProcess::Reply TestLoginRules::update(const QJsonObject& fields)
{
    QJsonObject body = fields;
    if (!body.contains(QStringLiteral("level"))) {
        body.insert(QStringLiteral("level"), QStringLiteral("domain"));
        body.insert(QStringLiteral("targetId"), m_domain);
    }
    if (!body.contains(QStringLiteral("expectedVersion"))) {
        body.insert(QStringLiteral("expectedVersion"), versionOf(body.value(QStringLiteral("level")).toString(),
                                                                 body.value(QStringLiteral("targetId")).toString()));
    }
    return m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/update"), body);
}

qint64 TestLoginRules::versionOf(const QString& level, const QString& targetId)
{
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/get"),
                                       {{QStringLiteral("level"), level}, {QStringLiteral("targetId"), targetId}});
    return reply.code == 0 ? reply.data.toObject().value(QStringLiteral("version")).toInteger() : -1;
}

QJsonObject TestLoginRules::rule(const char* action, const char* kind, const QString& value) const
{
    return QJsonObject{{QStringLiteral("action"), QLatin1String(action)},
                       {QStringLiteral("kind"), QLatin1String(kind)},
                       {QStringLiteral("value"), value}};
}

void TestLoginRules::domainStartsOpen()
{
    const auto reply =
        m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/get"),
                        {{QStringLiteral("level"), QStringLiteral("domain")}, {QStringLiteral("targetId"), m_domain}});
    QCOMPARE(reply.code, 0);
    const QJsonObject data = reply.data.toObject();
    QCOMPARE(data.value(QStringLiteral("rules")).toArray(), QJsonArray());
    QCOMPARE(data.value(QStringLiteral("defaultAction")).toString(), QStringLiteral("allow"));
    QCOMPARE(data.value(QStringLiteral("version")).toInteger(), 1);
    const auto account = m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/get"),
                                         {{QStringLiteral("level"), QStringLiteral("account")},
                                          {QStringLiteral("targetId"), QStringLiteral("rules.carol")}});
    QCOMPARE(account.code, 0);
    QVERIFY(account.data.toObject().value(QStringLiteral("defaultAction")).isNull()); // inherits
    QCOMPARE(account.data.toObject().value(QStringLiteral("version")).toInteger(), 0);
    const auto unit = m_sandbox->call(
        QStringLiteral("/api/open/delivery/loginRule/get"),
        {{QStringLiteral("level"), QStringLiteral("unit")}, {QStringLiteral("targetId"), QStringLiteral("root")}});
    QCOMPARE(unit.message, QStringLiteral("PARAM.INVALID:level:value")); // login rules have no unit level
    const auto unknown = m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/get"),
                                         {{QStringLiteral("level"), QStringLiteral("account")},
                                          {QStringLiteral("targetId"), QStringLiteral("nobody.here")}});
    QCOMPARE(unknown.code, -4);
    QCOMPARE(unknown.message, QStringLiteral("ACCOUNT.NOT.FOUND"));
}

void TestLoginRules::cidrValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    const auto row = [](const char* value, bool valid) { QTest::newRow(value) << QString::fromLatin1(value) << valid; };
    row("10.0.0.0/8", true);
    row("0.0.0.0/0", true);
    row("192.168.1.7/32", true);
    row("172.16.0.0/12", true);
    row("10.0.0.1/8", false); // host bits set
    row("172.17.0.0/12", false);
    row("1.2.3.0/33", false);
    row("1.2.3.4", false); // a network needs its prefix
    row("1.2.3.4/", false);
    row("1.2.3.0/024", false);
    row("01.2.3.0/24", false);
    row("256.0.0.0/8", false);
    row("1.2.3/24", false);
    row("1.2.3.4.5/32", false);
    row("1.2.3.4/-1", false);
    row("1.2.3.4/+8", false);
    row("::/0", true);
    row("2001:db8::/32", true);
    row("2001:db8::1/128", true);
    row("fe80::/10", true);
    row("2001:db8:0:1::/64", true);
    row("1:2:3:4:5:6:7:8/128", true);
    row("2001:db8::1:0:0:1/128", true);    // of two equal zero runs the first is compressed
    row("2001:db8:0:0:1::1/128", false);   // ... not the second
    row("2001:db8::1/64", false);          // host bits set
    row("2001:DB8::/32", false);           // canonical text is lower case
    row("2001:0db8::/32", false);          // no leading zeros
    row("2001:db8:0:0:0:0:0:0/32", false); // zero runs are compressed
    row("1:2:3:4:5:6:7::/128", false);     // a single zero group is not
    row("::/129", false);
    row("2001:db8:::/32", false);
    row("2001:db8::1::/128", false);
    row("1:2:3:4:5:6:7:8:9/128", false);
    row("::ffff:10.0.0.0/104", false); // no embedded dotted quad
    row("fe80::/10%eth0", false);
    row("2001:db8::g/128", false);
    row("/8", false);
    row("not a network", false);
}

void TestLoginRules::cidrValues()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    // The value under test is the third rule, so the error names rules[2].
    const QJsonArray rules{rule("allow", "cidr", QStringLiteral("192.0.2.0/24")),
                           rule("allow", "region", QStringLiteral("广东省")), rule("deny", "cidr", value)};
    const auto reply = update({{QStringLiteral("rules"), rules}});
    if (valid) {
        QVERIFY2(reply.code == 0, qPrintable(reply.message));
        QCOMPARE(reply.data.toObject().value(QStringLiteral("rules")).toArray(), rules);
    } else {
        QCOMPARE(reply.code, -401);
        QCOMPARE(reply.message, QStringLiteral("PARAM.INVALID:rules[2].value:cidr"));
    }
}

void TestLoginRules::regionValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("province") << QStringLiteral("广东省") << true;
    QTest::newRow("municipality") << QStringLiteral("北京市") << true;
    QTest::newRow("autonomous region") << QStringLiteral("新疆维吾尔自治区") << true;
    QTest::newRow("SAR") << QStringLiteral("香港特别行政区") << true;
    QTest::newRow("city") << QStringLiteral("衢州市") << true;
    QTest::newRow("autonomous prefecture") << QStringLiteral("延边朝鲜族自治州") << true;
    QTest::newRow("league") << QStringLiteral("锡林郭勒盟") << true;
    QTest::newRow("prefecture") << QStringLiteral("阿里地区") << true;
    QTest::newRow("short province") << QStringLiteral("广东") << false;
    QTest::newRow("pinyin") << QStringLiteral("Guangdong") << false;
    QTest::newRow("county") << QStringLiteral("龙游县") << false;
    QTest::newRow("bare suffix") << QStringLiteral("市") << false;
    QTest::newRow("bare 地区") << QStringLiteral("地区") << false;
    QTest::newRow("inner space") << QStringLiteral("衢 州市") << false;
    QTest::newRow("province and city") << QStringLiteral("浙江省衢州市") << false; // would never match: name the city
}

void TestLoginRules::regionValues()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const auto reply = update({{QStringLiteral("rules"), QJsonArray{rule("allow", "region", value)}}});
    if (valid) {
        QVERIFY2(reply.code == 0, qPrintable(reply.message));
    } else {
        QCOMPARE(reply.code, -401);
        QCOMPARE(reply.message, QStringLiteral("PARAM.INVALID:rules[0].value:region"));
    }
}

void TestLoginRules::refusesMalformedRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const auto row = [](const char* name, const char* body, const char* message) {
        QTest::newRow(name) << QByteArray(body) << QLatin1String("PARAM.INVALID:") + QLatin1String(message);
    };
    row("nothing to change", R"({})", "rules:missing");
    row("rules type", R"({"rules": {}})", "rules:type");
    row("element type", R"({"rules": ["10.0.0.0/8"]})", "rules[0]:type");
    row("action missing", R"({"rules": [{"kind": "cidr", "value": "10.0.0.0/8"}]})", "rules[0].action:missing");
    row("action value", R"({"rules": [{"action": "block", "kind": "cidr", "value": "10.0.0.0/8"}]})",
        "rules[0].action:value");
    row("kind missing", R"({"rules": [{"action": "deny", "value": "10.0.0.0/8"}]})", "rules[0].kind:missing");
    row("kind value", R"({"rules": [{"action": "deny", "kind": "ip", "value": "10.0.0.0/8"}]})", "rules[0].kind:value");
    row("value missing", R"({"rules": [{"action": "deny", "kind": "cidr"}]})", "rules[0].value:missing");
    row("value empty", R"({"rules": [{"action": "deny", "kind": "cidr", "value": " "}]})", "rules[0].value:empty");
    row("value type", R"({"rules": [{"action": "deny", "kind": "cidr", "value": 10}]})", "rules[0].value:type");
    row("unknown key", R"({"rules": [{"action": "deny", "kind": "cidr", "value": "10.0.0.0/8", "note": "x"}]})",
        "rules[0].note:unknown");
    row("duplicate", R"({"rules": [{"action": "deny", "kind": "cidr", "value": "10.0.0.0/8"},
                                   {"action": "allow", "kind": "cidr", "value": "10.0.0.0/8"}]})",
        "rules[1].value:duplicate");
    row("default value", R"({"defaultAction": "maybe"})", "defaultAction:value");
    row("default type", R"({"defaultAction": false})", "defaultAction:type");
    row("domain default null", R"({"defaultAction": null})", "defaultAction:null");
    row("version missing", R"({"expectedVersion": null, "rules": []})", "expectedVersion:missing");
}

void TestLoginRules::refusesMalformedRules()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const qint64 before = versionOf(QStringLiteral("domain"), m_domain);
    const auto reply = update(QJsonDocument::fromJson(body).object());
    QCOMPARE(reply.code, -401);
    QCOMPARE(reply.message, message);
    QCOMPARE(versionOf(QStringLiteral("domain"), m_domain), before);
}

void TestLoginRules::keepsOrderAndRefusesStaleVersions()
{
    QJsonArray many;
    for (int i = 0; i < 200; ++i) {
        many.append(rule(i % 2 ? "allow" : "deny", "cidr", QStringLiteral("10.%1.%2.0/24").arg(i / 100).arg(i % 100)));
    }
    const auto full =
        update({{QStringLiteral("rules"), many}, {QStringLiteral("defaultAction"), QStringLiteral("deny")}});
    QCOMPARE(full.code, 0);
    QCOMPARE(full.data.toObject().value(QStringLiteral("rules")).toArray(), many);
    many.append(rule("deny", "cidr", QStringLiteral("10.9.9.0/24")));
    QCOMPARE(update({{QStringLiteral("rules"), many}}).message, QStringLiteral("PARAM.INVALID:rules:length"));

    const qint64 version = versionOf(QStringLiteral("domain"), m_domain);
    const auto stale =
        update({{QStringLiteral("rules"), QJsonArray()}, {QStringLiteral("expectedVersion"), version - 1}});
    QCOMPARE(stale.code, -3);
    QCOMPARE(stale.message, QStringLiteral("通用业务操作失败: LOGINRULE.VERSION.CONFLICT"));
    QCOMPARE(stale.data.toObject().value(QStringLiteral("currentVersion")).toInteger(), version);
    // Only the default changes: the rules stay.
    const auto flip = update({{QStringLiteral("defaultAction"), QStringLiteral("allow")}});
    QCOMPARE(flip.code, 0);
    QCOMPARE(flip.data.toObject().value(QStringLiteral("version")).toInteger(), version + 1);
    QCOMPARE(flip.data.toObject().value(QStringLiteral("rules")).toArray().size(), 200);
    QCOMPARE(flip.data.toObject().value(QStringLiteral("defaultAction")).toString(), QStringLiteral("allow"));
}

void TestLoginRules::accountRulesHaveTheirOwnDefault()
{
    const QJsonObject carol{{QStringLiteral("level"), QStringLiteral("account")},
                            {QStringLiteral("targetId"), QStringLiteral("rules.carol")}};
    QJsonObject body = carol;
    body.insert(QStringLiteral("rules"), QJsonArray{rule("allow", "region", QStringLiteral("衢州市"))});
    body.insert(QStringLiteral("defaultAction"), QStringLiteral("deny"));
    const auto set = update(body);
    QCOMPARE(set.code, 0);
    QCOMPARE(set.data.toObject().value(QStringLiteral("defaultAction")).toString(), QStringLiteral("deny"));
    body = carol;
    body.insert(QStringLiteral("defaultAction"), QJsonValue::Null);
    const auto inherit = update(body);
    QCOMPARE(inherit.code, 0);
    QVERIFY(inherit.data.toObject().value(QStringLiteral("defaultAction")).isNull());
    QCOMPARE(inherit.data.toObject().value(QStringLiteral("rules")).toArray().size(), 1);
    QCOMPARE(inherit.data.toObject().value(QStringLiteral("version")).toInteger(), 2);
}

void TestLoginRules::evaluatesAccountRulesThenDomainRulesThenDefaults_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("matchedRule"); // -1: none (the default)
    QTest::addColumn<QString>("level");
    const auto row = [](const char* name, const char* account, const char* ip, const char* region, const char* action,
                        int matchedRule, const char* level) {
        QTest::newRow(name) << QString::fromUtf8(account) << QString::fromUtf8(ip) << QString::fromUtf8(region)
                            << QString::fromUtf8(action) << matchedRule << QString::fromUtf8(level);
    };
    // Domain: allow 广东省, deny 10.0.0.0/8, deny 2001:db8::/32, default deny.
    // dave: deny 广州市, allow 10.1.0.0/16, default allow. erin: no rules of her own.
    row("account region", "rules.dave", "10.1.2.3", "广东省广州市", "deny", 0, "account");
    row("account network", "rules.dave", "10.1.2.3", "浙江省杭州市", "allow", 1, "account");
    row("domain region", "rules.dave", "10.2.0.1", "广东省深圳市", "allow", 0, "domain");
    row("domain network", "rules.dave", "10.2.0.1", "浙江省杭州市", "deny", 1, "domain");
    row("domain ipv6", "rules.dave", "2001:DB8:0::5", "", "deny", 2, "domain");
    row("account default", "rules.dave", "8.8.8.8", "浙江省杭州市", "allow", -1, "account");
    row("domain default", "rules.erin", "8.8.8.8", "浙江省杭州市", "deny", -1, "domain");
    row("erin in guangdong", "rules.erin", "10.1.2.3", "广东省广州市", "allow", 0, "domain");
    row("ipv6 outside", "rules.erin", "2001:db9::1", "", "deny", -1, "domain");
    row("no location", "rules.erin", "10.200.0.1", "", "deny", 1, "domain");
    row("municipality district", "rules.erin", "8.8.4.4", "北京市朝阳区", "deny", -1, "domain");
}

void TestLoginRules::evaluatesAccountRulesThenDomainRulesThenDefaults()
{
    QFETCH(QString, account);
    QFETCH(QString, ip);
    QFETCH(QString, region);
    QFETCH(QString, action);
    QFETCH(int, matchedRule);
    QFETCH(QString, level);
    static bool configured = false;
    if (!configured) {
        QCOMPARE(update({{QStringLiteral("rules"), QJsonArray{rule("allow", "region", QStringLiteral("广东省")),
                                                              rule("deny", "cidr", QStringLiteral("10.0.0.0/8")),
                                                              rule("deny", "cidr", QStringLiteral("2001:db8::/32"))}},
                         {QStringLiteral("defaultAction"), QStringLiteral("deny")}})
                     .code,
                 0);
        QCOMPARE(update({{QStringLiteral("level"), QStringLiteral("account")},
                         {QStringLiteral("targetId"), QStringLiteral("rules.dave")},
                         {QStringLiteral("rules"), QJsonArray{rule("deny", "region", QStringLiteral("广州市")),
                                                              rule("allow", "cidr", QStringLiteral("10.1.0.0/16"))}},
                         {QStringLiteral("defaultAction"), QStringLiteral("allow")}})
                     .code,
                 0);
        configured = true;
    }
    QJsonObject body{{QStringLiteral("accountName"), account}, {QStringLiteral("ip"), ip}};
    if (!region.isEmpty()) {
        body.insert(QStringLiteral("region"), region);
    }
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/delivery/loginRule/evaluate"), body);
    QVERIFY2(reply.code == 0, qPrintable(reply.message));
    const QJsonObject data = reply.data.toObject();
    QCOMPARE(data.value(QStringLiteral("action")).toString(), action);
    if (matchedRule < 0) {
        QVERIFY(data.value(QStringLiteral("matchedRule")).isNull());
    } else {
        QCOMPARE(data.value(QStringLiteral("matchedRule")).toInt(-1), matchedRule);
    }
    QCOMPARE(data.value(QStringLiteral("level")).toString(), level);
}

void TestLoginRules::evaluateRefusesBadInput()
{
    const QString path = QStringLiteral("/api/open/delivery/loginRule/evaluate");
    const auto call = [&](const QJsonObject& body) { return m_sandbox->call(path, body); };
    const QString dave = QStringLiteral("rules.dave");
    QCOMPARE(
        call({{QStringLiteral("accountName"), dave}, {QStringLiteral("ip"), QStringLiteral("10.0.0.300")}}).message,
        QStringLiteral("PARAM.INVALID:ip:format"));
    QCOMPARE(
        call({{QStringLiteral("accountName"), dave}, {QStringLiteral("ip"), QStringLiteral("10.0.0.0/8")}}).message,
        QStringLiteral("PARAM.INVALID:ip:format"));
    QCOMPARE(call({{QStringLiteral("accountName"), dave}}).message, QStringLiteral("PARAM.INVALID:ip:missing"));
    QCOMPARE(call({{QStringLiteral("accountName"), dave},
                   {QStringLiteral("ip"), QStringLiteral("1.2.3.4")},
                   {QStringLiteral("region"), QStringLiteral("Guangzhou")}})
                 .message,
             QStringLiteral("PARAM.INVALID:region:region"));
    QCOMPARE(call({{QStringLiteral("ip"), QStringLiteral("1.2.3.4")}}).message,
             QStringLiteral("PARAM.INVALID:accountName:missing"));
    const auto unknown = call({{QStringLiteral("accountName"), QStringLiteral("nobody.here")},
                               {QStringLiteral("ip"), QStringLiteral("1.2.3.4")}});
    QCOMPARE(unknown.code, -4);
    QCOMPARE(unknown.message, QStringLiteral("ACCOUNT.NOT.FOUND"));
}

QTEST_GUILESS_MAIN(TestLoginRules)
#include "tst_loginrules.moc"
