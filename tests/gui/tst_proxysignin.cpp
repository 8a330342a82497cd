// Proxy sign-in, as a court's clerk meets it: the machine reaches the platform (the real dmsandbox over TLS) through
// a proxy that wants a user name and password. The window asks for them, keeps them in the profile's keychain entries
// only, and the session opened again with them gets through.

#include "ConnectProxy.h"
#include "GuiTestSupport.h"
#include "SandboxProcess.h"
#include "secrets/MemorySecretStore.h"
#include "sync/CacheSession.h"
#include "ui/ProxyCredentialsDialog.h"
#include "ui/SessionController.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

namespace {

constexpr int kNetworkTimeoutMs = 60000;

} // namespace

class TestProxySignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theWindowAsksAndTheReopenedSessionGetsThrough();

private:
    QTemporaryDir m_sandboxDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_connection;
};

void TestProxySignIn::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(m_sandboxDir.path());
    m_connection = m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"),
                                     QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(!m_connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
}

void TestProxySignIn::cleanup()
{
    qunsetenv("https_proxy");
}

void TestProxySignIn::init()
{
    // Only the test's proxy, whatever the machine's environment says.
    for (const char* name :
         {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
        qunsetenv(name);
    }
}

void TestProxySignIn::theWindowAsksAndTheReopenedSessionGetsThrough()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("controller.ini")), QSettings::IniFormat);
    auto keychain = std::make_shared<MemoryKeychain>();
    SessionController controller(
        settings, [keychain](const QUuid& id) { return std::make_unique<MemorySecretStore>(id, keychain); });
    controller.setCachePathFunction([path = dir.path()](const QUuid& id) -> QString {
        return path + QStringLiteral("/cache-") + id.toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite");
    });
    QFile connectionFile(dir.filePath(QStringLiteral("connection.json")));
    QVERIFY(connectionFile.open(QIODevice::WriteOnly));
    connectionFile.write(QJsonDocument(m_connection).toJson(QJsonDocument::Compact) + '\n'); // as dmsandbox prints it
    connectionFile.close();
    // The window goes before the controller it refers to.
    auto gui = std::make_unique<test::GuiFixture>();
    QVERIFY(gui->open());
    gui->window()->setSessionController(&controller);

    // Only the client's own requests go through the proxy: the sandbox was started before.
    ConnectProxy proxy("clerk", "s3cret");
    qputenv("https_proxy", proxy.url().toUtf8());
    QSignalSpy asked(&controller, &SessionController::proxyCredentialsNeeded);
    QSignalSpy failed(&controller, &SessionController::openFailed);
    controller.openSandboxConfig(connectionFile.fileName());
    QTRY_VERIFY_WITH_TIMEOUT(controller.session() != nullptr || !failed.isEmpty(), kNetworkTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    // The window's first call meets the proxy: the window asks, naming it.
    ProxyCredentialsDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = gui->window()->findChild<ProxyCredentialsDialog*>(
                                  QStringLiteral("proxyCredentialsDialog"))) != nullptr,
                             kNetworkTimeoutMs);
    QVERIFY(asked.count() >= 1);
    QCOMPARE(asked.first().at(1).toBool(), false);
    QVERIFY(proxy.refusals() >= 1);
    QCOMPARE(proxy.tunnels(), 0);
    const auto* explanation = dialog->findChild<QLabel*>(QStringLiteral("proxy.explanation"));
    QVERIFY(explanation->text().contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())));
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no user name yet
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("proxy.password"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("proxy.user")), QStringLiteral("clerk"));
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    QVERIFY(ok->isEnabled());
    const QUuid profileId = controller.currentProfile()->id;
    QSignalSpy saved(&controller, &SessionController::proxyCredentialsSaved);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kNetworkTimeoutMs);

    // Kept in the keychain, under the profile, and in neither settings file.
    QCOMPARE(keychain->value(QStringLiteral("dmadmin/%1/%2")
                                 .arg(profileId.toString(QUuid::WithoutBraces), ProxyCredentials::secretName())),
             std::optional<QByteArray>(QStringLiteral("127.0.0.1:%1\nclerk\ns3cret").arg(proxy.port()).toUtf8()));
    for (QSettings* file : {&settings, &gui->settings()}) {
        file->sync();
        QFile ini(file->fileName());
        if (ini.open(QIODevice::ReadOnly)) { // a settings file nothing was written to does not exist
            QVERIFY(!ini.readAll().contains("s3cret"));
        }
    }

    // The session is opened again with them and, by itself, fetches through the proxy what the first open could not.
    const qsizetype askedBefore = asked.count();
    QTRY_VERIFY_WITH_TIMEOUT(controller.session() != nullptr, kNetworkTimeoutMs);
    QCOMPARE(controller.currentProfile()->id, profileId);
    QSignalSpy synced(controller.session(), &CacheSession::syncFinished);
    QVERIFY(controller.session()->isSyncing());
    QVERIFY(synced.wait(kNetworkTimeoutMs));
    QVERIFY(proxy.tunnels() >= 1);
    const auto summary = synced.first().first().value<SyncSummary>();
    QVERIFY2(summary.succeeded(),
             summary.errors.isEmpty() ? "cancelled" : qPrintable(summary.errors.first().message()));
    QVERIFY(gui->window()->findChild<ProxyCredentialsDialog*>() == nullptr);
    QCOMPARE(asked.count(), askedBefore);

    gui.reset();
    controller.closeSession();
}

QTEST_MAIN(TestProxySignIn)
#include "tst_proxysignin.moc"
