// Help › About and Help › Export diagnostics against a real session over the dmsandbox: secrets planted in this run's
// log, in the previous run's log and in the settings never reach the ZIP (checked on the files an outside unzip
// wrote, in the clear, base64 and percent-encoded), the bundle holds every file with the real versions, a passed cache
// check and the capabilities; the About box names the versions and every capability of the connected platform.

#include "GuiTestSupport.h"
#include "ServiceTestSupport.h"
#include "SessionTestSupport.h"
#include "api/Capabilities.h"
#include "core/ScrubbingMessageHandler.h"
#include "core/SessionLogFile.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "support/CacheCheck.h"
#include "support/DiagnosticsBundle.h"
#include "support/SupportTexts.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/DiagnosticsExport.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;

// What a careless line of code might log or store; none of it may leave in a bundle.
const QString kAuthCode = QStringLiteral("AuthCodeZq81Wm44");
const QString kBearer = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.c3VwcG9ydA.Qk9HVVM");
const QString kMobile = QStringLiteral("13800138000");
const QString kIdNumber = QStringLiteral("11010519491231002X");
const QString kPassword = QStringLiteral("Plum-Tree-4471");
const QString kAccessToken = QStringLiteral("TokQ7v3PZ0aa91");

void logSecrets(const QString& marker)
{
    qInfo("%s: token exchange authCode=%s", qPrintable(marker), qPrintable(kAuthCode));
    qInfo("%s: request headers {\"authCode\":\"%s\"}", qPrintable(marker), qPrintable(kAuthCode));
    qWarning("%s: Authorization: Bearer %s", qPrintable(marker), qPrintable(kBearer));
    qInfo("%s: recipient mobile %s, ID %s", qPrintable(marker), qPrintable(kMobile), qPrintable(kIdNumber));
    qWarning("%s: reset answered {\"newPassword\":\"%s\"} and password=%s", qPrintable(marker), qPrintable(kPassword),
             qPrintable(kPassword));
    qDebug("%s: GET /oauth/callback?access_token=%s&state=1", qPrintable(marker), qPrintable(kAccessToken));
}

// Unpacks with a tool of the system, not with our own reader.
bool unpack(const QString& zip, const QString& into)
{
    QProcess process;
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        process.start(QStringLiteral("unzip"),
                      {QStringLiteral("-o"), QStringLiteral("-q"), zip, QStringLiteral("-d"), into});
    } else {
        process.start(QStringLiteral("python3"),
                      {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zip, into});
    }
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every shape a secret could take in a file: as is, base64 (with and without padding, URL-safe) and percent-encoded.
QList<QByteArray> shapesOf(const QString& secret)
{
    const QByteArray raw = secret.toUtf8();
    return {raw,
            raw.toBase64(),
            raw.toBase64(QByteArray::OmitTrailingEquals),
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            QUrl::toPercentEncoding(secret),
            QUrl::toPercentEncoding(secret).toLower()};
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void exportHoldsEverythingAndNoSecret();
    void exportWithoutSessionSaysSo();
    void aboutNamesVersionsAndCapabilities();
    void aboutWithoutSessionSaysNotConnected();
    void helpMenuOffersExportBeforeAbout();
    void menuExportWritesTheChosenFile();
    void cancelLeavesNoFileAndNoLedgerEntry();
    void cancelWhileTheZipIsWrittenRemovesIt();

private:
    // Runs an export and unpacks it into a new folder; the folder's path, empty on failure.
    QString exportAndUnpack(CacheSession* session, const Capabilities& capabilities, const QString& name);
    // Opens the window over the session and chooses Help › Export diagnostics: its file dialog, or null.
    QFileDialog* openExportFromTheMenu(test::GuiFixture& gui);

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<SessionLogFile> m_log;
    std::unique_ptr<ScopedSessionLog> m_logging;
    Capabilities m_capabilities;
    QStringList m_secretsPlanted;
};

void TestDiagnostics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    installScrubbingMessageHandler();
    const QString logs = m_dir.filePath(QStringLiteral("logs"));
    {
        // The run before this one, which logged the same secrets.
        SessionLogFile previous(logs);
        QVERIFY(previous.isOpen());
        const ScopedSessionLog logging(previous);
        logSecrets(QStringLiteral("previous-run-marker"));
    }
    {
        // A line as a release that did not know every secret shape would have left it: only the bundle scrubs it.
        QFile older(QDir(logs).filePath(SessionLogFile::currentFileName()));
        QVERIFY(older.open(QIODevice::Append));
        older.write(QStringLiteral("older-release-line: authCode=%1 Bearer %2 mobile %3 ID %4 password=%5\n")
                        .arg(kAuthCode, kBearer, kMobile, kIdNumber, kPassword)
                        .toUtf8());
    }
    m_log = std::make_unique<SessionLogFile>(logs);
    QVERIFY(m_log->isOpen());
    m_logging = std::make_unique<ScopedSessionLog>(*m_log);

    QVERIFY(m_fixture.start());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("dmadmin.ini")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("proxy/password"), kPassword);
    m_settings->setValue(QStringLiteral("support/note"), QStringLiteral("call %1, ID %2").arg(kMobile, kIdNumber));
    m_settings->setValue(
        QStringLiteral("support/lastCallback"),
        QStringLiteral("https://court.test/cb?authCode=%1&access_token=%2").arg(kAuthCode, kAccessToken));
    m_settings->setValue(QStringLiteral("mainWindow/geometry"), QByteArray(64, '\x01'));
    m_settings->setValue(QStringLiteral("view/language"), QStringLiteral("zh_CN"));

    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session =
        guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(QStringLiteral("cache.sqlite")), false, this);
    QVERIFY(m_session != nullptr);
    // Every stream, so that the count checks of the export's cache check have the platform's rows to match.
    QVERIFY(guitest::sync(*m_session, {}, 4 * kTimeoutMs));

    std::optional<Capabilities> found;
    probeCapabilities(m_fixture.client(), this, [&found](const Capabilities& capabilities) { found = capabilities; });
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), kTimeoutMs);
    m_capabilities = *found;
    QVERIFY(m_capabilities.serves(ApiFamily::DeliveryLogs));

    // The sandbox's own authCode, which the session used, must not leave either.
    m_secretsPlanted = {kAuthCode,
                        kBearer,
                        kMobile,
                        kIdNumber,
                        kPassword,
                        kAccessToken,
                        m_fixture.sandbox().connection().value(QStringLiteral("authCode")).toString()};
    logSecrets(QStringLiteral("current-run-marker"));
}

void TestDiagnostics::cleanupTestCase()
{
    m_session.reset();
    m_logging.reset();
    m_log.reset();
}

QString TestDiagnostics::exportAndUnpack(CacheSession* session, const Capabilities& capabilities, const QString& name)
{
    const QString zip = m_dir.filePath(name + QStringLiteral(".zip"));
    DiagnosticsExport job(*m_settings, {m_log->directory(), session, capabilities});
    QSignalSpy finished(&job, &DiagnosticsExport::finished);
    job.start(zip);
    if (!finished.wait(kTimeoutMs) || !finished.at(0).at(0).toBool()) {
        qWarning("export failed: %s", finished.isEmpty() ? "timeout" : qPrintable(finished.at(0).at(1).toString()));
        return {};
    }
    // Owner-only: it holds the settings and the logs of this machine.
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if ((QFile::permissions(zip) & others) != 0) {
        qWarning("the bundle is readable by others");
        return {};
    }
    const QString into = m_dir.filePath(name);
    return unpack(zip, into) ? into : QString();
}

void TestDiagnostics::exportHoldsEverythingAndNoSecret()
{
    const QString dir = exportAndUnpack(m_session.get(), m_capabilities, QStringLiteral("connected"));
    QVERIFY(!dir.isEmpty());
    const QStringList expected{QStringLiteral("versions.txt"),     QStringLiteral("settings.txt"),
                               QStringLiteral("cache-verify.txt"), QStringLiteral("capabilities.json"),
                               QStringLiteral("logs/dmadmin.log"), QStringLiteral("logs/dmadmin.1.log")};
    for (const QString& file : expected) {
        QVERIFY2(QFile::exists(dir + QLatin1Char('/') + file), qPrintable(file));
    }

    const QByteArray versions = readAll(dir + QStringLiteral("/versions.txt"));
    QVERIFY(versions.contains(qVersion()));
    QVERIFY(!Db::cipherLibraryVersion().isEmpty());
    QVERIFY(versions.contains(Db::cipherLibraryVersion().toUtf8()));
    QVERIFY(versions.contains(Db::sqliteVersion().toUtf8()));
    QVERIFY(versions.contains(Capabilities::displayName(ApiFamily::DeliveryLogs).toUtf8()));

    const QByteArray verify = readAll(dir + QStringLiteral("/cache-verify.txt"));
    QVERIFY2(verify.contains(cacheCheckVerdict(true).toUtf8()), verify.constData());
    QVERIFY(verify.contains(SupportTexts::tr("integrity: ok").toUtf8()));
    // The counts were compared with the platform, stream by stream (the verdict says they all matched).
    QVERIFY(verify.contains("\naccounts: "));
    QVERIFY(verify.contains("\nlogins: "));

    const QJsonObject capabilities =
        QJsonDocument::fromJson(readAll(dir + QStringLiteral("/capabilities.json"))).object();
    QCOMPARE(capabilities.value(QStringLiteral("connected")).toBool(), true);
    QCOMPARE(capabilities.value(QStringLiteral("capabilities")).toObject(), m_capabilities.toJson());

    // The logs are there, with the planted lines, masked.
    const QByteArray current = readAll(dir + QStringLiteral("/logs/dmadmin.log"));
    const QByteArray previous = readAll(dir + QStringLiteral("/logs/dmadmin.1.log"));
    QVERIFY(current.contains("current-run-marker: recipient mobile 138****8000"));
    QVERIFY(current.contains("current-run-marker: Authorization: Bearer ***"));
    QVERIFY(previous.contains("previous-run-marker: token exchange authCode=***"));
    QVERIFY(!previous.contains("current-run-marker"));
    QVERIFY(previous.contains("older-release-line: authCode=*** Bearer *** mobile 138****8000"));

    const QByteArray settings = readAll(dir + QStringLiteral("/settings.txt"));
    QVERIFY(settings.contains("view/language = zh_CN"));
    QVERIFY(settings.contains("support/note = call 138****8000"));
    QVERIFY(settings.contains("proxy/password = ***\n"));
    QVERIFY(settings.contains("mainWindow/geometry = ("));

    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = readAll(path);
        for (const QString& secret : std::as_const(m_secretsPlanted)) {
            for (const QByteArray& shape : shapesOf(secret)) {
                QVERIFY2(!bytes.contains(shape),
                         qPrintable(QStringLiteral("a planted secret is in %1").arg(QFileInfo(path).fileName())));
            }
        }
        ++checked;
    }
    QCOMPARE(checked, expected.size());
}

void TestDiagnostics::exportWithoutSessionSaysSo()
{
    const QString dir = exportAndUnpack(nullptr, Capabilities(), QStringLiteral("disconnected"));
    QVERIFY(!dir.isEmpty());
    const QByteArray verify = readAll(dir + QStringLiteral("/cache-verify.txt"));
    QVERIFY(!verify.contains(cacheCheckVerdict(true).toUtf8()));
    QVERIFY(verify.contains(
        DiagnosticsExport::tr("No session: no profile is open, so there is no cache to check.").toUtf8()));
    QVERIFY(readAll(dir + QStringLiteral("/versions.txt"))
                .contains(SupportTexts::tr("Platform capabilities: not connected").toUtf8()));
    const QJsonObject capabilities =
        QJsonDocument::fromJson(readAll(dir + QStringLiteral("/capabilities.json"))).object();
    QCOMPARE(capabilities.value(QStringLiteral("connected")).toBool(true), false);
}

void TestDiagnostics::aboutNamesVersionsAndCapabilities()
{
    test::GuiFixture gui;
    QVERIFY(gui.open());
    gui.window()->setSession(m_session.get());
    gui.window()->applyCapabilities(m_capabilities);
    auto* about = gui.window()->findChild<QAction*>(QStringLiteral("action.about"));
    QVERIFY(about != nullptr);
    about->trigger();
    AboutDialog* box = nullptr;
    QTRY_VERIFY((box = gui.window()->findChild<AboutDialog*>()) != nullptr && box->isVisible());
    const QString text = box->text();
    QVERIFY(text.contains(QLatin1String(qVersion())));
    QVERIFY(text.contains(Db::cipherLibraryVersion()));
    for (const ApiFamily family : Capabilities::allFamilies()) {
        const QString line = QStringLiteral("%1: %2").arg(Capabilities::displayName(family),
                                                          Capabilities::stateText(m_capabilities.status(family).state));
        QVERIFY2(text.contains(line.toHtmlEscaped()), qPrintable(line));
        QVERIFY(box->versions().contains(line));
    }
    QVERIFY(!text.contains(SupportTexts::tr("Platform capabilities: not connected").toHtmlEscaped()));

    auto* copy = box->findChild<QPushButton*>(QStringLiteral("about.copy"));
    QVERIFY(copy != nullptr);
    const QString versions = box->versions();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), versions);
    gui.window()->setSession(nullptr);
}

void TestDiagnostics::aboutWithoutSessionSaysNotConnected()
{
    AboutDialog box(Capabilities(), false);
    QVERIFY(box.text().contains(QLatin1String(qVersion())));
    QVERIFY(box.versions().contains(SupportTexts::tr("Platform capabilities: not connected")));
    QVERIFY(!box.versions().contains(Capabilities::displayName(ApiFamily::DeliveryLogs)));
}

void TestDiagnostics::helpMenuOffersExportBeforeAbout()
{
    test::GuiFixture gui;
    QVERIFY(gui.open());
    auto* help = gui.window()->findChild<QMenu*>(QStringLiteral("menu.help"));
    QVERIFY(help != nullptr);
    const QList<QAction*> actions = help->actions();
    qsizetype exportAt = -1;
    qsizetype aboutAt = -1;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->objectName() == QLatin1String("action.exportDiagnostics")) {
            exportAt = i;
        } else if (actions.at(i)->objectName() == QLatin1String("action.about")) {
            aboutAt = i;
        }
    }
    QVERIFY(exportAt >= 0);
    QVERIFY(exportAt < aboutAt);
    QVERIFY(!actions.at(exportAt)->text().isEmpty());
}

QFileDialog* TestDiagnostics::openExportFromTheMenu(test::GuiFixture& gui)
{
    if (!gui.open()) {
        return nullptr;
    }
    gui.window()->setSession(m_session.get());
    gui.window()->applyCapabilities(m_capabilities);
    auto* action = gui.window()->findChild<QAction*>(QStringLiteral("action.exportDiagnostics"));
    if (action == nullptr) {
        return nullptr;
    }
    action->trigger();
    QFileDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            return (dialog = gui.window()->findChild<QFileDialog*>(QStringLiteral("diagnosticsFileDialog"))) != nullptr;
        },
        kTimeoutMs);
    return shown ? dialog : nullptr;
}

void TestDiagnostics::menuExportWritesTheChosenFile()
{
    test::GuiFixture gui;
    QFileDialog* dialog = openExportFromTheMenu(gui);
    QVERIFY(dialog != nullptr);
    QVERIFY(!dialog->selectedFiles().isEmpty());
    QCOMPARE(QFileInfo(dialog->selectedFiles().constFirst()).fileName(), DiagnosticsBundle::defaultFileName());
    const QString path = m_dir.filePath(QStringLiteral("from-menu.zip"));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();
    QMessageBox* message = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (message = gui.window()->findChild<QMessageBox*>(QStringLiteral("diagnostics.result"))) != nullptr, kTimeoutMs);
    QVERIFY2(message->icon() == QMessageBox::Information, qPrintable(message->text()));
    QVERIFY(message->text().contains(QDir::toNativeSeparators(path)));
    delete message;

    // The bundle of the menu holds this run's log, wherever it is attached.
    const QString into = m_dir.filePath(QStringLiteral("from-menu"));
    QVERIFY(unpack(path, into));
    QVERIFY(readAll(into + QStringLiteral("/logs/dmadmin.log")).contains("current-run-marker"));
    QVERIFY(readAll(into + QStringLiteral("/cache-verify.txt")).contains(cacheCheckVerdict(true).toUtf8()));
    gui.window()->setSession(nullptr);
}

void TestDiagnostics::cancelLeavesNoFileAndNoLedgerEntry()
{
    test::GuiFixture gui;
    QFileDialog* dialog = openExportFromTheMenu(gui);
    QVERIFY(dialog != nullptr);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.zip"));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();

    // Cancelled in the same turn of the event loop: the cache check has not answered yet.
    auto* progress = gui.window()->findChild<QProgressDialog*>(QStringLiteral("diagnostics.progress"));
    QVERIFY(progress != nullptr);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel != nullptr && cancel->isEnabled());
    const QPointer<QProgressDialog> gone(progress);
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(gone.isNull(), kTimeoutMs);
    // Whatever the check was doing has stopped; nothing was written, said or recorded.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isVerifying(), kTimeoutMs);
    QTest::qWait(200);
    QVERIFY(!QFile::exists(path));
    QVERIFY(gui.window()->findChild<QMessageBox*>(QStringLiteral("diagnostics.result")) == nullptr);
    // The next export is not held up by the cancelled one, and the ledger has it alone.
    QVERIFY(!exportAndUnpack(m_session.get(), m_capabilities, QStringLiteral("after-cancel")).isEmpty());
    const auto recorded = guitest::query<QStringList>(
        *m_session,
        [](Db& db) {
            QStringList targets;
            if (auto recent = AuditLedger(db).recent(100)) {
                for (const AuditEntry& entry : *recent) {
                    if (entry.action == QLatin1String("exportDiagnostics")) {
                        targets.append(entry.target);
                    }
                }
            }
            return targets;
        },
        kTimeoutMs);
    QVERIFY(recorded.has_value());
    QVERIFY2(recorded->contains(QStringLiteral("after-cancel.zip")), qPrintable(recorded->join(u',')));
    QVERIFY2(!recorded->contains(QStringLiteral("cancelled.zip")), qPrintable(recorded->join(u',')));
    gui.window()->setSession(nullptr);
}

// Without a session the bundle is written at once, so cancel() finds the writer running: the ZIP is removed when it
// ends, whether the export lives on (cancelled() comes) or goes with its window first.
void TestDiagnostics::cancelWhileTheZipIsWrittenRemovesIt()
{
    const QString kept = m_dir.filePath(QStringLiteral("cancelled-while-writing.zip"));
    {
        DiagnosticsExport job(*m_settings, {m_log->directory(), nullptr, Capabilities()});
        QSignalSpy cancelled(&job, &DiagnosticsExport::cancelled);
        QSignalSpy finished(&job, &DiagnosticsExport::finished);
        job.start(kept);
        job.cancel();
        QVERIFY(cancelled.wait(kTimeoutMs));
        QCOMPARE(finished.size(), 0);
        QVERIFY(!QFile::exists(kept));
    }
    const QString gone = m_dir.filePath(QStringLiteral("closed-while-writing.zip"));
    {
        auto job = std::make_unique<DiagnosticsExport>(*m_settings,
                                                       DiagnosticsExport::Sources{m_log->directory(), nullptr, {}});
        job->start(gone);
        job->cancel();
    } // destroyed at once, as when its progress window is closed
    QVERIFY(!QFile::exists(gone));
}

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
