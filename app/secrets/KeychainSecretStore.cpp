#include "secrets/KeychainSecretStore.h"

#include <QLatin1String>
#include <qt6keychain/keychain.h>

#ifdef DM_SECRETS_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace dm {
namespace {

// Asked only after a failure: Secret Service lives on the session bus, and without a bus QtKeychain reports a bare
// OtherError ("Cannot autolaunch D-Bus without X11 $DISPLAY").
bool sessionBusMissing()
{
#ifdef DM_SECRETS_HAVE_DBUS
    return !QDBusConnection::sessionBus().isConnected();
#else
    return false;
#endif
}

// A bus without any Secret Service: the D-Bus error name in the message is never translated, unlike the text.
bool secretServiceMissing(const QString& errorString)
{
    return errorString.contains(QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"));
}

SecretError::Kind kindOf(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return SecretError::Kind::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::Kind::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::Kind::NoKeychain;
    case QKeychain::OtherError:
        return secretServiceMissing(job.errorString()) || sessionBusMissing() ? SecretError::Kind::NoKeychain
                                                                              : SecretError::Kind::Other;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretError::Kind::Other;
}

// No parent: QtKeychain's backend callbacks hold the job, so only the job itself may end its life (autoDelete, once
// it has finished). A job that outlives its caller's deadline or the store simply finishes unheard.
template <typename Job>
Job* newJob(const QString& key)
{
    auto* job = new Job(KeychainSecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QUuid& profile, QObject* parent)
    : SecretStore(profile, parent)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("dmadmin");
}

void KeychainSecretStore::startRead(const QString& name, ReadCallback done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(keyFor(name));
    connect(job, &QKeychain::Job::finished, this, [job, name, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->binaryData());
            return;
        }
        const SecretError::Kind kind = kindOf(*job);
        done(Unexpected{makeError(kind, name, kind == SecretError::Kind::NotFound ? QString() : job->errorString())});
    });
    job->start();
}

void KeychainSecretStore::startWrite(const QString& name, const QByteArray& value, DoneCallback done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(keyFor(name));
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this, [job, name, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(SecretStatus{});
        } else {
            done(Unexpected{makeError(kindOf(*job), name, job->errorString())});
        }
    });
    job->start();
}

void KeychainSecretStore::startRemove(const QString& name, DoneCallback done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(keyFor(name));
    connect(job, &QKeychain::Job::finished, this, [job, name, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(SecretStatus{});
            return;
        }
        // Nothing to remove is what the caller wanted (Credential Manager reports it as an error, libsecret does not).
        const SecretError::Kind kind = kindOf(*job);
        if (kind == SecretError::Kind::NotFound) {
            done(SecretStatus{});
        } else {
            done(Unexpected{makeError(kind, name, job->errorString())});
        }
    });
    job->start();
}

} // namespace dm
