#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QIODevice;

namespace dm {

// The digests the proof-of-delivery pack records for every artefact: SHA-256 (what RFC 3161 time-stamps and what
// anyone can recompute) and SM3 (GB/T 32905, which Chinese evidence platforms expect next to it). Both come from
// OpenSSL; SM3 is looked up in OpenSSL's providers and reported as unavailable rather than assumed.
enum class DigestAlgorithm
{
    Sha256,
    Sm3,
};

// Feeds bytes in pieces, so an attachment of any size is hashed without holding it in memory.
class Digester
{
public:
    explicit Digester(DigestAlgorithm algorithm);
    ~Digester();
    Digester(const Digester&) = delete;
    Digester& operator=(const Digester&) = delete;

    void addData(QByteArrayView bytes);
    // Reads `device` until it has no more (a file: to its end). False, and result() an error, when a read fails.
    bool addData(QIODevice& device);
    // The digest of everything added; an error when the algorithm is unavailable or a step failed. Once per Digester.
    [[nodiscard]] Expected<QByteArray, QString> result();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

[[nodiscard]] Expected<QByteArray, QString> digestOf(DigestAlgorithm algorithm, QByteArrayView bytes);
[[nodiscard]] QByteArray sha256Of(QByteArrayView bytes); // SHA-256 never fails in a working OpenSSL; empty if it did
[[nodiscard]] Expected<QByteArray, QString> sm3Of(QByteArrayView bytes);

} // namespace dm
