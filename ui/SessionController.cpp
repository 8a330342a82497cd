#include "ui/SessionController.h"

#include "api/NetworkPreferences.h"
#include "api/PlatformClient.h"
#include "audit/LedgerAnchors.h"
#include "audit/LedgerKeeping.h"
#include "secrets/KeychainSecretStore.h"
#include "store/CacheFile.h"
#include "sync/CacheSession.h"
#include "ui/SandboxLauncher.h"
#include "ui/settings/SyncPreferences.h"
#include "ui/settings/SyncSchedule.h"

#include <QFile>
#include <QSslCertificate>

namespace dm {
namespace {

const auto lastProfileKey = QStringLiteral("session/lastProfile");
const auto authCodeName = QStringLiteral("auth-code");

} // namespace

SessionController::SessionController(QSettings& settings, SecretStoreFactory secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secretStores(std::move(secrets))
    , m_sandbox(std::make_unique<SandboxLauncher>())
{
    if (!m_secretStores) {
        m_secretStores = [](const QUuid& id) { return std::make_unique<KeychainSecretStore>(id); };
    }
    connect(m_sandbox.get(), &SandboxLauncher::ready, this, &SessionController::onSandboxReady);
    connect(m_sandbox.get(), &SandboxLauncher::failed, this, &SessionController::onSandboxFailed);
}

SessionController::~SessionController()
{
    closeSession();
}

QString SessionController::cachePathFor(const QUuid& id) const
{
    return m_cachePath ? m_cachePath(id) : CacheFile::defaultPath(id);
}

QList<Profile> SessionController::profiles() const
{
    return ProfileStore(m_settings).all();
}

std::optional<Profile> SessionController::lastProfile() const
{
    const QUuid last(m_settings.value(lastProfileKey).toString());
    const QList<Profile> all = profiles();
    for (const Profile& profile : all) {
        if (profile.id == last) {
            return profile;
        }
    }
    if (!all.isEmpty()) {
        return all.first();
    }
    return std::nullopt;
}

std::optional<ConnectionSettings> SessionController::settingsOf(const Profile& profile, QString& error)
{
    ConnectionSettings settings;
    settings.baseUrl = profile.baseUrl;
    settings.appId = profile.appId;
    settings.orgOpenId = profile.orgOpenId;
    settings.domain = profile.domain;
    settings.pinnedKeys = profile.pinnedKeys;
    if (!profile.caFile.isEmpty()) {
        settings.trustedCas = QSslCertificate::fromPath(profile.caFile);
        if (settings.trustedCas.isEmpty()) {
            error = tr("The CA file %1 of the profile holds no certificate.").arg(profile.caFile);
            return std::nullopt;
        }
    }
    return settings;
}

void SessionController::openProfile(const QUuid& id)
{
    for (const Profile& profile : profiles()) {
        if (profile.id != id) {
            continue;
        }
        QString error;
        auto settings = settingsOf(profile, error);
        Opening opening;
        opening.profile = profile;
        if (settings) {
            opening.settings = *settings;
        }
        beginOpen(std::move(opening));
        if (!settings) {
            failOpen(error, false);
        }
        return;
    }
}

void SessionController::openSandboxConfig(const QString& connectionFile)
{
    auto connection = readSandboxConfig(connectionFile);
    if (!connection) {
        Opening opening;
        opening.profile.name = QStringLiteral("sandbox");
        beginOpen(std::move(opening));
        failOpen(connection.error(), false);
        return;
    }
    openSandbox(*connection);
}

void SessionController::openSandbox(const SandboxConnection& connection)
{
    Opening opening;
    opening.settings = connection.settings;
    opening.authCode = connection.authCode;
    opening.saved = false;
    opening.profile.id =
        sandboxCacheId(connection.settings.baseUrl, connection.settings.appId, connection.settings.orgOpenId);
    opening.profile.name = QStringLiteral("sandbox");
    opening.profile.baseUrl = connection.settings.baseUrl;
    opening.profile.appId = connection.settings.appId;
    opening.profile.orgOpenId = connection.settings.orgOpenId;
    opening.profile.domain = connection.settings.domain;
    opening.profile.pinnedKeys = connection.settings.pinnedKeys;
    opening.profile.sandbox = true;
    beginOpen(std::move(opening));
    openCache();
}

void SessionController::beginOpen(Opening opening)
{
    closeSession();
    opening.generation = ++m_generation;
    m_failed.reset();
    m_waitingForSandbox = false;
    m_secrets = m_secretStores(opening.profile.id);
    const QString name = opening.profile.name;
    const bool saved = opening.saved;
    const bool sandbox = opening.profile.sandbox;
    m_opening = std::move(opening);
    Q_EMIT openStarted(name);
    if (!saved) {
        return; // the caller goes on: it has the authCode
    }
    if (sandbox) {
        // A sandbox listens on a new port at each start: its running instance says where, and with which key.
        m_waitingForSandbox = true;
        m_sandbox->start();
        return;
    }
    if (!m_opening->settings.baseUrl.isEmpty()) {
        readAuthCode();
    }
}

void SessionController::onSandboxReady(const SandboxConnection& connection)
{
    if (!m_waitingForSandbox || !m_opening) {
        return;
    }
    m_waitingForSandbox = false;
    m_opening->settings.baseUrl = connection.settings.baseUrl;
    m_opening->settings.pinnedKeys = connection.settings.pinnedKeys;
    m_opening->authCode = connection.authCode;
    openCache();
}

void SessionController::onSandboxFailed(const QString& message)
{
    if (!m_waitingForSandbox || !m_opening) {
        return;
    }
    m_waitingForSandbox = false;
    failOpen(message, false);
}

void SessionController::readAuthCode()
{
    const int generation = m_generation;
    m_secrets->read(authCodeName, this, [this, generation](const SecretValue& value) {
        if (generation != m_generation || !m_opening) {
            return;
        }
        if (!value) {
            failOpen(tr("The authorization code of profile %1 cannot be read from the keychain: %2")
                         .arg(m_opening->profile.name, value.error().message),
                     false);
            return;
        }
        m_opening->authCode = *value;
        openCache();
    });
}

void SessionController::openCache()
{
    // The Settings page's proxy choice and timeouts, read at each open: a reopen after they changed takes the new ones.
    NetworkPreferences::load(m_settings, m_opening->profile.id).applyTo(m_opening->settings);
    // The proxy's credentials, when the user gave some: every connection of the session needs them from the start.
    const int generation = m_generation;
    m_secrets->read(ProxyCredentials::secretName(), this, [this, generation](const SecretValue& value) {
        if (generation != m_generation || !m_opening) {
            return;
        }
        m_opening->settings.proxy = {};
        if (value) {
            m_opening->settings.proxy = ProxyCredentials::fromSecret(*value);
        } else if (value.error().kind != SecretError::Kind::NotFound) {
            failOpen(tr("The proxy credentials of profile %1 cannot be read from the keychain: %2")
                         .arg(m_opening->profile.name, value.error().message),
                     false);
            return;
        }
        openCacheWithProxy();
    });
}

void SessionController::openCacheWithProxy()
{
    CacheSession::Options options;
    options.settings = m_opening->settings;
    // The worker thread calls this: it holds a copy of the code, never a pointer to the keychain or to this object.
    options.authCode = [authCode = m_opening->authCode](auto done) { done(authCode); };
    options.cachePath = cachePathFor(m_opening->profile.id);
    options.profileId = m_opening->profile.id;
    // How far back a first sync of the logs reaches: the profile's choice on the Settings page.
    options.historyDays = SyncPreferences::load(m_settings, m_opening->profile.id).historyDays;
    options.readOnly = m_opening->profile.readOnly;
    options.anchoring = anchoringFor(m_opening->profile, m_opening->settings);
    // A cache that does not exist yet is filled by a first sync as soon as it is open.
    if (!QFile::exists(options.cachePath)) {
        m_opening->syncAfterOpen = true;
    }
    const int generation = m_generation;
    CacheSession::open(std::move(options), *m_secrets, this,
                       [this, generation](Expected<std::unique_ptr<CacheSession>, CacheError> opened) {
                           if (generation != m_generation || !m_opening) {
                               return; // a newer open or a close came first; the stale session closes here
                           }
                           if (!opened) {
                               failOpen(opened.error().message(), opened.error().rebuildHelps());
                               return;
                           }
                           Opening opening = std::move(*m_opening);
                           m_opening.reset();
                           m_opened = opening;
                           m_opened->firstEntry.reset();
                           m_opened->syncAfterOpen = false;
                           m_session = std::move(opened).value();
                           SyncSchedule::attach(*m_session, m_settings); // the profile's automatic sync
                           m_profile = opening.profile;
                           m_client = std::make_unique<PlatformClient>(
                               opening.settings, [authCode = opening.authCode](auto done) { done(authCode); });
                           // Queued: the manager emits from inside Qt's authentication callback, which must return
                           // before anything may close the session and delete the manager.
                           connect(&m_client->network(), &ApiAccessManager::proxyCredentialsNeeded, this,
                                   &SessionController::proxyCredentialsNeeded, Qt::QueuedConnection);
                           if (opening.saved) {
                               m_settings.setValue(lastProfileKey, opening.profile.id.toString(QUuid::WithoutBraces));
                           }
                           if (opening.firstEntry) {
                               m_session->query<bool>([entry = *opening.firstEntry](
                                                          Db& db) { return AuditLedger(db).append(entry).hasValue(); },
                                                      this, [](bool) {});
                           }
                           // Started before the news goes out, so that views see a sync in progress from the start.
                           if (opening.syncAfterOpen) {
                               m_session->startSync();
                           }
                           Q_EMIT sessionChanged();
                       });
}

std::optional<AnchorSettings> SessionController::anchoringFor(const Profile& profile,
                                                              const ConnectionSettings& settings) const
{
    AnchorSettings anchoring;
    anchoring.transport = settings;
    if (profile.sandbox) {
        // The sandbox's own TSA, whose chain it publishes over the pinned connection.
        anchoring.tsaUrl = settings.baseUrl;
        anchoring.tsaUrl.setPath(QStringLiteral("/sandbox/tsa"));
        return anchoring;
    }
    // The TSA the proof-pack dialog was given for this profile, with its chain file.
    const QString prefix = QStringLiteral("proof/%1/").arg(profile.id.toString(QUuid::WithoutBraces));
    anchoring.tsaUrl = QUrl(m_settings.value(prefix + QStringLiteral("tsaUrl")).toString());
    QFile chain(m_settings.value(prefix + QStringLiteral("tsaChain")).toString());
    if (!anchoring.tsaUrl.isValid() || anchoring.tsaUrl.isEmpty() || chain.fileName().isEmpty() ||
        chain.size() > 1024 * 1024 || !chain.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    anchoring.tsaChainPem = chain.readAll();
    return anchoring;
}

void SessionController::failOpen(const QString& message, bool rebuildHelps)
{
    if (m_opening) {
        m_failed = std::move(m_opening);
        m_opening.reset();
    }
    Q_EMIT openFailed(message, rebuildHelps);
}

void SessionController::rebuildCache()
{
    if (!m_failed || m_session) {
        return;
    }
    Opening opening = std::move(*m_failed);
    m_failed.reset();
    const QString path = cachePathFor(opening.profile.id);
    opening.generation = ++m_generation;
    m_secrets = m_secretStores(opening.profile.id);
    m_opening = std::move(opening);
    Q_EMIT openStarted(m_opening->profile.name);
    const int generation = m_generation;
    // The audit ledger is kept before the file goes (moved aside whole when it cannot be read); when it cannot be
    // kept, nothing is deleted.
    LedgerKeeping::keep(*m_secrets, path, LedgerAnchors::folderFor(path), m_opening->profile.id, this,
                        [this, generation, path](const Expected<LedgerKeeping::Kept, QString>& kept) {
                            if (generation != m_generation || !m_opening) {
                                return;
                            }
                            if (!kept) {
                                failOpen(kept.error(), false);
                                return;
                            }
                            if (!kept->message.isEmpty()) {
                                Q_EMIT ledgerKept(kept->message);
                            }
                            m_opening->firstEntry = LedgerKeeping::rebuildEntry(*kept);
                            if (!CacheFile::removeFiles(path)) {
                                failOpen(tr("The cache file %1 cannot be deleted.").arg(path), false);
                                return;
                            }
                            // The old key goes with the old file; opening makes a new pair. The ledger key stays.
                            m_secrets->remove(CacheFile::keyName(), this,
                                              [this, generation](const SecretStatus& removed) {
                                                  if (generation != m_generation || !m_opening) {
                                                      return;
                                                  }
                                                  if (!removed) {
                                                      failOpen(removed.error().message, false);
                                                      return;
                                                  }
                                                  if (!m_opening->saved || !m_opening->authCode.isEmpty()) {
                                                      openCache();
                                                  } else {
                                                      readAuthCode();
                                                  }
                                              });
                        });
}

void SessionController::rememberCapabilities(const QByteArray& capabilities)
{
    if (!m_profile || m_profile->capabilities == capabilities) {
        return;
    }
    m_profile->capabilities = capabilities;
    ProfileStore store(m_settings);
    if (auto saved = store.find(m_profile->name); saved && saved->id == m_profile->id) {
        saved->capabilities = capabilities;
        (void)store.save(*saved); // a failure only means the next start checks again
    }
}

void SessionController::rebuildOpenCache()
{
    if (!m_session || !m_opened) {
        rebuildCache(); // a cache that failed to open
        return;
    }
    // The open profile again, after its cache: the session closes the file first (its worker stops and closes it),
    // then the rebuild keeps the ledger, removes the file and its key, and opens a new one that syncs at once.
    Opening again = *m_opened;
    again.syncAfterOpen = true;
    closeSession();
    m_failed = std::move(again);
    rebuildCache();
}

void SessionController::closeSession()
{
    ++m_generation;
    m_opening.reset();
    m_waitingForSandbox = false;
    if (!m_session) {
        return;
    }
    // Pages let go first (of the session and of the client they borrow); then the session stops its work and closes
    // the cache.
    std::unique_ptr<CacheSession> closing = std::move(m_session);
    std::unique_ptr<PlatformClient> closingClient = std::move(m_client);
    m_profile.reset();
    m_opened.reset();
    Q_EMIT sessionChanged();
}

void SessionController::saveProxyCredentials(const ProxyCredentials& credentials)
{
    if (!m_session || !m_opened || !m_secrets) {
        Q_EMIT saveFailed(tr("Open a profile first: the proxy credentials are kept with it."));
        return;
    }
    if (credentials.isEmpty() || credentials.user.contains(QLatin1Char('\n')) ||
        credentials.proxy.contains(QLatin1Char('\n'))) {
        Q_EMIT saveFailed(tr("The proxy user name is empty or holds a line break."));
        return;
    }
    if (!credentials.fitsLimits()) {
        Q_EMIT saveFailed(tr("The proxy user name or password is longer than the system keychain keeps."));
        return;
    }
    const int generation = m_generation;
    m_secrets->write(
        ProxyCredentials::secretName(), credentials.toSecret(), this, [this, generation](const SecretStatus& stored) {
            if (generation != m_generation || !m_opened) {
                return; // the session changed meanwhile: the credentials wait for the next open
            }
            if (!stored) {
                Q_EMIT saveFailed(
                    tr("The proxy credentials cannot be stored in the keychain: %1").arg(stored.error().message));
                return;
            }
            Q_EMIT proxyCredentialsSaved();
            reopen();
        });
}

void SessionController::applyNetworkPreferences()
{
    if (m_session && m_opened) {
        reopen();
    }
}

void SessionController::reopen()
{
    // The same profile, settings and authorization code as the open session: only the keychain's proxy entry and the
    // network preferences are read again (openCache). A saved sandbox profile keeps its running sandbox rather than
    // starting another.
    Opening again = *m_opened;
    const bool saved = again.saved;
    again.saved = false;
    // What failed for want of the proxy's credentials is fetched now: a first open left its cache empty.
    again.syncAfterOpen = true;
    beginOpen(std::move(again));
    if (m_opening) { // a slot of beginOpen's signals may have started another open or a close
        m_opening->saved = saved;
        openCache();
    }
}

void SessionController::addProfile(const Profile& profile, const QByteArray& authCode)
{
    ProfileStore store(m_settings);
    if (!ProfileStore::isValidName(profile.name)) {
        Q_EMIT saveFailed(tr("A profile name is 1 to 64 letters, digits, '.', '_' or '-'."));
        return;
    }
    if (store.find(profile.name)) {
        Q_EMIT saveFailed(tr("A profile named %1 exists already.").arg(profile.name));
        return;
    }
    // The keychain first: a profile whose secret could not be stored is not saved at all.
    std::shared_ptr<SecretStore> secrets = m_secretStores(profile.id);
    secrets->write(authCodeName, authCode, this, [this, secrets, profile](const SecretStatus& stored) {
        if (!stored) {
            Q_EMIT saveFailed(
                tr("The authorization code cannot be stored in the keychain: %1").arg(stored.error().message));
            return;
        }
        if (!ProfileStore(m_settings).save(profile)) {
            Q_EMIT saveFailed(tr("The profile could not be saved in the settings."));
            return;
        }
        Q_EMIT profilesChanged();
        openProfile(profile.id);
    });
}

void SessionController::removeProfile(const QUuid& id)
{
    if ((m_profile && m_profile->id == id) || (m_opening && m_opening->profile.id == id)) {
        closeSession();
    }
    if (m_failed && m_failed->profile.id == id) {
        m_failed.reset();
    }
    const QString path = cachePathFor(id);
    std::shared_ptr<SecretStore> secrets = m_secretStores(id);
    // The audit ledger is kept first; the ledger key stays in the keychain so that what was kept can be checked.
    LedgerKeeping::keep(*secrets, path, LedgerAnchors::folderFor(path), id, this,
                        [this, secrets, id, path](const Expected<LedgerKeeping::Kept, QString>& kept) {
                            if (!kept) {
                                Q_EMIT profileRemoved(id, false, kept.error());
                                return;
                            }
                            if (!kept->message.isEmpty()) {
                                Q_EMIT ledgerKept(kept->message);
                            }
                            removeCacheAndSecrets(secrets, id, path);
                        });
}

void SessionController::removeCacheAndSecrets(const std::shared_ptr<SecretStore>& secrets, const QUuid& id,
                                              const QString& path)
{
    if (!CacheFile::removeFiles(path)) {
        Q_EMIT profileRemoved(id, false, tr("The cache file %1 cannot be deleted.").arg(path));
        return;
    }
    secrets->remove(authCodeName, this, [this, secrets, id](const SecretStatus& authRemoved) {
        if (!authRemoved) {
            Q_EMIT profileRemoved(id, false, authRemoved.error().message);
            return;
        }
        secrets->remove(CacheFile::keyName(), this, [this, secrets, id](const SecretStatus& keyRemoved) {
            if (!keyRemoved) {
                Q_EMIT profileRemoved(id, false, keyRemoved.error().message);
                return;
            }
            secrets->remove(ProxyCredentials::secretName(), this,
                            [this, secrets, id](const SecretStatus& proxyRemoved) {
                                if (!proxyRemoved) {
                                    Q_EMIT profileRemoved(id, false, proxyRemoved.error().message);
                                    return;
                                }
                                ProfileStore(m_settings).remove(id);
                                if (QUuid(m_settings.value(lastProfileKey).toString()) == id) {
                                    m_settings.remove(lastProfileKey);
                                }
                                Q_EMIT profilesChanged();
                                Q_EMIT profileRemoved(id, true, QString());
                            });
        });
    });
}

} // namespace dm
