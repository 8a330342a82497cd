#pragma once

#include "core/Expected.h"
#include "secrets/SecretError.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>

namespace dm {

using SecretValue = Expected<QByteArray, SecretError>;
using SecretStatus = Expected<void, SecretError>;

// The secrets of one profile (database key, authCode, tokens), kept in a keychain under
// "dmadmin/<profile-uuid>/<name>".
//
// Every operation is asynchronous and reports exactly once through its callback. The callback runs later, never inside
// the call, in the thread of `context`, and is dropped if `context` is destroyed first (a null context means the
// store itself). Destroying the store drops the callbacks of operations still pending. Use a store from the thread it
// lives in.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(SecretValue)>;
    using DoneCallback = std::function<void(SecretStatus)>;

    // Windows Credential Manager holds at most 2,560 bytes per entry in QtKeychain <= 0.14; the same limit everywhere
    // keeps a profile portable.
    static constexpr qsizetype MaxValueSize = 2500;
    static constexpr qsizetype MaxNameLength = 64;
    static constexpr std::chrono::milliseconds DefaultProbeTimeout{std::chrono::seconds{10}};
    // Long enough for the user to type the keyring password when the keychain asks to be unlocked.
    static constexpr std::chrono::milliseconds DefaultOperationTimeout{std::chrono::minutes{1}};

    ~SecretStore() override;

    [[nodiscard]] QUuid profile() const { return m_profile; }
    // "dmadmin/<profile-uuid>/<name>": unique across the whole keychain because Windows ignores the service name.
    [[nodiscard]] QString keyFor(const QString& name) const;
    // 1 to MaxNameLength characters from [a-z0-9-]; "canary" is reserved for probe().
    [[nodiscard]] static bool isValidName(const QString& name);

    void setProbeTimeout(std::chrono::milliseconds timeout) { m_probeTimeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds probeTimeout() const { return m_probeTimeout; }
    void setOperationTimeout(std::chrono::milliseconds timeout) { m_operationTimeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds operationTimeout() const { return m_operationTimeout; }

    void read(const QString& name, QObject* context, ReadCallback callback);
    void write(const QString& name, const QByteArray& value, QObject* context, DoneCallback callback);
    // Removing a secret that does not exist succeeds, so a retry after a timeout is harmless.
    void remove(const QString& name, QObject* context, DoneCallback callback);
    // Proves the keychain works by writing, reading back and deleting a random canary within probeTimeout(). No
    // keychain, or no answer in time, is reported as NoKeychain. Probes asked for while one runs share its result.
    void probe(QObject* context, DoneCallback callback);

protected:
    explicit SecretStore(const QUuid& profile, QObject* parent = nullptr);

    // A backend starts the operation on keyFor(name) and calls `done` once, later, in this object's thread. Answers
    // after the caller's deadline are ignored here, so a backend that cannot cancel may simply answer late.
    virtual void startRead(const QString& name, ReadCallback done) = 0;
    virtual void startWrite(const QString& name, const QByteArray& value, DoneCallback done) = 0;
    // Must succeed when there is nothing to remove.
    virtual void startRemove(const QString& name, DoneCallback done) = 0;

    // The user-facing error of `kind`; `name` is the secret's name, `detail` an optional explanation (never a value).
    [[nodiscard]] static SecretError makeError(SecretError::Kind kind, const QString& name = {},
                                               const QString& detail = {});

private:
    struct ProbeRun;

    void probeReadBack(const std::shared_ptr<ProbeRun>& run);
    void probeRemoveCanary(const std::shared_ptr<ProbeRun>& run);
    [[nodiscard]] static SecretError probeFailure(const SecretError& cause);

    QUuid m_profile;
    std::chrono::milliseconds m_probeTimeout = DefaultProbeTimeout;
    std::chrono::milliseconds m_operationTimeout = DefaultOperationTimeout;
    std::shared_ptr<ProbeRun> m_probeRun;
};

} // namespace dm
