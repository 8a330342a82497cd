#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace dm::sandbox {

class SandboxServer;

// The keys and certificates of the sandbox's time-stamping authority, all PEM: a small CA of its own (EC P-256,
// CA:TRUE, keyCertSign) and the TSA signing certificate it issued (EC P-256, critical extendedKeyUsage timeStamping,
// digitalSignature only). The CA is separate from the TLS identity so that the pack's tsa-chain.pem holds a real
// chain, the shape every public TSA has.
struct TsaMaterial
{
    QByteArray caCertificatePem;
    QByteArray caKeyPem;
    QByteArray tsaCertificatePem;
    QByteArray tsaKeyPem;
};

// Loads <dataDir>/tsa/{ca,ca-key,tsa,tsa-key}.pem, or creates what is missing, mismatched or expired: a bad CA
// brings a new CA and TSA certificate; a bad TSA certificate alone is issued again by the stored CA, so chains
// handed out earlier keep verifying.
[[nodiscard]] Expected<TsaMaterial, QString> loadOrCreateTsaMaterial(const QString& dataDir);

// An RFC 3161 time-stamping authority over that material: DER TimeStampReq in, DER TimeStampResp out. Serial numbers
// come from a counter persisted in <dataDir>/tsa/serial in reserved blocks, so they increase across restarts and a
// crash can skip numbers but never repeat one.
class SandboxTsa
{
public:
    // The sandbox's own policy, under the private test arc 1.2.3.4: no real TSA issues tokens under it, so a sandbox
    // token is never mistaken for a production one.
    static constexpr const char* kPolicyOid = "1.2.3.4.1";
    static constexpr qint64 kSerialBlock = 1000;

    [[nodiscard]] static Expected<std::unique_ptr<SandboxTsa>, QString> open(const QString& dataDir);
    ~SandboxTsa();
    SandboxTsa(const SandboxTsa&) = delete;
    SandboxTsa& operator=(const SandboxTsa&) = delete;

    // The TSA certificate followed by the CA certificate: what a client needs to verify this TSA's tokens.
    [[nodiscard]] QByteArray chainPem() const;
    [[nodiscard]] const TsaMaterial& material() const { return m_material; }

    // Always a DER TimeStampResp: granted, or a rejection with its failure info (badDataFormat for bytes that are
    // not a TimeStampReq, badAlg for an unsupported imprint, unacceptedPolicy, systemFailure).
    [[nodiscard]] QByteArray respond(const QByteArray& requestDer);

private:
    struct Signer;
    SandboxTsa(TsaMaterial material, QString serialPath, std::unique_ptr<Signer> signer);

    [[nodiscard]] std::optional<qint64> nextSerial();
    [[nodiscard]] bool reserveSerials(qint64 ceiling);

    TsaMaterial m_material;
    QString m_serialPath;
    std::unique_ptr<Signer> m_signer;
    qint64 m_nextSerial = 1;
    qint64 m_reservedUntil = 0; // serials up to this one are on disk as possibly issued
};

// POST /sandbox/tsa (application/timestamp-query → application/timestamp-reply) and GET or POST /sandbox/tsa/chain
// (the chain PEM). Public like a real TSA: no token, no qiye-* headers, never faulted.
void registerTsaRoutes(SandboxServer& server, std::shared_ptr<SandboxTsa> tsa);

} // namespace dm::sandbox
