#include "secrets/MemorySecretStore.h"

#include <utility>

namespace dm {

MemorySecretStore::MemorySecretStore(const QUuid& profile, std::shared_ptr<MemoryKeychain> keychain, QObject* parent)
    : SecretStore(profile, parent)
    , m_keychain(std::move(keychain))
{
    Q_ASSERT(m_keychain);
    m_latency.setSingleShot(true);
    m_latency.setTimerType(Qt::PreciseTimer);
    connect(&m_latency, &QTimer::timeout, this, &MemorySecretStore::runNext);
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::startRead(const QString& name, ReadCallback done)
{
    enqueue([this, name, done = std::move(done)] {
        if (const auto failure = m_keychain->failure()) {
            done(Unexpected{makeError(*failure, name)});
        } else if (auto value = m_keychain->value(keyFor(name))) {
            done(std::move(*value));
        } else {
            done(Unexpected{makeError(SecretError::Kind::NotFound, name)});
        }
    });
}

void MemorySecretStore::startWrite(const QString& name, const QByteArray& value, DoneCallback done)
{
    enqueue([this, name, value, done = std::move(done)] {
        if (const auto failure = m_keychain->failure()) {
            done(Unexpected{makeError(*failure, name)});
            return;
        }
        m_keychain->setValue(keyFor(name), value);
        done(SecretStatus{});
    });
}

void MemorySecretStore::startRemove(const QString& name, DoneCallback done)
{
    enqueue([this, name, done = std::move(done)] {
        if (const auto failure = m_keychain->failure()) {
            done(Unexpected{makeError(*failure, name)});
            return;
        }
        m_keychain->remove(keyFor(name));
        done(SecretStatus{});
    });
}

void MemorySecretStore::enqueue(std::function<void()> operation)
{
    m_queue.push_back(std::move(operation));
    if (!m_latency.isActive()) {
        m_latency.start(m_keychain->latency());
    }
}

void MemorySecretStore::runNext()
{
    if (m_queue.empty()) {
        return;
    }
    const std::function<void()> operation = std::move(m_queue.front());
    m_queue.pop_front();
    operation(); // may enqueue the next step of a probe
    if (!m_queue.empty() && !m_latency.isActive()) {
        m_latency.start(m_keychain->latency());
    }
}

} // namespace dm
