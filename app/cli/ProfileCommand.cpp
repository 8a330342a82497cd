#include "cli/ProfileCommand.h"

#include "api/ConnectionSettings.h"
#include "audit/LedgerAnchors.h"
#include "audit/LedgerKeeping.h"
#include "secrets/KeychainSecretStore.h"
#include "store/CacheFile.h"

#include <QCoreApplication>
#include <QDir>

namespace dm {
namespace {

void add(const QString& name, const QCommandLineParser& parser, const ProfileOptions& options,
         const CliOptions& cliOptions, QSettings& settings, const CommandIo& io)
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.baseUrl = QUrl(parser.value(options.baseUrl), QUrl::StrictMode);
    profile.appId = parser.value(options.appId);
    profile.orgOpenId = parser.value(options.orgOpenId);
    profile.domain = parser.value(options.domain);
    for (const QString& pin : parser.values(options.pin)) {
        if (QByteArray::fromBase64(pin.toLatin1()).size() != 32) {
            io.err << CliText::tr("--pin must be the base64 of a SHA-256 digest.") << Qt::endl;
            return io.finish(2);
        }
        profile.pinnedKeys.append(pin.toLatin1());
    }
    profile.caFile = parser.value(options.caFile);
    profile.readOnly = parser.isSet(options.readOnly);
    if (!ProfileStore::isValidName(name) || profile.baseUrl.scheme() != QLatin1String("https") ||
        profile.appId.isEmpty() || profile.orgOpenId.isEmpty() || profile.domain.isEmpty()) {
        io.err << CliText::tr("profile add needs a name (letters, digits, . _ -), an https --base-url, --app-id, "
                              "--org-open-id and --domain.")
               << Qt::endl;
        return io.finish(2);
    }
    if (ProfileStore(settings).find(name)) {
        io.err << CliText::tr("A profile named %1 exists already.").arg(name) << Qt::endl;
        return io.finish(1);
    }
    auto authCode = readAuthCodeFromOptions(parser, cliOptions);
    if (!authCode) {
        io.err << authCode.error() << Qt::endl;
        return io.finish(2);
    }
    // The keychain first: a profile whose secret could not be stored is not saved at all.
    auto keychain = std::make_shared<KeychainSecretStore>(profile.id);
    keychain->write(QStringLiteral("auth-code"), *authCode, nullptr,
                    [keychain, profile, &settings, io](const SecretStatus& stored) {
                        if (!stored) {
                            io.err << stored.error().message << Qt::endl;
                            return io.finish(1);
                        }
                        if (!ProfileStore(settings).save(profile)) {
                            io.err << CliText::tr("The profile could not be saved.") << Qt::endl;
                            return io.finish(1);
                        }
                        io.out << CliText::tr("Profile %1 added.").arg(profile.name) << '\n';
                        io.out.flush();
                        io.finish(0);
                    });
}

void removeSecretsAndCache(const std::shared_ptr<KeychainSecretStore>& keychain, const Profile& gone,
                           QSettings& settings, const CommandIo& io);

void remove(const QString& name, QSettings& settings, const CommandIo& io)
{
    const auto profile = ProfileStore(settings).find(name);
    if (!profile) {
        io.err << CliText::tr("There is no profile named %1.").arg(name) << Qt::endl;
        return io.finish(1);
    }
    auto keychain = std::make_shared<KeychainSecretStore>(profile->id);
    const QString cachePath = CacheFile::defaultPath(profile->id);
    // The ledger first: once kept, the cache and its key may go; the ledger key stays, so what was kept can be checked.
    LedgerKeeping::keep(*keychain, cachePath, LedgerAnchors::folderFor(cachePath), profile->id,
                        QCoreApplication::instance(),
                        [keychain, profile, &settings, io](const Expected<LedgerKeeping::Kept, QString>& kept) {
                            if (!kept) {
                                io.err << kept.error() << Qt::endl;
                                return io.finish(1);
                            }
                            if (!kept->message.isEmpty()) {
                                io.out << kept->message << '\n';
                            }
                            removeSecretsAndCache(keychain, *profile, settings, io);
                        });
}

void removeSecretsAndCache(const std::shared_ptr<KeychainSecretStore>& keychain, const Profile& gone,
                           QSettings& settings, const CommandIo& io)
{
    const auto profile = std::make_shared<Profile>(gone);
    auto pending = std::make_shared<int>(3);
    auto failed = std::make_shared<bool>(false);
    const auto done = [keychain, pending, failed, profile, &settings, io](const SecretStatus& removed) {
        *failed = *failed || !removed;
        if (!removed) {
            io.err << removed.error().message << Qt::endl;
        }
        if (--*pending > 0) {
            return;
        }
        if (*failed) {
            return io.finish(1); // keep the profile, so the secrets can still be found and removed later
        }
        // Without its key the cache is unreadable anyway; deleting it leaves no personal data behind.
        const QString cachePath = CacheFile::defaultPath(profile->id);
        if (!CacheFile::removeFiles(cachePath)) {
            io.err << CliText::tr("The cache file %1 could not be deleted.").arg(QDir::toNativeSeparators(cachePath))
                   << Qt::endl;
            return io.finish(1);
        }
        ProfileStore(settings).remove(profile->id);
        io.out << CliText::tr("Profile %1, its authorization code and its local cache removed; its ledger key stays "
                              "in the keychain for the kept audit ledger.")
                      .arg(profile->name)
               << '\n';
        io.out.flush();
        io.finish(0);
    };
    keychain->remove(QStringLiteral("auth-code"), nullptr, done);
    keychain->remove(CacheFile::keyName(), nullptr, done);
    keychain->remove(ProxyCredentials::secretName(), nullptr, done); // kept there by the GUI's proxy sign-in
}

} // namespace

void runProfile(const QStringList& arguments, const QCommandLineParser& parser, const ProfileOptions& options,
                const CliOptions& cliOptions, QSettings& settings, const CommandIo& io)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("list") && arguments.size() == 1) {
        for (const Profile& profile : ProfileStore(settings).all()) {
            io.out << profile.name << '\t' << profile.baseUrl.toString() << '\t' << profile.domain
                   << (profile.readOnly ? QStringLiteral("\tread-only") : QString()) << '\n';
        }
        io.out.flush();
        return io.finish(0);
    }
    if (verb == QLatin1String("add") && arguments.size() == 2) {
        return add(arguments.at(1), parser, options, cliOptions, settings, io);
    }
    if (verb == QLatin1String("remove") && arguments.size() == 2) {
        return remove(arguments.at(1), settings, io);
    }
    io.err << CliText::tr(
                  "Usage: dmctl profile add NAME --base-url URL --app-id ID --org-open-id ID --domain D [--pin P]... "
                  "[--ca-file F] [--read-only] (--auth-code-env VAR | --auth-code-stdin) | list | remove NAME")
           << Qt::endl;
    io.finish(2);
}

} // namespace dm
