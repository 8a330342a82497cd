// The Settings page (设置) as a court's clerk uses it, against the real dmsandbox over TLS: a manual proxy set on the
// page carries the reopened session's requests and "no proxy" the ones after; every preference round-trips through
// the settings file and reaches what it configures (the session's connection, the proof-pack and export dialogs, the
// View menu, the logging categories); invalid fields are refused by name and nothing is saved; the proxy's password
// stays in the keychain and never lands in the settings file.

#include "ConnectProxy.h"
#include "GuiTestSupport.h"
#include "SandboxProcess.h"
#include "api/NetworkPreferences.h"
#include "api/PlatformClient.h"
#include "core/ClientPreferences.h"
#include "secrets/MemorySecretStore.h"
#include "sync/CacheSession.h"
#include "timestamp/TimestampClient.h"
#include "ui/LanguageManager.h"
#include "ui/SessionController.h"
#include "ui/logs/LogExportDialog.h"
#include "ui/pages/SettingsPage.h"
#include "ui/proof/ProofPackDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;
using namespace std::chrono_literals;

namespace {

constexpr int kNetworkTimeoutMs = 90000;
const QByteArray kProxyPassword = "Proxy-pw-7731";

template <typename T>
T* field(QWidget* page, const char* name)
{
    auto* widget = page->findChild<T*>(QLatin1String(name));
    if (widget == nullptr) {
        qFatal("no field %s", name);
    }
    return widget;
}

void choose(QComboBox* box, int data)
{
    box->setCurrentIndex(box->findData(data));
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void manualProxyCarriesTheNextRequestsAndNoProxyStopsIt();
    void languageAgreesWithTheViewMenuBothWays();
    void logLevelAppliesAtOnceAndRoundTrips();
    void exportFolderMustExist();

private:
    // Waits until the controller closed its session and opened the next one (`changed` was made before the action).
    [[nodiscard]] bool waitForNewSession(SessionController& controller, QSignalSpy& changed);

    QTemporaryDir m_sandboxDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_connection;
};

void TestSettingsPage::initTestCase()
{
    // The dialogs read the application's settings (QSettings()): a test location of the test's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dmadmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingspage"));
    QSettings().clear();
    m_sandbox = std::make_unique<SandboxProcess>(m_sandboxDir.path());
    m_connection = m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"),
                                     QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(!m_connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
}

void TestSettingsPage::init()
{
    // Only the page's proxy, whatever the machine's environment says.
    for (const char* name :
         {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
        qunsetenv(name);
    }
}

void TestSettingsPage::cleanupTestCase()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QFile::remove(settings.fileName());
    QLoggingCategory::setFilterRules(QString());
}

bool TestSettingsPage::waitForNewSession(SessionController& controller, QSignalSpy& changed)
{
    QSignalSpy failed(&controller, &SessionController::openFailed);
    // A session's address may be the closed one's again: the signals tell the two apart.
    const qsizetype needed = controller.session() != nullptr ? 2 : 1;
    if (!QTest::qWaitFor(
            [&] {
                return !failed.isEmpty() ||
                       (changed.count() >= needed && controller.session() != nullptr && !controller.isOpening());
            },
            kNetworkTimeoutMs)) {
        qWarning("no new session");
        return false;
    }
    if (!failed.isEmpty()) {
        qWarning("open failed: %s", qPrintable(failed.first().first().toString()));
        return false;
    }
    return true;
}

void TestSettingsPage::manualProxyCarriesTheNextRequestsAndNoProxyStopsIt()
{
    QTemporaryDir dir;
    QSettings settings; // the application's, as main() makes it
    auto keychain = std::make_shared<MemoryKeychain>();
    SessionController controller(
        settings, [keychain](const QUuid& id) { return std::make_unique<MemorySecretStore>(id, keychain); });
    controller.setCachePathFunction([path = dir.path()](const QUuid& id) -> QString {
        return path + QStringLiteral("/cache-") + id.toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite");
    });
    QFile connectionFile(dir.filePath(QStringLiteral("connection.json")));
    QVERIFY(connectionFile.open(QIODevice::WriteOnly));
    connectionFile.write(QJsonDocument(m_connection).toJson(QJsonDocument::Compact) + '\n');
    connectionFile.close();

    LanguageManager languages(settings);
    SettingsPage page(settings, languages);
    page.setSessionController(&controller);
    // As the main window does: the page follows the controller's session.
    connect(&controller, &SessionController::sessionChanged, &page, [&] { page.setSession(controller.session()); });
    page.resize(900, 1200);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto* mode = field<QComboBox>(&page, "settings.network.mode");
    QVERIFY(!mode->isEnabled()); // no profile open: nothing of a profile to set
    QSignalSpy opened(&controller, &SessionController::sessionChanged);
    controller.openSandboxConfig(connectionFile.fileName());
    QVERIFY(waitForNewSession(controller, opened));
    QSignalSpy firstSync(controller.session(), &CacheSession::syncFinished);
    QVERIFY(firstSync.wait(kNetworkTimeoutMs));
    const QUuid profileId = controller.currentProfile()->id;
    const QString networkGroup =
        QStringLiteral("profiles/%1/preferences/network/").arg(profileId.toString(QUuid::WithoutBraces));
    QVERIFY(mode->isEnabled());

    auto* host = field<QLineEdit>(&page, "settings.network.host");
    auto* port = field<QSpinBox>(&page, "settings.network.port");
    auto* user = field<QLineEdit>(&page, "settings.network.user");
    auto* password = field<QLineEdit>(&page, "settings.network.password");
    auto* connectTimeout = field<QSpinBox>(&page, "settings.network.connectTimeout");
    auto* transferTimeout = field<QSpinBox>(&page, "settings.network.transferTimeout");
    auto* tsaUrl = field<QLineEdit>(&page, "settings.proof.tsaUrl");
    auto* apply = field<QPushButton>(&page, "settings.apply");
    auto* revert = field<QPushButton>(&page, "settings.revert");
    QVERIFY(!apply->isEnabled());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    for (QWidget* widget :
         {static_cast<QWidget*>(mode), static_cast<QWidget*>(host), static_cast<QWidget*>(port),
          static_cast<QWidget*>(user), static_cast<QWidget*>(password), static_cast<QWidget*>(connectTimeout),
          static_cast<QWidget*>(transferTimeout), static_cast<QWidget*>(tsaUrl)}) {
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->objectName()));
        const auto labels = page.findChildren<QLabel*>();
        QVERIFY2(
            std::any_of(labels.cbegin(), labels.cend(),
                        [widget](const QLabel* label) { return label->buddy() == widget && !label->text().isEmpty(); }),
            qPrintable(widget->objectName()));
    }

    // Invalid input: refused with the field named, and nothing saved.
    choose(mode, int(ProxyMode::Manual));
    QVERIFY(host->isEnabled());
    QVERIFY(apply->isEnabled());
    QVERIFY(!page.apply());
    QVERIFY2(page.message().startsWith(QStringLiteral("Proxy host:")), qPrintable(page.message()));
    QVERIFY(page.focusWidget() == host);
    QVERIFY(!settings.contains(networkGroup + QStringLiteral("proxyMode")));
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    port->setValue(0);
    QVERIFY(!page.apply());
    QVERIFY2(page.message().startsWith(QStringLiteral("Proxy port:")), qPrintable(page.message()));
    QVERIFY(!settings.contains(networkGroup + QStringLiteral("proxyMode")));
    QTest::keyClicks(tsaUrl, QStringLiteral("ftp://tsa.example.cn"));
    port->setValue(8080);
    QVERIFY(!page.apply());
    QVERIFY2(page.message().startsWith(QStringLiteral("Time-stamping URL:")), qPrintable(page.message()));
    QVERIFY(!settings.contains(networkGroup + QStringLiteral("proxyMode")));
    // Revert brings back what is saved.
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(mode->currentData().toInt(), int(ProxyMode::System));
    QVERIFY(tsaUrl->text().isEmpty());
    QVERIFY(!apply->isEnabled());

    // A manual proxy that wants a password: typed on the page, then the reopened session's requests go through it.
    ConnectProxy proxy("clerk", kProxyPassword);
    choose(mode, int(ProxyMode::Manual));
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    port->setValue(proxy.port());
    QTest::keyClicks(user, QStringLiteral("clerk"));
    QTest::keyClicks(password, QString::fromLatin1(kProxyPassword));
    connectTimeout->setValue(9);
    transferTimeout->setValue(45);
    const QString tsa = QStringLiteral("https://tsa.example.cn/tsa");
    QTest::keyClicks(tsaUrl, tsa);
    QSignalSpy reopenedWithProxy(&controller, &SessionController::sessionChanged);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(page.message() == QStringLiteral("Settings applied."), qPrintable(page.message()));
    QVERIFY(password->text().isEmpty()); // not kept on the page either
    QVERIFY(waitForNewSession(controller, reopenedWithProxy));
    QSignalSpy proxiedSync(controller.session(), &CacheSession::syncFinished);
    QVERIFY(controller.session()->isSyncing());
    QVERIFY(proxiedSync.wait(kNetworkTimeoutMs));
    const auto proxied = proxiedSync.first().first().value<SyncSummary>();
    QVERIFY2(proxied.succeeded(),
             proxied.errors.isEmpty() ? "cancelled" : qPrintable(proxied.errors.first().message()));
    QVERIFY(proxy.tunnels() >= 1);
    // The UI thread's client takes it too: its next request tunnels through the proxy.
    const ConnectionSettings& used = controller.client()->network().settings();
    QCOMPARE(used.proxyMode, ProxyMode::Manual);
    QCOMPARE(used.connectTimeout, std::chrono::milliseconds(9s));
    QCOMPARE(used.transferTimeout, std::chrono::milliseconds(45s));
    const int tunnelsBeforeRequest = proxy.tunnels();
    QNetworkReply* reply = controller.client()->network().postJson(QStringLiteral("/sandbox/tsa/chain"), "{}");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kNetworkTimeoutMs));
    reply->deleteLater();
    QVERIFY(proxy.tunnels() > tunnelsBeforeRequest);
    // And the RFC 3161 client, made from the same connection settings, as proof packs and ledger anchors make it.
    QUrl tsaOfSandbox = used.baseUrl;
    tsaOfSandbox.setPath(QStringLiteral("/sandbox/tsa"));
    TimestampClient timestamps(tsaOfSandbox, used);
    const int tunnelsBeforeTsa = proxy.tunnels();
    std::optional<bool> chainFetched;
    timestamps.fetchSandboxChain([&](const Expected<QByteArray, QString>& chain) { chainFetched = chain.hasValue(); });
    QTRY_VERIFY_WITH_TIMEOUT(chainFetched.has_value(), kNetworkTimeoutMs);
    QVERIFY(*chainFetched);
    QVERIFY(proxy.tunnels() > tunnelsBeforeTsa);

    // Round trip through the settings file, and the password only in the keychain.
    settings.sync();
    QCOMPARE(settings.value(networkGroup + QStringLiteral("proxyMode")).toString(), QStringLiteral("manual"));
    QCOMPARE(settings.value(networkGroup + QStringLiteral("proxyPort")).toUInt(), uint(proxy.port()));
    QCOMPARE(settings.value(networkGroup + QStringLiteral("connectTimeoutSeconds")).toInt(), 9);
    QCOMPARE(settings.value(networkGroup + QStringLiteral("transferTimeoutSeconds")).toInt(), 45);
    QCOMPARE(ProofPreferences::load(settings, profileId).tsaUrl, tsa);
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("proxyMode"));
    QVERIFY(!bytes.contains(kProxyPassword));
    QCOMPARE(
        keychain->value(QStringLiteral("dmadmin/%1/%2")
                            .arg(profileId.toString(QUuid::WithoutBraces), ProxyCredentials::secretName())),
        std::optional<QByteArray>(QStringLiteral("127.0.0.1:%1\nclerk\n").arg(proxy.port()).toUtf8() + kProxyPassword));

    // The proof-pack dialog starts with the profile's TSA; the export dialogs in the export folder.
    auto* folder = field<QLineEdit>(&page, "settings.export.folder");
    replaceText(folder, dir.path());
    QVERIFY(page.apply());
    QCOMPARE(ExportPreferences::load(QSettings()).folder, dir.path());
    {
        ProofPackDialog proof(*controller.client(), *controller.session(), *controller.currentProfile(),
                              {ProofTarget{QStringLiteral("m-1"), QStringLiteral("a@court.example"), QString(),
                                           QStringLiteral("判决书")}});
        QCOMPARE(proof.findChild<QLineEdit*>(QStringLiteral("proof.tsaUrl"))->text(), tsa);
        QCOMPARE(proof.findChild<QLineEdit*>(QStringLiteral("proof.folder"))->text(), dir.path());
    }
    QFileDialog* exportDialog = startLogExport(&page, controller.session(), LogExportRequest{});
    QVERIFY(exportDialog != nullptr);
    QCOMPARE(exportDialog->directory().absolutePath(), QDir(dir.path()).absolutePath());
    exportDialog->close();

    // "No proxy": the next session's requests no longer meet the proxy.
    choose(mode, int(ProxyMode::None));
    QVERIFY(!host->isEnabled());
    QSignalSpy reopenedDirect(&controller, &SessionController::sessionChanged);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(waitForNewSession(controller, reopenedDirect));
    QSignalSpy directSync(controller.session(), &CacheSession::syncFinished);
    const int tunnelsBeforeDirect = proxy.tunnels();
    QVERIFY(directSync.wait(kNetworkTimeoutMs));
    const auto direct = directSync.first().first().value<SyncSummary>();
    QVERIFY2(direct.succeeded(), direct.errors.isEmpty() ? "cancelled" : qPrintable(direct.errors.first().message()));
    reply = controller.client()->network().postJson(QStringLiteral("/sandbox/tsa/chain"), "{}");
    QSignalSpy directFinished(reply, &QNetworkReply::finished);
    QVERIFY(directFinished.wait(kNetworkTimeoutMs));
    reply->deleteLater();
    QCOMPARE(proxy.tunnels(), tunnelsBeforeDirect);
    QCOMPARE(controller.client()->network().settings().proxyMode, ProxyMode::None);
    QCOMPARE(NetworkPreferences::load(settings, profileId).proxyMode, ProxyMode::None);

    controller.closeSession();
}

void TestSettingsPage::languageAgreesWithTheViewMenuBothWays()
{
    test::GuiFixture gui;
    QVERIFY(gui.open());
    auto* page = gui.window()->findChild<SettingsPage*>();
    QVERIFY(page != nullptr);
    auto* language = field<QComboBox>(page, "settings.language.choice");
    auto* apply = field<QPushButton>(page, "settings.apply");

    // Page to menu: applied, remembered, and the menu's entry checked.
    choose(language, int(UiLanguage::English));
    QVERIFY(page->apply());
    QCOMPARE(gui.languages().preference(), UiLanguage::English);
    QCOMPARE(gui.languages().activeLocale(), LanguageManager::englishLocale());
    QVERIFY(gui.window()->findChild<QAction*>(QStringLiteral("action.language.en"))->isChecked());
    gui.settings().sync();
    QCOMPARE(LanguageManager(gui.settings()).preference(), UiLanguage::English);

    // Menu to page: the page shows the choice at once.
    gui.window()->findChild<QAction*>(QStringLiteral("action.language.zh_CN"))->trigger();
    QCOMPARE(language->currentData().toInt(), int(UiLanguage::ChineseSimplified));
    QVERIFY(!apply->isEnabled());
    QCOMPARE(gui.languages().activeLocale(), LanguageManager::chineseLocale());
    choose(language, int(UiLanguage::FollowSystem));
    QVERIFY(page->apply());
    QVERIFY(gui.window()->findChild<QAction*>(QStringLiteral("action.language.system"))->isChecked());
}

void TestSettingsPage::logLevelAppliesAtOnceAndRoundTrips()
{
    test::GuiFixture gui;
    QVERIFY(gui.open());
    auto* page = gui.window()->findChild<SettingsPage*>();
    auto* level = field<QComboBox>(page, "settings.logging.level");
    const QLoggingCategory exchange("dm.api.exchange");

    choose(level, int(LogLevel::Debug));
    QVERIFY(page->apply());
    QVERIFY(exchange.isDebugEnabled());
    QCOMPARE(LoggingPreferences::load(gui.settings()).level, LogLevel::Debug);

    choose(level, int(LogLevel::Errors));
    QVERIFY(page->apply());
    QVERIFY(!exchange.isDebugEnabled());
    QVERIFY(!exchange.isInfoEnabled());
    QVERIFY(!exchange.isWarningEnabled());
    QVERIFY(exchange.isCriticalEnabled());

    // What a new start reads (main() applies it before anything logs).
    gui.settings().sync();
    QSettings reread(gui.settings().fileName(), QSettings::IniFormat);
    QCOMPARE(LoggingPreferences::load(reread).level, LogLevel::Errors);
    QVERIFY(gui.reopen());
    QCOMPARE(gui.window()->findChild<QComboBox*>(QStringLiteral("settings.logging.level"))->currentData().toInt(),
             int(LogLevel::Errors));
}

void TestSettingsPage::exportFolderMustExist()
{
    test::GuiFixture gui;
    QVERIFY(gui.open());
    auto* page = gui.window()->findChild<SettingsPage*>();
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-folder"));
    replaceText(field<QLineEdit>(page, "settings.export.folder"), missing);
    QVERIFY(!page->apply());
    QVERIFY2(page->message().startsWith(QStringLiteral("Export folder:")), qPrintable(page->message()));
    QVERIFY(page->message().contains(missing));
    QVERIFY(ExportPreferences::load(gui.settings()).folder.isEmpty());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
