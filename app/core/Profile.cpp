#include "core/Profile.h"

#include <QRegularExpression>

namespace dm {
namespace {

const QString kGroup = QStringLiteral("profiles");

QString groupOf(const QUuid& id)
{
    return kGroup + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

// Fixed for ever: changing it would orphan every sandbox cache.
QUuid sandboxCacheNamespace()
{
    return QUuid(QStringLiteral("{6f0c1d2e-5a7b-4c3d-9e8f-0a1b2c3d4e5f}"));
}

} // namespace

ProfileStore::ProfileStore(QSettings& settings)
    : m_settings(settings)
{}

bool ProfileStore::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

QList<Profile> ProfileStore::all() const
{
    QList<Profile> profiles;
    m_settings.beginGroup(kGroup);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString& id : ids) {
        m_settings.beginGroup(groupOf(QUuid(id)));
        Profile profile;
        profile.id = QUuid(id);
        profile.name = m_settings.value(QStringLiteral("name")).toString();
        profile.baseUrl = m_settings.value(QStringLiteral("baseUrl")).toUrl();
        profile.appId = m_settings.value(QStringLiteral("appId")).toString();
        profile.orgOpenId = m_settings.value(QStringLiteral("orgOpenId")).toString();
        profile.domain = m_settings.value(QStringLiteral("domain")).toString();
        for (const QString& pin : m_settings.value(QStringLiteral("pinnedKeys")).toStringList()) {
            profile.pinnedKeys.append(pin.toLatin1());
        }
        profile.caFile = m_settings.value(QStringLiteral("caFile")).toString();
        profile.readOnly = m_settings.value(QStringLiteral("readOnly"), false).toBool();
        profile.sandbox = m_settings.value(QStringLiteral("sandbox"), false).toBool();
        profile.capabilities = m_settings.value(QStringLiteral("capabilities")).toByteArray();
        m_settings.endGroup();
        if (!profile.id.isNull() && isValidName(profile.name)) {
            profiles.append(profile);
        }
    }
    std::sort(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) { return a.name < b.name; });
    return profiles;
}

std::optional<Profile> ProfileStore::find(const QString& name) const
{
    for (const Profile& profile : all()) {
        if (profile.name == name) {
            return profile;
        }
    }
    return std::nullopt;
}

bool ProfileStore::save(const Profile& profile)
{
    if (profile.id.isNull() || !isValidName(profile.name)) {
        return false;
    }
    if (const auto existing = find(profile.name); existing && existing->id != profile.id) {
        return false;
    }
    m_settings.beginGroup(groupOf(profile.id));
    m_settings.setValue(QStringLiteral("name"), profile.name);
    m_settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl);
    m_settings.setValue(QStringLiteral("appId"), profile.appId);
    m_settings.setValue(QStringLiteral("orgOpenId"), profile.orgOpenId);
    m_settings.setValue(QStringLiteral("domain"), profile.domain);
    QStringList pins;
    for (const QByteArray& pin : profile.pinnedKeys) {
        pins.append(QString::fromLatin1(pin));
    }
    m_settings.setValue(QStringLiteral("pinnedKeys"), pins);
    m_settings.setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings.setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings.setValue(QStringLiteral("sandbox"), profile.sandbox);
    m_settings.setValue(QStringLiteral("capabilities"), profile.capabilities);
    m_settings.endGroup();
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

void ProfileStore::remove(const QUuid& id)
{
    m_settings.remove(groupOf(id));
    m_settings.sync();
}

QUuid sandboxCacheId(const QUrl& baseUrl, const QString& appId, const QString& orgOpenId)
{
    const QString identity = baseUrl.toString() + QLatin1Char('\n') + appId + QLatin1Char('\n') + orgOpenId;
    return QUuid::createUuidV5(sandboxCacheNamespace(), identity);
}

} // namespace dm
