#include "store/Outbox.h"

#include "store/Db.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <array>

namespace dm {

namespace {

constexpr std::array<std::pair<OutboxState, const char*>, 5> kStateNames{{
    {OutboxState::Pending, "pending"},
    {OutboxState::Running, "running"},
    {OutboxState::Done, "done"},
    {OutboxState::Failed, "failed"},
    {OutboxState::Cancelled, "cancelled"},
}};

constexpr std::string_view kColumns = "id, kind, target, payload, state, attempts, reconcile, error_code, "
                                      "error_message, outcome, created_at, updated_at, batch_id, idempotency_key";

// Stmt binds a null QString as NULL; these columns and comparisons want text, so a null string is "".
QString orEmpty(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

OutboxItem itemFromRow(const Stmt& row)
{
    OutboxItem item;
    item.id = row.int64(0);
    item.kind = row.text(1);
    item.target = row.text(2);
    item.payload = jsonObject(row.text(3));
    item.state = outboxStateFromString(row.text(4)).value_or(OutboxState::Failed);
    item.attempts = int(row.int64(5));
    item.reconcile = row.int64(6) != 0;
    item.errorCode = row.text(7);
    item.errorMessage = row.text(8);
    item.outcome = jsonObject(row.text(9));
    item.createdAt = row.int64(10);
    item.updatedAt = row.int64(11);
    item.batchId = row.text(12);
    item.idempotencyKey = row.text(13);
    return item;
}

std::string select(std::string_view rest)
{
    return std::string("SELECT ").append(kColumns).append(" FROM outbox ").append(rest);
}

Expected<QList<OutboxItem>, DbError> readItems(Stmt& statement)
{
    QList<OutboxItem> items;
    while (true) {
        auto row = statement.step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            return items;
        }
        items.append(itemFromRow(statement));
    }
}

// Runs a statement that changes rows and returns how many it changed.
Expected<qint64, DbError> changed(Db& db, Expected<Stmt, DbError>& statement)
{
    if (!statement) {
        return Unexpected(statement.error());
    }
    if (auto done = statement->run(); !done) {
        return Unexpected(done.error());
    }
    return db.changes();
}

} // namespace

QString toString(OutboxState state)
{
    for (const auto& [value, name] : kStateNames) {
        if (value == state) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<OutboxState> outboxStateFromString(QStringView text)
{
    for (const auto& [value, name] : kStateNames) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

Outbox::Outbox(Db& db)
    : m_db(db)
{}

Expected<qint64, DbError> Outbox::insert(const OutboxRequest& request, qint64 time)
{
    const QString key =
        request.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.idempotencyKey;
    auto statement = m_db.prepare("INSERT INTO outbox (kind, target, payload, created_at, updated_at, batch_id, "
                                  "idempotency_key) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6) "
                                  "ON CONFLICT (idempotency_key) DO NOTHING");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, orEmpty(request.kind))
        .bind(2, orEmpty(request.target))
        .bind(3, jsonText(request.payload))
        .bind(4, time)
        .bind(5, orEmpty(request.batchId))
        .bind(6, key);
    if (auto done = statement->run(); !done) {
        return Unexpected(done.error());
    }
    if (m_db.changes() == 1) {
        return m_db.lastInsertRowId();
    }
    // Already queued: enqueueing the same work again must not do it twice.
    auto existing = m_db.prepare("SELECT id FROM outbox WHERE idempotency_key = ?1");
    if (!existing) {
        return Unexpected(existing.error());
    }
    existing->bind(1, key);
    auto row = existing->step();
    if (!row) {
        return Unexpected(row.error());
    }
    return existing->int64(0);
}

Expected<qint64, DbError> Outbox::enqueue(const OutboxRequest& request)
{
    return insert(request, now());
}

Expected<QList<qint64>, DbError> Outbox::enqueueAll(const QList<OutboxRequest>& requests)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return Unexpected(transaction.error());
    }
    const qint64 time = now();
    QList<qint64> ids;
    ids.reserve(requests.size());
    for (const OutboxRequest& request : requests) {
        auto id = insert(request, time);
        if (!id) {
            return Unexpected(id.error());
        }
        ids.append(*id);
    }
    if (auto done = transaction->commit(); !done) {
        return Unexpected(done.error());
    }
    return ids;
}

Expected<std::optional<OutboxItem>, DbError> Outbox::claimNext(const QString& batchId)
{
    auto statement = m_db.prepare(
        std::string("UPDATE outbox SET state = 'running', attempts = attempts + 1, updated_at = ?1 "
                    "WHERE id = (SELECT id FROM outbox WHERE state = 'pending' AND (?2 = '' OR batch_id = ?2) "
                    "ORDER BY id LIMIT 1) RETURNING ")
            .append(kColumns));
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, now()).bind(2, orEmpty(batchId));
    auto items = readItems(*statement);
    if (!items) {
        return Unexpected(items.error());
    }
    if (items->isEmpty()) {
        return std::optional<OutboxItem>{};
    }
    return std::optional<OutboxItem>{items->constFirst()};
}

Expected<void, DbError> Outbox::updatePayload(qint64 id, const QJsonObject& payload)
{
    auto statement =
        m_db.prepare("UPDATE outbox SET payload = ?2, updated_at = ?3 WHERE id = ?1 AND state = 'running'");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, id).bind(2, jsonText(payload)).bind(3, now());
    return statement->run();
}

Expected<bool, DbError> Outbox::finish(qint64 id, OutboxState state, const QString& errorCode,
                                       const QString& errorMessage, bool reconcile, const QJsonObject& outcome,
                                       bool keepPayload)
{
    // The payload may hold an ID number or a mobile: once nothing will run again, nothing needs them.
    auto statement = m_db.prepare("UPDATE outbox SET state = ?2, error_code = ?3, error_message = ?4, reconcile = ?5, "
                                  "outcome = ?6, payload = CASE WHEN ?7 THEN payload ELSE '{}' END, updated_at = ?8 "
                                  "WHERE id = ?1 AND state = 'running'");
    if (statement) {
        statement->bind(1, id)
            .bind(2, toString(state))
            .bind(3, orEmpty(errorCode))
            .bind(4, orEmpty(errorMessage))
            .bind(5, reconcile ? 1 : 0)
            .bind(6, jsonText(outcome))
            .bind(7, keepPayload ? 1 : 0)
            .bind(8, now());
    }
    auto count = changed(m_db, statement);
    if (!count) {
        return Unexpected(count.error());
    }
    return *count == 1;
}

Expected<void, DbError> Outbox::markDone(qint64 id, const QJsonObject& outcome)
{
    auto done = finish(id, OutboxState::Done, {}, {}, false, outcome, false);
    if (!done) {
        return Unexpected(done.error());
    }
    return {};
}

Expected<void, DbError> Outbox::markFailed(qint64 id, const QString& errorCode, const QString& errorMessage,
                                           bool ambiguous, const QJsonObject& outcome)
{
    // A failed item keeps its payload: retry() runs it again.
    auto done = finish(id, OutboxState::Failed, errorCode, errorMessage, ambiguous, outcome, true);
    if (!done) {
        return Unexpected(done.error());
    }
    return {};
}

Expected<bool, DbError> Outbox::cancel(qint64 id)
{
    auto statement = m_db.prepare("UPDATE outbox SET state = 'cancelled', payload = '{}', updated_at = ?2 "
                                  "WHERE id = ?1 AND state IN ('pending', 'failed')");
    if (statement) {
        statement->bind(1, id).bind(2, now());
    }
    auto count = changed(m_db, statement);
    if (!count) {
        return Unexpected(count.error());
    }
    return *count == 1;
}

Expected<qint64, DbError> Outbox::cancelPending(const QString& batchId)
{
    auto statement = m_db.prepare("UPDATE outbox SET state = 'cancelled', payload = '{}', updated_at = ?2 "
                                  "WHERE state = 'pending' AND batch_id = ?1");
    if (statement) {
        statement->bind(1, orEmpty(batchId)).bind(2, now());
    }
    return changed(m_db, statement);
}

Expected<bool, DbError> Outbox::retry(qint64 id)
{
    auto statement = m_db.prepare("UPDATE outbox SET state = 'pending', updated_at = ?2 "
                                  "WHERE id = ?1 AND state = 'failed'");
    if (statement) {
        statement->bind(1, id).bind(2, now());
    }
    auto count = changed(m_db, statement);
    if (!count) {
        return Unexpected(count.error());
    }
    return *count == 1;
}

Expected<qint64, DbError> Outbox::retryFailed(const QString& batchId)
{
    auto statement = m_db.prepare("UPDATE outbox SET state = 'pending', updated_at = ?2 "
                                  "WHERE state = 'failed' AND (?1 = '' OR batch_id = ?1)");
    if (statement) {
        statement->bind(1, orEmpty(batchId)).bind(2, now());
    }
    return changed(m_db, statement);
}

Expected<qint64, DbError> Outbox::recoverInterrupted()
{
    // Whether a running item reached the platform is unknown: the next attempt asks before it sends anything.
    auto statement = m_db.prepare("UPDATE outbox SET state = 'pending', reconcile = 1, updated_at = ?1 "
                                  "WHERE state = 'running'");
    if (statement) {
        statement->bind(1, now());
    }
    return changed(m_db, statement);
}

Expected<std::optional<OutboxItem>, DbError> Outbox::item(qint64 id)
{
    auto statement = m_db.prepare(select("WHERE id = ?1"));
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, id);
    auto items = readItems(*statement);
    if (!items) {
        return Unexpected(items.error());
    }
    return items->isEmpty() ? std::optional<OutboxItem>{} : std::optional<OutboxItem>{items->constFirst()};
}

Expected<QList<OutboxItem>, DbError> Outbox::list(std::optional<OutboxState> state, const QString& batchId,
                                                  qint64 afterId, int limit)
{
    auto statement = m_db.prepare(select("WHERE id > ?1 AND (?2 = '' OR state = ?2) AND (?3 = '' OR batch_id = ?3) "
                                         "ORDER BY id LIMIT ?4"));
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, afterId)
        .bind(2, state ? toString(*state) : orEmpty({}))
        .bind(3, orEmpty(batchId))
        .bind(4, limit);
    return readItems(*statement);
}

Expected<OutboxCounts, DbError> Outbox::counts(const QString& batchId)
{
    auto statement = m_db.prepare("SELECT state, count(*) FROM outbox WHERE (?1 = '' OR batch_id = ?1) GROUP BY state");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, orEmpty(batchId));
    OutboxCounts counts;
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            return counts;
        }
        const qint64 count = statement->int64(1);
        switch (outboxStateFromString(statement->text(0)).value_or(OutboxState::Failed)) {
        case OutboxState::Pending:
            counts.pending += count;
            break;
        case OutboxState::Running:
            counts.running += count;
            break;
        case OutboxState::Done:
            counts.done += count;
            break;
        case OutboxState::Failed:
            counts.failed += count;
            break;
        case OutboxState::Cancelled:
            counts.cancelled += count;
            break;
        }
    }
}

Expected<QHash<QString, OutboxState>, DbError> Outbox::latestStates(const QStringList& targets)
{
    // One bound JSON array instead of a statement per target or SQL text built from the targets.
    auto statement = m_db.prepare("SELECT o.target, o.state FROM json_each(?1) AS t "
                                  "JOIN outbox AS o ON o.id = (SELECT max(id) FROM outbox WHERE target = t.value)");
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(
        1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(targets)).toJson(QJsonDocument::Compact)));
    QHash<QString, OutboxState> states;
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            return states;
        }
        if (auto state = outboxStateFromString(statement->text(1))) {
            states.insert(statement->text(0), *state);
        }
    }
}

} // namespace dm
