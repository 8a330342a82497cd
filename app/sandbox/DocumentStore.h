#pragma once

#include "core/Expected.h"
#include "sandbox/ApiCall.h"
#include "sandbox/PlatformContext.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dm::sandbox {

// The level a policy or login-rule document applies at.
enum class DocumentLevel
{
    Domain,
    Unit,
    Account,
};

[[nodiscard]] QString levelName(DocumentLevel level);

// Whose document a call reads or writes: the level and the domain, a unitId or an accountName (lower case).
struct DocumentTarget
{
    DocumentLevel level = DocumentLevel::Domain;
    QString targetId;
};

// A document as stored: the contract's JSON body and its version (0 for one never written).
struct StoredDocument
{
    QJsonObject body;
    qint64 version = 0;
    std::optional<qint64> updatedAt;
};

// Reads and writes the `documents` table for one kind ("policy", "loginRules") and appends the operation log rows
// that go with a change. Also resolves the targets the documents belong to.
class DocumentStore
{
public:
    DocumentStore(PlatformContext& context, QString kind);

    // `level` and `targetId` from a request body, format only (-401); `allowUnit` false refuses level "unit".
    [[nodiscard]] Expected<DocumentTarget, ApiError> parseTarget(const QJsonObject& body, bool allowUnit) const;
    // -4 DOMAIN/UNIT/ACCOUNT.NOT.FOUND unless the target exists (a deleted account does not).
    [[nodiscard]] Expected<void, ApiError> requireTarget(const DocumentTarget& target);
    // An accountName field: -401 <field>:format unless it is a valid local part; returned in lower case.
    [[nodiscard]] static Expected<QString, ApiError> parseAccountName(const QJsonObject& body, const QString& field);
    // The unit of an existing (not deleted) account, or -4 ACCOUNT.NOT.FOUND.
    [[nodiscard]] Expected<QString, ApiError> accountUnit(const QString& accountName);

    [[nodiscard]] Expected<StoredDocument, ApiError> load(const DocumentTarget& target);
    // The document at `target`; the domain's is created with `domainDefaults` on first use.
    [[nodiscard]] Expected<StoredDocument, ApiError> loadAny(const DocumentTarget& target,
                                                             const QJsonObject& domainDefaults, qint64 nowMs);
    // What every "get" does: the target from the body (-401), that it exists (-4), and its document.
    [[nodiscard]] Expected<std::pair<DocumentTarget, StoredDocument>, ApiError>
    loadRequested(const QJsonObject& body, bool allowUnit, const QJsonObject& domainDefaults, qint64 nowMs);
    // The domain document, written with `defaults` as version 1 the first time anyone asks for it.
    [[nodiscard]] Expected<StoredDocument, ApiError> loadDomain(const QJsonObject& defaults, qint64 nowMs);
    [[nodiscard]] Expected<void, ApiError> save(const DocumentTarget& target, const QJsonObject& body, qint64 version,
                                                qint64 nowMs);

    // One operation_logs row by admin@<domain> from 127.0.0.1.
    [[nodiscard]] Expected<void, ApiError>
    appendOperationLog(qint64 nowMs, const QString& action, const QString& target, bool success, const QString& remark);

    // What the operation log names as the target: the domain, the unitId, or the account's address.
    [[nodiscard]] QString logTarget(const DocumentTarget& target) const;
    [[nodiscard]] const QString& domain() const { return m_context.identity.domain; }
    [[nodiscard]] Db& db() { return m_context.platform.db(); }

    // -1 SYSTEM.ERROR for a database failure; the detail goes to the log, not to the caller.
    [[nodiscard]] static ApiError systemError(const DbError& error);

private:
    PlatformContext& m_context;
    QString m_kind;
};

} // namespace dm::sandbox
