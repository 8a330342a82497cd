#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dm {

class Db;

// The two kinds of versioned document the platform keeps per level (CONTRACT.md §11, §12).
enum class DocumentKind
{
    Policy,     // delivery policy: domain, unit and account level
    LoginRules, // login rules: domain and account level
};

// One level's document as the platform returned it. `document` is the whole object of policy/get or loginRule/get
// (read it with api/PolicyJson.h or api/LoginRuleJson.h); the other fields repeat what it says, for lookups.
struct StoredDocument
{
    QString level;    // the contract's spelling: domain, unit, account
    QString targetId; // the domain, a unitId or an accountName
    qint64 version = 0;
    std::optional<qint64> updatedAt;
    QJsonObject document;
    qint64 syncedAt = 0; // ms, when the cache last took it from the platform (set by save())
};

// The cached policy and login-rule documents. Writes join the caller's transaction when there is one.
class PolicyRepository
{
public:
    explicit PolicyRepository(Db& db);

    // Inserts or replaces the document of (level, targetId).
    [[nodiscard]] Expected<void, DbError> save(DocumentKind kind, const StoredDocument& document);
    [[nodiscard]] Expected<std::optional<StoredDocument>, DbError> load(DocumentKind kind, const QString& level,
                                                                        const QString& targetId);
    // Every document of `kind` (of one level when `level` is not empty), by level then target.
    [[nodiscard]] Expected<QList<StoredDocument>, DbError> list(DocumentKind kind, const QString& level = {});
    // Makes `documents` the whole set of `kind` at `level`: others at that level are removed (a deleted unit's).
    [[nodiscard]] Expected<void, DbError> replaceLevel(DocumentKind kind, const QString& level,
                                                       const QList<StoredDocument>& documents);
    [[nodiscard]] Expected<void, DbError> remove(DocumentKind kind, const QString& level, const QString& targetId);
    [[nodiscard]] Expected<qint64, DbError> count(DocumentKind kind, const QString& level = {});

private:
    Db& m_db;
};

} // namespace dm
