#include "core/LoginRuleEvaluator.h"

#include <QTest>

using namespace dm;

namespace {

// "deny region 广东省; allow cidr 10.0.0.0/8": the rules the way `dmctl loginrules get` prints them.
QList<LoginRule> rulesOf(const QString& spec)
{
    QList<LoginRule> rules;
    for (const QString& item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList words = item.trimmed().split(QLatin1Char(' '));
        Q_ASSERT(words.size() == 3);
        rules.append(
            LoginRule{*loginActionFromString(words.at(0)), *loginRuleKindFromString(words.at(1)), words.at(2)});
    }
    return rules;
}

std::optional<LoginAction> defaultOf(const QString& text)
{
    return text.isEmpty() ? std::nullopt : loginActionFromString(text);
}

LoginRuleDocument document(LoginRuleLevel level, const QString& rules, const QString& defaultAction)
{
    LoginRuleDocument doc;
    doc.level = level;
    doc.targetId = level == LoginRuleLevel::Domain ? QStringLiteral("court.sandbox.test") : QStringLiteral("aaa");
    doc.rules = rulesOf(rules);
    doc.defaultAction = defaultOf(defaultAction);
    doc.version = 1;
    return doc;
}

} // namespace

// The client's own evaluation of CONTRACT.md §12, case by case; the integration test
// tests/integration/sync/tst_loginrulesplatform.cpp checks it against the sandbox's evaluate endpoint.
class TestLoginRuleEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
    void addresses_data();
    void addresses();
    void lint_data();
    void lint();
    void lintSentencesNameTheRules();
};

void TestLoginRuleEvaluator::decides_data()
{
    QTest::addColumn<QString>("domainRules");
    QTest::addColumn<QString>("domainDefault");
    QTest::addColumn<QString>("accountRules"); // "-": the account has no document of its own
    QTest::addColumn<QString>("accountDefault");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("matched"); // -1: a default decided
    QTest::addColumn<QString>("level");

    const QString gz = QStringLiteral("广东省");
    const QString gzCity = QStringLiteral("广州市");
    const QString sz = QStringLiteral("深圳市");
    const QString none = QStringLiteral("-");
    const QString ip = QStringLiteral("58.248.244.53");

    // Regions: the province in full or the city alone.
    QTest::newRow("province matches") << "deny region 广东省"
                                      << "allow" << none << "" << ip << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("city matches") << "deny region 广州市"
                                  << "allow" << none << "" << ip << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("other city of the province") << "deny region 广州市"
                                                << "allow" << none << "" << ip << gz << sz << "allow" << -1 << "domain";
    QTest::newRow("other province") << "deny region 浙江省"
                                    << "allow" << none << "" << ip << gz << gzCity << "allow" << -1 << "domain";
    QTest::newRow("unknown place matches no region") << "deny region 广东省; deny region 广州市"
                                                     << "allow" << none << "" << ip << ""
                                                     << ""
                                                     << "allow" << -1 << "domain";
    QTest::newRow("province without a city") << "allow region 北京市"
                                             << "deny" << none << "" << ip << "北京市"
                                             << ""
                                             << "allow" << 0 << "domain";
    QTest::newRow("district below a municipality") << "allow region 北京市"
                                                   << "deny" << none << "" << ip << "北京市"
                                                   << "朝阳区"
                                                   << "allow" << 0 << "domain";
    QTest::newRow("region rule ignores the address") << "deny cidr 58.0.0.0/8; allow region 广东省"
                                                     << "deny" << none << ""
                                                     << "10.0.0.1" << gz << gzCity << "allow" << 1 << "domain";

    // IPv4 networks.
    QTest::newRow("v4 inside /8") << "deny cidr 10.0.0.0/8"
                                  << "allow" << none << ""
                                  << "10.255.1.2" << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("v4 outside /8") << "deny cidr 10.0.0.0/8"
                                   << "allow" << none << ""
                                   << "11.0.0.1" << gz << gzCity << "allow" << -1 << "domain";
    QTest::newRow("v4 last of /23") << "deny cidr 192.168.0.0/23"
                                    << "allow" << none << ""
                                    << "192.168.1.255" << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("v4 past /23") << "deny cidr 192.168.0.0/23"
                                 << "allow" << none << ""
                                 << "192.168.2.0" << gz << gzCity << "allow" << -1 << "domain";
    QTest::newRow("v4 /32 itself") << "deny cidr 1.2.3.4/32"
                                   << "allow" << none << ""
                                   << "1.2.3.4" << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("v4 /32 neighbour") << "deny cidr 1.2.3.4/32"
                                      << "allow" << none << ""
                                      << "1.2.3.5" << gz << gzCity << "allow" << -1 << "domain";
    QTest::newRow("v4 /0 matches every v4") << "deny cidr 0.0.0.0/0"
                                            << "allow" << none << ""
                                            << "223.5.5.5" << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("v4 /0 never matches v6") << "deny cidr 0.0.0.0/0"
                                            << "allow" << none << ""
                                            << "2001:db8::1" << gz << gzCity << "allow" << -1 << "domain";
    QTest::newRow("v4 leading zero is no address") << "deny cidr 10.0.0.0/8"
                                                   << "allow" << none << ""
                                                   << "10.0.0.01" << gz << gzCity << "allow" << -1 << "domain";

    // IPv6 networks.
    QTest::newRow("v6 inside /32") << "deny cidr 2001:db8::/32"
                                   << "allow" << none << ""
                                   << "2001:db8:ffff::1" << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("v6 upper case address") << "deny cidr 2001:db8::/32"
                                           << "allow" << none << ""
                                           << "2001:DB8:0:0:0:0:0:1" << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("v6 outside /32") << "deny cidr 2001:db8::/32"
                                    << "allow" << none << ""
                                    << "2001:db9::1" << gz << gzCity << "allow" << -1 << "domain";
    QTest::newRow("v6 odd prefix inside") << "deny cidr 2001:db8::/127"
                                          << "allow" << none << ""
                                          << "2001:db8::1" << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("v6 odd prefix outside") << "deny cidr 2001:db8::/127"
                                           << "allow" << none << ""
                                           << "2001:db8::2" << gz << gzCity << "allow" << -1 << "domain";
    QTest::newRow("v6 /0 never matches v4") << "deny cidr ::/0"
                                            << "allow" << none << ""
                                            << "10.0.0.1" << gz << gzCity << "allow" << -1 << "domain";
    QTest::newRow("v4-mapped is IPv6, not 10/8") << "deny cidr 10.0.0.0/8"
                                                 << "allow" << none << ""
                                                 << "::ffff:a00:1" << gz << gzCity << "allow" << -1 << "domain";
    QTest::newRow("v4-mapped matches a v6 rule") << "deny cidr 10.0.0.0/8; deny cidr ::ffff:0:0/96"
                                                 << "allow" << none << ""
                                                 << "::ffff:a00:1" << gz << gzCity << "deny" << 1 << "domain";
    QTest::newRow("v6 with dotted quad is no address")
        << "deny cidr ::/0"
        << "allow" << none << ""
        << "::ffff:10.0.0.1" << gz << gzCity << "allow" << -1 << "domain";

    // Order: the first matching rule decides.
    QTest::newRow("first of two matches (allow)") << "allow cidr 10.0.0.0/8; deny region 广东省"
                                                  << "deny" << none << ""
                                                  << "10.1.1.1" << gz << gzCity << "allow" << 0 << "domain";
    QTest::newRow("first of two matches (deny)") << "deny region 广东省; allow cidr 10.0.0.0/8"
                                                 << "deny" << none << ""
                                                 << "10.1.1.1" << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("narrow network first") << "allow cidr 10.1.0.0/16; deny cidr 10.0.0.0/8"
                                          << "allow" << none << ""
                                          << "10.1.2.3" << gz << gzCity << "allow" << 0 << "domain";
    QTest::newRow("narrow network first, outside it") << "allow cidr 10.1.0.0/16; deny cidr 10.0.0.0/8"
                                                      << "allow" << none << ""
                                                      << "10.2.2.3" << gz << gzCity << "deny" << 1 << "domain";

    // Account before domain, defaults last.
    QTest::newRow("account rule before domain rule") << "deny region 广东省"
                                                     << "deny"
                                                     << "allow region 广州市"
                                                     << "" << ip << gz << gzCity << "allow" << 0 << "account";
    QTest::newRow("account list without a match, domain rule decides")
        << "deny region 广东省"
        << "allow"
        << "allow region 衢州市"
        << "allow" << ip << gz << gzCity << "deny" << 0 << "domain";
    QTest::newRow("account default before domain default") << "deny region 浙江省"
                                                           << "allow"
                                                           << "allow region 衢州市"
                                                           << "deny" << ip << gz << gzCity << "deny" << -1 << "account";
    QTest::newRow("account without default follows the domain's")
        << "deny region 浙江省"
        << "deny"
        << "allow region 衢州市"
        << "" << ip << gz << gzCity << "deny" << -1 << "domain";
    QTest::newRow("account default even with no account rules")
        << ""
        << "allow"
        << ""
        << "deny" << ip << gz << gzCity << "deny" << -1 << "account";
    QTest::newRow("domain rule beats the account default") << "allow cidr 58.248.0.0/16"
                                                           << "deny"
                                                           << ""
                                                           << "deny" << ip << gz << gzCity << "allow" << 0 << "domain";
    QTest::newRow("no account document") << ""
                                         << "deny" << none << "" << ip << gz << gzCity << "deny" << -1 << "domain";
}

void TestLoginRuleEvaluator::decides()
{
    QFETCH(QString, domainRules);
    QFETCH(QString, domainDefault);
    QFETCH(QString, accountRules);
    QFETCH(QString, accountDefault);
    QFETCH(QString, ip);
    QFETCH(QString, province);
    QFETCH(QString, city);
    QFETCH(QString, action);
    QFETCH(int, matched);
    QFETCH(QString, level);

    const LoginRuleDocument domain = document(LoginRuleLevel::Domain, domainRules, domainDefault);
    std::optional<LoginRuleDocument> account;
    if (accountRules != QLatin1String("-")) {
        account = document(LoginRuleLevel::Account, accountRules, accountDefault);
    }
    const LoginDecision decision = evaluateLogin(domain, account, LoginAttempt{ip, province, city});
    QCOMPARE(toString(decision.action), action);
    QCOMPARE(decision.matchedRule.value_or(-1), matched);
    QCOMPARE(toString(decision.level), level);

    // The compiled form gives the same answer when reused for another login first.
    const LoginRuleMatcher domainRulesCompiled(domain);
    const std::optional<LoginRuleMatcher> accountRulesCompiled =
        account ? std::optional<LoginRuleMatcher>(LoginRuleMatcher(*account)) : std::nullopt;
    const LoginRuleMatcher* accountPointer = accountRulesCompiled ? &*accountRulesCompiled : nullptr;
    (void)decideLogin(domainRulesCompiled, accountPointer, LoginAttempt{QStringLiteral("::1"), {}, {}});
    const LoginDecision again = decideLogin(domainRulesCompiled, accountPointer, LoginAttempt{ip, province, city});
    QCOMPARE(toString(again.action), toString(decision.action));
    QCOMPARE(again.matchedRule, decision.matchedRule);
    QCOMPARE(toString(again.level), toString(decision.level));
}

void TestLoginRuleEvaluator::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("v4") << "58.248.244.53" << true;
    QTest::newRow("v4 zero") << "0.0.0.0" << true;
    QTest::newRow("v4 leading zero") << "10.0.0.01" << false;
    QTest::newRow("v4 octet too big") << "10.0.0.256" << false;
    QTest::newRow("v4 three parts") << "10.0.1" << false;
    QTest::newRow("v4 prefix") << "10.0.0.0/8" << false;
    QTest::newRow("v6 full") << "2001:db8:0:0:0:0:0:1" << true;
    QTest::newRow("v6 short") << "2001:db8::1" << true;
    QTest::newRow("v6 any case") << "2001:DB8::A" << true;
    QTest::newRow("v6 all zero") << "::" << true;
    QTest::newRow("v6 two gaps") << "1::2::3" << false;
    QTest::newRow("v6 nine groups") << "1:2:3:4:5:6:7:8:9" << false;
    QTest::newRow("v6 gap with eight groups") << "1:2:3:4::5:6:7:8" << false;
    QTest::newRow("v6 five digits") << "2001:db8::12345" << false;
    QTest::newRow("v6 zone") << "fe80::1%eth0" << false;
    QTest::newRow("v6 dotted quad") << "::ffff:1.2.3.4" << false;
    QTest::newRow("not hex") << "2001:dg8::1" << false;
    QTest::newRow("empty") << "" << false;
}

void TestLoginRuleEvaluator::addresses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(LoginRuleMatcher::parseAddress(text).has_value(), valid);
}

void TestLoginRuleEvaluator::lint_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("defaultAction");
    QTest::addColumn<QString>("cities");  // "city=province,..." for the lint's map
    QTest::addColumn<QList<int>>("dead"); // -1: the default

    QTest::newRow("clean") << "deny region 广东省; allow cidr 10.0.0.0/8; deny cidr 2001:db8::/32"
                           << "allow"
                           << "" << QList<int>{};
    QTest::newRow("same region twice") << "deny region 广东省; allow cidr 10.0.0.0/8; allow region 广东省"
                                       << "allow"
                                       << "" << QList<int>{2};
    QTest::newRow("province before its city") << "deny region 广东省; allow region 广州市"
                                              << "allow"
                                              << "广州市=广东省" << QList<int>{1};
    QTest::newRow("city before its province is fine") << "allow region 广州市; deny region 广东省"
                                                      << "allow"
                                                      << "广州市=广东省" << QList<int>{};
    QTest::newRow("province of another city") << "deny region 浙江省; allow region 广州市"
                                              << "allow"
                                              << "广州市=广东省" << QList<int>{};
    QTest::newRow("city of unknown province") << "deny region 广东省; allow region 广州市"
                                              << "allow"
                                              << "" << QList<int>{};
    QTest::newRow("network inside an earlier one") << "deny cidr 10.0.0.0/8; allow cidr 10.1.0.0/16"
                                                   << "allow"
                                                   << "" << QList<int>{1};
    QTest::newRow("wider network later is fine") << "allow cidr 10.1.0.0/16; deny cidr 10.0.0.0/8"
                                                 << "allow"
                                                 << "" << QList<int>{};
    QTest::newRow("v6 inside v6") << "deny cidr 2001:db8::/32; allow cidr 2001:db8:1::/48"
                                  << "allow"
                                  << "" << QList<int>{1};
    QTest::newRow("v4 /0 does not cover v6") << "deny cidr 0.0.0.0/0; allow cidr 2001:db8::/32"
                                             << "allow"
                                             << "" << QList<int>{};
    QTest::newRow("v4 /0 covers later v4") << "deny cidr 0.0.0.0/0; allow cidr 1.2.3.4/32"
                                           << "allow"
                                           << "" << QList<int>{1};
    QTest::newRow("v4 /0 alone keeps the default") << "deny cidr 0.0.0.0/0; allow region 广东省"
                                                   << "allow"
                                                   << "" << QList<int>{};
    QTest::newRow("both catch-alls") << "allow region 广东省; deny cidr 0.0.0.0/0; deny cidr ::/0; allow region 浙江省"
                                     << "allow"
                                     << "" << QList<int>{3, -1};
    QTest::newRow("both catch-alls, no account default") << "deny cidr ::/0; deny cidr 0.0.0.0/0"
                                                         << ""
                                                         << "" << QList<int>{};
}

void TestLoginRuleEvaluator::lint()
{
    QFETCH(QString, rules);
    QFETCH(QString, defaultAction);
    QFETCH(QString, cities);
    QFETCH(QList<int>, dead);
    QHash<QString, QString> provinceOfCity;
    for (const QString& pair : cities.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        provinceOfCity.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    }
    const QList<LoginRuleWarning> warnings =
        analyse(document(LoginRuleLevel::Domain, rules, defaultAction), provinceOfCity);
    QList<int> found;
    for (const LoginRuleWarning& warning : warnings) {
        found.append(warning.rule.value_or(-1));
        QVERIFY(!warning.message.isEmpty());
    }
    QCOMPARE(found, dead);
}

void TestLoginRuleEvaluator::lintSentencesNameTheRules()
{
    const auto one = [](const QString& rules, const QString& cities = {}) {
        QHash<QString, QString> map;
        if (!cities.isEmpty()) {
            map.insert(cities.section(QLatin1Char('='), 0, 0), cities.section(QLatin1Char('='), 1));
        }
        const auto warnings = analyse(document(LoginRuleLevel::Domain, rules, QStringLiteral("allow")), map);
        return warnings.isEmpty() ? QString() : warnings.constFirst().message;
    };
    QCOMPARE(
        one(QStringLiteral("allow cidr 1.0.0.0/8; deny region 广东省; allow region 广州市"),
            QStringLiteral("广州市=广东省")),
        QStringLiteral("Rule 2 can never match: rule 1 (广东省) comes first and matches every login from 广州市."));
    QCOMPARE(one(QStringLiteral("deny cidr 10.0.0.0/8; allow cidr 10.1.0.0/16")),
             QStringLiteral("Rule 1 can never match: its network 10.1.0.0/16 lies inside 10.0.0.0/8 of rule 0, which "
                            "comes first."));
    const auto warnings = analyse(document(
        LoginRuleLevel::Domain, QStringLiteral("deny cidr ::/0; deny cidr 0.0.0.0/0"), QStringLiteral("deny")));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.constFirst().message,
             QStringLiteral("The default (deny) is meaningless: rules 1 (0.0.0.0/0) and 0 (::/0) match every address "
                            "before it."));
}

QTEST_GUILESS_MAIN(TestLoginRuleEvaluator)
#include "tst_loginruleevaluator.moc"
