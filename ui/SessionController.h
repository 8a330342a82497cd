#pragma once

#include "api/ConnectionSettings.h"
#include "api/SandboxConfig.h"
#include "audit/LedgerAnchorer.h"
#include "core/Profile.h"
#include "store/AuditLedger.h"

#include <QObject>
#include <QSettings>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace dm {

class CacheSession;
class PlatformClient;
class SandboxLauncher;
class SecretStore;

// Which profile is open, and the opening, switching, adding and removing of profiles. It owns the open CacheSession
// (pages only borrow it, see Page::setSession), the profile's keychain access and the sandbox the user started from
// the window. Everything is asynchronous: the keychain and the cache open in the background and the answers come as
// signals.
class SessionController final : public QObject
{
    Q_OBJECT

public:
    // Makes the keychain access of one profile (its cache id); tests pass MemorySecretStores over one keychain.
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>(const QUuid&)>;
    using CachePathFunction = std::function<QString(const QUuid&)>;

    explicit SessionController(QSettings& settings, SecretStoreFactory secrets = {}, QObject* parent = nullptr);
    ~SessionController() override;

    // Where a profile's cache file lives; default CacheFile::defaultPath.
    void setCachePathFunction(CachePathFunction function) { m_cachePath = std::move(function); }
    [[nodiscard]] QString cachePathFor(const QUuid& id) const;
    [[nodiscard]] SandboxLauncher& sandbox() { return *m_sandbox; }

    [[nodiscard]] QList<Profile> profiles() const;
    // The profile last opened (saved profiles only), to reopen at start.
    [[nodiscard]] std::optional<Profile> lastProfile() const;

    // The open session, or null. Pages get it through MainWindow::setSession.
    [[nodiscard]] CacheSession* session() const { return m_session.get(); }
    // The open profile; a sandbox opened from --sandbox-config has an unsaved one (sandbox, named "sandbox").
    [[nodiscard]] const std::optional<Profile>& currentProfile() const { return m_profile; }
    // An auditor's profile: pages offer no mutating action (CacheSession::readOnly() says the same).
    [[nodiscard]] bool readOnly() const { return m_profile && m_profile->readOnly; }
    [[nodiscard]] bool isOpening() const { return m_opening.has_value(); }
    // A client in the UI thread for live checks of the open profile (connection status, name availability).
    [[nodiscard]] PlatformClient* client() const { return m_client.get(); }

    void openProfile(const QUuid& id);
    void openSandboxConfig(const QString& connectionFile);
    void openSandbox(const SandboxConnection& connection);
    // Stores the authCode in the profile's keychain, then the profile in the settings, then opens it (and starts its
    // first sync). A failure is reported by saveFailed() and leaves nothing behind.
    void addProfile(const Profile& profile, const QByteArray& authCode);
    // Closes it when open, keeps its audit ledger (LedgerKeeping), deletes its cache files, its authorization code and
    // cache key, then forgets it. The ledger key stays, for the kept ledger.
    void removeProfile(const QUuid& id);
    // Keeps the audit ledger of the cache that failed to open, deletes that cache and opens a new, empty one (then
    // syncs it).
    void rebuildCache();
    // The same for the open profile's cache (Settings › Cache › Rebuild): closes the session first.
    void rebuildOpenCache();
    void closeSession();
    // Keeps the proxy's user name and password in the open profile's keychain entries, then opens the profile again
    // so that every connection of the session (the UI's, the sync's, the time-stamping's) answers the proxy with them.
    void saveProxyCredentials(const ProxyCredentials& credentials);
    // Opens the open profile again with its network preferences as now saved (api/NetworkPreferences.h), so that the
    // next request of every connection of the session takes the new proxy and timeouts. Nothing when none is open.
    void applyNetworkPreferences();
    // What the open profile's platform serves (api/Capabilities' JSON): kept with the profile, and saved with it
    // when it is a saved profile.
    void rememberCapabilities(const QByteArray& capabilities);

Q_SIGNALS:
    void openStarted(const QString& profileName);
    // session() changed (null: no profile is open any more). Emitted before a closing session is deleted, so views
    // drop it first. No argument: connecting needs no complete CacheSession type (its headers clash with ui/pages).
    void sessionChanged();
    void openFailed(const QString& message, bool rebuildHelps);
    void saveFailed(const QString& message);
    void profilesChanged();
    void profileRemoved(const QUuid& id, bool ok, const QString& message);
    // Where the audit ledger of a rebuilt or removed cache was kept, in a sentence for the user.
    void ledgerKept(const QString& message);
    // The proxy at `proxy` (host:port) wants a user name and password (`refused`: it refused the saved ones).
    void proxyCredentialsNeeded(const QString& proxy, bool refused);
    // The proxy's credentials were kept, and the profile is opened again with them.
    void proxyCredentialsSaved();

private:
    struct Opening
    {
        Profile profile;
        ConnectionSettings settings;
        QByteArray authCode;
        bool saved = true; // a profile from the settings, remembered as the last one
        bool syncAfterOpen = false;
        int generation = 0;
        std::optional<AuditEntry> firstEntry; // recorded in the ledger once the cache is open (after a rebuild)
    };

    void beginOpen(Opening opening);
    void readAuthCode();
    void openCache();
    void openCacheWithProxy();
    void reopen();
    void failOpen(const QString& message, bool rebuildHelps);
    // Where the ledger of `profile` is time-stamped: the sandbox's TSA, or the one its proof packs use; none else.
    [[nodiscard]] std::optional<AnchorSettings> anchoringFor(const Profile& profile,
                                                             const ConnectionSettings& settings) const;
    void removeCacheAndSecrets(const std::shared_ptr<SecretStore>& secrets, const QUuid& id, const QString& path);
    [[nodiscard]] static std::optional<ConnectionSettings> settingsOf(const Profile& profile, QString& error);
    void onSandboxReady(const SandboxConnection& connection);
    void onSandboxFailed(const QString& message);

    QSettings& m_settings;
    SecretStoreFactory m_secretStores;
    CachePathFunction m_cachePath;
    std::unique_ptr<SandboxLauncher> m_sandbox;

    std::optional<Opening> m_opening;
    std::optional<Opening> m_failed; // kept for rebuildCache()
    std::optional<Opening> m_opened; // what the open session was opened with, for reopen()
    bool m_waitingForSandbox = false;
    int m_generation = 0;
    std::shared_ptr<SecretStore> m_secrets; // of the open or opening profile
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<PlatformClient> m_client;
    std::optional<Profile> m_profile;
};

} // namespace dm
