#pragma once

#include "secrets/SecretError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <map>
#include <optional>

namespace dm {

// A stand-in for the system keychain in tests: entries by full key ("dmadmin/<uuid>/<name>"), shared by every
// MemorySecretStore given the same instance, plus knobs that make it fail or answer slowly. Single-threaded.
class MemoryKeychain
{
public:
    // Every operation fails with `kind` while set; NoKeychain simulates a machine without a keychain.
    void setFailure(std::optional<SecretError::Kind> kind) { m_failure = kind; }
    [[nodiscard]] std::optional<SecretError::Kind> failure() const { return m_failure; }

    // How long each operation takes; operations run one after another, as QtKeychain's jobs do.
    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
    [[nodiscard]] std::chrono::milliseconds latency() const { return m_latency; }

    // Values go in and come out as copies of their own, as with a real keychain: a caller may wipe what it was given
    // (store/KeyBytes.h wipes a buffer in every copy that shares it) without touching what is stored.
    [[nodiscard]] std::optional<QByteArray> value(const QString& key) const
    {
        const auto it = m_entries.find(key);
        return it == m_entries.end() ? std::nullopt : std::optional<QByteArray>(ownCopy(it->second));
    }
    void setValue(const QString& key, const QByteArray& value) { m_entries[key] = ownCopy(value); }
    bool remove(const QString& key) { return m_entries.erase(key) > 0; }

    // Sorted.
    [[nodiscard]] QStringList keys() const
    {
        QStringList result;
        for (const auto& entry : m_entries) {
            result.append(entry.first);
        }
        return result;
    }

private:
    [[nodiscard]] static QByteArray ownCopy(const QByteArray& bytes) { return {bytes.constData(), bytes.size()}; }
    std::map<QString, QByteArray> m_entries;
    std::optional<SecretError::Kind> m_failure;
    std::chrono::milliseconds m_latency{0};
};

} // namespace dm
