// The Account timeline page in the real main window, over a cache synced from the real dmsandbox: opened from the
// Accounts page's menu, it shows every event TimelineRepository has for a seeded recipient (its creation, SMS, logins,
// mails and reads) with the platform's own times, its logins are the login log's rows of the account, the kind filter
// works, personal numbers never show, and a mail opens its document in the case view.

#include "GuiTestSupport.h"
#include "SessionTestSupport.h"
#include "api/AccountService.h"
#include "api/LogService.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "store/Db.h"
#include "store/LogRepository.h"
#include "store/TimelineRepository.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/logs/LogTexts.h"
#include "ui/pages/AccountTimelinePage.h"
#include "ui/pages/AccountsPage.h"
#include "ui/timeline/CaseTree.h"
#include "ui/timeline/TimelineKindFilter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;

struct Chosen
{
    Account account;
    TimelineCounts counts;
};

struct Row
{
    qint64 time;
    TimelineKind kind;
    qint64 id;
    bool operator==(const Row&) const = default;
};

// Types text as key presses, one character at a time (Chinese too).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestTimelinePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void opensFromTheAccountsMenu();
    void showsEveryEventTheCacheHas();
    void loginsAreTheLoginLogsRowsOfTheAccount();
    void activationAndMailsCarryThePlatformsTimes();
    void personalNumbersNeverShow();
    void aMailOpensItsDocumentInTheCaseView();
    void aNameTypedIntoTheFieldIsShown();
    void aRecipientsNameLeadsToTheirAccount();

private:
    template <typename Result>
    [[nodiscard]] std::optional<Result> run(std::function<Result(Db&)> job);
    [[nodiscard]] bool waitForCount();
    // Every row of the page's table, loaded as a view's paint loads them.
    [[nodiscard]] QList<TimelineEvent> tableRows();

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<test::GuiFixture> m_gui;
    AccountTimelinePage* m_page = nullptr;
    std::optional<Chosen> m_chosen;
};

void TestTimelinePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session =
        guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(QStringLiteral("cache.sqlite")), false, this);
    QVERIFY(m_session);
    QVERIFY(guitest::sync(
        *m_session,
        {QStringLiteral("accounts"), QStringLiteral("operations"), QStringLiteral("logins"), QStringLiteral("mail")},
        4 * kTimeoutMs));

    // A seeded recipient who went through everything: reminded, activated, logged in and read mail. The first sync
    // reaches 180 days back from the wall clock, which may be less than the seeded history: the recipient was created
    // after that (a day of margin), so all of its rows are in the cache.
    const QString domain = m_fixture.domain();
    const qint64 cachedFrom = QDateTime::currentMSecsSinceEpoch() - 179 * servicetest::kDay;
    m_chosen = run<std::optional<Chosen>>([domain, cachedFrom](Db& db) -> std::optional<Chosen> {
                   AccountQuery activated;
                   activated.activationState = ActivationState::Activated;
                   auto page = AccountRepository(db).page(activated, {}, std::nullopt, 5000);
                   if (!page) {
                       return std::nullopt;
                   }
                   TimelineRepository timeline(db);
                   std::optional<Chosen> best;
                   for (const AccountRow& row : std::as_const(page->rows)) {
                       if (row.account.createdAt < cachedFrom) {
                           continue;
                       }
                       auto subject = timeline.subject(row.account.accountName, domain);
                       if (!subject) {
                           return std::nullopt;
                       }
                       auto counts = timeline.counts(*subject);
                       if (!counts || counts->of(TimelineKind::MailRead) < 1 ||
                           counts->of(TimelineKind::MailReceived) < 2 || counts->of(TimelineKind::Login) < 3) {
                           continue;
                       }
                       const auto score = [](const Chosen& c) {
                           return c.account.activation.reminderCount * 1000 + c.counts.of(TimelineKind::Login);
                       };
                       Chosen candidate{row.account, *counts};
                       if (!best || score(candidate) > score(*best)) {
                           best = candidate;
                       }
                   }
                   return best;
               }).value_or(std::nullopt);
    QVERIFY2(m_chosen, "no seeded recipient has logins, mails and reads");

    m_gui = std::make_unique<test::GuiFixture>();
    QVERIFY(m_gui->open());
    m_gui->window()->resize(1300, 800);
    m_gui->window()->setSession(m_session.get());
    m_page = m_gui->window()->findChild<AccountTimelinePage*>();
    QVERIFY(m_page != nullptr);
    auto* tester =
        new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
    Q_UNUSED(tester);
}

void TestTimelinePage::cleanupTestCase()
{
    if (m_gui && m_gui->window() != nullptr) {
        m_gui->window()->setSession(nullptr);
    }
    m_gui.reset();
    m_session.reset();
}

template <typename Result>
std::optional<Result> TestTimelinePage::run(std::function<Result(Db&)> job)
{
    std::optional<Result> result;
    m_session->query<Result>(std::move(job), this, [&result](Result answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs)) {
        return std::nullopt;
    }
    return result;
}

bool TestTimelinePage::waitForCount()
{
    QTest::qWait(50);
    return QTest::qWaitFor([this] { return !m_page->model()->isCounting(); }, kTimeoutMs);
}

QList<TimelineEvent> TestTimelinePage::tableRows()
{
    QList<TimelineEvent> rows;
    if (!waitForCount()) {
        return rows;
    }
    TimelineModel* model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto loaded = [model, row] {
            (void)model->data(model->index(row, 0));
            return model->isLoaded(row);
        };
        if (!QTest::qWaitFor(loaded, kTimeoutMs)) {
            return {};
        }
        rows.append(*model->rowAt(row));
    }
    return rows;
}

void TestTimelinePage::opensFromTheAccountsMenu()
{
    MainWindow* window = m_gui->window();
    window->showPage(QStringLiteral("accounts"));
    auto* accounts = window->findChild<AccountsPage*>();
    QVERIFY(accounts != nullptr);
    AccountTableModel* model = accounts->view()->model();
    auto* search = accounts->view()->findChild<QLineEdit*>(QStringLiteral("accounts.search"));
    auto* table = accounts->view()->findChild<QTableView*>(QStringLiteral("accounts.table"));
    QVERIFY(search && table);
    search->setFocus();
    typeText(search, m_chosen->account.accountName);
    QTest::qWait(350);
    QVERIFY(QTest::qWaitFor([model] { return !model->isCounting(); }, kTimeoutMs));
    int found = -1;
    for (int row = 0; row < model->rowCount() && found < 0; ++row) {
        (void)model->data(model->index(row, 0));
        QVERIFY(QTest::qWaitFor([model, row] { return model->isLoaded(row); }, kTimeoutMs));
        if (model->rowAt(row)->account.accountName == m_chosen->account.accountName) {
            found = row;
        }
    }
    QVERIFY(found >= 0);
    table->selectRow(found);
    auto* timeline = accounts->view()->findChild<QAction*>(QStringLiteral("accounts.timeline"));
    QVERIFY(timeline != nullptr);
    QVERIFY(timeline->isEnabled());
    QVERIFY(!timeline->text().isEmpty());
    timeline->trigger();

    QCOMPARE(window->currentPageId(), QStringLiteral("logs.timeline"));
    QCOMPARE(m_page->account(), m_chosen->account.accountName);
    QCOMPARE(m_page->findChild<QLineEdit*>(QStringLiteral("timeline.account"))->text(), m_chosen->account.accountName);
    QVERIFY(waitForCount());
    auto* header = m_page->findChild<QLabel*>(QStringLiteral("timeline.summary"));
    QTRY_VERIFY_WITH_TIMEOUT(header->text().contains(m_chosen->account.name.toHtmlEscaped()), kTimeoutMs);
    QVERIFY(header->text().contains(m_chosen->account.address));
}

void TestTimelinePage::showsEveryEventTheCacheHas()
{
    const TimelineCounts& counts = m_chosen->counts;
    QCOMPARE(qint64(m_page->model()->rowCount()), counts.total(TimelineKinds::all()));
    const QList<TimelineEvent> shown = tableRows();
    QCOMPARE(qint64(shown.size()), counts.total(TimelineKinds::all()));
    const QString account = m_chosen->account.accountName;
    const QString domain = m_fixture.domain();
    const auto expected = run<QList<Row>>([account, domain](Db& db) {
                              QList<Row> rows;
                              TimelineRepository timeline(db);
                              auto subject = timeline.subject(account, domain);
                              std::optional<TimelinePosition> from;
                              while (subject) {
                                  auto page = timeline.page(*subject, TimelineKinds::all(), from, 500);
                                  if (!page) {
                                      return QList<Row>{{-1, TimelineKind::Created, -1}};
                                  }
                                  for (const TimelineEvent& event : std::as_const(*page)) {
                                      rows.append({event.time, event.kind, event.id});
                                  }
                                  if (page->size() < 500) {
                                      break;
                                  }
                                  from = page->constLast().position();
                              }
                              return rows;
                          }).value_or(QList<Row>{});
    QList<Row> table;
    for (const TimelineEvent& event : shown) {
        table.append({event.time, event.kind, event.id});
    }
    QCOMPARE(table.size(), expected.size());
    QVERIFY(table == expected);
    // Newest first, the account's creation last of all (nothing about it happened before it existed).
    QVERIFY(shown.constLast().kind == TimelineKind::Created || shown.constLast().time == m_chosen->account.createdAt);
    for (qsizetype i = 1; i < shown.size(); ++i) {
        QVERIFY(shown.at(i - 1).time >= shown.at(i).time);
    }
    // The kind filter's boxes carry the counts.
    auto* logins = m_page->findChild<QCheckBox*>(QStringLiteral("timeline.kind.logins"));
    QVERIFY(logins != nullptr);
    QVERIFY2(logins->text().contains(QString::number(counts.of(TimelineKind::Login))), qPrintable(logins->text()));
}

void TestTimelinePage::loginsAreTheLoginLogsRowsOfTheAccount()
{
    const QString account = m_chosen->account.accountName;
    const auto logged = run<qint64>([account](Db& db) {
                            LoginLogFilter filter;
                            filter.accountName = account;
                            auto counted = LogRepository(db).countLogins(filter, {});
                            return counted ? *counted : qint64(-1);
                        }).value_or(-2);
    QVERIFY(logged > 0);
    QCOMPARE(m_chosen->counts.of(TimelineKind::Login), logged);
    const QStringList others{QStringLiteral("activation"), QStringLiteral("received"),   QStringLiteral("read"),
                             QStringLiteral("sent"),       QStringLiteral("operations"), QStringLiteral("policy")};
    for (const QString& name : others) {
        auto* box = m_page->findChild<QCheckBox*>(QStringLiteral("timeline.kind.") + name);
        QVERIFY2(box != nullptr, qPrintable(name));
        box->setChecked(false);
    }
    QVERIFY(waitForCount());
    QCOMPARE(qint64(m_page->model()->rowCount()), logged);
    QSet<qint64> ids;
    for (const TimelineEvent& event : tableRows()) {
        QVERIFY(event.kind == TimelineKind::Login);
        QVERIFY(event.login() != nullptr);
        QCOMPARE(event.login()->accountName.toLower(), account);
        ids.insert(event.id);
    }
    QCOMPARE(qint64(ids.size()), logged);
    for (const QString& name : others) {
        m_page->findChild<QCheckBox*>(QStringLiteral("timeline.kind.") + name)->setChecked(true);
    }
    QVERIFY(waitForCount());
    QCOMPARE(qint64(m_page->model()->rowCount()), m_chosen->counts.total(TimelineKinds::all()));
}

void TestTimelinePage::activationAndMailsCarryThePlatformsTimes()
{
    const Account& chosen = m_chosen->account;
    AccountService accounts(m_fixture.client());
    const auto platformAccount =
        servicetest::wait<Account>([&](auto done) { accounts.get(chosen.accountName, nullptr, done); });
    QVERIFY2(platformAccount, platformAccount ? "" : qPrintable(servicetest::describe(platformAccount.error())));
    const auto activation =
        servicetest::wait<Activation>([&](auto done) { accounts.getActivation(chosen.accountName, nullptr, done); });
    QVERIFY2(activation, activation ? "" : qPrintable(servicetest::describe(activation.error())));

    // The platform's mails to the recipient over the whole seeded history, a month at a time.
    LogService logs(m_fixture.client());
    MailFilter toRecipient;
    toRecipient.recipient = chosen.address;
    QHash<qint64, MailRecord> platformMails;
    for (qint64 end = servicetest::kEpoch; end > servicetest::kEpoch - 186 * servicetest::kDay;
         end -= 31 * servicetest::kDay) {
        PageRequest page{1000, {}};
        while (true) {
            const auto found = servicetest::wait<KeysetPage<MailRecord>>([&](auto done) {
                logs.queryMails({end - 31 * servicetest::kDay, end}, toRecipient, page, nullptr, done);
            });
            QVERIFY2(found, found ? "" : qPrintable(servicetest::describe(found.error())));
            for (const MailRecord& mail : found->items) {
                platformMails.insert(mail.id, mail);
            }
            if (!found->nextCursor) {
                break;
            }
            page.cursor = *found->nextCursor;
        }
    }
    QVERIFY(!platformMails.isEmpty());

    int received = 0;
    int read = 0;
    bool created = false;
    for (const TimelineEvent& event : tableRows()) {
        switch (event.kind) {
        case TimelineKind::Created:
            QCOMPARE(event.time, platformAccount->createdAt);
            created = true;
            break;
        case TimelineKind::FirstLogin:
            QCOMPARE(event.time, activation->firstLoginAt.value());
            break;
        case TimelineKind::Activated:
            QCOMPARE(event.time, activation->activatedAt.value());
            break;
        case TimelineKind::SmsSent:
            if (event.id == 0) {
                QCOMPARE(event.time, activation->smsSentAt.value());
            }
            break;
        case TimelineKind::MailReceived:
            QVERIFY(platformMails.contains(event.id));
            QCOMPARE(event.time, platformMails.value(event.id).time);
            ++received;
            break;
        case TimelineKind::MailRead:
            QVERIFY(platformMails.contains(event.id));
            QCOMPARE(event.time, platformMails.value(event.id).readAt.value());
            QVERIFY(event.mail()->readClient == platformMails.value(event.id).readClient);
            ++read;
            break;
        default:
            break;
        }
    }
    QVERIFY(created);
    QCOMPARE(received, int(platformMails.size()));
    const auto platformRead = std::count_if(platformMails.cbegin(), platformMails.cend(),
                                            [](const MailRecord& mail) { return mail.readAt.has_value(); });
    QCOMPARE(read, int(platformRead));
    QVERIFY(read > 0);
    // The table shows those times as the log pages do.
    TimelineModel* model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, TimelineColumns::TimeColumn).data().toString(),
                 LogTexts::time(model->rowAt(row)->time));
    }
}

void TestTimelinePage::personalNumbersNeverShow()
{
    const Account& chosen = m_chosen->account;
    QVERIFY(!chosen.idNumber.isEmpty() && !chosen.mobile.isEmpty());
    TimelineModel* model = m_page->model();
    (void)tableRows();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->index(row, column).data().toString();
            QVERIFY2(!text.contains(chosen.idNumber) && !text.contains(chosen.mobile), qPrintable(text));
        }
    }
    const QString header = m_page->findChild<QLabel*>(QStringLiteral("timeline.summary"))->text();
    QVERIFY(!header.contains(chosen.idNumber) && !header.contains(chosen.mobile));
}

void TestTimelinePage::aMailOpensItsDocumentInTheCaseView()
{
    QTableView* table = m_page->table();
    TimelineModel* model = m_page->model();
    int mailRow = -1;
    for (int row = 0; row < model->rowCount() && mailRow < 0; ++row) {
        const auto event = model->rowAt(row);
        if (event && event->kind == TimelineKind::MailReceived) {
            mailRow = row;
        }
    }
    QVERIFY(mailRow >= 0);
    const qint64 mailId = model->rowAt(mailRow)->id;
    table->scrollTo(model->index(mailRow, 0));
    const QRect cell = table->visualRect(model->index(mailRow, TimelineColumns::DetailsColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_gui->window()->currentPageId(), QStringLiteral("logs.case"));
    auto* tree = m_gui->window()->findChild<CaseTree*>();
    QVERIFY(tree != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(tree->currentItem() != nullptr, kTimeoutMs);
    QCOMPARE(tree->currentItem()->data(CaseTree::RecipientColumn, CaseTree::MailIdRole).toLongLong(), mailId);
    QCOMPARE(tree->currentItem()->data(CaseTree::RecipientColumn, CaseTree::AccountNameRole).toString(),
             m_chosen->account.accountName);
}

void TestTimelinePage::aNameTypedIntoTheFieldIsShown()
{
    m_gui->window()->showPage(QStringLiteral("logs.timeline"));
    auto* edit = m_page->findChild<QLineEdit*>(QStringLiteral("timeline.account"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, m_chosen->account.address.toUpper());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(waitForCount());
    QCOMPARE(qint64(m_page->model()->rowCount()), m_chosen->counts.total(TimelineKinds::all()));
    // A name nobody has: said so, nothing listed.
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, QStringLiteral("nobody-here"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(waitForCount());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->findChild<QLabel*>(QStringLiteral("timeline.summary"))->text().contains(QStringLiteral("nobody-here")),
        kTimeoutMs);
    QCOMPARE(m_page->model()->rowCount(), 0);
}

void TestTimelinePage::aRecipientsNameLeadsToTheirAccount()
{
    // Names of the cached accounts: one that only one account has, and one that several share (when there is one).
    using Names = QPair<QString, QString>; // unique, shared
    const auto names = run<Names>([](Db& db) {
        Names found;
        auto statement = db.prepare("SELECT name, count(*) FROM accounts WHERE name <> '' GROUP BY name ORDER BY name");
        while (statement) {
            auto row = statement->step();
            if (!row || !*row) {
                break;
            }
            QString& slot = statement->int64(1) == 1 ? found.first : found.second;
            if (slot.isEmpty()) {
                slot = statement->text(0);
            }
        }
        return found;
    });
    QVERIFY(names && !names->first.isEmpty());
    const QString unique = names->first;
    const auto account = run<QString>([unique](Db& db) {
        auto named = TimelineRepository(db).accountsNamed(unique, 2);
        return named && named->size() == 1 ? named->constFirst().accountName : QString();
    });
    QVERIFY(account && !account->isEmpty());

    m_gui->window()->showPage(QStringLiteral("logs.timeline"));
    auto* edit = m_page->findChild<QLineEdit*>(QStringLiteral("timeline.account"));
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("timeline.message"));
    QVERIFY(edit && message);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, unique);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->account(), *account, kTimeoutMs);
    QCOMPARE(edit->text(), *account);
    QVERIFY(waitForCount());
    QVERIFY(message->text().isEmpty());

    if (names->second.isEmpty()) {
        return; // every cached name is unique: nothing to choose between
    }
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, names->second);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(names->second), kTimeoutMs);
    QCOMPARE(m_page->account(), *account); // the timeline shown stays until one is chosen
}

QTEST_MAIN(TestTimelinePage)
#include "tst_timelinepage.moc"
