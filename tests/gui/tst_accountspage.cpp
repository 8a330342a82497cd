// The Accounts page driven like a person would, against the real dmsandbox over TLS and a real encrypted cache in a
// real CacheSession: create an account through the form, search, filter, delete with a typed confirmation, the
// import wizard, the auditor's read-only page, and the main window handing the profile's client to the page.

#include "AccountsPageSupport.h"
#include "GuiTestSupport.h"
#include "ServiceTestSupport.h"
#include "SessionTestSupport.h"
#include "api/AccountService.h"
#include "core/Masking.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "store/AuditLedger.h"
#include "sync/CacheSession.h"
#include "ui/SessionController.h"
#include "ui/accounts/AccountDetailPane.h"
#include "ui/accounts/AccountFormDialog.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/accounts/DeleteAccountDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/pages/AccountsPage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;

// Every action that changes something; none of them may exist in an auditor's session.
const QStringList& mutatingActions()
{
    static const QStringList names = {QStringLiteral("accounts.create"),
                                      QStringLiteral("accounts.edit"),
                                      QStringLiteral("accounts.delete"),
                                      QStringLiteral("accounts.enable"),
                                      QStringLiteral("accounts.disable"),
                                      QStringLiteral("accounts.resetPassword"),
                                      QStringLiteral("accounts.resendActivation"),
                                      QStringLiteral("accounts.moveUnit"),
                                      QStringLiteral("accounts.import")};
    static const QStringList withBasis = QStringList(names) << QStringLiteral("accounts.setAddressBasis");
    return withBasis;
}

// Types text as key presses, one character at a time; unlike QTest::keyClicks it also types Chinese.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void clearText(QLineEdit* edit)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
}

} // namespace

class TestAccountsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createsAnAccountThroughTheForm();
    void editShowsTheNumbersMaskedUntilAnAuditedReveal();
    void nameTakenOnThePlatformOnlyIsRefused();
    void searchNarrowsTheTable();
    void statusFilterMatchesTheRepository();
    void deleteRequiresTheTypedName();
    void importOpensTheWizardAndClosesWithTheSession();
    void auditorSessionHasNoMutatingAction();
    void actionsThePlatformDoesNotServeAreGreyedWithTheReason();
    void mainWindowHandsTheProfileClientToThePage();
    void platformTextsAreShownAsTyped();

private:
    [[nodiscard]] std::unique_ptr<CacheSession> openSession(const QString& fileName, bool readOnly);
    [[nodiscard]] qint64 repositoryCount(const AccountQuery& query);
    [[nodiscard]] QAction* action(const QString& name) const;
    // Sets the search text as typed, then waits until the table shows the count of that query.
    void search(const QString& text);
    [[nodiscard]] bool waitForTable();
    // Asks for `row` as a view's paint does and waits until it is loaded.
    [[nodiscard]] bool waitForRow(int row);
    // Waits for the outbox's answer about `accountName`.
    [[nodiscard]] std::optional<OutboxResult> waitForOutbox(QSignalSpy& spy, const QString& accountName);

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<AccountsPage> m_page;
    AccountsView* m_view = nullptr;
    AccountTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QString m_created; // the account the form created
};

void TestAccountsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("dmadmin.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session = openSession(QStringLiteral("cache.sqlite"), false);
    QVERIFY(m_session);
    QVERIFY(guitest::sync(*m_session, {QStringLiteral("accounts")}, kTimeoutMs));

    m_page = std::make_unique<AccountsPage>();
    const guitest::ShownAccountsPage shown =
        guitest::showAccountsPage(*m_page, *m_settings, m_fixture.client(), *m_session);
    m_view = shown.view;
    m_table = shown.table;
    m_search = shown.search;
    QVERIFY(m_view && m_table && m_search);
    m_model = m_view->model();
    QVERIFY(waitForTable());
    QVERIFY(m_model->rowCount() > 0);
    QCOMPARE(qint64(m_model->rowCount()), repositoryCount({}));
}

void TestAccountsPage::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
    m_secrets.reset();
}

std::unique_ptr<CacheSession> TestAccountsPage::openSession(const QString& fileName, bool readOnly)
{
    return guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(fileName), readOnly, this);
}

qint64 TestAccountsPage::repositoryCount(const AccountQuery& query)
{
    std::optional<qint64> counted;
    m_session->query<qint64>(
        [query](Db& db) {
            auto rows = AccountRepository(db).count(query);
            return rows ? *rows : qint64(-1);
        },
        this, [&counted](qint64 rows) { counted = rows; });
    if (!QTest::qWaitFor([&counted] { return counted.has_value(); }, kTimeoutMs)) {
        return -2;
    }
    return *counted;
}

QAction* TestAccountsPage::action(const QString& name) const
{
    return m_view->findChild<QAction*>(name);
}

bool TestAccountsPage::waitForTable()
{
    // The filter bar waits for typing to pause, then the model counts in the worker thread.
    QTest::qWait(350);
    return QTest::qWaitFor([this] { return !m_model->isCounting(); }, kTimeoutMs);
}

bool TestAccountsPage::waitForRow(int row)
{
    (void)m_model->data(m_model->index(row, 0));
    return QTest::qWaitFor([this, row] { return m_model->isLoaded(row); }, kTimeoutMs);
}

void TestAccountsPage::search(const QString& text)
{
    clearText(m_search);
    typeText(m_search, text);
    QCOMPARE(m_search->text(), text);
    // The filter bar sends the text once typing pauses: on a slow (instrumented) build, later than waitForTable's
    // pause.
    QVERIFY(QTest::qWaitFor([this, &text] { return m_model->query().search == text; }, kTimeoutMs));
    QVERIFY(waitForTable());
}

std::optional<OutboxResult> TestAccountsPage::waitForOutbox(QSignalSpy& spy, const QString& accountName)
{
    std::optional<OutboxResult> found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& arguments : std::as_const(spy)) {
                const auto result = arguments.at(0).value<OutboxResult>();
                if (result.target == accountName) {
                    found = result;
                }
            }
            return found.has_value();
        },
        kTimeoutMs);
    return found;
}

void TestAccountsPage::createsAnAccountThroughTheForm()
{
    const qint64 before = repositoryCount({});
    QAction* create = action(QStringLiteral("accounts.create"));
    QVERIFY(create);
    QVERIFY(m_view->findChild<QToolBar*>(QStringLiteral("accounts.toolbar"))->actions().contains(create));
    // Ins, as in the directory console.
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Insert);
    QPointer<AccountFormDialog> form;
    QTRY_VERIFY((form = m_view->findChild<AccountFormDialog*>(QStringLiteral("account.form"))) && form->isVisible());
    QVERIFY(!form->isEdit());
    auto* ok = form->findChild<QDialogButtonBox*>(QStringLiteral("account.form.buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());

    m_created = QStringLiteral("uipage01");
    const auto field = [form](const char* name) { return form->findChild<QLineEdit*>(QLatin1String(name)); };
    QTest::keyClicks(field("account.form.accountName"), m_created);
    typeText(field("account.form.name"), QStringLiteral("界面测试"));
    // A wrong checksum is named at once and keeps OK disabled.
    QString id = servicetest::testIdNumber(5101);
    const QChar wrong = id.back() == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::keyClicks(field("account.form.idNumber"), id.left(17) + wrong);
    QTest::keyClicks(field("account.form.mobile"), servicetest::testMobile(5101));
    auto* idHint = form->findChild<QLabel*>(QStringLiteral("account.form.idNumberHint"));
    QVERIFY(!idHint->isHidden());
    QVERIFY(!idHint->text().isEmpty());
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(field("account.form.idNumber"), Qt::Key_Backspace);
    QTest::keyClicks(field("account.form.idNumber"), id.right(1));
    // The platform says the name is free (the view asks it through the client it was given).
    auto* nameHint = form->findChild<QLabel*>(QStringLiteral("account.form.accountNameHint"));
    QTRY_COMPARE_WITH_TIMEOUT(nameHint->text(), AccountFormDialog::tr("This account name is free."), kTimeoutMs);
    QTRY_VERIFY(ok->isEnabled());

    QSignalSpy finished(m_session.get(), &CacheSession::outboxItemFinished);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(form.isNull() || !form->isVisible());
    const auto result = waitForOutbox(finished, m_created);
    QVERIFY(result);
    QVERIFY2(result->state == OutboxState::Done, qPrintable(result->errorMessage));

    // It exists on the platform, as typed.
    AccountService accounts(m_fixture.client());
    const auto onPlatform = servicetest::wait<Account>([&](auto done) { accounts.get(m_created, nullptr, done); });
    SERVICE_VERIFY(onPlatform);
    QCOMPARE(onPlatform->name, QStringLiteral("界面测试"));
    QCOMPARE(onPlatform->mobile, servicetest::testMobile(5101));
    QCOMPARE(onPlatform->idNumber, id);

    // And in the table: one row more, marked as confirmed by the platform (neither pending nor failed).
    QTRY_COMPARE_WITH_TIMEOUT(qint64(m_model->rowCount()), before + 1, kTimeoutMs);
    search(m_created);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(waitForRow(0));
    QCOMPARE(m_model->rowAt(0)->account.accountName, m_created);
    const QVariant state = m_model->data(m_model->index(0, 0), AccountTableModel::OutboxStateRole);
    QVERIFY(state.isValid());
    QVERIFY(OutboxState(state.toInt()) == OutboxState::Done);
}

// Editing never shows the ID number or the mobile until the user asks, and the ledger hears of it first.
void TestAccountsPage::editShowsTheNumbersMaskedUntilAnAuditedReveal()
{
    const auto reveals = [this] {
        std::optional<QStringList> found;
        m_session->query<QStringList>(
            [](Db& db) {
                QStringList lines;
                const auto entries = AuditLedger(db).recent(100);
                for (const AuditEntry& entry : entries ? *entries : QList<AuditEntry>()) {
                    if (entry.action.startsWith(QStringLiteral("reveal"))) {
                        lines.append(entry.action + QLatin1Char(' ') + entry.target + QLatin1Char(' ') + entry.detail);
                    }
                }
                return lines;
            },
            this, [&found](QStringList lines) { found = lines; });
        (void)QTest::qWaitFor([&found] { return found.has_value(); }, kTimeoutMs);
        return found.value_or(QStringList{QStringLiteral("(no answer)")});
    };
    const QString mobile = servicetest::testMobile(5101);
    const QString id = servicetest::testIdNumber(5101);
    search(m_created);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(waitForRow(0));
    m_table->selectRow(0);
    const QStringList before = reveals();

    action(QStringLiteral("accounts.edit"))->trigger();
    QPointer<AccountFormDialog> form;
    QTRY_VERIFY((form = m_view->findChild<AccountFormDialog*>(QStringLiteral("account.form"))) && form->isVisible());
    QVERIFY(form->isEdit());
    auto* mobileEdit = form->findChild<QLineEdit*>(QStringLiteral("account.form.mobile"));
    auto* idEdit = form->findChild<QLineEdit*>(QStringLiteral("account.form.idNumber"));
    QCOMPARE(mobileEdit->text(), maskMobile(mobile));
    QCOMPARE(idEdit->text(), maskIdNumber(id));
    QVERIFY(mobileEdit->isReadOnly() && idEdit->isReadOnly());
    for (const QLineEdit* edit : form->findChildren<QLineEdit*>()) {
        QVERIFY2(!edit->text().contains(mobile) && !edit->text().contains(id), qPrintable(edit->objectName()));
    }
    auto* ok = form->findChild<QDialogButtonBox*>(QStringLiteral("account.form.buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing changed: the masked text is not a new number
    QCOMPARE(reveals(), before);

    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("account.form.revealMobile")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(mobileEdit->text(), mobile, kTimeoutMs);
    QVERIFY(!mobileEdit->isReadOnly());
    QCOMPARE(idEdit->text(), maskIdNumber(id));
    const QStringList after = reveals();
    QCOMPARE(after.size(), before.size() + 1);
    QVERIFY2(after.contains(QStringLiteral("revealMobile %1@%2 %3")
                                .arg(m_created, m_fixture.client().settings().domain, maskMobile(mobile))),
             qPrintable(after.join(QLatin1Char('\n'))));

    // The revealed number can now be changed; the ID number, still masked, stays as it is.
    const QString changed = servicetest::testMobile(5104);
    clearText(mobileEdit);
    QTest::keyClicks(mobileEdit, changed);
    const auto update = form->update();
    QVERIFY(update && update->mobile == changed && !update->idNumber);
    QVERIFY(ok->isEnabled());
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(form.isNull() || !form->isVisible());
}

void TestAccountsPage::nameTakenOnThePlatformOnlyIsRefused()
{
    // Made behind the cache's back: only the platform knows it, so only the live check can say it is taken.
    AccountService accounts(m_fixture.client());
    const QString remote = QStringLiteral("uipage02");
    const auto created = servicetest::createAccount(accounts, remote, 5102);
    SERVICE_VERIFY(created);
    AccountQuery byName;
    byName.search = remote;
    QCOMPARE(repositoryCount(byName), 0);

    action(QStringLiteral("accounts.create"))->trigger();
    AccountFormDialog* form = nullptr;
    QTRY_VERIFY((form = m_view->findChild<AccountFormDialog*>(QStringLiteral("account.form"))) && form->isVisible());
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("account.form.accountName")), remote);
    typeText(form->findChild<QLineEdit*>(QStringLiteral("account.form.name")), QStringLiteral("重名"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("account.form.mobile")), servicetest::testMobile(5103));
    auto* nameHint = form->findChild<QLabel*>(QStringLiteral("account.form.accountNameHint"));
    QTRY_COMPARE_WITH_TIMEOUT(nameHint->text(), AccountFormDialog::tr("This account name is already taken."),
                              kTimeoutMs);
    auto* ok = form->findChild<QDialogButtonBox*>(QStringLiteral("account.form.buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(m_view->findChild<AccountFormDialog*>(QStringLiteral("account.form")) == nullptr);
}

void TestAccountsPage::searchNarrowsTheTable()
{
    search(QString());
    const int all = m_model->rowCount();
    // The surname of the first row: several recipients share it, most do not.
    QVERIFY(waitForRow(0));
    const QString surname = m_model->rowAt(0)->account.name.left(1);
    QVERIFY(!surname.isEmpty());
    search(surname);
    AccountQuery query;
    query.search = surname;
    const qint64 expected = repositoryCount(query);
    QVERIFY(expected > 0);
    QCOMPARE(qint64(m_model->rowCount()), expected);
    QVERIFY(m_model->rowCount() < all);
    auto* count = m_view->findChild<QLabel*>(QStringLiteral("accounts.count"));
    QVERIFY2(count->text().contains(QString::number(expected)), qPrintable(count->text()));
    // Every row shown matches.
    QVERIFY(waitForRow(0));
    for (int row = 0; row < m_model->rowCount() && m_model->isLoaded(row); ++row) {
        const Account account = m_model->rowAt(row)->account;
        QVERIFY2(account.name.contains(surname) || account.jobNumber.contains(surname) ||
                     account.accountName.contains(surname),
                 qPrintable(account.accountName));
    }

    // The last four digits of a mobile find its account.
    search(servicetest::testMobile(5101).right(4));
    query.search = servicetest::testMobile(5101).right(4);
    QCOMPARE(qint64(m_model->rowCount()), repositoryCount(query));
    QVERIFY(m_model->rowCount() >= 1);
    search(QString());
    QCOMPARE(m_model->rowCount(), all);
}

void TestAccountsPage::statusFilterMatchesTheRepository()
{
    auto* status = m_view->findChild<QComboBox*>(QStringLiteral("accounts.filter.status"));
    QVERIFY(status);
    qint64 sum = 0;
    for (const AccountStatus value : {AccountStatus::Enabled, AccountStatus::Disabled, AccountStatus::Deleted}) {
        const int index = status->findData(int(value));
        QVERIFY(index > 0);
        status->setCurrentIndex(index);
        QVERIFY(waitForTable());
        AccountQuery query;
        query.status = value;
        const qint64 expected = repositoryCount(query);
        QCOMPARE(qint64(m_model->rowCount()), expected);
        sum += expected;
        if (expected > 0) {
            QVERIFY(waitForRow(0));
            QVERIFY(m_model->rowAt(0)->account.status == value);
        }
    }
    QVERIFY(sum > 0);
    // With a search as well: the two combine.
    status->setCurrentIndex(status->findData(int(AccountStatus::Enabled)));
    search(m_created);
    QCOMPARE(m_model->rowCount(), 1);
    status->setCurrentIndex(status->findData(int(AccountStatus::Disabled)));
    QVERIFY(waitForTable());
    QCOMPARE(m_model->rowCount(), 0);
    search(QString());
    status->setCurrentIndex(0);
    QVERIFY(waitForTable());
    QCOMPARE(qint64(m_model->rowCount()), sum);
}

void TestAccountsPage::deleteRequiresTheTypedName()
{
    search(m_created);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(waitForRow(0));
    // Keys reach the page's shortcuts only in the active window (the dialogs before took it).
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_table->setFocus();
    m_table->selectRow(0);
    QTRY_VERIFY(action(QStringLiteral("accounts.delete"))->isEnabled());
    QTest::keyClick(m_table, Qt::Key_Delete);
    DeleteAccountDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<DeleteAccountDialog*>(QStringLiteral("account.delete"))) &&
                dialog->isVisible());
    auto* confirmation = dialog->findChild<QLineEdit*>(QStringLiteral("account.delete.confirmation"));
    auto* ok =
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("account.delete.buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(confirmation && ok);
    QVERIFY(!ok->isEnabled());
    // Return on an unconfirmed dialog deletes nothing: Cancel is the default.
    QTest::keyClicks(confirmation, m_created.left(m_created.size() - 1));
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(confirmation, m_created.right(1) + QStringLiteral("x"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(confirmation, Qt::Key_Backspace);
    QVERIFY(ok->isEnabled());

    QSignalSpy finished(m_session.get(), &CacheSession::outboxItemFinished);
    QTest::mouseClick(ok, Qt::LeftButton);
    const auto result = waitForOutbox(finished, m_created);
    QVERIFY(result);
    QVERIFY2(result->state == OutboxState::Done, qPrintable(result->errorMessage));
    AccountService accounts(m_fixture.client());
    const auto onPlatform = servicetest::wait<Account>([&](auto done) { accounts.get(m_created, nullptr, done); });
    // Deleted accounts can be recovered, so the platform may still describe it, as deleted.
    QVERIFY2(onPlatform ? onPlatform->status == AccountStatus::Deleted
                        : onPlatform.error().kind == ApiError::Kind::NotFound,
             "the account still exists on the platform");
    // The table follows the platform's answer: the row says deleted.
    QTRY_VERIFY_WITH_TIMEOUT(waitForRow(0) && m_model->rowAt(0)->account.status == AccountStatus::Deleted, kTimeoutMs);
    search(QString());
}

void TestAccountsPage::importOpensTheWizardAndClosesWithTheSession()
{
    QAction* import = action(QStringLiteral("accounts.import"));
    QVERIFY(import);
    QVERIFY(m_view->findChild<QToolBar*>(QStringLiteral("accounts.toolbar"))->actions().contains(import));
    import->trigger();
    QPointer<ImportWizard> wizard = m_view->findChild<ImportWizard*>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->job().session, m_session.get());
    QCOMPARE(wizard->job().settings, m_settings.get());
    // A second trigger shows the same wizard.
    import->trigger();
    QCOMPARE(m_view->findChildren<ImportWizard*>().size(), 1);
    // It works on the session: when the page lets go of the session, the wizard goes too.
    m_page->setSession(nullptr);
    QVERIFY(wizard.isNull());
    m_page->setSession(m_session.get());
    QVERIFY(waitForTable());
}

// On a platform without the delivery extension, the actions that need it (enable/disable, password reset,
// activation resend) are greyed out and say why; the vendor's own (delete, move) stay available.
void TestAccountsPage::actionsThePlatformDoesNotServeAreGreyedWithTheReason()
{
    search(m_created);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(waitForRow(0));
    m_table->selectRow(0);
    QTRY_VERIFY(action(QStringLiteral("accounts.resendActivation"))->isEnabled());

    Capabilities vendorOnly;
    vendorOnly.set(ApiFamily::VendorDirectory, {FamilyState::Served, {}});
    vendorOnly.set(ApiFamily::DeliveryAccounts, {FamilyState::Missing, QStringLiteral("API.NOT.FOUND")});
    m_view->setCapabilities(vendorOnly);
    for (const char* name :
         {"accounts.enable", "accounts.disable", "accounts.resetPassword", "accounts.resendActivation"}) {
        QAction* needsExtension = action(QLatin1String(name));
        QVERIFY2(!needsExtension->isEnabled(), name);
        QVERIFY2(needsExtension->toolTip().contains(QLatin1String("does not serve")),
                 qPrintable(needsExtension->toolTip()));
    }
    QVERIFY(action(QStringLiteral("accounts.delete"))->isEnabled());
    QVERIFY(action(QStringLiteral("accounts.moveUnit"))->isEnabled());

    m_view->setCapabilities(Capabilities()); // nothing known: nothing is held back
    QVERIFY(action(QStringLiteral("accounts.resendActivation"))->isEnabled());
    QCOMPARE(action(QStringLiteral("accounts.resendActivation"))->toolTip(), QStringLiteral("Resend activation SMS"));
}

void TestAccountsPage::auditorSessionHasNoMutatingAction()
{
    std::unique_ptr<CacheSession> auditor = openSession(QStringLiteral("auditor.sqlite"), true);
    QVERIFY(auditor);
    QVERIFY(auditor->readOnly());
    // An auditor reads the same accounts: a sync is no mutation of the platform.
    QSignalSpy synced(auditor.get(), &CacheSession::syncFinished);
    auditor->startSync({QStringLiteral("accounts")});
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, kTimeoutMs);
    m_page->setSession(auditor.get());
    QVERIFY(waitForTable());
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(waitForRow(0));
    for (const QString& name : mutatingActions()) {
        QVERIFY2(action(name) == nullptr, qPrintable(name));
    }
    // The toolbar and the table's menu offer only what reads.
    const QList<QAction*> toolbar = m_view->findChild<QToolBar*>(QStringLiteral("accounts.toolbar"))->actions();
    for (QAction* entry : toolbar) {
        QVERIFY2(!mutatingActions().contains(entry->objectName()), qPrintable(entry->objectName()));
    }
    QVERIFY(toolbar.contains(action(QStringLiteral("accounts.refresh"))));
    Q_EMIT m_table->customContextMenuRequested(QPoint(4, 4));
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = m_view->findChild<QMenu*>()) != nullptr);
    QVERIFY(!menu->actions().isEmpty());
    for (QAction* entry : menu->actions()) {
        QVERIFY2(!mutatingActions().contains(entry->objectName()), qPrintable(entry->objectName()));
    }
    menu->close();
    // Ins and Del do nothing.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_table->setFocus();
    m_table->selectRow(0);
    QTest::keyClick(m_table, Qt::Key_Insert);
    QTest::keyClick(m_table, Qt::Key_Delete);
    QTest::qWait(50);
    QVERIFY(m_view->findChild<AccountFormDialog*>() == nullptr);
    QVERIFY(m_view->findChild<DeleteAccountDialog*>() == nullptr);

    // Back to the administrator's session: the actions are there again.
    m_page->setSession(m_session.get());
    auditor.reset();
    for (const QString& name : mutatingActions()) {
        QVERIFY2(action(name) != nullptr, qPrintable(name));
    }
}

void TestAccountsPage::mainWindowHandsTheProfileClientToThePage()
{
    // The window goes before the controller it follows.
    std::unique_ptr<SessionController> owner;
    test::GuiFixture gui;
    QVERIFY(gui.isValid());
    auto keychain = std::make_shared<MemoryKeychain>();
    owner = std::make_unique<SessionController>(
        gui.settings(), [keychain](const QUuid& id) { return std::make_unique<MemorySecretStore>(id, keychain); });
    SessionController& controller = *owner;
    const QString cacheDir = m_dir.path();
    controller.setCachePathFunction([cacheDir](const QUuid& id) -> QString {
        return cacheDir + QStringLiteral("/window-") + id.toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite");
    });
    QVERIFY(gui.open());
    gui.window()->setSessionController(&controller);
    auto* page = gui.window()->findChild<AccountsPage*>();
    QVERIFY(page);
    QCOMPARE(page->view()->platformClient(), nullptr);

    SandboxConnection connection;
    connection.settings = m_fixture.client().settings();
    connection.authCode = m_fixture.sandbox().connection().value(QStringLiteral("authCode")).toString().toUtf8();
    controller.openSandbox(connection);
    QTRY_VERIFY_WITH_TIMEOUT(controller.session() != nullptr, kTimeoutMs);
    QVERIFY(controller.client() != nullptr);
    QCOMPARE(page->view()->platformClient(), controller.client());
    QCOMPARE(page->view()->session(), controller.session());
    QVERIFY(page->view()->findChild<QAction*>(QStringLiteral("accounts.import")) != nullptr);

    // The import wizard remembers its mappings in the window's settings.
    page->view()->findChild<QAction*>(QStringLiteral("accounts.import"))->trigger();
    auto* wizard = page->view()->findChild<ImportWizard*>();
    QVERIFY(wizard);
    QCOMPARE(wizard->job().settings, &gui.settings());

    controller.closeSession();
    QCOMPARE(page->view()->platformClient(), nullptr);
    QCOMPARE(page->view()->session(), nullptr);
    QVERIFY(page->view()->findChild<ImportWizard*>() == nullptr);
}

void TestAccountsPage::platformTextsAreShownAsTyped()
{
    // A name from the platform that looks like markup must not render (bold, images, links to click).
    auto* pane = m_view->findChild<AccountDetailPane*>();
    QVERIFY(pane != nullptr);
    AccountRow row;
    row.account.accountName = QStringLiteral("markup.name");
    row.account.name = QStringLiteral("<b>张</b><img src=\"x\"><a href=\"https://example.invalid\">三</a>");
    row.account.jobNumber = QStringLiteral("<i>(2026)粤0104民初1234号</i>");
    pane->showAccount(row, std::nullopt);
    auto* heading = pane->findChild<QLabel*>(QStringLiteral("accounts.detail.heading"));
    QVERIFY(heading != nullptr);
    QCOMPARE(heading->textFormat(), Qt::PlainText);
    QCOMPARE(heading->text(), row.account.name);
    int values = 0;
    for (QLabel* label : pane->findChildren<QLabel*>()) {
        if (label->text().contains(QLatin1String("<i>"))) {
            ++values;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
    QVERIFY(values >= 1); // the case number's label
}

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
