// The login-rules panel against the sandbox over real TLS, through a real CacheSession and outbox: an invalid network
// is marked and blocks Save until fixed; a shadowed rule shows the lint's warning; the dry run's counts are the dry
// run's own over the same cache; a saved domain list is the platform's list and decides its logins; a conflict with
// a second client keeps theirs on the platform and mine as a draft; an auditor sees no Save.

#include "SessionTestSupport.h"
#include "api/LoginRuleService.h"
#include "secrets/MemorySecretStore.h"
#include "store/Db.h"
#include "store/LogRepository.h"
#include "store/PolicyRepository.h"
#include "sync/CacheSession.h"
#include "sync/LoginRuleDryRun.h"
#include "ui/permissions/LoginRuleTable.h"
#include "ui/permissions/LoginRuleTools.h"
#include "ui/permissions/LoginRulesPanel.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;

// A login of the most frequent province, by an account without a list of its own: the domain's list decides it.
struct SampleLogin
{
    QString province;
    QString account;
    QString ip;
    QString region; // as the login log writes it: province, then the city if it is not the province itself
};

} // namespace

class TestLoginRulesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void anInvalidNetworkIsMarkedAndBlocksSave();
    void aShadowedRuleShowsTheLintWarning();
    void theDryRunShowsTheDryRunsCounts();
    void aSavedListIsThePlatformsAndDecidesItsLogins();
    void aConflictKeepsTheirsOnThePlatformAndMineAsADraft();
    void anAuditorSeesNoSave();

private:
    [[nodiscard]] std::unique_ptr<CacheSession> openSession(const QString& cacheName, bool readOnly);
    [[nodiscard]] bool sync(CacheSession& session, const QStringList& streams);
    [[nodiscard]] bool openDomain();
    // Adds a rule below the current one through the buttons and the row's own editors; its row.
    int addRule(LoginAction action, LoginRuleKind kind, const QString& value);
    void typeValue(int row, const QString& value);
    [[nodiscard]] Expected<LoginRuleDocument, ApiError> platformRules();
    [[nodiscard]] Expected<LoginDecision, ApiError> evaluate(const SampleLogin& login);
    template <typename T>
    [[nodiscard]] T* find(const QString& name) const
    {
        return m_panel->findChild<T*>(name);
    }

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<LoginRulesPanel> m_panel;
    SampleLogin m_sample;
};

std::unique_ptr<CacheSession> TestLoginRulesPanel::openSession(const QString& cacheName, bool readOnly)
{
    return guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(cacheName), readOnly, this);
}

bool TestLoginRulesPanel::sync(CacheSession& session, const QStringList& streams)
{
    return guitest::sync(session, streams, 4 * kTimeoutMs);
}

void TestLoginRulesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session = openSession(QStringLiteral("cache.sqlite"), false);
    QVERIFY(m_session);
    QVERIFY(sync(*m_session, {QStringLiteral("accounts"), QStringLiteral("policy"), QStringLiteral("logins")}));

    std::optional<SampleLogin> sample;
    m_session->query<SampleLogin>(
        [](Db& db) {
            QList<LoginRecord> all;
            LogPageRequest page;
            page.order = LogOrder::OldestFirst;
            page.limit = 2000;
            for (;;) {
                auto rows = LogRepository(db).logins({}, page);
                if (!rows) {
                    return SampleLogin{};
                }
                all += *rows;
                if (rows->size() < page.limit) {
                    break;
                }
                page.after = LogPosition{rows->constLast().time, rows->constLast().id};
            }
            QHash<QString, int> provinces;
            for (const LoginRecord& login : std::as_const(all)) {
                if (!login.province.isEmpty()) {
                    ++provinces[login.province];
                }
            }
            QString top;
            for (auto it = provinces.cbegin(); it != provinces.cend(); ++it) {
                if (top.isEmpty() || it.value() > provinces.value(top) ||
                    (it.value() == provinces.value(top) && it.key() < top)) {
                    top = it.key();
                }
            }
            for (const LoginRecord& login : std::as_const(all)) {
                const QString account = login.accountName.toLower();
                auto own = PolicyRepository(db).load(DocumentKind::LoginRules, QStringLiteral("account"), account);
                if (login.province == top && account != QLatin1String("admin") && own && !*own) {
                    const QString city = login.city == login.province ? QString() : login.city;
                    return SampleLogin{top, account, login.ip, login.province + city};
                }
            }
            return SampleLogin{};
        },
        this, [&sample](SampleLogin found) { sample = found; });
    QVERIFY(QTest::qWaitFor([&sample] { return sample.has_value(); }, kTimeoutMs));
    QVERIFY2(!sample->account.isEmpty(), "no cached login from the most frequent province");
    m_sample = *sample;

    m_panel = std::make_unique<LoginRulesPanel>();
    m_panel->resize(1100, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QSignalSpy loaded(m_panel.get(), &LoginRulesPanel::loaded);
    m_panel->setSession(m_session.get());
    QVERIFY(loaded.wait(kTimeoutMs));
}

void TestLoginRulesPanel::cleanupTestCase()
{
    m_panel.reset();
    m_session.reset();
}

bool TestLoginRulesPanel::openDomain()
{
    QSignalSpy loaded(m_panel.get(), &LoginRulesPanel::loaded);
    m_panel->open(LoginRuleLevel::Domain);
    return loaded.wait(kTimeoutMs) && !m_panel->isDirty();
}

int TestLoginRulesPanel::addRule(LoginAction action, LoginRuleKind kind, const QString& value)
{
    auto* table = find<LoginRuleTable>(QStringLiteral("loginrules.table"));
    find<QPushButton>(QStringLiteral("loginrules.add"))->click();
    const int row = table->currentRow();
    auto* actionBox = qobject_cast<QComboBox*>(table->cellWidget(row, 0));
    auto* kindBox = qobject_cast<QComboBox*>(table->cellWidget(row, 1));
    actionBox->setCurrentIndex(actionBox->findData(int(action)));
    kindBox->setCurrentIndex(kindBox->findData(int(kind)));
    typeValue(row, value);
    return row;
}

void TestLoginRulesPanel::typeValue(int row, const QString& value)
{
    auto* table = find<LoginRuleTable>(QStringLiteral("loginrules.table"));
    table->item(row, 2)->setText(value); // what the item's editor commits
}

Expected<LoginRuleDocument, ApiError> TestLoginRulesPanel::platformRules()
{
    LoginRuleService service(m_fixture.client());
    return servicetest::wait<LoginRuleDocument>(
        [&](auto done) { service.get(LoginRuleLevel::Domain, {}, nullptr, done); });
}

Expected<LoginDecision, ApiError> TestLoginRulesPanel::evaluate(const SampleLogin& login)
{
    LoginRuleService service(m_fixture.client());
    return servicetest::wait<LoginDecision>(
        [&](auto done) { service.evaluate(login.account, login.ip, login.region, nullptr, done); });
}

void TestLoginRulesPanel::anInvalidNetworkIsMarkedAndBlocksSave()
{
    QVERIFY(openDomain());
    auto* table = find<LoginRuleTable>(QStringLiteral("loginrules.table"));
    auto* save = find<QPushButton>(QStringLiteral("loginrules.save"));
    const int row = addRule(LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral("10.0.0.1/8")); // a host bit set
    QCOMPARE(table->invalidRows(), QList<int>{row});
    QVERIFY(!save->isEnabled());
    auto* dryRun = find<QPushButton>(QStringLiteral("loginrules.dryrun.run"));
    QVERIFY(!dryRun->isEnabled()); // an invalid row would match nothing: the counts would mislead
    QTableWidgetItem* value = table->item(row, 2);
    QVERIFY(!value->icon().isNull());
    const QString spoken = value->data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("Rule %1").arg(row)) && spoken.contains(QStringLiteral("10.0.0.1/8")) &&
                 spoken.contains(QStringLiteral("canonical")),
             qPrintable(spoken));
    QCOMPARE(value->toolTip(), spoken);

    typeValue(row, QStringLiteral("10.0.0.0/8"));
    QVERIFY(table->invalidRows().isEmpty());
    QVERIFY(value->icon().isNull());
    QVERIFY(save->isEnabled());
    QVERIFY(dryRun->isEnabled());

    // A region rule is checked as a region: an abbreviated province is refused.
    const int region = addRule(LoginAction::Deny, LoginRuleKind::Region, QStringLiteral("广东"));
    QCOMPARE(table->invalidRows(), QList<int>{region});
    QVERIFY(!save->isEnabled());
    typeValue(region, QStringLiteral("广东省"));
    QVERIFY(save->isEnabled());
}

void TestLoginRulesPanel::aShadowedRuleShowsTheLintWarning()
{
    QVERIFY(openDomain());
    auto* lint = find<QLabel>(QStringLiteral("loginrules.lint"));
    addRule(LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral("10.0.0.0/8"));
    const int inner = addRule(LoginAction::Allow, LoginRuleKind::Cidr, QStringLiteral("10.1.0.0/16"));
    const QString expected = QStringLiteral("Rule %1 can never match").arg(inner);
    QVERIFY2(!lint->isHidden() && lint->text().contains(expected), qPrintable(lint->text()));
    // Not shadowed once it comes first.
    find<QPushButton>(QStringLiteral("loginrules.up"))->click();
    QVERIFY2(!lint->text().contains(expected), qPrintable(lint->text()));
}

void TestLoginRulesPanel::theDryRunShowsTheDryRunsCounts()
{
    QVERIFY(openDomain());
    const int row = addRule(LoginAction::Deny, LoginRuleKind::Region, m_sample.province);
    for (int i = 0; i < row; ++i) {
        find<QPushButton>(QStringLiteral("loginrules.up"))->click(); // first, so no earlier rule decides before it
    }
    QCOMPARE(m_panel->draft().rules.value(0).value, m_sample.province);

    // The sandbox's history ends some months back: replay a whole year of it.
    find<QSpinBox>(QStringLiteral("loginrules.dryrun.days"))->setValue(366);
    QSignalSpy finished(m_panel.get(), &LoginRulesPanel::dryRunFinished);
    auto* run = find<QPushButton>(QStringLiteral("loginrules.dryrun.run"));
    run->click();
    QVERIFY(!run->isEnabled()); // no second run while this one replays
    QVERIFY(finished.wait(2 * kTimeoutMs));
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(run->isEnabled());

    LoginRuleDryRunRequest request;
    request.draft = m_panel->draft();
    request.range = *m_panel->lastDryRunRange();
    std::optional<Expected<LoginRuleDryRunReport, QString>> report;
    m_session->query<Expected<LoginRuleDryRunReport, QString>>(
        [request](Db& db) { return LoginRuleDryRun::run(db, request); }, this,
        [&report](Expected<LoginRuleDryRunReport, QString> result) { report = std::move(result); });
    QVERIFY(QTest::qWaitFor([&report] { return report.has_value(); }, 2 * kTimeoutMs));
    QVERIFY2(report->hasValue(), report->hasValue() ? "" : qPrintable(report->error()));
    const LoginRuleDryRunReport& own = **report;
    qInfo() << "dry run: scanned" << own.scanned << "would refuse" << own.newlyRefused.ids.size() << "of"
            << own.newlyRefused.accounts << "accounts, would allow" << own.newlyAllowed.ids.size();
    QVERIFY(own.newlyRefused.ids.size() > 0);
    const QString summary = find<QLabel>(QStringLiteral("loginrules.dryrun.summary"))->text();
    QVERIFY2(summary.startsWith(QString::number(own.scanned) + QLatin1Char(' ')), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("refused %1 logins of %2 accounts, and allowed %3 that")
                                  .arg(own.newlyRefused.ids.size())
                                  .arg(own.newlyRefused.accounts)
                                  .arg(own.newlyAllowed.ids.size())),
             qPrintable(summary));
    auto* examples = find<QTableWidget>(QStringLiteral("loginrules.dryrun.examples"));
    QCOMPARE(examples->rowCount(), int(own.newlyRefused.examples.size() + own.newlyAllowed.examples.size()));
    QCOMPARE(examples->item(0, 3)->text(), own.newlyRefused.examples.at(0).login.ip);
    QVERIFY(!find<QLabel>(QStringLiteral("loginrules.dryrun.freshness"))->text().isEmpty());
}

void TestLoginRulesPanel::aSavedListIsThePlatformsAndDecidesItsLogins()
{
    // Today the sample login is let in: the save below is what refuses it.
    const auto before = evaluate(m_sample);
    SERVICE_VERIFY(before);
    QVERIFY(before->action == LoginAction::Allow);

    QVERIFY(openDomain());
    const int row = addRule(LoginAction::Deny, LoginRuleKind::Region, m_sample.province);
    for (int i = 0; i < row; ++i) {
        find<QPushButton>(QStringLiteral("loginrules.up"))->click();
    }
    const QList<LoginRule> saved = m_panel->draft().rules;
    const qint64 readVersion = m_panel->document().version;

    QSignalSpy outcome(m_panel.get(), &LoginRulesPanel::saved);
    auto* save = find<QPushButton>(QStringLiteral("loginrules.save"));
    QVERIFY(save->isEnabled());
    save->click();
    QDialog* confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = find<QDialog>(QStringLiteral("loginrules.confirm"))) != nullptr, kTimeoutMs);
    QVERIFY(confirm->findChild<QWidget*>(QStringLiteral("loginrules.confirm.text")) != nullptr);
    confirm->accept();
    QVERIFY2(outcome.wait(2 * kTimeoutMs), qPrintable(find<QLabel>(QStringLiteral("loginrules.status"))->text()));
    QVERIFY2(outcome.at(0).at(0).toBool(), qPrintable(find<QLabel>(QStringLiteral("loginrules.status"))->text()));

    const auto platform = platformRules();
    SERVICE_VERIFY(platform);
    QVERIFY(platform->rules == saved);
    QCOMPARE(platform->version, readVersion + 1);
    QCOMPARE(m_panel->document().version, platform->version);
    QVERIFY(m_panel->document().rules == saved);
    QVERIFY(!m_panel->isDirty());
    QVERIFY(find<QLabel>(QStringLiteral("loginrules.title"))
                ->text()
                .endsWith(QStringLiteral(", version %1").arg(platform->version)));

    const auto after = evaluate(m_sample);
    SERVICE_VERIFY(after);
    QVERIFY(after->action == LoginAction::Deny);
    QVERIFY(after->level == LoginRuleLevel::Domain);
    QCOMPARE(after->matchedRule, std::optional<int>(0));
}

void TestLoginRulesPanel::aConflictKeepsTheirsOnThePlatformAndMineAsADraft()
{
    QVERIFY(openDomain());
    addRule(LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral("192.0.2.0/24"));
    const QList<LoginRule> mine = m_panel->draft().rules;

    // Meanwhile a second client saves another list on the version the panel read.
    const auto now = platformRules();
    SERVICE_VERIFY(now);
    QCOMPARE(now->version, m_panel->document().version);
    LoginRuleUpdate other;
    other.level = LoginRuleLevel::Domain;
    other.expectedVersion = now->version;
    other.rules = now->rules;
    other.rules->append(LoginRule{LoginAction::Deny, LoginRuleKind::Cidr, QStringLiteral("198.51.100.0/24")});
    LoginRuleService service(m_fixture.client());
    const auto theirs = servicetest::wait<LoginRuleDocument, UpdateError<LoginRuleDocument>>(
        [&](auto done) { service.update(other, nullptr, done); });
    QVERIFY(theirs);

    QSignalSpy outcome(m_panel.get(), &LoginRulesPanel::saved);
    find<QPushButton>(QStringLiteral("loginrules.save"))->click();
    QDialog* confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = find<QDialog>(QStringLiteral("loginrules.confirm"))) != nullptr, kTimeoutMs);
    confirm->accept();
    QVERIFY(outcome.wait(2 * kTimeoutMs));
    QCOMPARE(outcome.at(0).at(0).toBool(), false);
    const QString status = find<QLabel>(QStringLiteral("loginrules.status"))->text();
    QVERIFY2(status.contains(QStringLiteral("changed by someone else")), qPrintable(status));

    // The platform keeps theirs, and the panel shows it at its version.
    const auto platform = platformRules();
    SERVICE_VERIFY(platform);
    QVERIFY(platform->rules == *other.rules);
    QCOMPARE(platform->version, theirs->version);
    QVERIFY(m_panel->document().rules == *other.rules);
    QCOMPARE(m_panel->document().version, theirs->version);
    QVERIFY(!m_panel->isDirty());

    // Mine is still there to put on top of theirs.
    auto* reapply = find<QPushButton>(QStringLiteral("loginrules.reapply"));
    QVERIFY(!reapply->isHidden() && reapply->isEnabled());
    reapply->click();
    QVERIFY(m_panel->draft().rules == mine);
    QVERIFY(find<QPushButton>(QStringLiteral("loginrules.save"))->isEnabled());
    QCOMPARE(m_panel->document().version, theirs->version); // a save now is based on theirs
}

void TestLoginRulesPanel::anAuditorSeesNoSave()
{
    std::unique_ptr<CacheSession> auditor = openSession(QStringLiteral("auditor.sqlite"), true);
    QVERIFY(auditor);
    QVERIFY(sync(*auditor, {QStringLiteral("accounts"), QStringLiteral("policy")}));
    LoginRulesPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy loaded(&panel, &LoginRulesPanel::loaded);
    panel.setSession(auditor.get());
    QVERIFY(loaded.wait(kTimeoutMs));
    QVERIFY(!panel.document().rules.isEmpty()); // the list saved above is visible
    for (const char* name : {"loginrules.save", "loginrules.add", "loginrules.remove", "loginrules.up",
                             "loginrules.down", "loginrules.reapply"}) {
        QVERIFY2(!panel.findChild<QPushButton*>(QLatin1String(name))->isVisible(), name);
    }
    auto* table = panel.findChild<LoginRuleTable*>(QStringLiteral("loginrules.table"));
    QVERIFY(!(table->item(0, 2)->flags() & Qt::ItemIsEditable));
    QVERIFY(!panel.findChild<QComboBox*>(QStringLiteral("loginrules.default"))->isEnabled());
    // Looking is allowed: the address test and the dry run.
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("loginrules.test.run"))->isEnabled());
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("loginrules.dryrun.run"))->isEnabled());
    panel.setSession(nullptr);
}

QTEST_MAIN(TestLoginRulesPanel)
#include "tst_loginrulespanel.moc"
