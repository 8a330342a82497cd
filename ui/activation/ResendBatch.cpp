#include "ui/activation/ResendBatch.h"

#include "sync/CacheSession.h"
#include "sync/OutboxPayload.h"

#include <QUuid>

#include <utility>

namespace dm {

ResendBatch::ResendBatch(CacheSession& session, QStringList accountNames, QObject* parent)
    : QObject(parent)
    , m_session(&session)
    , m_accountNames(std::move(accountNames))
    , m_batchId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

void ResendBatch::start()
{
    if (m_started || !m_session) {
        return;
    }
    m_started = true;
    // Listen before queueing: the runner may finish an item before the ids come back.
    connect(m_session, &CacheSession::outboxItemFinished, this, &ResendBatch::onItemFinished);
    connect(m_session, &CacheSession::outboxFinished, this, &ResendBatch::onOutboxFinished);
    connect(m_session, &QObject::destroyed, this, [this] { end(); });
    QList<OutboxRequest> requests;
    requests.reserve(m_accountNames.size());
    for (const QString& accountName : std::as_const(m_accountNames)) {
        OutboxRequest request = outboxpayload::resendActivation(accountName);
        request.batchId = m_batchId;
        requests.append(request);
    }
    m_session->enqueue(requests, this, [this](Expected<QList<qint64>, DbError> ids) {
        if (!ids) {
            end(ids.error().message());
            return;
        }
        onEnqueued(*ids);
    });
}

void ResendBatch::cancel()
{
    if (m_session && m_started && !m_ended) {
        m_session->cancelOutbox();
    }
}

QStringList ResendBatch::unfinished() const
{
    QStringList names;
    if (!m_waiting) {
        return m_ended ? m_accountNames : names;
    }
    for (const qint64 id : *m_waiting) {
        names.append(m_targets.value(id));
    }
    names.sort();
    return names;
}

void ResendBatch::onEnqueued(const QList<qint64>& ids)
{
    m_waiting.emplace();
    for (qsizetype i = 0; i < ids.size() && i < m_accountNames.size(); ++i) {
        m_waiting->insert(ids.at(i));
        m_targets.insert(ids.at(i), m_accountNames.at(i));
    }
    const QList<OutboxResult> early = std::exchange(m_early, {});
    for (const OutboxResult& result : early) {
        take(result);
    }
    Q_EMIT progressed(m_results.size(), total());
    if (m_waiting->isEmpty()) {
        end();
    }
}

void ResendBatch::onItemFinished(const OutboxResult& result)
{
    if (m_ended) {
        return;
    }
    if (!m_waiting) {
        m_early.append(result);
        return;
    }
    take(result);
    if (m_waiting->isEmpty()) {
        end();
    }
}

void ResendBatch::take(const OutboxResult& result)
{
    if (!m_waiting || !m_waiting->remove(result.itemId)) {
        return; // another batch's item
    }
    m_results.append(result);
    Q_EMIT progressed(m_results.size(), total());
}

void ResendBatch::onOutboxFinished(bool cancelled)
{
    // A run that simply ran out of items may be an earlier one ending just as ours was queued; only a cancel ends a
    // batch with items left.
    if (cancelled && m_waiting && !m_waiting->isEmpty()) {
        end();
    }
}

void ResendBatch::end(const QString& error)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    Q_EMIT finished(error);
}

} // namespace dm
