#include "ServiceTestSupport.h"
#include "api/StatsService.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "store/AuditLedger.h"
#include "sync/CacheSession.h"
#include "ui/accounts/AccountFilterBar.h"
#include "ui/activation/ActivationFilterBar.h"
#include "ui/activation/AgeingBucketsWidget.h"
#include "ui/activation/FunnelWidget.h"
#include "ui/activation/OverdueWorklistModel.h"
#include "ui/activation/ResendReportDialog.h"
#include "ui/activation/WorklistCsv.h"
#include "ui/pages/ActivationPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dm;

// The Activation page over a cache synced from a frozen sandbox court: its figures against the cache's own counts
// and the platform's activationFunnel, the ageing buckets against the funnel, a bulk resend from the worklist
// against the platform's reminder counts, and the CSV export.
class TestActivationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void funnelMatchesCacheAndPlatform_data();
    void funnelMatchesCacheAndPlatform();
    void bucketsAddUpAndFilterTheWorklist();
    void resendFromTheWorklist();
    void exportWritesTheWholeWorklistMasked();
    void csvCellsAreFormulaSafe_data();
    void csvCellsAreFormulaSafe();
    void readOnlySessionHasNoResend();
    void statesReadAlikeOnTheWorklistAndTheAccountsPage();

private:
    [[nodiscard]] std::unique_ptr<CacheSession> openSession(const QString& fileName, bool readOnly);
    // Waits until the page shows figures for what it was last asked for.
    [[nodiscard]] bool waitForLoad(QSignalSpy& loaded);
    [[nodiscard]] ActivationFunnel cacheFunnel(const ActivationFilter& filter);
    [[nodiscard]] QModelIndexList selectRows(const std::function<bool(const OverdueRow&)>& wanted, int count);
    [[nodiscard]] QPointer<ResendReportDialog> resendAndConfirm();
    [[nodiscard]] int reminderCount(const QString& accountName);

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<ActivationPage> m_page;
    QStringList m_newAccounts;
};

void TestActivationPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    // Two recipients created just now: the only ones in the youngest ageing bucket of a court seeded months ago.
    AccountService accounts(m_fixture.client());
    for (int i = 0; i < 2; ++i) {
        const QString accountName = QStringLiteral("actpage%1").arg(i);
        auto created = servicetest::createAccount(accounts, accountName, 4100 + i);
        QVERIFY2(created, created ? "" : qPrintable(servicetest::describe(created.error())));
        m_newAccounts.append(accountName);
    }

    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session = openSession(QStringLiteral("cache.sqlite"), false);
    QVERIFY(m_session);
    QSignalSpy synced(m_session.get(), &CacheSession::syncFinished);
    m_session->startSync({QStringLiteral("accounts")});
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 60000);
    QVERIFY(synced.at(0).at(0).value<SyncSummary>().succeeded());

    m_page = std::make_unique<ActivationPage>();
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy loaded(m_page.get(), &ActivationPage::loaded);
    m_page->setSession(m_session.get());
    QVERIFY(waitForLoad(loaded));
}

void TestActivationPage::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
    m_secrets.reset();
}

std::unique_ptr<CacheSession> TestActivationPage::openSession(const QString& fileName, bool readOnly)
{
    CacheSession::Options options;
    options.settings = m_fixture.client().settings();
    const QByteArray authCode = m_fixture.sandbox().connection().value(QStringLiteral("authCode")).toString().toUtf8();
    options.authCode = [authCode](auto done) { done(authCode); };
    options.cachePath = m_dir.filePath(fileName);
    options.readOnly = readOnly;
    std::optional<Expected<std::unique_ptr<CacheSession>, CacheError>> opened;
    CacheSession::open(options, *m_secrets, this, [&](Expected<std::unique_ptr<CacheSession>, CacheError> result) {
        opened.emplace(std::move(result));
    });
    if (!QTest::qWaitFor([&] { return opened.has_value(); }, 10000) || !*opened) {
        return nullptr;
    }
    return std::move(**opened);
}

bool TestActivationPage::waitForLoad(QSignalSpy& loaded)
{
    // The page coalesces changes for a moment and drops answers overtaken by newer ones: wait for quiet.
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 20000)) {
        return false;
    }
    const qsizetype seen = loaded.size();
    QTest::qWait(400);
    return loaded.size() == seen || waitForLoad(loaded);
}

ActivationFunnel TestActivationPage::cacheFunnel(const ActivationFilter& filter)
{
    std::optional<ActivationFunnel> funnel;
    m_session->query<ActivationFunnel>(
        [query = filter.toQuery()](Db& db) {
            auto counts = AccountRepository(db).activationFunnel(query);
            return counts ? *counts : ActivationFunnel{-1, -1, -1, -1};
        },
        this, [&](ActivationFunnel counts) { funnel = counts; });
    return QTest::qWaitFor([&] { return funnel.has_value(); }, 10000) ? *funnel : ActivationFunnel{-2, -2, -2, -2};
}

void TestActivationPage::funnelMatchesCacheAndPlatform_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("unitId");
    QTest::newRow("all units, all time") << int(ActivationFilterBar::AllTime) << QString();
    QTest::newRow("民一庭, custom range") << int(ActivationFilterBar::Custom) << QStringLiteral("1002");
    QTest::newRow("root, last 90 days") << int(ActivationFilterBar::Last90Days) << QStringLiteral("root");
}

void TestActivationPage::funnelMatchesCacheAndPlatform()
{
    QFETCH(int, period);
    QFETCH(QString, unitId);
    QSignalSpy loaded(m_page.get(), &ActivationPage::loaded);
    ActivationFilterBar* bar = m_page->filterBar();
    bar->setUnit(unitId);
    QCOMPARE(bar->unitId(), unitId);
    if (period == ActivationFilterBar::Custom) {
        // Sixty days of the seeded history.
        const QDate end = QDateTime::fromMSecsSinceEpoch(servicetest::kEpoch).date();
        bar->setCustomRange(end.addDays(-60), end);
    } else {
        bar->setPeriod(static_cast<ActivationFilterBar::Period>(period));
    }
    QVERIFY(waitForLoad(loaded));
    const ActivationFilter filter = m_page->shownFilter();
    QCOMPARE(filter.unitId, unitId);
    QVERIFY(filter.includeSubUnits);
    QCOMPARE(filter.createdFrom.has_value(), period != ActivationFilterBar::AllTime);

    const ActivationFunnel shown = m_page->findChild<FunnelWidget*>()->funnel();
    QVERIFY2(shown.created > 0 && shown.activated < shown.created, "the filter should hold accounts still waiting");
    const ActivationFunnel cached = cacheFunnel(filter);
    QCOMPARE(shown.created, cached.created);
    QCOMPARE(shown.smsSent, cached.smsSent);
    QCOMPARE(shown.firstLogin, cached.firstLogin);
    QCOMPARE(shown.activated, cached.activated);

    FunnelFilter platformFilter;
    platformFilter.unitId = unitId;
    platformFilter.createdFrom = filter.createdFrom;
    platformFilter.createdTo = filter.createdTo;
    auto platform = servicetest::wait<ActivationFunnel>(
        [&](auto done) { StatsService(m_fixture.client()).activationFunnel(platformFilter, this, done); });
    QVERIFY2(platform, platform ? "" : qPrintable(servicetest::describe(platform.error())));
    QCOMPARE(shown.created, platform->created);
    QCOMPARE(shown.smsSent, platform->smsSent);
    QCOMPARE(shown.firstLogin, platform->firstLogin);
    QCOMPARE(shown.activated, platform->activated);

    // The figures on screen are those numbers.
    auto* createdLabel = m_page->findChild<QLabel*>(QStringLiteral("funnel.created"));
    auto* activatedLabel = m_page->findChild<QLabel*>(QStringLiteral("funnel.activated"));
    QVERIFY(createdLabel && activatedLabel);
    QCOMPARE(createdLabel->text(), QLocale().toString(shown.created));
    QCOMPARE(activatedLabel->text(), QLocale().toString(shown.activated));
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("funnel.share.activated"))->text().isEmpty());
}

void TestActivationPage::bucketsAddUpAndFilterTheWorklist()
{
    QSignalSpy loaded(m_page.get(), &ActivationPage::loaded);
    m_page->filterBar()->setUnit({});
    m_page->filterBar()->setPeriod(ActivationFilterBar::AllTime);
    m_page->refresh(); // also when the filter was already that
    QVERIFY(waitForLoad(loaded));
    auto* ageing = m_page->findChild<AgeingBucketsWidget*>();
    const ActivationFunnel funnel = m_page->findChild<FunnelWidget*>()->funnel();
    const AgeingCounts counts = ageing->counts();
    QCOMPARE(counts.total(), funnel.created - funnel.activated);
    QCOMPARE(counts.buckets.at(0), qint64(m_newAccounts.size())); // created minutes ago
    QVERIFY(counts.buckets.at(3) > 0);                            // the seeded history ended two months ago
    QCOMPARE(m_page->shownRange(), kOverdue);
    QCOMPARE(m_page->shownWorklistTotal(), counts.buckets.at(1) + counts.buckets.at(2) + counts.buckets.at(3));

    auto* model = m_page->findChild<OverdueWorklistModel*>(QStringLiteral("worklistModel"));
    QVERIFY(model);
    for (int bucket = 0; bucket < int(kAgeingBuckets.size()); ++bucket) {
        auto* button = m_page->findChild<QPushButton*>(QStringLiteral("ageing.bucket%1").arg(bucket));
        QVERIFY(button);
        QVERIFY(button->text().contains(QLocale().toString(counts.buckets.at(bucket))));
        loaded.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(waitForLoad(loaded));
        QVERIFY(button->isChecked());
        const WaitRange range = kAgeingBuckets.at(bucket);
        QCOMPARE(m_page->shownRange(), range);
        QCOMPARE(m_page->shownWorklistTotal(), counts.buckets.at(bucket));
        QCOMPARE(model->rowCount(), int(std::min<qint64>(counts.buckets.at(bucket), ActivationPage::kMaxWorklistRows)));
        for (const OverdueRow& row : model->rows()) {
            const int days = row.daysWaiting(model->nowMs());
            QVERIFY2(days >= range.minDays && (!range.maxDays || days < *range.maxDays), qPrintable(row.accountName));
            QVERIFY(row.state != ActivationState::Activated);
            QVERIFY(row.status != AccountStatus::Deleted);
        }
        if (bucket == 0) {
            QStringList names;
            for (const OverdueRow& row : model->rows()) {
                names.append(row.accountName);
            }
            names.sort();
            QCOMPARE(names, m_newAccounts);
        }
    }
    // Choosing the chosen bucket again goes back to every overdue account.
    loaded.clear();
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("ageing.bucket3")), Qt::LeftButton);
    QVERIFY(waitForLoad(loaded));
    QCOMPARE(m_page->shownRange(), kOverdue);
}

QModelIndexList TestActivationPage::selectRows(const std::function<bool(const OverdueRow&)>& wanted, int count)
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("worklist"));
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    auto* model = qobject_cast<OverdueWorklistModel*>(proxy->sourceModel());
    table->clearSelection();
    QModelIndexList chosen;
    for (int row = 0; row < model->rowCount() && chosen.size() < count; ++row) {
        if (wanted(model->rowAt(row))) {
            const QModelIndex index = proxy->mapFromSource(model->index(row, 0));
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            chosen.append(model->index(row, 0));
        }
    }
    return chosen;
}

QPointer<ResendReportDialog> TestActivationPage::resendAndConfirm()
{
    QSignalSpy finished(m_page.get(), &ActivationPage::resendFinished);
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("resendActivation"));
    if (button == nullptr || !button->isVisible() || !button->isEnabled()) {
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    QMessageBox* confirm = nullptr;
    if (!QTest::qWaitFor([&] { return (confirm = m_page->findChild<QMessageBox*>(QStringLiteral("resendConfirm"))); },
                         5000)) {
        return nullptr;
    }
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000)) {
        return nullptr;
    }
    return m_page->findChild<ResendReportDialog*>(QStringLiteral("resendReport"));
}

int TestActivationPage::reminderCount(const QString& accountName)
{
    auto activation = servicetest::wait<Activation>(
        [&](auto done) { AccountService(m_fixture.client()).getActivation(accountName, this, done); });
    return activation ? activation->reminderCount : -1;
}

void TestActivationPage::resendFromTheWorklist()
{
    QSignalSpy loaded(m_page.get(), &ActivationPage::loaded);
    m_page->filterBar()->setUnit({});
    m_page->filterBar()->setPeriod(ActivationFilterBar::AllTime);
    m_page->refresh(); // also when the filter was already that
    QVERIFY(waitForLoad(loaded));
    QCOMPARE(m_page->shownRange(), kOverdue);

    auto* model = m_page->findChild<OverdueWorklistModel*>(QStringLiteral("worklistModel"));
    const QModelIndexList chosen = selectRows(
        [](const OverdueRow& row) {
            return row.status == AccountStatus::Enabled && row.state == ActivationState::SmsSent;
        },
        2);
    QCOMPARE(chosen.size(), 2);
    QStringList names;
    QList<int> before;
    for (const QModelIndex& index : chosen) {
        names.append(model->rowAt(index.row()).accountName);
        before.append(reminderCount(names.constLast()));
        QVERIFY(before.constLast() >= 0);
    }

    QPointer<ResendReportDialog> report = resendAndConfirm();
    QVERIFY(report);
    QCOMPARE(report->sentCount(), 2);
    QCOMPARE(report->refusedCount(), 0);
    report->close();
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(reminderCount(names.at(i)), before.at(i) + 1);
    }
    // The worklist says the queued action is done once it has re-read the cache.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(names.cbegin(), names.cend(),
                                         [model](const QString& name) {
                                             for (const OverdueRow& row : model->rows()) {
                                                 if (row.accountName == name) {
                                                     return row.outboxState == OutboxState::Done;
                                                 }
                                             }
                                             return false;
                                         }),
                             10000);

    // A second SMS within the platform's minute is refused, and the report says why.
    const QString again = names.constFirst();
    QCOMPARE(selectRows([&again](const OverdueRow& row) { return row.accountName == again; }, 1).size(), 1);
    report = resendAndConfirm();
    QVERIFY(report);
    QCOMPARE(report->sentCount(), 0);
    QCOMPARE(report->refusedCount(), 1);
    auto* results = report->findChild<QTableWidget*>(QStringLiteral("resendResults"));
    QVERIFY(results && results->rowCount() == 1);
    QCOMPARE(results->item(0, 0)->text(), again);
    QVERIFY2(results->item(0, 2)->text().contains(QStringLiteral("SMS.TOO.FREQUENT")),
             qPrintable(results->item(0, 2)->text()));
    report->close();
    QCOMPARE(reminderCount(again), before.constFirst() + 1);
}

void TestActivationPage::exportWritesTheWholeWorklistMasked()
{
    QSignalSpy loaded(m_page.get(), &ActivationPage::loaded);
    m_page->filterBar()->setUnit({});
    m_page->filterBar()->setPeriod(ActivationFilterBar::AllTime);
    m_page->refresh(); // also when the filter was already that
    QVERIFY(waitForLoad(loaded));
    const qint64 total = m_page->shownWorklistTotal();
    QVERIFY(total > 0);

    // Through the button and its file dialog, as a user would.
    const QString path = m_dir.filePath(QStringLiteral("worklist.csv"));
    QSignalSpy exported(m_page.get(), &ActivationPage::exportFinished);
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("exportWorklist"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QFileDialog*>(QStringLiteral("exportDialog"))));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
    QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));

    QFile file(path);
#ifndef Q_OS_WIN
    // Names of people: nobody but the owner may read the file.
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString()); // the file ends with a line break
    QCOMPARE(lines.size(), total + 1);
    const QStringList header = lines.takeFirst().split(QLatin1Char(','));
    QCOMPARE(header.at(0), OverdueWorklistModel::headerText(OverdueWorklistModel::AccountColumn));
    const int mobileColumn = int(header.indexOf(OverdueWorklistModel::headerText(OverdueWorklistModel::MobileColumn)));
    QVERIFY(mobileColumn > 0);
    const QRegularExpression masked(QStringLiteral("^1\\d\\d\\*{4}\\d{4}$"));
    for (const QString& line : std::as_const(lines)) {
        const QStringList cells = line.split(QLatin1Char(','));
        QCOMPARE(cells.size(), header.size()); // no cell of this data needs quoting
        QVERIFY2(masked.match(cells.at(mobileColumn)).hasMatch(), qPrintable(cells.at(mobileColumn)));
    }
    QVERIFY(!QRegularExpression(QStringLiteral("\\d{11}")).match(text).hasMatch()); // no full mobile anywhere
    // The first data line is the longest-waiting account, as in the table.
    auto* model = m_page->findChild<OverdueWorklistModel*>(QStringLiteral("worklistModel"));
    QCOMPARE(lines.constFirst().section(QLatin1Char(','), 0, 0), model->rowAt(0).accountName);

    // The ledger knows.
    std::optional<AuditEntry> entry;
    m_session->query<std::optional<AuditEntry>>(
        [](Db& db) -> std::optional<AuditEntry> {
            auto recent = AuditLedger(db).recent(20);
            if (recent) {
                for (const AuditEntry& candidate : *recent) {
                    if (candidate.action == QStringLiteral("exportWorklist")) {
                        return candidate;
                    }
                }
            }
            return std::nullopt;
        },
        this, [&](std::optional<AuditEntry> found) { entry = found ? found : AuditEntry{}; });
    QTRY_VERIFY(entry.has_value());
    QCOMPARE(entry->action, QStringLiteral("exportWorklist"));
    QCOMPARE(entry->target, QStringLiteral("worklist.csv"));
    QCOMPARE(entry->result, QStringLiteral("ok"));
    QVERIFY2(entry->detail.contains(QStringLiteral("rows=%1").arg(total)), qPrintable(entry->detail));
}

void TestActivationPage::csvCellsAreFormulaSafe_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringList{QStringLiteral("zhangsan"), QStringLiteral("张三")}
                           << QStringLiteral("zhangsan,张三\r\n");
    QTest::newRow("formula") << QStringList{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1"),
                                            QStringLiteral("-2"), QStringLiteral("@SUM(A1)")}
                             << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1)\r\n");
    QTest::newRow("separators") << QStringList{QStringLiteral("a,b"), QStringLiteral("line\nbreak")}
                                << QStringLiteral("\"a,b\",\"line\nbreak\"\r\n");
    QTest::newRow("case number") << QStringList{QStringLiteral("(2026)粤0104民初1234号")}
                                 << QStringLiteral("(2026)粤0104民初1234号\r\n");
}

void TestActivationPage::csvCellsAreFormulaSafe()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, line);
    QCOMPARE(WorklistCsv::line(cells), line);
}

void TestActivationPage::readOnlySessionHasNoResend()
{
    auto readOnly = openSession(QStringLiteral("auditor.sqlite"), true);
    QVERIFY(readOnly);
    ActivationPage page;
    page.show();
    QSignalSpy loaded(&page, &ActivationPage::loaded);
    page.setSession(readOnly.get());
    QVERIFY(waitForLoad(loaded));
    auto* resend = page.findChild<QPushButton*>(QStringLiteral("resendActivation"));
    QVERIFY(resend);
    QVERIFY(!resend->isVisible());
    auto* action = page.findChild<QAction*>(QStringLiteral("resendActivationAction"));
    QVERIFY(action && !action->isVisible());
    auto* table = page.findChild<QTableView*>(QStringLiteral("worklist"));
    QVERIFY(!table->actions().isEmpty());
    for (QAction* shown : table->actions()) {
        QVERIFY(shown == action || shown->isVisible());
    }
    // Still readable: the export is no mutation.
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("exportWorklist"))->isVisible());
    page.setSession(nullptr);
}

// One state, one name: the worklist's state column says what the accounts page's activation filter offers.
void TestActivationPage::statesReadAlikeOnTheWorklistAndTheAccountsPage()
{
    AccountFilterBar accountsFilter;
    const auto* offered = accountsFilter.findChild<QComboBox*>(QStringLiteral("accounts.filter.activation"));
    QVERIFY(offered != nullptr);
    for (const ActivationState state : {ActivationState::Created, ActivationState::SmsSent, ActivationState::FirstLogin,
                                        ActivationState::Activated}) {
        OverdueRow row;
        row.state = state;
        const int item = offered->findData(int(state));
        QVERIFY2(item >= 0, qPrintable(toString(state)));
        QCOMPARE(OverdueWorklistModel::cellText(row, OverdueWorklistModel::StateColumn, 0), offered->itemText(item));
    }
}

QTEST_MAIN(TestActivationPage)
#include "tst_activationpage.moc"
