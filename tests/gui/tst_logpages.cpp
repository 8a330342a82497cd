// The three log pages driven like a person would, over a cache synced from the real dmsandbox over TLS in a real
// CacheSession: every filter set through the page's widgets shows exactly the rows LogRepository gives for the same
// filter, abnormal logins say so to a screen reader, personal numbers stay masked, and the page's keys and menu work.

#include "ServiceTestSupport.h"
#include "secrets/MemorySecretStore.h"
#include "store/Db.h"
#include "store/LogRepository.h"
#include "sync/CacheSession.h"
#include "ui/logs/LogColumns.h"
#include "ui/logs/LogDetailPane.h"
#include "ui/logs/LogExportDialog.h"
#include "ui/logs/LogFreshnessBar.h"
#include "ui/logs/LogTexts.h"
#include "ui/logs/LogTimeRangeBar.h"
#include "ui/pages/LoginLogPage.h"
#include "ui/pages/MailLogPage.h"
#include "ui/pages/OperationLogPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;
// The cache holds the last 180 days of the sandbox's history; a custom range picks a few weeks of it.
constexpr qint64 kDay = servicetest::kDay;
const QString kIdNumber = QStringLiteral("440106199001011234");
const QString kMobile = QStringLiteral("13012344811");

// Types text as key presses, one character at a time; unlike QTest::keyClicks it also types Chinese.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// The ids of every row of a repository listing, newest first, read in pages as the model reads them.
template <typename Record, typename Filter>
QList<qint64> repositoryIds(
    LogRepository& repository, const Filter& filter, const LogTimeRange& range,
    std::function<Expected<QList<Record>, DbError>(LogRepository&, const Filter&, const LogPageRequest&)> page)
{
    QList<qint64> ids;
    LogPageRequest request;
    request.range = range;
    request.limit = 5000;
    while (true) {
        auto rows = page(repository, filter, request);
        if (!rows) {
            return {-1};
        }
        for (const Record& row : std::as_const(*rows)) {
            ids.append(row.id);
        }
        if (rows->size() < request.limit) {
            return ids;
        }
        request.after = LogPosition{rows->constLast().time, rows->constLast().id};
    }
}

} // namespace

class TestLogPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void modelsPassTheModelTester();
    void freshnessSaysWhenTheDataIsFrom();
    void loginFiltersMatchTheRepository();
    void loginTimeRangesMatchTheRepository();
    void abnormalLoginsCarryIconColourAndAccessibleText();
    void mailFiltersMatchTheRepository();
    void mailSubjectSearchFindsChineseSubstrings();
    void operationFiltersMatchTheRepository();
    void personalNumbersStayMasked();
    void detailPaneShowsTheSelectedRow();
    void contextMenuFiltersByTheCellsValue();
    void ctrlFFocusesTheFiltersAndF5Syncs();
    void columnLayoutIsRememberedPerPage();
    void exportWritesWhatTheTableLists();
    void rowsLeadToTheirTimelineAndDocument();

private:
    template <typename Result>
    [[nodiscard]] std::optional<Result> run(std::function<Result(Db&)> job);
    // Waits for the page's count, then loads every row and returns their ids.
    template <typename Model>
    [[nodiscard]] QList<qint64> tableIds(Model& model);
    template <typename Model>
    [[nodiscard]] bool waitForCount(Model& model);
    [[nodiscard]] QList<qint64> loginIds(const LoginLogFilter& filter, const LogTimeRange& range = {});
    [[nodiscard]] QList<qint64> mailIds(const MailLogFilter& filter, const LogTimeRange& range = {});
    [[nodiscard]] QList<qint64> operationIds(const OperationLogFilter& filter, const LogTimeRange& range = {});
    void setText(QWidget* page, const QString& name, const QString& text);
    void choose(QWidget* page, const QString& name, const QVariant& value);
    void reset(QWidget* page, const QStringList& texts, const QStringList& choices);

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<LoginLogPage> m_logins;
    std::unique_ptr<MailLogPage> m_mails;
    std::unique_ptr<OperationLogPage> m_operations;
    std::optional<LoginRecord> m_sampleLogin; // a row of the cache to take filter values from
    std::optional<MailRecord> m_sampleMail;
    std::optional<OperationRecord> m_sampleOperation;
};

void TestLogPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("dmadmin.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    CacheSession::Options options;
    options.settings = m_fixture.client().settings();
    const QByteArray authCode = m_fixture.sandbox().connection().value(QStringLiteral("authCode")).toString().toUtf8();
    options.authCode = [authCode](auto done) { done(authCode); };
    options.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
    std::optional<Expected<std::unique_ptr<CacheSession>, CacheError>> opened;
    CacheSession::open(options, *m_secrets, this, [&](Expected<std::unique_ptr<CacheSession>, CacheError> result) {
        opened.emplace(std::move(result));
    });
    QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 20000));
    QVERIFY(*opened);
    m_session = std::move(**opened);

    QSignalSpy synced(m_session.get(), &CacheSession::syncFinished);
    m_session->startSync({QStringLiteral("operations"), QStringLiteral("logins"), QStringLiteral("mail")});
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 4 * kTimeoutMs);
    QVERIFY(synced.at(0).at(0).value<SyncSummary>().succeeded());

    // One mail and one operation whose free text holds an ID number and a mobile, as a careless sender might write.
    // Stamped just before the end of the seeded history, so ids still grow with time (the subject index pages by id).
    const qint64 newest = servicetest::kEpoch - 1000;
    QVERIFY(run<bool>([newest](Db& db) {
                MailRecord mail;
                mail.id = 900000001;
                mail.time = newest;
                mail.updatedAt = newest;
                mail.direction = MailDirection::In;
                mail.messageId = QStringLiteral("<pii@court.test>");
                mail.subject = QStringLiteral("关于%1的传票，联系电话%2").arg(kIdNumber, kMobile);
                mail.sender = QStringLiteral("clerk@court.test");
                mail.recipient = QStringLiteral("pii@court.test");
                OperationRecord operation;
                operation.id = 900000001;
                operation.time = newest;
                operation.operatorAddress = QStringLiteral("admin@court.test");
                operation.action = QStringLiteral("updateAccount");
                operation.target = QStringLiteral("pii@court.test");
                operation.remark = QStringLiteral("帐号名称:pii@court.test,手机号:%1").arg(kMobile);
                LogRepository repository(db);
                return repository.upsertMails({&mail, 1}).hasValue() &&
                       repository.insertOperations({&operation, 1}).hasValue();
            }).value_or(false));

    m_sampleLogin = run<std::optional<LoginRecord>>([](Db& db) -> std::optional<LoginRecord> {
                        LogPageRequest page;
                        page.limit = 1;
                        auto rows = LogRepository(db).logins({}, page);
                        return rows && !rows->isEmpty() ? std::optional(rows->constFirst()) : std::nullopt;
                    }).value_or(std::nullopt);
    m_sampleMail = run<std::optional<MailRecord>>([](Db& db) -> std::optional<MailRecord> {
                       MailLogFilter received;
                       received.direction = MailDirection::In;
                       received.read = true;
                       LogPageRequest page;
                       page.limit = 1;
                       auto rows = LogRepository(db).mails(received, page);
                       return rows && !rows->isEmpty() ? std::optional(rows->constFirst()) : std::nullopt;
                   }).value_or(std::nullopt);
    m_sampleOperation = run<std::optional<OperationRecord>>([](Db& db) -> std::optional<OperationRecord> {
                            OperationLogFilter created;
                            created.action = QStringLiteral("createAccount");
                            LogPageRequest page;
                            page.limit = 1;
                            auto rows = LogRepository(db).operations(created, page);
                            return rows && !rows->isEmpty() ? std::optional(rows->constFirst()) : std::nullopt;
                        }).value_or(std::nullopt);
    QVERIFY(m_sampleLogin && m_sampleMail && m_sampleOperation);

    m_logins = std::make_unique<LoginLogPage>();
    m_mails = std::make_unique<MailLogPage>();
    m_operations = std::make_unique<OperationLogPage>();
    for (LogPage* page : std::initializer_list<LogPage*>{m_logins.get(), m_mails.get(), m_operations.get()}) {
        page->setSettings(m_settings.get());
        page->resize(1300, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        page->setSession(m_session.get());
        // The sandbox's history ends before today: everything cached, not the last days only.
        QCOMPARE(page->timeRange()->preset(), LogTimeRangeBar::AllCached);
    }
    QVERIFY(waitForCount(*m_logins->model()));
    QVERIFY(waitForCount(*m_mails->model()));
    QVERIFY(waitForCount(*m_operations->model()));
    QVERIFY(m_logins->model()->rowCount() > 1000);
}

void TestLogPages::cleanupTestCase()
{
    m_logins.reset();
    m_mails.reset();
    m_operations.reset();
    m_session.reset();
}

// Every page back to all cached rows and no filter, whatever the test before left: a failed comparison returns early,
// and its filters would otherwise narrow every test after it.
void TestLogPages::cleanup()
{
    for (LogPage* page : std::initializer_list<LogPage*>{m_logins.get(), m_mails.get(), m_operations.get()}) {
        if (page == nullptr) {
            continue;
        }
        for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
            if (edit->objectName().contains(QLatin1String(".filter.")) && !edit->text().isEmpty()) {
                edit->clear();
            }
        }
        for (QComboBox* box : page->findChildren<QComboBox*>()) {
            if (box->objectName().contains(QLatin1String(".filter.")) && box->currentIndex() != 0) {
                box->setCurrentIndex(0);
            }
        }
        page->timeRange()->setClock([] { return QDateTime::currentDateTime(); });
        page->timeRange()->setPreset(LogTimeRangeBar::AllCached);
    }
    if (m_logins) {
        QVERIFY(waitForCount(*m_logins->model()));
        QVERIFY(waitForCount(*m_mails->model()));
        QVERIFY(waitForCount(*m_operations->model()));
    }
}

template <typename Result>
std::optional<Result> TestLogPages::run(std::function<Result(Db&)> job)
{
    std::optional<Result> result;
    m_session->query<Result>(std::move(job), this, [&result](Result answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs)) {
        return std::nullopt;
    }
    return result;
}

template <typename Model>
bool TestLogPages::waitForCount(Model& model)
{
    // Typing waits for a pause before it filters, then the model counts in the worker thread.
    QTest::qWait(350);
    return QTest::qWaitFor([&model] { return !model.isCounting(); }, kTimeoutMs);
}

template <typename Model>
QList<qint64> TestLogPages::tableIds(Model& model)
{
    if (!waitForCount(model)) {
        return {-2};
    }
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.isLoaded(row)) {
            // As a view's paint asks for it, again after a refresh (a sync's) marks the rows read before as stale.
            const auto loaded = [&model, row] {
                (void)model.data(model.index(row, 0));
                return model.isLoaded(row);
            };
            if (!QTest::qWaitFor(loaded, kTimeoutMs)) {
                return {-3};
            }
        }
        ids.append(model.rowAt(row)->id);
    }
    return ids;
}

QList<qint64> TestLogPages::loginIds(const LoginLogFilter& filter, const LogTimeRange& range)
{
    return run<QList<qint64>>([filter, range](Db& db) {
               LogRepository repository(db);
               return repositoryIds<LoginRecord, LoginLogFilter>(
                   repository, filter, range,
                   [](LogRepository& r, const auto& f, const auto& p) { return r.logins(f, p); });
           })
        .value_or(QList<qint64>{-4});
}

QList<qint64> TestLogPages::mailIds(const MailLogFilter& filter, const LogTimeRange& range)
{
    return run<QList<qint64>>([filter, range](Db& db) {
               LogRepository repository(db);
               return repositoryIds<MailRecord, MailLogFilter>(
                   repository, filter, range,
                   [](LogRepository& r, const auto& f, const auto& p) { return r.mails(f, p); });
           })
        .value_or(QList<qint64>{-4});
}

QList<qint64> TestLogPages::operationIds(const OperationLogFilter& filter, const LogTimeRange& range)
{
    return run<QList<qint64>>([filter, range](Db& db) {
               LogRepository repository(db);
               return repositoryIds<OperationRecord, OperationLogFilter>(
                   repository, filter, range,
                   [](LogRepository& r, const auto& f, const auto& p) { return r.operations(f, p); });
           })
        .value_or(QList<qint64>{-4});
}

void TestLogPages::setText(QWidget* page, const QString& name, const QString& text)
{
    auto* edit = page->findChild<QLineEdit*>(name);
    QVERIFY2(edit != nullptr, qPrintable(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestLogPages::choose(QWidget* page, const QString& name, const QVariant& value)
{
    auto* box = page->findChild<QComboBox*>(name);
    QVERIFY2(box != nullptr, qPrintable(name));
    const int index = value.isValid() ? box->findData(value) : 0;
    QVERIFY2(index >= 0, qPrintable(name));
    box->setCurrentIndex(index);
}

void TestLogPages::reset(QWidget* page, const QStringList& texts, const QStringList& choices)
{
    for (const QString& name : texts) {
        page->findChild<QLineEdit*>(name)->clear();
    }
    for (const QString& name : choices) {
        page->findChild<QComboBox*>(name)->setCurrentIndex(0);
    }
}

void TestLogPages::modelsPassTheModelTester()
{
    QAbstractItemModelTester logins(m_logins->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester mails(m_mails->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester operations(m_operations->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_logins->model()->refresh();
    m_mails->model()->refresh();
    m_operations->model()->refresh();
    QVERIFY(waitForCount(*m_logins->model()));
    QVERIFY(waitForCount(*m_mails->model()));
    QVERIFY(waitForCount(*m_operations->model()));
    // The end of the listing, then back to the start: the blocks met on the way load through the tester.
    const int last = m_logins->model()->rowCount() - 1;
    (void)m_logins->model()->data(m_logins->model()->index(last, 0));
    QTRY_VERIFY_WITH_TIMEOUT(m_logins->model()->isLoaded(last), kTimeoutMs);
}

void TestLogPages::freshnessSaysWhenTheDataIsFrom()
{
    LogFreshnessBar* freshness = m_logins->freshness();
    freshness->reload();
    QTRY_VERIFY_WITH_TIMEOUT(freshness->isLoaded(), kTimeoutMs);
    QVERIFY(freshness->syncedTo().has_value());
    const auto* label = m_logins->findChild<QLabel*>(QStringLiteral("logs.freshness"));
    QVERIFY(label != nullptr);
    QVERIFY2(label->text().startsWith(QStringLiteral("Data as of ")), qPrintable(label->text()));
    const auto* sync = m_logins->findChild<QPushButton*>(QStringLiteral("logs.sync"));
    QVERIFY(sync != nullptr && sync->isEnabled());
}

void TestLogPages::loginFiltersMatchTheRepository()
{
    LoginLogModel& model = *m_logins->model();
    QCOMPARE(tableIds(model), loginIds({}));

    const QStringList texts = {QStringLiteral("logins.filter.account"), QStringLiteral("logins.filter.province"),
                               QStringLiteral("logins.filter.ipPrefix")};
    const QStringList choices = {QStringLiteral("logins.filter.method"), QStringLiteral("logins.filter.result"),
                                 QStringLiteral("logins.filter.abnormal")};
    LoginLogFilter filter;
    filter.accountName = m_sampleLogin->accountName;
    setText(m_logins.get(), texts.at(0), filter.accountName);
    QList<qint64> ids = tableIds(model);
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids, loginIds(filter));
    reset(m_logins.get(), texts, choices);

    filter = {};
    filter.method = m_sampleLogin->method;
    filter.result = LogResult::Success;
    choose(m_logins.get(), choices.at(0), int(logsql::code(*filter.method)));
    choose(m_logins.get(), choices.at(1), int(logsql::code(*filter.result)));
    ids = tableIds(model);
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids, loginIds(filter));
    reset(m_logins.get(), texts, choices);

    filter = {};
    filter.abnormal = true;
    filter.province = m_sampleLogin->province;
    choose(m_logins.get(), choices.at(2), true);
    setText(m_logins.get(), texts.at(1), filter.province);
    QCOMPARE(tableIds(model), loginIds(filter));
    reset(m_logins.get(), texts, choices);

    filter = {};
    filter.ipPrefix = m_sampleLogin->ip.section(QLatin1Char('.'), 0, 1) + QLatin1Char('.');
    filter.result = LogResult::Failure;
    setText(m_logins.get(), texts.at(2), filter.ipPrefix);
    choose(m_logins.get(), choices.at(1), int(logsql::code(LogResult::Failure)));
    QCOMPARE(tableIds(model), loginIds(filter));
    reset(m_logins.get(), texts, choices);
    QCOMPARE(tableIds(model), loginIds({}));
}

void TestLogPages::loginTimeRangesMatchTheRepository()
{
    LoginLogModel& model = *m_logins->model();
    LogTimeRangeBar* range = m_logins->timeRange();
    // A custom range of two weeks before the end of the sandbox's history.
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(servicetest::kEpoch - 20 * kDay);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(servicetest::kEpoch - 34 * kDay);
    range->setCustomRange(from, to);
    QCOMPARE(range->preset(), LogTimeRangeBar::Custom);
    const LogTimeRange custom{from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
    const QList<qint64> ids = tableIds(model);
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids, loginIds({}, custom));

    // Presets count from the clock: with the clock at the end of the history, "7 days" is its last week.
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(servicetest::kEpoch);
    range->setClock([end] { return end; });
    for (const auto preset : {LogTimeRangeBar::Today, LogTimeRangeBar::Last7Days, LogTimeRangeBar::Last30Days,
                              LogTimeRangeBar::ThisMonth}) {
        range->setPreset(preset);
        QCOMPARE(tableIds(model), loginIds({}, range->range()));
    }
    // "This month" starts at local midnight of the first; presets leave the end open for rows synced later.
    QCOMPARE(range->range().fromMs, QDate(end.date().year(), end.date().month(), 1).startOfDay().toMSecsSinceEpoch());
    QVERIFY(!range->range().toMs.has_value());
    range->setClock([] { return QDateTime::currentDateTime(); });
    range->setPreset(LogTimeRangeBar::AllCached);
    QVERIFY(waitForCount(model));
}

void TestLogPages::abnormalLoginsCarryIconColourAndAccessibleText()
{
    LoginLogModel& model = *m_logins->model();
    choose(m_logins.get(), QStringLiteral("logins.filter.abnormal"), true);
    QVERIFY(waitForCount(model));
    QVERIFY(model.rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(0), kTimeoutMs);
    const QModelIndex account = model.index(0, LoginLogColumns::AccountColumn);
    const QModelIndex place = model.index(0, LoginLogColumns::PlaceColumn);
    QVERIFY(account.data(AbnormalRole).toBool());
    // Not colour alone: an icon, a tooltip and the words a screen reader says with every cell.
    QVERIFY(!account.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(account.data(Qt::ForegroundRole).isValid());
    QVERIFY(!account.data(Qt::ToolTipRole).toString().isEmpty());
    for (const QModelIndex& cell : {account, place}) {
        const QString spoken = cell.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QStringLiteral("abnormal login")), qPrintable(spoken));
        QVERIFY2(spoken.contains(cell.data(Qt::DisplayRole).toString()), qPrintable(spoken));
    }

    choose(m_logins.get(), QStringLiteral("logins.filter.abnormal"), false);
    QVERIFY(waitForCount(model));
    QVERIFY(model.rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(0), kTimeoutMs);
    const QModelIndex normal = model.index(0, LoginLogColumns::AccountColumn);
    QVERIFY(!normal.data(AbnormalRole).toBool());
    QVERIFY(normal.data(Qt::AccessibleTextRole).isNull());
    QVERIFY(normal.data(Qt::DecorationRole).isNull());
    choose(m_logins.get(), QStringLiteral("logins.filter.abnormal"), QVariant());
    QVERIFY(waitForCount(model));
}

void TestLogPages::mailFiltersMatchTheRepository()
{
    MailLogModel& model = *m_mails->model();
    QCOMPARE(tableIds(model), mailIds({}));
    const QStringList texts = {QStringLiteral("mail.filter.subject"), QStringLiteral("mail.filter.sender"),
                               QStringLiteral("mail.filter.recipient")};
    const QStringList choices = {QStringLiteral("mail.filter.direction"), QStringLiteral("mail.filter.status"),
                                 QStringLiteral("mail.filter.read")};

    MailLogFilter filter;
    filter.direction = MailDirection::In;
    filter.read = false;
    choose(m_mails.get(), choices.at(0), int(logsql::code(MailDirection::In)));
    choose(m_mails.get(), choices.at(2), false);
    QList<qint64> ids = tableIds(model);
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids, mailIds(filter));
    reset(m_mails.get(), texts, choices);

    filter = {};
    filter.status = m_sampleMail->status;
    filter.recipient = m_sampleMail->recipient;
    choose(m_mails.get(), choices.at(1), int(logsql::code(m_sampleMail->status)));
    setText(m_mails.get(), texts.at(2), filter.recipient);
    ids = tableIds(model);
    QVERIFY(ids.contains(m_sampleMail->id));
    QCOMPARE(ids, mailIds(filter));
    reset(m_mails.get(), texts, choices);

    filter = {};
    filter.sender = m_sampleMail->sender;
    filter.read = true;
    setText(m_mails.get(), texts.at(1), filter.sender);
    choose(m_mails.get(), choices.at(2), true);
    ids = tableIds(model);
    QVERIFY(ids.contains(m_sampleMail->id));
    QCOMPARE(ids, mailIds(filter));
    reset(m_mails.get(), texts, choices);
    QVERIFY(waitForCount(model));
}

void TestLogPages::mailSubjectSearchFindsChineseSubstrings()
{
    MailLogModel& model = *m_mails->model();
    // A phrase of the sample's subject (the trigram index), two characters of it (a substring scan), and text
    // found nowhere.
    const QString subject = m_sampleMail->subject;
    QVERIFY(subject.size() >= 6);
    const QStringList queries = {subject.mid(1, 5), subject.mid(2, 2), QStringLiteral("没有这样的主题")};
    for (const QString& query : queries) {
        setText(m_mails.get(), QStringLiteral("mail.filter.subject"), query);
        MailLogFilter filter;
        filter.subject = query;
        const QList<qint64> ids = tableIds(model);
        QCOMPARE(ids, mailIds(filter));
        if (query != queries.constLast()) {
            QVERIFY2(ids.contains(m_sampleMail->id), qPrintable(query));
        } else {
            QVERIFY(ids.isEmpty());
        }
    }
    m_mails->findChild<QLineEdit*>(QStringLiteral("mail.filter.subject"))->clear();
    QVERIFY(waitForCount(model));
}

void TestLogPages::operationFiltersMatchTheRepository()
{
    OperationLogModel& model = *m_operations->model();
    QCOMPARE(tableIds(model), operationIds({}));
    const QStringList texts = {QStringLiteral("operations.filter.operator"),
                               QStringLiteral("operations.filter.target")};
    const QStringList choices = {QStringLiteral("operations.filter.action"),
                                 QStringLiteral("operations.filter.result")};

    OperationLogFilter filter;
    filter.action = QStringLiteral("createAccount");
    filter.result = LogResult::Success;
    choose(m_operations.get(), choices.at(0), filter.action);
    choose(m_operations.get(), choices.at(1), int(logsql::code(LogResult::Success)));
    QList<qint64> ids = tableIds(model);
    QVERIFY(ids.contains(m_sampleOperation->id));
    QCOMPARE(ids, operationIds(filter));
    // The action reads as the console names it.
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(0), kTimeoutMs);
    QCOMPARE(model.index(0, OperationLogColumns::ActionColumn).data().toString(), QStringLiteral("Create account"));
    reset(m_operations.get(), texts, choices);

    filter = {};
    filter.operatorAddress = m_sampleOperation->operatorAddress;
    filter.target = m_sampleOperation->target.left(4);
    setText(m_operations.get(), texts.at(0), filter.operatorAddress);
    setText(m_operations.get(), texts.at(1), filter.target);
    ids = tableIds(model);
    QVERIFY(ids.contains(m_sampleOperation->id));
    QCOMPARE(ids, operationIds(filter));
    reset(m_operations.get(), texts, choices);
    QVERIFY(waitForCount(model));
}

void TestLogPages::personalNumbersStayMasked()
{
    setText(m_mails.get(), QStringLiteral("mail.filter.recipient"), QStringLiteral("pii@court.test"));
    QCOMPARE(tableIds(*m_mails->model()), QList<qint64>{900000001});
    setText(m_operations.get(), QStringLiteral("operations.filter.target"), QStringLiteral("pii@court.test"));
    QCOMPARE(tableIds(*m_operations->model()), QList<qint64>{900000001});

    const auto shownTexts = [](QAbstractItemModel& model, LogPage& page) {
        QStringList texts;
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                texts.append(model.index(0, column).data(role).toString());
            }
        }
        page.table()->selectRow(0);
        texts += page.detailPane()->values();
        return texts.join(u'|');
    };
    for (LogPage* page : std::initializer_list<LogPage*>{m_mails.get(), m_operations.get()}) {
        const QString shown = shownTexts(*page->table()->model(), *page);
        QVERIFY2(!shown.contains(kIdNumber) && !shown.contains(kMobile), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("130****4811")), qPrintable(shown));
        page->table()->clearSelection();
    }
    QVERIFY(m_mails->table()
                ->model()
                ->index(0, MailLogColumns::SubjectColumn)
                .data()
                .toString()
                .contains(QStringLiteral("4401**********1234")));
    m_mails->findChild<QLineEdit*>(QStringLiteral("mail.filter.recipient"))->clear();
    m_operations->findChild<QLineEdit*>(QStringLiteral("operations.filter.target"))->clear();
    QVERIFY(waitForCount(*m_mails->model()));
    QVERIFY(waitForCount(*m_operations->model()));
}

void TestLogPages::detailPaneShowsTheSelectedRow()
{
    LoginLogModel& model = *m_logins->model();
    QVERIFY(waitForCount(model));
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(0), kTimeoutMs);
    m_logins->table()->selectRow(0);
    const LoginRecord first = *model.rowAt(0);
    const QStringList values = m_logins->detailPane()->values();
    QVERIFY(values.contains(first.accountName));
    QVERIFY(values.contains(first.ip));
    QVERIFY(values.contains(QString::number(first.id)));
    QVERIFY(values.contains(LogTexts::loginMethod(first.method)));
    m_logins->table()->selectRow(1);
    m_logins->table()->selectionModel()->select(model.index(0, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(m_logins->detailPane()->values().isEmpty());
    m_logins->table()->clearSelection();
}

void TestLogPages::contextMenuFiltersByTheCellsValue()
{
    LoginLogModel& model = *m_logins->model();
    QVERIFY(waitForCount(model));
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(0), kTimeoutMs);
    const LoginRecord first = *model.rowAt(0);
    QTableView* table = m_logins->table();
    const QRect cell = table->visualRect(model.index(0, LoginLogColumns::AccountColumn));
    Q_EMIT table->customContextMenuRequested(cell.center());
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = m_logins->findChild<QMenu*>(QStringLiteral("logs.menu"))) != nullptr);
    auto* filterBy = menu->findChild<QAction*>(QStringLiteral("logs.filterByValue"));
    if (filterBy == nullptr) {
        for (QAction* action : menu->actions()) {
            if (action->objectName() == QStringLiteral("logs.filterByValue")) {
                filterBy = action;
            }
        }
    }
    QVERIFY(filterBy != nullptr && filterBy->isEnabled());
    filterBy->trigger();
    menu->close();
    QCOMPARE(m_logins->findChild<QLineEdit*>(QStringLiteral("logins.filter.account"))->text(), first.accountName);
    LoginLogFilter filter;
    filter.accountName = first.accountName;
    QCOMPARE(tableIds(model), loginIds(filter));
    m_logins->findChild<QLineEdit*>(QStringLiteral("logins.filter.account"))->clear();
    QVERIFY(waitForCount(model));
}

void TestLogPages::ctrlFFocusesTheFiltersAndF5Syncs()
{
    m_logins->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_logins.get()));
    m_logins->table()->setFocus();
    QTest::keyClick(m_logins->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_logins->findChild<QLineEdit*>(QStringLiteral("logins.filter.account"))->hasFocus());

    QSignalSpy synced(m_session.get(), &CacheSession::syncFinished);
    QSignalSpy counted(m_logins->model(), &KeysetTableModel::counted);
    m_logins->table()->setFocus();
    QTest::keyClick(m_logins->table(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(counted.size() >= 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, kTimeoutMs);
    QVERIFY(synced.at(0).at(0).value<SyncSummary>().succeeded());
    // The frozen sandbox has nothing new: the same rows as before.
    QCOMPARE(tableIds(*m_logins->model()), loginIds({}));
}

void TestLogPages::columnLayoutIsRememberedPerPage()
{
    QHeaderView* header = m_logins->table()->horizontalHeader();
    header->resizeSection(LoginLogColumns::IpColumn, 211);
    // Hidden through the header's menu, as a user does.
    Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
    QMenu* columns = nullptr;
    QTRY_VERIFY((columns = m_logins->findChild<QMenu*>(QStringLiteral("logs.columns"))) != nullptr);
    columns->actions().at(LoginLogColumns::MethodColumn)->setChecked(false);
    columns->close();
    QVERIFY(header->isSectionHidden(LoginLogColumns::MethodColumn));
    // The next time the page is opened (a new window, the same settings), the columns are as the user left them.
    LoginLogPage again;
    again.setSettings(m_settings.get());
    QHeaderView* restored = again.table()->horizontalHeader();
    QCOMPARE(restored->sectionSize(LoginLogColumns::IpColumn), 211);
    QVERIFY(restored->isSectionHidden(LoginLogColumns::MethodColumn));
    // Another page keeps its own layout.
    QVERIFY(!m_mails->table()->horizontalHeader()->isSectionHidden(LoginLogColumns::MethodColumn));
    header->showSection(LoginLogColumns::MethodColumn);
    QTest::qWait(0); // the menu goes (WA_DeleteOnClose) before the next case looks for menus
}

// The export button writes the rows the table lists for the filter as applied, as CSV: the same ids in the same order.
void TestLogPages::exportWritesWhatTheTableLists()
{
    LoginLogModel& model = *m_logins->model();
    LoginLogFilter filter;
    filter.province = m_sampleLogin->province;
    setText(m_logins.get(), QStringLiteral("logins.filter.province"), filter.province);
    const QList<qint64> shown = tableIds(model);
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown, loginIds(filter));

    auto* button = m_logins->findChild<QToolButton*>(QStringLiteral("logs.exportButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_logins->findChild<QFileDialog*>(QStringLiteral("logExportFileDialog"))) != nullptr);
    const QString path = m_dir.filePath(QStringLiteral("logins-shown.csv"));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();
    QMessageBox* message = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (message = m_logins->findChild<QMessageBox*>(QStringLiteral("logExportMessage"))) != nullptr, kTimeoutMs);
    QVERIFY2(message->text().contains(QString::number(shown.size())), qPrintable(message->text()));
    delete message;

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown.size() + 1); // the header, then one line per listed row
    const int place = int(
        lines.constFirst().split(QLatin1Char(',')).indexOf(LoginLogColumns::headerText(LoginLogColumns::PlaceColumn)));
    QVERIFY(place >= 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).contains(filter.province), qPrintable(lines.at(i)));
    }
    m_logins->findChild<QLineEdit*>(QStringLiteral("logins.filter.province"))->clear();
    QVERIFY(waitForCount(model));
}

// A login row leads to its account's timeline, a mail row to everyone its document went to (double-click or menu).
void TestLogPages::rowsLeadToTheirTimelineAndDocument()
{
    LoginLogModel& logins = *m_logins->model();
    QVERIFY(waitForCount(logins));
    QTRY_VERIFY_WITH_TIMEOUT(logins.isLoaded(0), kTimeoutMs);
    QSignalSpy timeline(m_logins.get(), &LogPage::timelineRequested);
    QTableView* table = m_logins->table();
    Q_EMIT table->doubleClicked(logins.index(0, LoginLogColumns::TimeColumn)); // as a double-click on the row does
    QTRY_COMPARE(timeline.size(), 1);
    QCOMPARE(timeline.at(0).at(0).toString(), logins.rowAt(0)->accountName);

    MailLogModel& mails = *m_mails->model();
    QVERIFY(waitForCount(mails));
    QTRY_VERIFY_WITH_TIMEOUT(mails.isLoaded(0), kTimeoutMs);
    QSignalSpy document(m_mails.get(), &LogPage::documentRequested);
    QSignalSpy mailTimeline(m_mails.get(), &LogPage::timelineRequested);
    const QRect cell = m_mails->table()->visualRect(mails.index(0, 0));
    Q_EMIT m_mails->table()->customContextMenuRequested(cell.center());
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = m_mails->findChild<QMenu*>(QStringLiteral("logs.menu"))) != nullptr);
    QAction* openDocument = nullptr;
    QAction* openTimeline = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->objectName() == QStringLiteral("logs.openDocument")) {
            openDocument = action;
        } else if (action->objectName() == QStringLiteral("logs.openTimeline")) {
            openTimeline = action;
        }
    }
    QVERIFY(openDocument && openDocument->isEnabled() && openTimeline && openTimeline->isEnabled());
    openDocument->trigger();
    openTimeline->trigger();
    menu->close();
    const MailRecord first = *mails.rowAt(0);
    QCOMPARE(document.size(), 1);
    QCOMPARE(document.at(0).at(0).toLongLong(), first.id);
    QCOMPARE(mailTimeline.size(), 1);
    QCOMPARE(mailTimeline.at(0).at(0).toString(),
             first.direction == MailDirection::In ? first.recipient : first.sender);
}

QTEST_MAIN(TestLogPages)
#include "tst_logpages.moc"
