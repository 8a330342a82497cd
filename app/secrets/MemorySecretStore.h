#pragma once

#include "secrets/MemoryKeychain.h"
#include "secrets/SecretStore.h"

#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace dm {

// SecretStore over a MemoryKeychain, for tests: same names, limits and errors as the real keychain, answers always
// asynchronous. Stores for different profiles may share one MemoryKeychain, as they share the system keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(const QUuid& profile,
                               std::shared_ptr<MemoryKeychain> keychain = std::make_shared<MemoryKeychain>(),
                               QObject* parent = nullptr);
    ~MemorySecretStore() override;

    [[nodiscard]] const std::shared_ptr<MemoryKeychain>& keychain() const { return m_keychain; }

protected:
    void startRead(const QString& name, ReadCallback done) override;
    void startWrite(const QString& name, const QByteArray& value, DoneCallback done) override;
    void startRemove(const QString& name, DoneCallback done) override;

private:
    void enqueue(std::function<void()> operation);
    void runNext();

    std::shared_ptr<MemoryKeychain> m_keychain;
    std::deque<std::function<void()>> m_queue;
    QTimer m_latency; // runs out when the operation at the head of m_queue answers
};

} // namespace dm
