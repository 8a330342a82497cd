#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace dm {

// A connection profile: which platform, which organisation, how to trust it. Its secrets (authCode, cache key)
// live in the keychain under dmadmin/<id>/<name>; nothing secret is kept here.
struct Profile
{
    QUuid id;
    QString name;
    QUrl baseUrl;
    QString appId;
    QString orgOpenId;
    QString domain;
    QList<QByteArray> pinnedKeys; // SPKI SHA-256, base64
    QString caFile;               // PEM file of CAs that replace the system trust store; empty: system trust
    bool readOnly = false;        // an auditor profile: mutating actions are absent
    bool sandbox = false;         // connects to a local dmsandbox
    // What the platform served when last checked (api/Capabilities' JSON), so the window greys out what it lacks
    // before it answers again, or while it is out of reach.
    QByteArray capabilities;
};

// Profiles in the application's settings (the registry on Windows, an INI file elsewhere).
class ProfileStore
{
public:
    explicit ProfileStore(QSettings& settings);

    [[nodiscard]] QList<Profile> all() const;
    [[nodiscard]] std::optional<Profile> find(const QString& name) const;
    // Adds or replaces (by id). Names are unique: another profile of the same name makes it fail.
    [[nodiscard]] bool save(const Profile& profile);
    void remove(const QUuid& id);

    // Profile names: 1-64 characters of letters, digits, '-', '_' and '.', so they work as command-line arguments.
    [[nodiscard]] static bool isValidName(const QString& name);

private:
    QSettings& m_settings;
};

// The id that names the local cache (and its keychain entries) of a sandbox used without a saved profile: derived
// from what identifies the platform and the organisation, so every run against the same sandbox finds the same cache.
[[nodiscard]] QUuid sandboxCacheId(const QUrl& baseUrl, const QString& appId, const QString& orgOpenId);

} // namespace dm
