#pragma once

#include "sync/OutboxRunner.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

namespace dm {

class CacheSession;

// One bulk "resend activation SMS": one outbox item per account, queued as one batch, followed to its end. The
// session's runner reports every item it finishes (others' too); this keeps the ones of its own batch.
class ResendBatch final : public QObject
{
    Q_OBJECT

public:
    ResendBatch(CacheSession& session, QStringList accountNames, QObject* parent = nullptr);

    // Queues the items; progressed/finished follow. Once only.
    void start();
    // Stops the runner; the items not yet sent stay queued and are reported as unfinished.
    void cancel();

    [[nodiscard]] const QString& batchId() const { return m_batchId; }
    [[nodiscard]] qsizetype total() const { return m_accountNames.size(); }
    [[nodiscard]] const QList<OutboxResult>& results() const { return m_results; }
    // Account names whose items had not finished when the batch ended.
    [[nodiscard]] QStringList unfinished() const;

Q_SIGNALS:
    void progressed(qsizetype finished, qsizetype total);
    // The batch ended: every item finished, or the run was cancelled. `error` is set when nothing could be queued.
    void finished(const QString& error);

private:
    void onEnqueued(const QList<qint64>& ids);
    void onItemFinished(const OutboxResult& result);
    void onOutboxFinished(bool cancelled);
    void take(const OutboxResult& result);
    void end(const QString& error = {});

    QPointer<CacheSession> m_session;
    QStringList m_accountNames;
    QString m_batchId;
    std::optional<QSet<qint64>> m_waiting; // unknown until the enqueue answers
    QHash<qint64, QString> m_targets;
    QList<OutboxResult> m_early; // results that came before the ids did
    QList<OutboxResult> m_results;
    bool m_started = false;
    bool m_ended = false;
};

} // namespace dm
