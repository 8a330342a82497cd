#pragma once

#include "secrets/SecretStore.h"

namespace dm {

// SecretStore in the system keychain through QtKeychain (Credential Manager, macOS Keychain, Secret Service or
// KWallet), service "dmadmin". Never falls back to a plaintext file: no keychain is an error.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QUuid& profile, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    [[nodiscard]] static QString serviceName();

protected:
    void startRead(const QString& name, ReadCallback done) override;
    void startWrite(const QString& name, const QByteArray& value, DoneCallback done) override;
    void startRemove(const QString& name, DoneCallback done) override;
};

} // namespace dm
