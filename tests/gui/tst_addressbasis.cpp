// The address basis in the Accounts page, offscreen: the dialog and the create form check it as it is typed, the
// detail pane shows what the platform listed, and "Set address basis…" sends a new one through the real outbox to the
// real dmsandbox and shows it once the platform has confirmed it.

#include "AccountsPageSupport.h"
#include "ServiceTestSupport.h"
#include "SessionTestSupport.h"
#include "api/AccountService.h"
#include "core/AddressBasisRules.h"
#include "core/Masking.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "sync/CacheSession.h"
#include "ui/accounts/AccountDetailPane.h"
#include "ui/accounts/AccountFormDialog.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountTexts.h"
#include "ui/accounts/AccountsView.h"
#include "ui/accounts/AddressBasisDialog.h"
#include "ui/accounts/AddressBasisEditor.h"
#include "ui/pages/AccountsPage.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;

// Types text as key presses, one character at a time; unlike QTest::keyClicks it also types Chinese.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void chooseKind(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

QPushButton* okButton(QWidget* dialog, const QString& buttons)
{
    return dialog->findChild<QDialogButtonBox*>(buttons)->button(QDialogButtonBox::Ok);
}

} // namespace

class TestAddressBasis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void dialogChecksTheBasisAsItIsTyped();
    void dialogOffersNothingToSaveWhenUnchanged();
    void dialogMasksAMobileInTheAccountName();
    void createFormTakesAnOptionalBasis();
    void detailPaneShowsTheListedBasis();
    void setAddressBasisSendsItAndShowsIt();
    void auditorHasNoSetAction();

private:
    [[nodiscard]] std::unique_ptr<CacheSession> openSession(const QString& fileName, bool readOnly);
    [[nodiscard]] QAction* action(const QString& name) const;
    // Shows the one account named `accountName` selected, its details in the pane.
    [[nodiscard]] bool select(const QString& accountName);
    [[nodiscard]] QString shownBasis() const;

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
};

void TestAddressBasis::initTestCase()
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
}

void TestAddressBasis::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
    m_secrets.reset();
}

std::unique_ptr<CacheSession> TestAddressBasis::openSession(const QString& fileName, bool readOnly)
{
    return guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(fileName), readOnly, this);
}

QAction* TestAddressBasis::action(const QString& name) const
{
    return m_view->findChild<QAction*>(name);
}

bool TestAddressBasis::select(const QString& accountName)
{
    m_search->setFocus();
    m_search->selectAll();
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QTest::keyClicks(m_search, accountName);
    QTest::qWait(350); // the filter bar waits for typing to pause
    if (!QTest::qWaitFor([this] { return !m_model->isCounting() && m_model->rowCount() >= 1; }, kTimeoutMs)) {
        return false;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        (void)m_model->data(m_model->index(row, 0));
        if (!QTest::qWaitFor([this, row] { return m_model->isLoaded(row); }, kTimeoutMs)) {
            return false;
        }
        if (m_model->rowAt(row)->account.accountName == accountName) {
            m_table->selectRow(row);
            return QTest::qWaitFor(
                [this, accountName] {
                    return m_view->findChild<AccountDetailPane*>()->shownAccountName() == accountName;
                },
                kTimeoutMs);
        }
    }
    return false;
}

QString TestAddressBasis::shownBasis() const
{
    return m_view->findChild<QLabel*>(QStringLiteral("accounts.detail.addressBasis"))->text();
}

void TestAddressBasis::dialogChecksTheBasisAsItIsTyped()
{
    AddressBasisDialog dialog(QStringLiteral("zhangwei"), std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("addressBasis.kind"));
    auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("addressBasis.date"));
    auto* reference = dialog.findChild<QLineEdit*>(QStringLiteral("addressBasis.reference"));
    auto* referenceHint = dialog.findChild<QLabel*>(QStringLiteral("addressBasis.referenceHint"));
    QPushButton* ok = okButton(&dialog, QStringLiteral("account.addressBasis.buttons"));
    QVERIFY(kind && date && reference && referenceHint && ok);

    // A new basis starts as a confirmation of today, which needs its reference: said at once, OK disabled.
    QCOMPARE(kind->currentText(), AccountTexts::addressBasisKind(AddressBasisKind::Confirmed));
    QCOMPARE(date->date(), AddressBasisRules::today());
    QVERIFY(!referenceHint->isHidden());
    QCOMPARE(referenceHint->text(), AddressBasisRules::message(AddressBasisProblem::MissingReference));
    QVERIFY(!ok->isEnabled());

    // The date cannot go past the platform's today.
    QCOMPARE(date->maximumDate(), AddressBasisRules::today());
    date->setDate(AddressBasisRules::today().addDays(3));
    QCOMPARE(date->date(), AddressBasisRules::today());

    reference->setFocus();
    typeText(reference, QStringLiteral("(2026)粤0104民初1234号送达地址确认书"));
    QVERIFY(referenceHint->isHidden());
    QVERIFY(ok->isEnabled());
    // Spaces alone are no reference.
    reference->selectAll();
    QTest::keyClick(reference, Qt::Key_Backspace);
    QTest::keyClicks(reference, QStringLiteral("   "));
    QVERIFY(!referenceHint->isHidden());
    QVERIFY(!ok->isEnabled());

    // Provided by the recipient: the reference is optional.
    chooseKind(kind, AccountTexts::addressBasisKind(AddressBasisKind::Provided));
    QVERIFY(referenceHint->isHidden());
    QVERIFY(ok->isEnabled());
    date->setDate(QDate(2026, 5, 20));
    const auto basis = dialog.basis();
    QVERIFY(basis);
    QVERIFY(basis->kind == AddressBasisKind::Provided);
    QCOMPARE(basis->date, QDate(2026, 5, 20));
    QCOMPARE(basis->reference, QString()); // trimmed

    // "Not recorded" when none is recorded changes nothing; the fields have nothing to say.
    chooseKind(kind, AddressBasisEditor::tr("Not recorded"));
    QVERIFY(!dialog.basis());
    QVERIFY(!date->isEnabled() && !reference->isEnabled());
    QVERIFY(!ok->isEnabled());
}

void TestAddressBasis::dialogOffersNothingToSaveWhenUnchanged()
{
    const AddressBasis current{AddressBasisKind::CourtFound, QDate(2026, 3, 3), QStringLiteral("立案登记预留信息")};
    AddressBasisDialog dialog(QStringLiteral("lina"), current);
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("addressBasis.kind"));
    auto* reference = dialog.findChild<QLineEdit*>(QStringLiteral("addressBasis.reference"));
    QPushButton* ok = okButton(&dialog, QStringLiteral("account.addressBasis.buttons"));
    QCOMPARE(kind->currentText(), AccountTexts::addressBasisKind(AddressBasisKind::CourtFound));
    QCOMPARE(reference->text(), current.reference);
    QVERIFY(!ok->isEnabled());
    reference->setText(QStringLiteral("立案登记"));
    QVERIFY(ok->isEnabled());
    reference->setText(current.reference + QStringLiteral("  ")); // the same once trimmed
    QVERIFY(!ok->isEnabled());
    // Clearing a recorded basis is a change.
    chooseKind(kind, AddressBasisEditor::tr("Not recorded"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.basis());
}

void TestAddressBasis::dialogMasksAMobileInTheAccountName()
{
    // An account named after the recipient's mobile: named as the table and the detail pane name it, masked.
    const QString mobile = servicetest::testMobile(7310);
    AddressBasisDialog dialog(mobile, std::nullopt);
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("account.addressBasis.message"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(maskMobile(mobile)), qPrintable(message->text()));
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(mobile));
    }
    QVERIFY(!dialog.windowTitle().contains(mobile));
    // A name that is no number stays as it is.
    AddressBasisDialog named(QStringLiteral("zhangwei2026"), std::nullopt);
    QVERIFY(named.findChild<QLabel*>(QStringLiteral("account.addressBasis.message"))
                ->text()
                .contains(QStringLiteral("zhangwei2026")));
}

void TestAddressBasis::createFormTakesAnOptionalBasis()
{
    AccountFormDialog form({}, std::nullopt);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QPushButton* ok = okButton(&form, QStringLiteral("account.form.buttons"));
    QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("account.form.accountName")),
                     QStringLiteral("basisform"));
    typeText(form.findChild<QLineEdit*>(QStringLiteral("account.form.name")), QStringLiteral("表单"));
    QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("account.form.mobile")), servicetest::testMobile(7300));
    QVERIFY(ok->isEnabled());
    QVERIFY(!form.addressBasis()); // not recorded unless chosen

    auto* kind = form.findChild<QComboBox*>(QStringLiteral("addressBasis.kind"));
    QVERIFY(kind);
    chooseKind(kind, AccountTexts::addressBasisKind(AddressBasisKind::Confirmed));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!form.findChild<QLabel*>(QStringLiteral("addressBasis.referenceHint"))->isHidden());
    typeText(form.findChild<QLineEdit*>(QStringLiteral("addressBasis.reference")), QStringLiteral("确认书第9号"));
    QVERIFY(ok->isEnabled());
    const auto basis = form.addressBasis();
    QVERIFY(basis && basis->kind == AddressBasisKind::Confirmed && basis->reference == QStringLiteral("确认书第9号"));

    // Editing has no basis fields: its own action sets it.
    Account existing;
    existing.accountName = QStringLiteral("basisform");
    existing.name = QStringLiteral("表单");
    existing.mobile = servicetest::testMobile(7300);
    AccountFormDialog edit({}, existing);
    QVERIFY(!edit.findChild<AddressBasisEditor*>());
    QVERIFY(!edit.addressBasis());
}

void TestAddressBasis::detailPaneShowsTheListedBasis()
{
    // A seeded recipient the sync brought with its basis (every seeded recipient has one).
    std::optional<AccountRow> withBasis;
    m_session->query<std::optional<AccountRow>>(
        [](Db& db) -> std::optional<AccountRow> {
            auto page = AccountRepository(db).page({}, {}, std::nullopt, 200);
            for (const AccountRow& row : page ? page->rows : QList<AccountRow>()) {
                if (row.account.addressBasis && !row.account.jobNumber.isEmpty()) {
                    return row;
                }
            }
            return std::nullopt;
        },
        this, [&withBasis](std::optional<AccountRow> row) { withBasis = std::move(row); });
    QTRY_VERIFY_WITH_TIMEOUT(withBasis.has_value(), kTimeoutMs);
    const Account& account = withBasis->account;
    QVERIFY(select(account.accountName));
    QCOMPARE(shownBasis(), AccountTexts::addressBasis(account.addressBasis));
    QVERIFY(shownBasis() != AccountTexts::addressBasis(std::nullopt));
    QVERIFY2(shownBasis().contains(account.addressBasis->date.toString(Qt::ISODate)), qPrintable(shownBasis()));
}

void TestAddressBasis::setAddressBasisSendsItAndShowsIt()
{
    AccountService accounts(m_fixture.client());
    SERVICE_VERIFY(servicetest::createAccount(accounts, QStringLiteral("basisgui"), 7301));
    QSignalSpy synced(m_session.get(), &CacheSession::syncFinished);
    m_session->startSync({QStringLiteral("accounts")});
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, kTimeoutMs);
    QVERIFY(select(QStringLiteral("basisgui")));
    QCOMPARE(shownBasis(), AccountTexts::addressBasis(std::nullopt));

    QAction* set = action(QStringLiteral("accounts.setAddressBasis"));
    QVERIFY(set);
    QTRY_VERIFY(set->isEnabled());
    set->trigger();
    QPointer<AddressBasisDialog> dialog;
    QTRY_VERIFY((dialog = m_view->findChild<AddressBasisDialog*>(QStringLiteral("account.addressBasis"))) &&
                dialog->isVisible());
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("addressBasis.date"));
    date->setDate(QDate(2026, 6, 1));
    auto* reference = dialog->findChild<QLineEdit*>(QStringLiteral("addressBasis.reference"));
    reference->setFocus();
    typeText(reference, QStringLiteral("(2026)粤0104民初7301号送达地址确认书"));
    QPushButton* ok = okButton(dialog, QStringLiteral("account.addressBasis.buttons"));
    QVERIFY(ok->isEnabled());
    QSignalSpy finished(m_session.get(), &CacheSession::outboxItemFinished);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    const auto result = finished.at(0).at(0).value<OutboxResult>();
    QCOMPARE(result.kind, QStringLiteral("setAddressBasis"));
    QVERIFY2(result.state == OutboxState::Done, qPrintable(result.errorMessage));

    // The pane shows it from the cache, as the platform answered, without waiting for a sync.
    const AddressBasis expected{AddressBasisKind::Confirmed, QDate(2026, 6, 1),
                                QStringLiteral("(2026)粤0104民初7301号送达地址确认书")};
    QTRY_COMPARE_WITH_TIMEOUT(shownBasis(), AccountTexts::addressBasis(expected), kTimeoutMs);
    // And the platform has it.
    AccountFilter filter;
    filter.keyword = QStringLiteral("basisgui");
    const auto page =
        servicetest::wait<KeysetPage<Account>>([&](auto done) { accounts.list(filter, QString(), nullptr, done); });
    SERVICE_VERIFY(page);
    QCOMPARE(page->items.size(), 1);
    QVERIFY(page->items.at(0).addressBasis);
    QCOMPARE(page->items.at(0).addressBasis->reference, expected.reference);
}

void TestAddressBasis::auditorHasNoSetAction()
{
    auto auditor = openSession(QStringLiteral("auditor.sqlite"), true);
    QVERIFY(auditor);
    AccountsPage page;
    page.setSession(auditor.get());
    QVERIFY(!page.view()->findChild<QAction*>(QStringLiteral("accounts.setAddressBasis")));
    page.setSession(nullptr);
}

QTEST_MAIN(TestAddressBasis)
#include "tst_addressbasis.moc"
