#include "core/LoginRuleInput.h"
#include "core/PolicyBaseline.h"
#include "core/PolicyInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dm;

namespace {

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

// Policy and login-rule files as people write them: everything the platform would refuse is refused first, naming
// the field and the reason the way the platform does.
class TestPolicyInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSetAndInheritedFields();
    void refusesWhatThePlatformRefuses_data();
    void refusesWhatThePlatformRefuses();
    void writesTheContractShape();
    void baselineOverlaysTheDefaults();
    void canonicalCidr_data();
    void canonicalCidr();
    void regionNames();
    void loginRuleDrafts();
    void loginRuleMistakes_data();
    void loginRuleMistakes();
};

void TestPolicyInput::readsSetAndInheritedFields()
{
    auto change = policyChangeFromJson(
        json(R"({"trustedBrowserDays": 3, "allowedClients": ["mailmaster", "webmail"], "autoForward": null,
                 "password": {"minLength": 12, "expireDays": null}, "abnormalLoginAlert": null})"),
        PolicyNulls::Inherit);
    QVERIFY2(change, qPrintable(change ? QString() : change.error().message()));
    QVERIFY(change->set.trustedBrowserDays == std::optional<int>(3));
    QVERIFY(*change->set.allowedClients == (QList<MailClient>{MailClient::Webmail, MailClient::Mailmaster}));
    QVERIFY(change->set.password.minLength == std::optional<int>(12));
    QVERIFY(!change->set.has(PolicyField::AutoForward));
    QCOMPARE(change->inherit.size(), 4);
    QVERIFY(change->inherit.contains(PolicyField::AutoForward));
    QVERIFY(change->inherit.contains(PolicyField::PasswordExpireDays));
    QVERIFY(change->inherit.contains(PolicyField::AlertSms));
    QVERIFY(change->inherit.contains(PolicyField::AlertEmail));
}

void TestPolicyInput::refusesWhatThePlatformRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("domain");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not an object") << QString::fromUtf8("[]") << false << QString::fromUtf8("policy")
                                   << QString::fromUtf8("type");
    QTest::newRow("empty") << QString::fromUtf8("{}") << false << QString::fromUtf8("policy")
                           << QString::fromUtf8("empty");
    QTest::newRow("unknown") << QString::fromUtf8(R"({"externalmail": "deny"})") << false
                             << QString::fromUtf8("policy.externalmail") << QString::fromUtf8("unknown");
    QTest::newRow("dotted key") << QString::fromUtf8(R"({"password.minLength": 12})") << false
                                << QString::fromUtf8("policy.password.minLength") << QString::fromUtf8("unknown");
    QTest::newRow("unknown member") << QString::fromUtf8(R"({"password": {"maxLength": 12}})") << false
                                    << QString::fromUtf8("policy.password.maxLength") << QString::fromUtf8("unknown");
    QTest::newRow("boolean as text") << QString::fromUtf8(R"({"autoForward": "false"})") << false
                                     << QString::fromUtf8("policy.autoForward") << QString::fromUtf8("type");
    QTest::newRow("fraction") << QString::fromUtf8(R"({"trustedBrowserDays": 1.5})") << false
                              << QString::fromUtf8("policy.trustedBrowserDays") << QString::fromUtf8("type");
    QTest::newRow("range") << QString::fromUtf8(R"({"trustedBrowserDays": 91})") << false
                           << QString::fromUtf8("policy.trustedBrowserDays") << QString::fromUtf8("range");
    QTest::newRow("minLength range") << QString::fromUtf8(R"({"password": {"minLength": 7}})") << false
                                     << QString::fromUtf8("policy.password.minLength") << QString::fromUtf8("range");
    QTest::newRow("mail mode") << QString::fromUtf8(R"({"externalMail": "sometimes"})") << false
                               << QString::fromUtf8("policy.externalMail") << QString::fromUtf8("value");
    QTest::newRow("client") << QString::fromUtf8(R"({"allowedClients": ["webmail", "outlook"]})") << false
                            << QString::fromUtf8("policy.allowedClients") << QString::fromUtf8("value");
    QTest::newRow("no client") << QString::fromUtf8(R"({"allowedClients": []})") << false
                               << QString::fromUtf8("policy.allowedClients") << QString::fromUtf8("empty");
    QTest::newRow("client twice") << QString::fromUtf8(R"({"allowedClients": ["imap", "imap"]})") << false
                                  << QString::fromUtf8("policy.allowedClients") << QString::fromUtf8("duplicate");
    QTest::newRow("empty group") << QString::fromUtf8(R"({"password": {}})") << false
                                 << QString::fromUtf8("policy.password") << QString::fromUtf8("empty");
    QTest::newRow("group not an object") << QString::fromUtf8(R"({"password": 10})") << false
                                         << QString::fromUtf8("policy.password") << QString::fromUtf8("type");
    QTest::newRow("null at domain") << QString::fromUtf8(R"({"autoForward": null})") << true
                                    << QString::fromUtf8("policy.autoForward") << QString::fromUtf8("null");
    QTest::newRow("first key in order") << QString::fromUtf8(R"({"trustedBrowserDays": 99, "autoForward": "x"})")
                                        << false << QString::fromUtf8("policy.autoForward")
                                        << QString::fromUtf8("type");
}

void TestPolicyInput::refusesWhatThePlatformRefuses()
{
    QFETCH(QString, text);
    QFETCH(bool, domain);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    auto change = policyChangeFromJson(value, domain ? PolicyNulls::Refused : PolicyNulls::Inherit);
    QVERIFY(!change);
    QCOMPARE(change.error().path, path);
    QCOMPARE(change.error().reason, reason);
    QVERIFY(change.error().message().startsWith(path + QStringLiteral(": ")));
    QVERIFY(!change.error().detail.isEmpty());
}

void TestPolicyInput::writesTheContractShape()
{
    const QJsonObject written = policyToJson(defaultBaseline());
    QCOMPARE(written, json(R"({"externalMail": "deny", "visibleInAddressBook": false,
        "allowedClients": ["webmail", "mailmaster"], "autoForward": false, "forceSms2fa": true,
        "trustedBrowserDays": 7, "password": {"minLength": 10, "requireClasses": 3, "expireDays": 90,
        "forbidSequential": true}, "abnormalLoginAlert": {"sms": true, "email": true}})")
                          .toObject());
    auto back = policyChangeFromJson(written, PolicyNulls::Refused);
    QVERIFY(back);
    QVERIFY(back->set == defaultBaseline());
    QCOMPARE(policyFieldText(defaultBaseline(), PolicyField::AllowedClients),
             QStringLiteral(R"(["webmail","mailmaster"])"));
    QCOMPARE(policyFieldText(DeliveryPolicy{}, PolicyField::AutoForward), QStringLiteral("-"));
}

void TestPolicyInput::baselineOverlaysTheDefaults()
{
    auto baseline =
        baselineFromJson(json(R"({"trustedBrowserDays": 0, "password": {"minLength": 14}})"), defaultBaseline());
    QVERIFY(baseline);
    QVERIFY(baseline->isComplete());
    QVERIFY(baseline->trustedBrowserDays == std::optional<int>(0));
    QVERIFY(baseline->password.minLength == std::optional<int>(14));
    QVERIFY(baseline->password.requireClasses == std::optional<int>(3));
    auto refused = baselineFromJson(json(R"({"autoForward": null})"), defaultBaseline());
    QVERIFY(!refused);
    QCOMPARE(refused.error().path, QStringLiteral("baseline.autoForward"));
}

void TestPolicyInput::canonicalCidr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("canonical");
    QTest::newRow("v4") << QString::fromUtf8("10.0.0.0/8") << true;
    QTest::newRow("v4 host") << QString::fromUtf8("58.248.244.53/32") << true;
    QTest::newRow("v4 any") << QString::fromUtf8("0.0.0.0/0") << true;
    QTest::newRow("v4 host bits") << QString::fromUtf8("10.0.0.1/8") << false;
    QTest::newRow("v4 leading zero") << QString::fromUtf8("10.0.0.01/32") << false;
    QTest::newRow("v4 prefix zero") << QString::fromUtf8("10.0.0.0/08") << false;
    QTest::newRow("v4 prefix range") << QString::fromUtf8("10.0.0.0/33") << false;
    QTest::newRow("v4 no prefix") << QString::fromUtf8("10.0.0.0") << false;
    QTest::newRow("v4 octet") << QString::fromUtf8("256.0.0.0/8") << false;
    QTest::newRow("v6") << QString::fromUtf8("2001:db8::/32") << true;
    QTest::newRow("v6 host") << QString::fromUtf8("2001:db8::1:0:0:1/128") << true;
    QTest::newRow("v6 upper case") << QString::fromUtf8("2001:DB8::/32") << false;
    QTest::newRow("v6 leading zero") << QString::fromUtf8("2001:0db8::/32") << false;
    QTest::newRow("v6 zeros written") << QString::fromUtf8("2001:db8:0:0:0:0:0:0/32") << false;
    QTest::newRow("v6 shorter run compressed") << QString::fromUtf8("2001:db8:0:0:1::1/128") << false;
    QTest::newRow("v6 dotted quad") << QString::fromUtf8("::ffff:10.0.0.0/104") << false;
    QTest::newRow("v6 host bits") << QString::fromUtf8("2001:db8::1/32") << false;
    QTest::newRow("v6 prefix range") << QString::fromUtf8("2001:db8::/129") << false;
    QTest::newRow("v6 two runs") << QString::fromUtf8("2001::1::/64") << false;
}

void TestPolicyInput::canonicalCidr()
{
    QFETCH(QString, text);
    QFETCH(bool, canonical);
    QCOMPARE(isCanonicalCidr(text), canonical);
}

void TestPolicyInput::regionNames()
{
    for (const char* good : {"广东省", "北京市", "内蒙古自治区", "衢州市", "大兴安岭地区", "锡林郭勒盟", "杭州"}) {
        QVERIFY2(isLoginRegionName(QString::fromUtf8(good)), good);
    }
    for (const char* bad : {"广东", "龙游县", "Guangzhou", "浙江省衢州市", "地区", "广州 市"}) {
        QVERIFY2(!isLoginRegionName(QString::fromUtf8(bad)), bad);
    }
}

void TestPolicyInput::loginRuleDrafts()
{
    auto draft = loginRuleDraftFromJson(
        json(R"({"level": "domain", "version": 3, "rules": [{"action": "allow", "kind": "region", "value": " 广东省 "},
                 {"action": "deny", "kind": "cidr", "value": "10.0.0.0/8"}], "defaultAction": "deny"})"),
        LoginRuleLevel::Domain);
    QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message()));
    QCOMPARE(draft->rules->size(), 2);
    QCOMPARE(draft->rules->at(0).value, QStringLiteral("广东省")); // trimmed, as the platform does
    QVERIFY(draft->rules->at(1).kind == LoginRuleKind::Cidr);
    QVERIFY(draft->defaultGiven);
    QVERIFY(draft->defaultAction == std::optional<LoginAction>(LoginAction::Deny));
    auto follow = loginRuleDraftFromJson(json(R"({"defaultAction": null})"), LoginRuleLevel::Account);
    QVERIFY(follow);
    QVERIFY(!follow->rules);
    QVERIFY(follow->defaultGiven && !follow->defaultAction);
}

void TestPolicyInput::loginRuleMistakes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing") << QString::fromUtf8("{}") << QString::fromUtf8("rules") << QString::fromUtf8("missing");
    QTest::newRow("unknown key") << QString::fromUtf8(R"({"rule": []})") << QString::fromUtf8("rule")
                                 << QString::fromUtf8("unknown");
    QTest::newRow("rules type") << QString::fromUtf8(R"({"rules": {}})") << QString::fromUtf8("rules")
                                << QString::fromUtf8("type");
    QTest::newRow("rule type") << QString::fromUtf8(R"({"rules": [1]})") << QString::fromUtf8("rules[0]")
                               << QString::fromUtf8("type");
    QTest::newRow("rule key")
        << QString::fromUtf8(R"({"rules": [{"action": "allow", "kind": "cidr", "value": "10.0.0.0/8", "x": 1}]})")
        << QString::fromUtf8("rules[0].x") << QString::fromUtf8("unknown");
    QTest::newRow("action") << QString::fromUtf8(
                                   R"({"rules": [{"action": "permit", "kind": "cidr", "value": "10.0.0.0/8"}]})")
                            << QString::fromUtf8("rules[0].action") << QString::fromUtf8("value");
    QTest::newRow("kind") << QString::fromUtf8(R"({"rules": [{"action": "allow", "value": "10.0.0.0/8"}]})")
                          << QString::fromUtf8("rules[0].kind") << QString::fromUtf8("missing");
    QTest::newRow("bad cidr") << QString::fromUtf8(
                                     R"({"rules": [{"action": "allow", "kind": "cidr", "value": "10.0.0.0/8"},
                                   {"action": "deny", "kind": "cidr", "value": "10.0.0.1/8"}]})")
                              << QString::fromUtf8("rules[1].value") << QString::fromUtf8("cidr");
    QTest::newRow("bad region") << QString::fromUtf8(
                                       R"({"rules": [{"action": "deny", "kind": "region", "value": "Guangzhou"}]})")
                                << QString::fromUtf8("rules[0].value") << QString::fromUtf8("region");
    QTest::newRow("blank") << QString::fromUtf8(R"({"rules": [{"action": "deny", "kind": "region", "value": "  "}]})")
                           << QString::fromUtf8("rules[0].value") << QString::fromUtf8("empty");
    QTest::newRow("duplicate") << QString::fromUtf8(
                                      R"({"rules": [{"action": "deny", "kind": "region", "value": "广东省"},
                                     {"action": "allow", "kind": "region", "value": "广东省"}]})")
                               << QString::fromUtf8("rules[1].value") << QString::fromUtf8("duplicate");
    QTest::newRow("null default at domain") << QString::fromUtf8(R"({"defaultAction": null})")
                                            << QString::fromUtf8("defaultAction") << QString::fromUtf8("null");
    QTest::newRow("default value") << QString::fromUtf8(R"({"defaultAction": "maybe"})")
                                   << QString::fromUtf8("defaultAction") << QString::fromUtf8("value");
}

void TestPolicyInput::loginRuleMistakes()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    auto draft = loginRuleDraftFromJson(QJsonDocument::fromJson(text.toUtf8()).object(), LoginRuleLevel::Domain);
    QVERIFY(!draft);
    QCOMPARE(draft.error().path, path);
    QCOMPARE(draft.error().reason, reason);
}

QTEST_GUILESS_MAIN(TestPolicyInput)
#include "tst_policyinput.moc"
