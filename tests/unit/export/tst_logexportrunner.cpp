#include "ExportTestSupport.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditLedger.h"
#include "sync/CacheSession.h"
#include "ui/logs/LogExportDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dm;

// The application's side of an export: in the cache session's worker thread, a step at a time (other cache work gets
// its turn in between), with a progress dialog that cancels, and the file dialog that starts it all.
class TestLogExportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportRunsInStepsAndOtherWorkInterleaves();
    void cancelStopsAndLeavesNothing();
    void fileDialogChoosesTheFormatAndReports();
    void closingTheProfileEndsTheExport(); // last: it closes the session

private:
    template <typename Result>
    [[nodiscard]] Result onCache(std::function<Result(Db&)> job);
    [[nodiscard]] qint64 ledgerEntries();

    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    QWidget m_window;
};

template <typename Result>
Result TestLogExportRunner::onCache(std::function<Result(Db&)> job)
{
    std::optional<Result> answer;
    m_session->query<Result>(std::move(job), this, [&answer](Result result) { answer.emplace(std::move(result)); });
    [&answer] { QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000)); }();
    return answer.value_or(Result{});
}

qint64 TestLogExportRunner::ledgerEntries()
{
    return onCache<qint64>([](Db& db) {
        auto verdict = AuditLedger(db).verify();
        return verdict ? verdict->entries : -1;
    });
}

void TestLogExportRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the remembered export folder goes to a test settings file
    QVERIFY(m_dir.isValid());
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    CacheSession::Options options;
    options.settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9")); // never synced here
    options.authCode = [](auto done) { done(QByteArray("unused")); };
    options.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
    std::optional<Expected<std::unique_ptr<CacheSession>, CacheError>> opened;
    CacheSession::open(options, *m_secrets, this, [&](Expected<std::unique_ptr<CacheSession>, CacheError> result) {
        opened.emplace(std::move(result));
    });
    QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 20000));
    QVERIFY(*opened);
    m_session = std::move(**opened);
    // 60,000 logins: several steps of work for any format.
    const bool filled = onCache<bool>([](Db& db) {
        LogRepository logs(db);
        const auto rows = exporttest::logins(60000);
        auto transaction = Transaction::begin(db);
        return transaction && logs.insertLogins(rows) && logs.upsertMails(exporttest::mails()) && transaction->commit();
    });
    QVERIFY(filled);
    m_window.resize(800, 600);
    m_window.show();
}

void TestLogExportRunner::cleanupTestCase()
{
    m_session.reset();
}

void TestLogExportRunner::exportRunsInStepsAndOtherWorkInterleaves()
{
    LogExportRequest request;
    request.query.kind = LogKind::Logins;
    request.format = ExportFormat::Xlsx;
    request.path = m_dir.filePath(QStringLiteral("logins.xlsx"));
    auto* runner = new LogExportRunner(&m_window, m_session.get(), request);
    QSignalSpy progressed(runner, &LogExportRunner::progressed);
    QSignalSpy finished(runner, &LogExportRunner::finished);
    runner->start();
    // While it runs, a page read posted to the same worker is answered before the export is done.
    QVERIFY(QTest::qWaitFor([&] { return progressed.size() >= 1; }, 20000));
    const qint64 rows = onCache<qint64>([](Db& db) { return LogRepository(db).loginRowCount().value(); });
    QCOMPARE(rows, 60000);
    QVERIFY2(finished.isEmpty(), "the export finished before the read was answered");
    QVERIFY(finished.wait(60000));
    QVERIFY(progressed.size() >= 2);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const auto result = finished.at(0).at(3).value<LogExportResult>();
    QCOMPARE(result.rows, 60000);
    QCOMPARE(result.sha256, exporttest::sha256Of(request.path));
    auto* message = m_window.findChild<QMessageBox*>(QStringLiteral("logExportMessage"));
    QVERIFY(message);
    QVERIFY(message->text().contains(QStringLiteral("logins.xlsx")));
    delete message;
}

void TestLogExportRunner::cancelStopsAndLeavesNothing()
{
    const qint64 before = ledgerEntries();
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(folder));
    LogExportRequest request;
    request.query.kind = LogKind::Logins;
    request.format = ExportFormat::Pdf;
    request.path = QDir(folder).filePath(QStringLiteral("logins.pdf"));
    auto* runner = new LogExportRunner(&m_window, m_session.get(), request);
    QSignalSpy progressed(runner, &LogExportRunner::progressed);
    QSignalSpy finished(runner, &LogExportRunner::finished);
    runner->start();
    QVERIFY(QTest::qWaitFor([&] { return progressed.size() >= 1; }, 20000));
    QVERIFY(runner->progressDialog());
    Q_EMIT runner->progressDialog()->canceled(); // what its Cancel button (or Esc) sends
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    // The worker dropped the job (and its temporary file) before the next job, so one round trip settles it.
    QCOMPARE(ledgerEntries(), before);
    QCOMPARE(exporttest::leftovers(folder, {}), QStringList());
    QVERIFY(!m_window.findChild<QMessageBox*>(QStringLiteral("logExportMessage")));
}

void TestLogExportRunner::fileDialogChoosesTheFormatAndReports()
{
    LogExportRequest request;
    request.query.kind = LogKind::Mails;
    request.court = QStringLiteral("court.sandbox.test");
    QFileDialog* dialog = startLogExport(&m_window, m_session.get(), request);
    QVERIFY(dialog);
    QVERIFY(dialog->selectedFiles().constFirst().endsWith(suggestedExportFileName(LogKind::Mails, ExportFormat::Xlsx)));
    QVERIFY(suggestedExportFileName(LogKind::Mails, ExportFormat::Xlsx)
                .startsWith(QStringLiteral("Mail log_") + QDate::currentDate().toString(Qt::ISODate)));
    const QString path = m_dir.filePath(QStringLiteral("mails.csv"));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
    QVERIFY(
        QTest::qWaitFor([&] { return m_window.findChild<QMessageBox*>(QStringLiteral("logExportMessage")); }, 20000));
    auto* message = m_window.findChild<QMessageBox*>(QStringLiteral("logExportMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("mails.csv")), qPrintable(message->text()));
    delete message;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a CSV, as the file name said
    QVERIFY(QString::fromUtf8(bytes).contains(exporttest::kChineseSubject));
}

// A profile closed while an export runs (locked, switched) ends the export at once with a message, and no part file
// stays behind: before, the answers were dropped with the session and the progress dialog waited for ever.
void TestLogExportRunner::closingTheProfileEndsTheExport()
{
    const QString folder = m_dir.filePath(QStringLiteral("closed"));
    QVERIFY(QDir().mkpath(folder));
    LogExportRequest request;
    request.query.kind = LogKind::Logins;
    request.format = ExportFormat::Pdf;
    request.path = QDir(folder).filePath(QStringLiteral("logins.pdf"));
    auto* runner = new LogExportRunner(&m_window, m_session.get(), request);
    QSignalSpy progressed(runner, &LogExportRunner::progressed);
    QSignalSpy finished(runner, &LogExportRunner::finished);
    runner->start();
    QVERIFY(QTest::qWaitFor([&] { return progressed.size() >= 1; }, 20000));
    m_session.reset();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(2).toString(), LogExportRunner::tr("The profile was closed."));
    QTRY_COMPARE(exporttest::leftovers(folder, {}), QStringList());
    auto* message = m_window.findChild<QMessageBox*>(QStringLiteral("logExportMessage"));
    QVERIFY(message);
    delete message;
}

QTEST_MAIN(TestLogExportRunner)
#include "tst_logexportrunner.moc"
