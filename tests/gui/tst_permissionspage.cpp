// The Permissions page against the sandbox over real TLS, through a real CacheSession and outbox: a unit override
// shows in the platform's effective policy of an account of that unit with source "unit" and "inherit again"
// removes it; a conflict with a second client shows both values and keeps theirs until mine is chosen; the drift
// scan finds the deviations seeded into the platform and the batched fix clears them; an auditor sees no action.

#include "SessionTestSupport.h"
#include "api/PolicyService.h"
#include "core/BaselineFile.h"
#include "core/PolicyBaseline.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/PolicyRepository.h"
#include "sync/CacheSession.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/pages/AccountsPage.h"
#include "ui/pages/PermissionsPage.h"
#include "ui/permissions/BulkPolicyPanel.h"
#include "ui/permissions/DriftPanel.h"
#include "ui/permissions/PolicyChangeDialogs.h"
#include "ui/permissions/PolicyEditor.h"
#include "ui/permissions/PolicyPanel.h"
#include "ui/permissions/PolicyTexts.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;

} // namespace

class TestPermissionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void unitOverrideReachesTheEffectivePolicyAndInheritRemovesIt();
    void aConflictKeepsTheirsUntilMineIsChosen();
    void driftFindsTheSeededDeviationsAndTheFixClearsThem();
    void aStricterBaselineIsSavedForTheProfileAndScannedAgainst();
    void theFindingsAreExportedAsCsvAndLedgered();
    void oneSetOfFieldsIsAppliedToSeveralUnitsWithAReport();
    void severalAccountsOpenTheBulkTabFromTheAccountsPage();
    void theBulkTabFillsWhenTheFirstSyncEnds();
    void anAuditorSeesNoAction();
    void anAccountsPolicyOpensFromTheAccountsPage();

private:
    [[nodiscard]] std::unique_ptr<CacheSession> openSession(const QString& cacheName, bool readOnly);
    [[nodiscard]] bool syncPolicy(CacheSession& session);
    // Opens `level`/`target` in the page and waits for its document.
    [[nodiscard]] bool openPolicy(PolicyLevel level, const QString& target);
    // Presses Apply, accepts the diff and waits for the outcome (applied: true; a conflict or failure: false).
    [[nodiscard]] std::optional<bool> applyAndConfirm();
    [[nodiscard]] Expected<EffectivePolicy, ApiError> effective(const QString& account);
    [[nodiscard]] Expected<PolicyDocument, ApiError> document(PolicyLevel level, const QString& target);
    // Changes a document on the platform at its current version, as another client would; true when it was saved.
    [[nodiscard]] bool changeOnPlatform(PolicyLevel level, const QString& target, const DeliveryPolicy& set,
                                        const QList<PolicyField>& inherit = {});
    // The policy tab's widget first: the bulk tab's form has the same field names.
    template <typename T>
    [[nodiscard]] T* find(const QString& name) const
    {
        if (T* inPolicyTab = m_page->policyPanel()->findChild<T*>(name)) {
            return inPolicyTab;
        }
        return m_page->findChild<T*>(name);
    }

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<PermissionsPage> m_page;
    QString m_unitId;  // a unit with accounts
    QString m_account; // an account of that unit without a policy of its own
};

std::unique_ptr<CacheSession> TestPermissionsPage::openSession(const QString& cacheName, bool readOnly)
{
    return guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(cacheName), readOnly, this);
}

bool TestPermissionsPage::syncPolicy(CacheSession& session)
{
    return guitest::sync(session, {QStringLiteral("accounts"), QStringLiteral("policy")}, kTimeoutMs);
}

void TestPermissionsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session = openSession(QStringLiteral("cache.sqlite"), false);
    QVERIFY(m_session);
    QVERIFY(syncPolicy(*m_session));

    // An account whose unit decides its fields: no account document of its own in the cache.
    std::optional<QPair<QString, QString>> picked;
    m_session->query<std::optional<QPair<QString, QString>>>(
        [](Db& db) -> std::optional<QPair<QString, QString>> {
            auto page = AccountRepository(db).page({}, {}, std::nullopt, 200);
            if (!page) {
                return std::nullopt;
            }
            for (const AccountRow& row : page->rows) {
                auto own =
                    PolicyRepository(db).load(DocumentKind::Policy, QStringLiteral("account"), row.account.accountName);
                if (own && !*own && !row.account.unitId.isEmpty()) {
                    return QPair<QString, QString>{row.account.unitId, row.account.accountName};
                }
            }
            return std::nullopt;
        },
        this,
        [&picked](std::optional<QPair<QString, QString>> found) {
            picked = found.value_or(QPair<QString, QString>{});
        });
    QVERIFY(QTest::qWaitFor([&picked] { return picked.has_value(); }, kTimeoutMs));
    QVERIFY(!picked->first.isEmpty());
    m_unitId = picked->first;
    m_account = picked->second;

    m_page = std::make_unique<PermissionsPage>();
    m_page->resize(1100, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setSession(m_session.get());
}

void TestPermissionsPage::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
}

bool TestPermissionsPage::openPolicy(PolicyLevel level, const QString& target)
{
    auto* title = find<QLabel>(QStringLiteral("policy.title"));
    title->clear();
    m_page->policyPanel()->open(level, target);
    const QString expected = target.isEmpty() ? m_fixture.domain() : target;
    return QTest::qWaitFor([title, expected] { return title->text().contains(expected); }, kTimeoutMs);
}

std::optional<bool> TestPermissionsPage::applyAndConfirm()
{
    QSignalSpy applied(m_page->policyPanel(), &PolicyPanel::applied);
    auto* apply = find<QPushButton>(QStringLiteral("policy.apply"));
    if (!apply->isEnabled()) {
        qWarning() << "Apply is disabled; the page says:" << find<QLabel>(QStringLiteral("policy.status"))->text();
        return std::nullopt;
    }
    apply->click();
    PolicyDiffDialog* diff = nullptr;
    if (!QTest::qWaitFor([&] { return (diff = find<PolicyDiffDialog>(QStringLiteral("policy.diff"))) != nullptr; },
                         kTimeoutMs)) {
        return std::nullopt;
    }
    diff->accept();
    if (!applied.wait(kTimeoutMs)) {
        qWarning() << "no outcome; the page says:" << find<QLabel>(QStringLiteral("policy.status"))->text();
        return std::nullopt;
    }
    return applied.at(0).at(0).toBool();
}

Expected<EffectivePolicy, ApiError> TestPermissionsPage::effective(const QString& account)
{
    PolicyService service(m_fixture.client());
    return servicetest::wait<EffectivePolicy>([&](auto done) { service.getEffective(account, nullptr, done); });
}

Expected<PolicyDocument, ApiError> TestPermissionsPage::document(PolicyLevel level, const QString& target)
{
    PolicyService service(m_fixture.client());
    return servicetest::wait<PolicyDocument>([&](auto done) { service.get(level, target, nullptr, done); });
}

bool TestPermissionsPage::changeOnPlatform(PolicyLevel level, const QString& target, const DeliveryPolicy& set,
                                           const QList<PolicyField>& inherit)
{
    const auto current = document(level, target);
    if (!current) {
        return false;
    }
    PolicyUpdate change;
    change.level = level;
    change.targetId = target;
    change.expectedVersion = current->version;
    change.set = set;
    change.inherit = inherit;
    PolicyService service(m_fixture.client());
    return bool(servicetest::wait<PolicyDocument, UpdateError<PolicyDocument>>(
        [&](auto done) { service.update(change, nullptr, done); }));
}

void TestPermissionsPage::unitOverrideReachesTheEffectivePolicyAndInheritRemovesIt()
{
    QVERIFY(openPolicy(PolicyLevel::Unit, m_unitId));
    const PolicyField field = PolicyField::TrustedBrowserDays;
    auto* days = find<QSpinBox>(QStringLiteral("policy.trustedBrowserDays"));
    auto* toggle = find<QPushButton>(QStringLiteral("policy.trustedBrowserDays.toggle"));
    auto* source = find<QLabel>(QStringLiteral("policy.trustedBrowserDays.source"));
    if (m_page->policyPanel()->editor()->edit().overrides(field)) {
        toggle->click(); // start from an inherited value
        QCOMPARE(applyAndConfirm(), std::optional<bool>(true));
    }
    QVERIFY(!days->isEnabled()); // inherited: shown, not editable
    QCOMPARE(source->text(), PolicyTexts::sourceText(PolicyLevel::Unit, PolicyLevel::Domain));

    toggle->click();
    QVERIFY(days->isEnabled());
    const int wanted = days->value() == 3 ? 4 : 3;
    days->setValue(wanted);
    QVERIFY(source->text().startsWith(PolicyTexts::sourceText(PolicyLevel::Unit, PolicyLevel::Unit)));
    QCOMPARE(applyAndConfirm(), std::optional<bool>(true));

    auto applied = effective(m_account);
    if (!applied) {
        QFAIL(qPrintable(servicetest::describe(applied.error())));
    }
    QCOMPARE(*applied->policy.trustedBrowserDays, wanted);
    QVERIFY(applied->sources.of(field) == PolicyLevel::Unit);
    // The page shows what the platform holds now: set here, at the new version.
    QCOMPARE(days->value(), wanted);
    QVERIFY(!m_page->policyPanel()->editor()->edit().isDirty());

    toggle->click(); // inherit again
    QCOMPARE(applyAndConfirm(), std::optional<bool>(true));
    auto inherited = effective(m_account);
    QVERIFY(inherited);
    QVERIFY(inherited->sources.of(field) == PolicyLevel::Domain);
    auto unit = document(PolicyLevel::Unit, m_unitId);
    QVERIFY(unit);
    QVERIFY(!unit->policy.has(field));
}

void TestPermissionsPage::aConflictKeepsTheirsUntilMineIsChosen()
{
    QVERIFY(openPolicy(PolicyLevel::Domain, {}));
    auto* minLength = find<QSpinBox>(QStringLiteral("policy.password.minLength"));
    QVERIFY(minLength->isEnabled());
    const int mine = minLength->value() >= 14 ? 12 : 14;
    minLength->setValue(mine);

    // Meanwhile a second client saves another value.
    auto now = document(PolicyLevel::Domain, {});
    QVERIFY(now);
    const int theirs = mine == 14 ? 10 : 11;
    PolicyUpdate other;
    other.level = PolicyLevel::Domain;
    other.expectedVersion = now->version;
    other.set.password.minLength = theirs;
    PolicyService service(m_fixture.client());
    auto saved = servicetest::wait<PolicyDocument, UpdateError<PolicyDocument>>(
        [&](auto done) { service.update(other, nullptr, done); });
    QVERIFY(saved);

    find<QPushButton>(QStringLiteral("policy.apply"))->click();
    PolicyDiffDialog* diff = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((diff = find<PolicyDiffDialog>(QStringLiteral("policy.diff"))) != nullptr, kTimeoutMs);
    diff->accept();
    PolicyConflictDialog* conflict = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((conflict = find<PolicyConflictDialog>(QStringLiteral("policy.conflict"))) != nullptr,
                             kTimeoutMs);
    auto* table = conflict->findChild<QTableWidget*>(QStringLiteral("policy.conflict.table"));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 1)->text().contains(QString::number(mine)));
    QVERIFY(table->item(0, 2)->text().contains(QString::number(theirs)));
    // Nothing of mine reached the platform.
    QCOMPARE(*document(PolicyLevel::Domain, {})->policy.password.minLength, theirs);

    auto* keep = conflict->findChild<QComboBox*>(QStringLiteral("policy.conflict.keep.password.minLength"));
    QCOMPARE(keep->currentData().toBool(), false); // theirs until chosen
    keep->setCurrentIndex(keep->findData(true));
    QSignalSpy applied(m_page->policyPanel(), &PolicyPanel::applied);
    conflict->accept();
    QCOMPARE(minLength->value(), mine);
    QCOMPARE(applyAndConfirm(), std::optional<bool>(true));
    QCOMPARE(*document(PolicyLevel::Domain, {})->policy.password.minLength, mine);
}

void TestPermissionsPage::driftFindsTheSeededDeviationsAndTheFixClearsThem()
{
    DriftPanel* drift = m_page->driftPanel();
    QSignalSpy scanned(drift, &DriftPanel::scanned);
    drift->scan();
    QVERIFY(scanned.wait(kTimeoutMs));
    const QList<DriftFinding> before = drift->findings();

    // Seed two deviations on the platform: the unit lets IMAP in, the account forwards its mail.
    PolicyService service(m_fixture.client());
    auto unit = document(PolicyLevel::Unit, m_unitId);
    QVERIFY(unit);
    PolicyUpdate imap;
    imap.level = PolicyLevel::Unit;
    imap.targetId = m_unitId;
    imap.expectedVersion = unit->version;
    imap.set.allowedClients = QList<MailClient>{MailClient::Webmail, MailClient::Mailmaster, MailClient::Imap};
    const auto seededUnit = servicetest::wait<PolicyDocument, UpdateError<PolicyDocument>>(
        [&](auto done) { service.update(imap, nullptr, done); });
    QVERIFY(seededUnit);
    auto account = document(PolicyLevel::Account, m_account);
    QVERIFY(account);
    PolicyUpdate forward;
    forward.level = PolicyLevel::Account;
    forward.targetId = m_account;
    forward.expectedVersion = account->version;
    forward.set.autoForward = true;
    const auto seededAccount = servicetest::wait<PolicyDocument, UpdateError<PolicyDocument>>(
        [&](auto done) { service.update(forward, nullptr, done); });
    QVERIFY(seededAccount);

    scanned.clear();
    QVERIFY(syncPolicy(*m_session)); // the panel scans again after every sync
    QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty(), kTimeoutMs);
    QList<DriftFinding> seeded = drift->findings();
    for (const DriftFinding& old : before) {
        seeded.removeOne(old);
    }
    QCOMPARE(seeded.size(), 2);
    QVERIFY(seeded.at(0).level == PolicyLevel::Unit && seeded.at(0).targetId == m_unitId &&
            seeded.at(0).field == PolicyField::AllowedClients);
    QVERIFY(seeded.at(1).level == PolicyLevel::Account && seeded.at(1).targetId == m_account &&
            seeded.at(1).field == PolicyField::AutoForward);
    const int count = int(drift->findings().size());
    QVERIFY(find<QLabel>(QStringLiteral("permissions.driftCount"))->text().contains(QString::number(count)));

    scanned.clear();
    find<QPushButton>(QStringLiteral("policy.drift.fix"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty() && scanned.constLast().at(0).toInt() == 0, 2 * kTimeoutMs);
    QVERIFY(drift->findings().isEmpty());
    auto fixed = effective(m_account);
    QVERIFY(fixed);
    QCOMPARE(*fixed->policy.autoForward, false);
    QVERIFY(!fixed->policy.allowedClients->contains(MailClient::Imap));
}

// The court tightens its baseline: the file dmctl reads is written in the contract's shape, the scan then finds the
// places that only the stricter baseline calls weak, and a baseline looser than the brochure is refused.
void TestPermissionsPage::aStricterBaselineIsSavedForTheProfileAndScannedAgainst()
{
    DriftPanel* drift = m_page->driftPanel();
    QSignalSpy scanned(drift, &DriftPanel::scanned);
    drift->scan();
    QVERIFY(scanned.wait(kTimeoutMs));
    const auto domainMinLength = [drift] {
        return std::any_of(drift->findings().cbegin(), drift->findings().cend(), [](const DriftFinding& finding) {
            return finding.level == PolicyLevel::Domain && finding.field == PolicyField::PasswordMinLength;
        });
    };
    QVERIFY(!domainMinLength());
    const int before = int(drift->findings().size());

    DeliveryPolicy looser = drift->baseline();
    looser.autoForward = true;
    const auto refused = drift->saveBaseline(looser);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(PolicyTexts::fieldTitle(PolicyField::AutoForward)), qPrintable(refused.error()));
    QVERIFY(!QFileInfo::exists(baselinePath(m_session->profileId())));

    // One more character than the domain asks for: the domain itself now falls short.
    auto domain = document(PolicyLevel::Domain, m_fixture.domain());
    QVERIFY(domain && domain->policy.password.minLength);
    DeliveryPolicy stricter = drift->baseline();
    stricter.password.minLength = *domain->policy.password.minLength + 1;
    scanned.clear();
    QVERIFY(drift->saveBaseline(stricter));
    QVERIFY(scanned.wait(kTimeoutMs));
    QVERIFY(drift->findings().size() > before);
    QVERIFY(domainMinLength());
    QVERIFY(find<QLabel>(QStringLiteral("policy.drift.summary"))->text().contains(QLatin1String("profile's baseline")));

    // The file is what dmctl policy drift reads for this profile.
    const auto saved = BaselineFile::read(baselinePath(m_session->profileId()));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error()));
    QVERIFY(*saved == stricter);
    // A new session of the same profile scans against it.
    DriftPanel reopened;
    QSignalSpy reopenedScan(&reopened, &DriftPanel::scanned);
    reopened.setSession(m_session.get());
    QVERIFY(reopenedScan.wait(kTimeoutMs));
    QVERIFY(reopened.baseline() == stricter);

    QVERIFY(drift->saveBaseline(defaultBaseline())); // back to the brochure for the other tests
    QVERIFY(scanned.wait(kTimeoutMs));
    QCOMPARE(int(drift->findings().size()), before);
}

void TestPermissionsPage::theFindingsAreExportedAsCsvAndLedgered()
{
    DriftPanel* drift = m_page->driftPanel();
    QSignalSpy scanned(drift, &DriftPanel::scanned);
    drift->scan();
    QVERIFY(scanned.wait(kTimeoutMs));
    // Make sure there is something to export: the unit allows IMAP.
    DeliveryPolicy imap;
    imap.allowedClients = QList<MailClient>{MailClient::Webmail, MailClient::Imap};
    QVERIFY(changeOnPlatform(PolicyLevel::Unit, m_unitId, imap));
    scanned.clear();
    QVERIFY(syncPolicy(*m_session));
    QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty() && !drift->findings().isEmpty(), kTimeoutMs);

    const QString path = m_dir.filePath(QStringLiteral("基线 偏离.csv"));
    QSignalSpy exported(drift, &DriftPanel::exported);
    drift->exportFindings(path);
    QVERIFY(exported.wait(kTimeoutMs));
    QCOMPARE(exported.at(0).at(0).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), drift->findings().size() + 1);
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [this](const QString& line) {
        return line.contains(m_unitId) && line.contains(PolicyTexts::fieldTitle(PolicyField::AllowedClients));
    }));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    // The ledger knows the file: its name, its rows and its SHA-256.
    std::optional<QList<AuditEntry>> entries;
    m_session->query<QList<AuditEntry>>(
        [](Db& db) {
            auto recent = AuditLedger(db).recent(1000);
            return recent ? *recent : QList<AuditEntry>();
        },
        this, [&entries](QList<AuditEntry> found) { entries = found; });
    QVERIFY(QTest::qWaitFor([&entries] { return entries.has_value(); }, kTimeoutMs));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [&](const AuditEntry& entry) {
        return entry.action == QLatin1String("exportPolicyDrift") && entry.target == QFileInfo(path).fileName() &&
               entry.detail.contains(sha) && entry.result == QLatin1String("ok");
    }));
}

// Two units get the same trusted-browser days in one batch; a third, changed by another client since the last sync,
// is reported as failed and keeps the other client's value.
void TestPermissionsPage::oneSetOfFieldsIsAppliedToSeveralUnitsWithAReport()
{
    QVERIFY(syncPolicy(*m_session));
    BulkPolicyPanel* bulk = m_page->bulkPanel();
    auto* targets = bulk->findChild<QListWidget*>(QStringLiteral("policy.bulk.targets"));
    QTRY_VERIFY_WITH_TIMEOUT(targets->count() >= 3, kTimeoutMs);
    QStringList units;
    for (int row = 0; row < targets->count() && units.size() < 3; ++row) {
        const QString unitId = targets->item(row)->data(Qt::UserRole).toString();
        if (unitId != QLatin1String("root")) {
            targets->item(row)->setCheckState(Qt::Checked);
            units.append(unitId);
        }
    }
    QCOMPARE(units.size(), 3);
    QCOMPARE(bulk->checkedTargets(), units);

    auto* apply = bulk->findChild<QPushButton*>(QStringLiteral("policy.bulk.apply"));
    QVERIFY(!apply->isEnabled()); // no field chosen yet
    bulk->findChild<QPushButton*>(QStringLiteral("policy.trustedBrowserDays.toggle"))->click();
    auto* days = bulk->findChild<QSpinBox*>(QStringLiteral("policy.trustedBrowserDays"));
    QVERIFY(days->isEnabled());
    days->setValue(5);
    QVERIFY(apply->isEnabled());

    // Another client changes the third unit after the cache read it.
    DeliveryPolicy theirs;
    theirs.trustedBrowserDays = 9;
    QVERIFY(changeOnPlatform(PolicyLevel::Unit, units.at(2), theirs));

    QSignalSpy finished(bulk, &BulkPolicyPanel::finished);
    bulk->applyChecked();
    QVERIFY(finished.wait(2 * kTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toInt(), 2);
    QCOMPARE(finished.at(0).at(1).toInt(), 1);
    for (const QString& unitId : units.mid(0, 2)) {
        auto applied = document(PolicyLevel::Unit, unitId);
        QVERIFY(applied);
        QCOMPARE(applied->policy.trustedBrowserDays, std::optional<int>(5));
    }
    QCOMPARE(document(PolicyLevel::Unit, units.at(2))->policy.trustedBrowserDays, std::optional<int>(9));
    auto* report = bulk->findChild<QTableWidget*>(QStringLiteral("policy.bulk.report"));
    QCOMPARE(report->rowCount(), 3);
    int failedRows = 0;
    for (int row = 0; row < report->rowCount(); ++row) {
        if (report->item(row, 0)->data(Qt::UserRole).toString() == units.at(2)) {
            ++failedRows;
            QVERIFY(!report->item(row, 2)->text().isEmpty()); // says why
        }
    }
    QCOMPARE(failedRows, 1);

    // Put the two units back as they were (inheriting), for the tests after this one.
    for (const QString& unitId : units) {
        QVERIFY(changeOnPlatform(PolicyLevel::Unit, unitId, {}, {PolicyField::TrustedBrowserDays}));
    }
    QVERIFY(syncPolicy(*m_session));
}

void TestPermissionsPage::severalAccountsOpenTheBulkTabFromTheAccountsPage()
{
    AccountsPage accounts;
    accounts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&accounts));
    accounts.setSession(m_session.get());
    connect(&accounts, &AccountsPage::bulkPolicyRequested, m_page.get(), &PermissionsPage::openBulkForAccounts);
    AccountTableModel* model = accounts.view()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 3 && model->isLoaded(0) && model->isLoaded(2), kTimeoutMs);
    auto* table = accounts.findChild<QTableView*>();
    table->selectRow(0);
    table->selectionModel()->select(model->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto* policy = accounts.findChild<QAction*>(QStringLiteral("accounts.policy"));
    QTRY_VERIFY(policy->isEnabled());
    policy->trigger();
    BulkPolicyPanel* bulk = m_page->bulkPanel();
    QTRY_COMPARE(bulk->checkedTargets().size(), 2);
    QVERIFY(bulk->level() == PolicyLevel::Account);
    QVERIFY(bulk->checkedTargets().contains(model->index(0, 0).data().toString()));
    accounts.setSession(nullptr);
}

// A new profile's cache is empty when the page first shows: the form and the units come with the first sync.
void TestPermissionsPage::theBulkTabFillsWhenTheFirstSyncEnds()
{
    std::unique_ptr<CacheSession> fresh = openSession(QStringLiteral("fresh.sqlite"), false);
    QVERIFY(fresh);
    BulkPolicyPanel panel;
    panel.setSession(fresh.get());
    auto* targets = panel.findChild<QListWidget*>(QStringLiteral("policy.bulk.targets"));
    auto* status = panel.findChild<QLabel*>(QStringLiteral("policy.bulk.status"));
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty(), kTimeoutMs); // nothing cached yet: it says to sync
    QCOMPARE(targets->count(), 0);
    QVERIFY(syncPolicy(*fresh));
    QTRY_VERIFY_WITH_TIMEOUT(targets->count() > 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(panel.editor()->edit().layers().domain.version > 0, kTimeoutMs);
    QVERIFY(status->text().isEmpty());
    panel.setSession(nullptr);
}

void TestPermissionsPage::anAuditorSeesNoAction()
{
    std::unique_ptr<CacheSession> auditor = openSession(QStringLiteral("auditor.sqlite"), true);
    QVERIFY(auditor);
    QVERIFY(syncPolicy(*auditor));
    PermissionsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setSession(auditor.get());
    auto* title = page.findChild<QLabel*>(QStringLiteral("policy.title"));
    QTRY_VERIFY_WITH_TIMEOUT(!title->text().isEmpty(), kTimeoutMs);
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("policy.apply"))->isVisible());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("policy.drift.fix"))->isVisible());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("policy.drift.baseline"))->isVisible());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("policy.bulk.apply"))->isVisible());
    QVERIFY(!page.findChild<QSpinBox*>(QStringLiteral("policy.password.minLength"))->isEnabled());
    page.setSession(nullptr);
}

void TestPermissionsPage::anAccountsPolicyOpensFromTheAccountsPage()
{
    AccountsPage accounts;
    accounts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&accounts));
    accounts.setSession(m_session.get());
    // As the main window does: the request shows the Permissions page with the account's level open.
    connect(&accounts, &AccountsPage::policyRequested, m_page.get(), &PermissionsPage::openAccountPolicy);
    accounts.findChild<QLineEdit*>(QStringLiteral("accounts.search"))->setText(m_account);
    AccountTableModel* model = accounts.view()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowCount() >= 1 && model->isLoaded(0) && model->index(0, 0).data().toString() == m_account, kTimeoutMs);
    auto* table = accounts.findChild<QTableView*>();
    table->selectRow(0);
    auto* policy = accounts.findChild<QAction*>(QStringLiteral("accounts.policy"));
    QTRY_VERIFY(policy->isEnabled());
    policy->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(QStringLiteral("policy.title"))->text().contains(m_account), kTimeoutMs);
    QVERIFY(m_page->policyPanel()->editor()->edit().level() == PolicyLevel::Account);
    // Its unit decides most fields: the page says where each comes from.
    QVERIFY(find<QLabel>(QStringLiteral("policy.externalMail.source"))->text() !=
            PolicyTexts::sourceText(PolicyLevel::Account, PolicyLevel::Account));
    accounts.setSession(nullptr);
}

QTEST_MAIN(TestPermissionsPage)
#include "tst_permissionspage.moc"
