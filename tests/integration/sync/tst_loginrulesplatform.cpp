#include "LogSyncSupport.h"
#include "api/LoginRuleService.h"
#include "core/LoginRuleEvaluator.h"
#include "store/PolicyRepository.h"
#include "sync/LoginRuleDryRun.h"
#include "sync/PolicyDocumentJson.h"
#include "sync/PolicySync.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace dm;
using namespace dm::logsynctest;
using servicetest::wait;

namespace {

// What decides a login: the account, the address and the place; rows with the same key get the same answer.
struct LoginKey
{
    QString account;
    QString ip;
    QString province;
    QString city;
    friend bool operator<(const LoginKey& a, const LoginKey& b)
    {
        return std::tie(a.account, a.ip, a.province, a.city) < std::tie(b.account, b.ip, b.province, b.city);
    }
};

LoginKey keyOf(const LoginRecord& login)
{
    return {login.accountName.toLower(), login.ip, login.province, login.city};
}

QString regionOf(const LoginKey& key)
{
    return key.city == key.province ? key.province : key.province + key.city;
}

QString decisionText(const LoginDecision& decision)
{
    return QStringLiteral("%1 %2 %3")
        .arg(toString(decision.action), toString(decision.level))
        .arg(decision.matchedRule ? QString::number(*decision.matchedRule) : QStringLiteral("default"));
}

LoginRule rule(LoginAction action, LoginRuleKind kind, const QString& value)
{
    return LoginRule{action, kind, value};
}

// The most frequent value first.
QStringList byFrequency(const QHash<QString, int>& counts)
{
    QStringList values = counts.keys();
    std::sort(values.begin(), values.end(), [&counts](const QString& a, const QString& b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return values;
}

} // namespace

// The client's evaluation (core/LoginRuleEvaluator.h) against the sandbox's evaluate endpoint, over logins the sync
// put in a real cache, and the dry run's counts (sync/LoginRuleDryRun.h) against counting with the platform's
// answers before and after the draft is applied on the platform.
class TestLoginRulesPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void evaluatorAgreesWithThePlatform();
    void dryRunCountsEqualThePlatformsAnswers();
    void cleanupTestCase();

private:
    [[nodiscard]] LoginRuleDocument platformRules(LoginRuleLevel level, const QString& target);
    void applyOnPlatform(LoginRuleLevel level, const QString& target, const QList<LoginRule>& rules,
                         std::optional<LoginAction> defaultAction);
    void syncPolicy();
    // The platform's answer for every key (empty entries for accounts it no longer knows).
    [[nodiscard]] std::map<LoginKey, std::optional<LoginDecision>> platformAnswers(const QList<LoginKey>& keys);
    [[nodiscard]] QList<LoginRecord> cachedLogins(const LogTimeRange& range);

    QTemporaryDir m_dir;
    std::unique_ptr<Platform> m_platform;
    std::unique_ptr<Cache> m_cache;
    QString m_domain;
    QString m_busyAccount; // has a list of its own
    QString m_province;    // the most frequent login province
    QString m_city;        // its most frequent city
};

void TestLoginRulesPlatform::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_platform = std::make_unique<Platform>(m_dir.filePath(QStringLiteral("platform")));
    QVERIFY(m_platform->start(court(QStringLiteral("0"), true)));
    m_domain = m_platform->client().settings().domain;
    m_cache = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("cache.db")));
    auto logins = makeLoginLogSync(m_cache->db(), m_platform->client(), historyOptions(kHistoryStart));
    const RunOutcome outcome = runStream(*logins);
    QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
    const auto rowCount = m_cache->repo().loginRowCount();
    QVERIFY(rowCount && *rowCount > 1000);

    // Rules made from the court's own logins, so that they match some of them whatever the seed generates.
    QHash<QString, int> provinces;
    QHash<QString, int> accounts;
    for (const LoginRecord& login : cachedLogins({})) {
        ++provinces[login.province];
        ++accounts[login.accountName.toLower()];
    }
    m_province = byFrequency(provinces).value(0);
    QHash<QString, int> cities;
    for (const LoginRecord& login : cachedLogins({})) {
        if (login.province == m_province && login.city != login.province) {
            ++cities[login.city];
        }
    }
    m_city = byFrequency(cities).value(0);
    QVERIFY(!m_province.isEmpty() && !m_city.isEmpty());
    // A busy recipient (not admin or a clerk, who log in from the office network) gets a list of its own.
    for (const QString& account : byFrequency(accounts)) {
        if (account != QLatin1String("admin") && !account.contains(QLatin1String("clerk")) &&
            account != QLatin1String("sdxt")) {
            m_busyAccount = account;
            break;
        }
    }
    QVERIFY(!m_busyAccount.isEmpty());
}

void TestLoginRulesPlatform::cleanupTestCase()
{
    m_cache.reset();
    m_platform.reset();
}

QList<LoginRecord> TestLoginRulesPlatform::cachedLogins(const LogTimeRange& range)
{
    QList<LoginRecord> all;
    LogPageRequest page;
    page.range = range;
    page.order = LogOrder::OldestFirst;
    page.limit = 1000;
    for (;;) {
        auto rows = m_cache->repo().logins({}, page);
        if (!rows) {
            qWarning() << rows.error().message();
            return all;
        }
        all += *rows;
        if (rows->size() < page.limit) {
            return all;
        }
        page.after = LogPosition{rows->constLast().time, rows->constLast().id};
    }
}

LoginRuleDocument TestLoginRulesPlatform::platformRules(LoginRuleLevel level, const QString& target)
{
    LoginRuleService service(m_platform->client());
    const auto document =
        wait<LoginRuleDocument>([&](auto done) { service.get(level, target, nullptr, std::move(done)); });
    return document ? *document : LoginRuleDocument{};
}

void TestLoginRulesPlatform::applyOnPlatform(LoginRuleLevel level, const QString& target, const QList<LoginRule>& rules,
                                             std::optional<LoginAction> defaultAction)
{
    LoginRuleService service(m_platform->client());
    LoginRuleUpdate change;
    change.level = level;
    change.targetId = target;
    change.expectedVersion = platformRules(level, target).version;
    change.rules = rules;
    change.defaultChange =
        defaultAction ? LoginRuleUpdate::DefaultChange::Set : LoginRuleUpdate::DefaultChange::FollowDomain;
    change.defaultAction = defaultAction.value_or(LoginAction::Allow);
    const auto updated = wait<LoginRuleDocument, UpdateError<LoginRuleDocument>>(
        [&](auto done) { service.update(change, nullptr, std::move(done)); });
    QVERIFY2(updated, "the platform refused the rules");
}

void TestLoginRulesPlatform::syncPolicy()
{
    PolicySync policy(m_cache->db(), m_platform->client());
    const RunOutcome outcome = runStream(policy);
    QVERIFY2(outcome.result && *outcome.result, qPrintable(describeOutcome(outcome)));
}

std::map<LoginKey, std::optional<LoginDecision>> TestLoginRulesPlatform::platformAnswers(const QList<LoginKey>& keys)
{
    LoginRuleService service(m_platform->client());
    std::map<LoginKey, std::optional<LoginDecision>> answers;
    for (const LoginKey& key : keys) {
        const auto decision = wait<LoginDecision>(
            [&](auto done) { service.evaluate(key.account, key.ip, regionOf(key), nullptr, std::move(done)); });
        // A deleted account is not found; the administrator's name (admin) is no account name evaluate takes.
        const bool unaskable = !decision && (decision.error().kind == ApiError::Kind::NotFound ||
                                             decision.error().field == QLatin1String("accountName"));
        if (!decision && !unaskable) {
            qWarning() << "evaluate failed:" << describe(decision.error());
            return {};
        }
        answers[key] = decision ? std::optional<LoginDecision>(*decision) : std::nullopt;
    }
    return answers;
}

void TestLoginRulesPlatform::evaluatorAgreesWithThePlatform()
{
    // Region and CIDR rules, both levels, with the orders mattering: an early /16 before the city it lies in, a city
    // before its province, an IPv6 network nobody logs in from.
    QString someIp;
    for (const LoginRecord& login : cachedLogins({})) {
        if (login.city == m_city && !login.ip.contains(QLatin1Char(':'))) {
            someIp = login.ip;
            break;
        }
    }
    QVERIFY(!someIp.isEmpty());
    const QStringList octets = someIp.split(QLatin1Char('.'));
    const QString slash16 = octets.at(0) + QLatin1Char('.') + octets.at(1) + QStringLiteral(".0.0/16");
    const QString slash8 = octets.at(0) + QStringLiteral(".0.0.0/8");
    applyOnPlatform(LoginRuleLevel::Domain, {},
                    {rule(LoginAction::Allow, LoginRuleKind::Cidr, slash16),
                     rule(LoginAction::Deny, LoginRuleKind::Region, m_city),
                     rule(LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral("2001:db8::/32")),
                     rule(LoginAction::Allow, LoginRuleKind::Region, m_province),
                     rule(LoginAction::Deny, LoginRuleKind::Cidr, slash8)},
                    LoginAction::Deny);
    applyOnPlatform(LoginRuleLevel::Account, m_busyAccount,
                    {rule(LoginAction::Deny, LoginRuleKind::Region, m_province)}, LoginAction::Allow);
    syncPolicy();
    // The cache holds what the platform holds.
    PolicyRepository documents(m_cache->db());
    const auto domainLists = documents.count(DocumentKind::LoginRules, QStringLiteral("domain"));
    QVERIFY(domainLists && *domainLists == 1);
    const auto cachedAccount = documents.load(DocumentKind::LoginRules, QStringLiteral("account"), m_busyAccount);
    QVERIFY(cachedAccount && *cachedAccount);
    auto domain = loginRuleDocumentFromStored(
        documents.list(DocumentKind::LoginRules, QStringLiteral("domain")).value().constFirst());
    QVERIFY(domain);
    QCOMPARE(domain->rules.size(), 5);
    auto account = loginRuleDocumentFromStored(**cachedAccount);
    QVERIFY(account);

    // A sample of distinct cached logins, spread over the whole history; every login of the busy account is in.
    std::map<LoginKey, int> distinct;
    for (const LoginRecord& login : cachedLogins({})) {
        ++distinct[keyOf(login)];
    }
    QList<LoginKey> sample;
    const int stride = std::max(1, int(distinct.size() / 300));
    int index = 0;
    for (const auto& [key, count] : distinct) {
        if (index++ % stride == 0 || key.account == m_busyAccount) {
            sample.append(key);
        }
    }
    const auto answers = platformAnswers(sample);
    QVERIFY(!answers.empty());

    const LoginRuleMatcher domainRules(*domain);
    const LoginRuleMatcher accountRules(*account);
    int compared = 0;
    QSet<QString> seen; // which kinds of answer the sample covered
    QStringList mismatches;
    for (const LoginKey& key : std::as_const(sample)) {
        const std::optional<LoginDecision>& platform = answers.at(key);
        if (!platform) {
            continue; // a deleted account or admin: the platform does not decide its logins
        }
        ++compared;
        const LoginDecision mine = decideLogin(domainRules, key.account == m_busyAccount ? &accountRules : nullptr,
                                               LoginAttempt{key.ip, key.province, key.city});
        seen.insert(decisionText(*platform));
        if (mine.action != platform->action || mine.matchedRule != platform->matchedRule ||
            mine.level != platform->level) {
            mismatches << QStringLiteral("%1 %2 %3: mine %4, platform %5")
                              .arg(key.account, key.ip, regionOf(key), decisionText(mine), decisionText(*platform));
        }
    }
    QVERIFY2(compared >= 200, qPrintable(QString::number(compared)));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 10).join(QLatin1Char('\n'))));
    // The sample exercised both levels, region and CIDR rules, both actions and a default; else it proves little.
    const QStringList kinds = seen.values();
    QVERIFY2(seen.contains(QStringLiteral("deny account 0")), qPrintable(kinds.join(QLatin1String(", "))));
    QVERIFY2(seen.contains(QStringLiteral("allow domain 0")), qPrintable(kinds.join(QLatin1String(", "))));
    QVERIFY2(seen.contains(QStringLiteral("deny domain 1")), qPrintable(kinds.join(QLatin1String(", "))));
    QVERIFY2(seen.contains(QStringLiteral("allow domain 3")), qPrintable(kinds.join(QLatin1String(", "))));
    QVERIFY2(seen.contains(QStringLiteral("deny domain default")) || seen.contains(QStringLiteral("deny domain 4")),
             qPrintable(kinds.join(QLatin1String(", "))));
}

void TestLoginRulesPlatform::dryRunCountsEqualThePlatformsAnswers()
{
    // Today: the lists of the previous test, cached. The draft turns the domain's list around.
    const LoginRuleDocument today = platformRules(LoginRuleLevel::Domain, {});
    QVERIFY(today.rules.size() == 5);
    LoginRuleDocument draft = today;
    draft.rules = {rule(LoginAction::Deny, LoginRuleKind::Region, m_province),
                   rule(LoginAction::Allow, LoginRuleKind::Cidr, QStringLiteral("0.0.0.0/0"))};
    draft.defaultAction = LoginAction::Deny;

    // Two days keep the platform questions to a few hundred while still spanning many pages of the dry run.
    const LogTimeRange range{servicetest::kEpoch - 2 * kDay, std::nullopt};
    LoginRuleDryRunRequest request;
    request.draft = draft;
    request.range = range;
    request.pageSize = 97; // many pages, and the last one partial
    qint64 pages = 0;
    request.keepGoing = [&pages](qint64) {
        ++pages;
        return true;
    };
    const auto report = LoginRuleDryRun::run(m_cache->db(), request);
    QVERIFY2(report, report ? "" : qPrintable(report.error()));
    const QList<LoginRecord> logins = cachedLogins(range);
    QCOMPARE(report->scanned, qint64(logins.size()));
    QVERIFY(pages > 1);

    // The platform's answers for the same logins under today's rules, then under the draft applied for real.
    QList<LoginKey> keys;
    {
        std::map<LoginKey, int> distinct;
        for (const LoginRecord& login : logins) {
            distinct[keyOf(login)] = 0;
        }
        for (const auto& [key, unused] : distinct) {
            keys.append(key);
        }
    }
    const auto before = platformAnswers(keys);
    QVERIFY(!before.empty());
    applyOnPlatform(LoginRuleLevel::Domain, {}, draft.rules, draft.defaultAction);
    const auto after = platformAnswers(keys);
    QVERIFY(!after.empty());

    QList<qint64> refused;
    QList<qint64> allowed;
    QSet<QString> refusedAccounts;
    QSet<QString> allowedAccounts;
    for (const LoginRecord& login : logins) {
        const LoginKey key = keyOf(login);
        const auto& was = before.at(key);
        const auto& will = after.at(key);
        if (!was || !will) {
            // An account the platform no longer knows: its cached logins are decided by the domain's list alone.
            continue;
        }
        if (was->action == LoginAction::Allow && will->action == LoginAction::Deny) {
            refused.append(login.id);
            refusedAccounts.insert(key.account);
        } else if (was->action == LoginAction::Deny && will->action == LoginAction::Allow) {
            allowed.append(login.id);
            allowedAccounts.insert(key.account);
        }
    }
    // Logins of accounts the platform no longer knows are counted by the client but cannot be asked about.
    QSet<qint64> unknown;
    for (const LoginRecord& login : logins) {
        if (!before.at(keyOf(login))) {
            unknown.insert(login.id);
        }
    }
    QList<qint64> clientRefused;
    QList<qint64> clientAllowed;
    for (const qint64 id : report->newlyRefused.ids) {
        if (!unknown.contains(id)) {
            clientRefused.append(id);
        }
    }
    for (const qint64 id : report->newlyAllowed.ids) {
        if (!unknown.contains(id)) {
            clientAllowed.append(id);
        }
    }
    QVERIFY2(!refused.isEmpty() && !allowed.isEmpty(), "the draft should change decisions both ways");
    QCOMPARE(clientRefused, refused);
    QCOMPARE(clientAllowed, allowed);
    if (unknown.isEmpty()) {
        QCOMPARE(report->newlyRefused.accounts, qint64(refusedAccounts.size()));
        QCOMPARE(report->newlyAllowed.accounts, qint64(allowedAccounts.size()));
    }
    QCOMPARE(report->newlyRefused.examples.size(), std::min<qsizetype>(20, report->newlyRefused.ids.size()));
    QCOMPARE(report->newlyRefused.examples.constFirst().login.id, report->newlyRefused.ids.constFirst());
}

QTEST_GUILESS_MAIN(TestLoginRulesPlatform)
#include "tst_loginrulesplatform.moc"
