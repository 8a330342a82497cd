#include "store/PolicyRepository.h"

#include "store/Db.h"

#include <QDateTime>
#include <QJsonDocument>

namespace dm {

namespace {

// Table names are program text chosen by kind, never data.
std::string table(DocumentKind kind)
{
    return kind == DocumentKind::Policy ? "policy_documents" : "login_rule_documents";
}

constexpr std::string_view kColumns = "level, target_id, version, updated_at, document, synced_at";

StoredDocument readDocument(const Stmt& statement)
{
    StoredDocument stored;
    stored.level = statement.text(0);
    stored.targetId = statement.text(1);
    stored.version = statement.int64(2);
    if (!statement.isNull(3)) {
        stored.updatedAt = statement.int64(3);
    }
    stored.document = QJsonDocument::fromJson(statement.text(4).toUtf8()).object();
    stored.syncedAt = statement.int64(5);
    return stored;
}

Expected<QList<StoredDocument>, DbError> readAll(Stmt& statement)
{
    QList<StoredDocument> documents;
    while (true) {
        auto row = statement.step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            return documents;
        }
        documents.append(readDocument(statement));
    }
}

} // namespace

PolicyRepository::PolicyRepository(Db& db)
    : m_db(db)
{}

Expected<void, DbError> PolicyRepository::save(DocumentKind kind, const StoredDocument& document)
{
    auto statement = m_db.prepare("INSERT OR REPLACE INTO " + table(kind) + " (" + std::string(kColumns) +
                                  ") VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!statement) {
        return Unexpected(statement.error());
    }
    // A null QString would bind as NULL; both key columns are NOT NULL.
    statement->bind(1, document.level.isNull() ? QStringLiteral("") : document.level)
        .bind(2, document.targetId.isNull() ? QStringLiteral("") : document.targetId)
        .bind(3, document.version);
    if (document.updatedAt) {
        statement->bind(4, *document.updatedAt);
    } else {
        statement->bindNull(4);
    }
    statement->bind(5, QString::fromUtf8(QJsonDocument(document.document).toJson(QJsonDocument::Compact)))
        .bind(6, QDateTime::currentMSecsSinceEpoch());
    return statement->run();
}

Expected<std::optional<StoredDocument>, DbError> PolicyRepository::load(DocumentKind kind, const QString& level,
                                                                        const QString& targetId)
{
    auto statement = m_db.prepare("SELECT " + std::string(kColumns) + " FROM " + table(kind) +
                                  " WHERE level = ?1 AND target_id = ?2");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, level).bind(2, targetId);
    auto documents = readAll(*statement);
    if (!documents) {
        return Unexpected(documents.error());
    }
    if (documents->isEmpty()) {
        return std::optional<StoredDocument>{};
    }
    return std::optional<StoredDocument>{documents->constFirst()};
}

Expected<QList<StoredDocument>, DbError> PolicyRepository::list(DocumentKind kind, const QString& level)
{
    auto statement = m_db.prepare("SELECT " + std::string(kColumns) + " FROM " + table(kind) +
                                  " WHERE ?1 = '' OR level = ?1 ORDER BY level, target_id");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, level.isNull() ? QStringLiteral("") : level); // "" means every level
    return readAll(*statement);
}

Expected<void, DbError> PolicyRepository::replaceLevel(DocumentKind kind, const QString& level,
                                                       const QList<StoredDocument>& documents)
{
    auto clear = m_db.prepare("DELETE FROM " + table(kind) + " WHERE level = ?1");
    if (!clear) {
        return Unexpected(clear.error());
    }
    clear->bind(1, level);
    if (auto done = clear->run(); !done) {
        return done;
    }
    for (const StoredDocument& document : documents) {
        if (document.level != level) {
            DbError error;
            error.kind = DbError::Kind::Misuse;
            error.detail = QStringLiteral("a document of another level in replaceLevel");
            return Unexpected(error);
        }
        if (auto done = save(kind, document); !done) {
            return done;
        }
    }
    return {};
}

Expected<void, DbError> PolicyRepository::remove(DocumentKind kind, const QString& level, const QString& targetId)
{
    auto statement = m_db.prepare("DELETE FROM " + table(kind) + " WHERE level = ?1 AND target_id = ?2");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, level).bind(2, targetId);
    return statement->run();
}

Expected<qint64, DbError> PolicyRepository::count(DocumentKind kind, const QString& level)
{
    auto statement = m_db.prepare("SELECT count(*) FROM " + table(kind) + " WHERE ?1 = '' OR level = ?1");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, level.isNull() ? QStringLiteral("") : level); // "" means every level
    auto row = statement->step();
    if (!row) {
        return Unexpected(row.error());
    }
    return statement->int64(0);
}

} // namespace dm
