// The connection wizard, the profile store and the session it opens, against the real dmsandbox over TLS: test
// connection verdicts, saving a profile (authCode in the keychain only), opening it with a first sync, removing it
// (cache files and keychain entries wiped) and an auditor profile that is read-only.

#include "SandboxProcess.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditLedger.h"
#include "store/CacheFile.h"
#include "store/LedgerKey.h"
#include "sync/CacheSession.h"
#include "ui/ProfileManager.h"
#include "ui/ProfileWizard.h"
#include "ui/ProfileWizardTestPage.h"
#include "ui/SandboxLauncher.h"
#include "ui/SessionController.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr qint64 kEpoch = 1789948800000; // the end of the seeded history, as in the service tests
constexpr int kNetworkTimeoutMs = 60000;

QStringList frozenSmall()
{
    return {QStringLiteral("--scale"),      QStringLiteral("small"), QStringLiteral("--seed"),  QStringLiteral("1"),
            QStringLiteral("--epoch"),      QString::number(kEpoch), QStringLiteral("--speed"), QStringLiteral("0"),
            QStringLiteral("--rate-limit"), QStringLiteral("0")};
}

} // namespace

class TestProfileWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testConnectionWithSandboxValuesPasses();
    void wrongPinGivesClearFailure();
    void incompleteFormCannotGoOn();
    void savedProfileKeepsAuthCodeInKeychainOnlyAndSyncs();
    void removingProfileWipesCacheAndKeychain();
    void rebuildingKeepsTheUnreadableCacheAside();
    void rebuildingTheOpenCacheClosesItFirst();
    void auditorProfileIsReadOnly();

private:
    void fillWizard(ProfileWizard& wizard, const QString& name, const QString& pin = {});
    [[nodiscard]] QString field(const char* name) const { return m_connection.value(QLatin1String(name)).toString(); }
    [[nodiscard]] Profile sandboxProfile(const QString& name, bool readOnly) const;
    [[nodiscard]] QStringList keysOf(const QUuid& id) const;

    QTemporaryDir m_sandboxDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_connection;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::shared_ptr<MemoryKeychain> m_keychain;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<QWidget> m_window;
};

void TestProfileWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(m_sandboxDir.path());
    m_connection = m_sandbox->start(frozenSmall());
    QVERIFY2(!m_connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
}

void TestProfileWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("dmadmin.ini")), QSettings::IniFormat);
    m_keychain = std::make_shared<MemoryKeychain>();
    m_controller = std::make_unique<SessionController>(*m_settings, [keychain = m_keychain](const QUuid& id) {
        return std::make_unique<MemorySecretStore>(id, keychain);
    });
    const QString cacheDir = m_dir->path();
    m_controller->setCachePathFunction([cacheDir](const QUuid& id) -> QString {
        return cacheDir + QStringLiteral("/cache-") + id.toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite");
    });
    m_window = std::make_unique<QWidget>();
    m_window->resize(400, 300);
}

void TestProfileWizard::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProfileWizard::fillWizard(ProfileWizard& wizard, const QString& name, const QString& pin)
{
    const auto set = [&wizard](const char* objectName, const QString& text) {
        auto* edit = wizard.findChild<QLineEdit*>(QLatin1String(objectName));
        QVERIFY2(edit != nullptr, objectName);
        edit->setText(text);
    };
    set("wizard.name", name);
    set("wizard.baseUrl", field("baseUrl"));
    set("wizard.appId", field("appId"));
    set("wizard.orgOpenId", field("orgOpenId"));
    set("wizard.authCode", field("authCode"));
    set("wizard.domain", field("domain"));
    set("wizard.pins", pin.isEmpty() ? field("spkiSha256") : pin);
}

Profile TestProfileWizard::sandboxProfile(const QString& name, bool readOnly) const
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.baseUrl = QUrl(field("baseUrl"));
    profile.appId = field("appId");
    profile.orgOpenId = field("orgOpenId");
    profile.domain = field("domain");
    profile.pinnedKeys = {field("spkiSha256").toLatin1()};
    profile.readOnly = readOnly;
    return profile;
}

QStringList TestProfileWizard::keysOf(const QUuid& id) const
{
    QStringList keys;
    const QString prefix = QStringLiteral("dmadmin/") + id.toString(QUuid::WithoutBraces) + QLatin1Char('/');
    for (const QString& key : m_keychain->keys()) {
        if (key.startsWith(prefix)) {
            keys.append(key.mid(prefix.size()));
        }
    }
    return keys;
}

void TestProfileWizard::testConnectionWithSandboxValuesPasses()
{
    SandboxLauncher launcher;
    ProfileWizard wizard(launcher, {});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    fillWizard(wizard, QStringLiteral("court"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

    auto& page = wizard.testPage();
    QTRY_COMPARE_WITH_TIMEOUT(page.verdict(), ProfileWizardTestPage::Verdict::Passed, kNetworkTimeoutMs);
    const auto* verdict = wizard.findChild<QLabel*>(QStringLiteral("wizard.verdict"));
    QVERIFY(verdict->text().contains(QStringLiteral("unit")));
    for (const char* step : {"reachable", "tls", "token", "api"}) {
        const auto* label = wizard.findChild<QLabel*>(QStringLiteral("wizard.step.") + QLatin1String(step));
        QVERIFY2(label->text().startsWith(QStringLiteral("OK")), qPrintable(label->text()));
    }
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("wizard.step.tls"))->text().contains(QStringLiteral("pinned")));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

void TestProfileWizard::wrongPinGivesClearFailure()
{
    SandboxLauncher launcher;
    ProfileWizard wizard(launcher, {});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString wrongPin = QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
    fillWizard(wizard, QStringLiteral("court"), wrongPin);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

    auto& page = wizard.testPage();
    QTRY_COMPARE_WITH_TIMEOUT(page.verdict(), ProfileWizardTestPage::Verdict::Failed, kNetworkTimeoutMs);
    const auto* verdict = wizard.findChild<QLabel*>(QStringLiteral("wizard.verdict"));
    QVERIFY2(verdict->text().contains(QStringLiteral("pin")), qPrintable(verdict->text()));
    QVERIFY(
        wizard.findChild<QLabel*>(QStringLiteral("wizard.step.reachable"))->text().startsWith(QStringLiteral("OK")));
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("wizard.step.tls"))->text().startsWith(QStringLiteral("Failed")));
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("wizard.step.token"))->text().contains(QStringLiteral("not")));
    // A failed test does not save by accident; saving anyway is an explicit choice.
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    auto* anyway = wizard.findChild<QCheckBox*>(QStringLiteral("wizard.saveAnyway"));
    QVERIFY(anyway->isVisible());
    anyway->setChecked(true);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

void TestProfileWizard::incompleteFormCannotGoOn()
{
    SandboxLauncher launcher;
    ProfileWizard wizard(launcher, {sandboxProfile(QStringLiteral("taken"), false)});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillWizard(wizard, QStringLiteral("taken"));
    const auto* problem = wizard.findChild<QLabel*>(QStringLiteral("wizard.problem"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("exists")), qPrintable(problem->text()));
    wizard.findChild<QLineEdit*>(QStringLiteral("wizard.name"))->setText(QStringLiteral("free"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.findChild<QLineEdit*>(QStringLiteral("wizard.baseUrl"))->setText(QStringLiteral("http://plain.example"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("https")));
    wizard.findChild<QLineEdit*>(QStringLiteral("wizard.baseUrl"))->setText(field("baseUrl"));
    wizard.findChild<QLineEdit*>(QStringLiteral("wizard.pins"))->setText(QStringLiteral("not-a-pin"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestProfileWizard::savedProfileKeepsAuthCodeInKeychainOnlyAndSyncs()
{
    ProfileManager manager(*m_controller, m_window.get());
    manager.showWizard();
    QPointer<ProfileWizard> wizard = manager.wizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard.data()));
    fillWizard(*wizard, QStringLiteral("court"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->testPage().verdict(), ProfileWizardTestPage::Verdict::Passed, kNetworkTimeoutMs);
    QSignalSpy changed(m_controller.get(), &SessionController::sessionChanged);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session() != nullptr, kNetworkTimeoutMs);
    const QList<Profile> profiles = m_controller->profiles();
    QCOMPARE(profiles.size(), 1);
    const Profile saved = profiles.first();
    QCOMPARE(saved.name, QStringLiteral("court"));
    QCOMPARE(saved.pinnedKeys, QList<QByteArray>{field("spkiSha256").toLatin1()});
    QCOMPARE(m_controller->currentProfile()->id, saved.id);
    QVERIFY(!m_controller->readOnly());

    // The authCode is in the keychain and nowhere in the settings file.
    const QStringList keys = keysOf(saved.id);
    QVERIFY2(keys.contains(QStringLiteral("auth-code")), qPrintable(keys.join(u',')));
    QVERIFY(keys.contains(CacheFile::keyName()));
    QCOMPARE(m_keychain->value(QStringLiteral("dmadmin/%1/auth-code").arg(saved.id.toString(QUuid::WithoutBraces))),
             field("authCode").toUtf8());
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(field("authCode").toUtf8()));

    // A new profile's cache is filled at once, and the sync reaches its end.
    CacheSession* session = m_controller->session();
    QSignalSpy finished(session, &CacheSession::syncFinished);
    QVERIFY(session->isSyncing() || finished.count() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, kNetworkTimeoutMs);
    const auto summary = finished.first().first().value<SyncSummary>();
    QVERIFY2(summary.succeeded(),
             summary.errors.isEmpty() ? "cancelled" : qPrintable(summary.errors.first().message()));
    QVERIFY(summary.rowsWritten() > 0);
}

void TestProfileWizard::removingProfileWipesCacheAndKeychain()
{
    ProfileManager manager(*m_controller, m_window.get());
    const Profile profile = sandboxProfile(QStringLiteral("gone"), false);
    m_controller->addProfile(profile, field("authCode").toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session() != nullptr, kNetworkTimeoutMs);
    const QString cachePath = m_controller->cachePathFor(profile.id);
    QVERIFY(QFile::exists(cachePath));
    QCOMPARE(keysOf(profile.id).size(), 3); // the authCode, the cache key and the ledger key
    // Another profile's entries must survive.
    const QUuid other = QUuid::createUuid();
    m_keychain->setValue(QStringLiteral("dmadmin/%1/auth-code").arg(other.toString(QUuid::WithoutBraces)), "x");

    manager.confirmRemove(profile.id);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("profileRemoveBox"))) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("gone")));
    auto* remove = box->findChild<QAbstractButton*>(QStringLiteral("profileRemoveBox.remove"));
    QVERIFY(remove != nullptr);
    QSignalSpy removed(m_controller.get(), &SessionController::profileRemoved);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(removed.count(), 1);
    QVERIFY2(removed.first().at(1).toBool(), qPrintable(removed.first().at(2).toString()));

    QVERIFY(m_controller->session() == nullptr);
    QVERIFY(m_controller->profiles().isEmpty());
    QVERIFY(!QFile::exists(cachePath));
    QVERIFY(!QFile::exists(cachePath + QStringLiteral("-wal")));
    // The ledger was kept first, and its key stays so that what was kept can be checked.
    QCOMPARE(keysOf(profile.id), QStringList{LedgerKey::keychainName()});
    QCOMPARE(keysOf(other).size(), 1);
    auto* kept = m_window->findChild<QMessageBox*>(QStringLiteral("ledgerKeptBox"));
    QVERIFY(kept != nullptr);
    const QDir ledger(QFileInfo(cachePath).absolutePath() + QStringLiteral("/ledger/") +
                      QFileInfo(cachePath).completeBaseName());
    const QStringList folders = ledger.entryList({QStringLiteral("kept-*")}, QDir::Dirs);
    QCOMPARE(folders.size(), 1);
    const QString archive = ledger.filePath(folders.constFirst() + QStringLiteral("/ledger.jsonl"));
    QVERIFY(QFile::exists(archive));
    QVERIFY2(kept->text().contains(QDir::toNativeSeparators(archive)), qPrintable(kept->text()));
}

void TestProfileWizard::rebuildingKeepsTheUnreadableCacheAside()
{
    ProfileManager manager(*m_controller, m_window.get());
    const Profile profile = sandboxProfile(QStringLiteral("rebuilt"), false);
    m_controller->addProfile(profile, field("authCode").toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session() != nullptr, kNetworkTimeoutMs);
    const QString cachePath = m_controller->cachePathFor(profile.id);
    m_controller->closeSession();
    // The cache key is lost: the file can no longer be read, and rebuilding is offered.
    QVERIFY(m_keychain->remove(
        QStringLiteral("dmadmin/%1/%2").arg(profile.id.toString(QUuid::WithoutBraces), CacheFile::keyName())));
    m_controller->openProfile(profile.id);
    QAbstractButton* rebuild = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (rebuild = m_window->findChild<QAbstractButton*>(QStringLiteral("profileErrorBox.rebuild"))) != nullptr,
        kNetworkTimeoutMs);
    QTest::mouseClick(rebuild, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session() != nullptr, kNetworkTimeoutMs);

    // The unreadable file was moved aside, not deleted, and the user was told where.
    const QDir ledger(QFileInfo(cachePath).absolutePath() + QStringLiteral("/ledger/") +
                      QFileInfo(cachePath).completeBaseName());
    const QStringList folders = ledger.entryList({QStringLiteral("kept-*")}, QDir::Dirs);
    QCOMPARE(folders.size(), 1);
    QVERIFY(QFile::exists(ledger.filePath(folders.constFirst() + QLatin1Char('/') + QFileInfo(cachePath).fileName())));
    auto* kept = m_window->findChild<QMessageBox*>(QStringLiteral("ledgerKeptBox"));
    QVERIFY(kept != nullptr);
    QVERIFY2(kept->text().contains(QDir::toNativeSeparators(ledger.filePath(folders.constFirst()))),
             qPrintable(kept->text()));
    QVERIFY(QFile::exists(cachePath)); // the new cache

    // The new ledger begins by saying where the old one went.
    std::optional<QList<AuditEntry>> entries;
    m_controller->session()->query<QList<AuditEntry>>(
        [](Db& db) {
            auto recent = AuditLedger(db).recent(5);
            return recent ? *recent : QList<AuditEntry>();
        },
        this, [&entries](QList<AuditEntry> found) { entries = found; });
    QTRY_VERIFY(entries.has_value());
    QVERIFY(!entries->isEmpty());
    QCOMPARE(entries->constLast().action, QStringLiteral("rebuildCache"));
    QVERIFY(entries->constLast().detail.contains(folders.constFirst()));
}

// Settings › Cache › Rebuild on the profile in use: the session closes, the ledger is kept, a new cache opens and
// syncs.
void TestProfileWizard::rebuildingTheOpenCacheClosesItFirst()
{
    ProfileManager manager(*m_controller, m_window.get());
    const Profile profile = sandboxProfile(QStringLiteral("rebuiltopen"), false);
    m_controller->addProfile(profile, field("authCode").toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session() != nullptr, kNetworkTimeoutMs);
    const QPointer<CacheSession> before = m_controller->session();
    const QString cachePath = m_controller->cachePathFor(profile.id);

    m_controller->rebuildOpenCache();
    QTRY_VERIFY_WITH_TIMEOUT(before.isNull() && m_controller->session() != nullptr, kNetworkTimeoutMs);
    QCOMPARE(m_controller->currentProfile()->id, profile.id);
    QVERIFY(QFile::exists(cachePath));
    const QDir ledger(QFileInfo(cachePath).absolutePath() + QStringLiteral("/ledger/") +
                      QFileInfo(cachePath).completeBaseName());
    QCOMPARE(ledger.entryList({QStringLiteral("kept-*")}, QDir::Dirs).size(), 1);
    std::optional<QList<AuditEntry>> entries;
    m_controller->session()->query<QList<AuditEntry>>(
        [](Db& db) {
            auto recent = AuditLedger(db).recent(5);
            return recent ? *recent : QList<AuditEntry>();
        },
        this, [&entries](QList<AuditEntry> found) { entries = found; });
    QTRY_VERIFY(entries.has_value());
    QVERIFY(!entries->isEmpty());
    QCOMPARE(entries->constLast().action, QStringLiteral("rebuildCache")); // the new ledger's first entry
    m_controller->closeSession();
}

void TestProfileWizard::auditorProfileIsReadOnly()
{
    const Profile profile = sandboxProfile(QStringLiteral("auditor"), true);
    QVERIFY(ProfileStore(*m_settings).save(profile));
    m_keychain->setValue(QStringLiteral("dmadmin/%1/auth-code").arg(profile.id.toString(QUuid::WithoutBraces)),
                         field("authCode").toUtf8());
    ProfileManager manager(*m_controller, m_window.get());
    m_controller->openProfile(profile.id);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session() != nullptr, kNetworkTimeoutMs);
    QVERIFY(m_controller->readOnly());
    QVERIFY(m_controller->session()->readOnly());
    // The session itself refuses mutations, whatever a page might try.
    std::optional<bool> accepted;
    m_controller->session()->enqueue(
        {}, m_window.get(), [&accepted](const Expected<QList<qint64>, DbError>& ids) { accepted = bool(ids); });
    QTRY_VERIFY(accepted.has_value());
    QVERIFY(!*accepted);
    // The Profiles menu names it as read-only.
    bool named = false;
    for (QAction* action : manager.menu()->actions()) {
        named = named || action->text().contains(QStringLiteral("read-only"));
    }
    QVERIFY(named);
}

QTEST_MAIN(TestProfileWizard)
#include "tst_profilewizard.moc"
