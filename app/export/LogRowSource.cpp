#include "export/LogRowSource.h"

#include "export/LogExportColumns.h"
#include "store/LogRepository.h"

#include <algorithm>
#include <limits>

namespace dm {

LogRowSource::LogRowSource(LogExportQuery query)
    : m_query(std::move(query))
    , m_columns(int(LogExportColumns::columns(m_query.kind).size()))
{}

Expected<qint64, DbError> LogRowSource::count(Db& db) const
{
    const qint64 cap = m_query.maxRows.value_or(std::numeric_limits<qint64>::max());
    if (m_query.selection) {
        return std::min<qint64>(m_query.selection->size(), cap);
    }
    LogRepository logs(db);
    Expected<qint64, DbError> rows = qint64(0);
    switch (m_query.kind) {
    case LogKind::Operations:
        rows = logs.countOperations(m_query.operations, m_query.range);
        break;
    case LogKind::Logins:
        rows = logs.countLogins(m_query.logins, m_query.range);
        break;
    case LogKind::Mails:
        rows = logs.countMails(m_query.mails, m_query.range, MailTimeKey::Time);
        break;
    }
    if (!rows) {
        return rows;
    }
    return std::min(*rows, cap);
}

qint64 LogRowSource::remaining() const
{
    qint64 cap = m_query.maxRows.value_or(std::numeric_limits<qint64>::max());
    if (m_passRows) {
        cap = std::min(cap, *m_passRows);
    }
    if (m_query.selection) {
        cap = std::min<qint64>(cap, m_query.selection->size());
    }
    return cap - m_read;
}

namespace {

// FNV-1a over the id's bytes: order-sensitive, cheap beside turning the row into text.
quint64 mixed(quint64 digest, qint64 id)
{
    for (int byte = 0; byte < 8; ++byte) {
        digest = (digest ^ ((quint64(id) >> (8 * byte)) & 0xFF)) * 1099511628211ULL;
    }
    return digest;
}

} // namespace

template <typename Record>
void LogRowSource::take(ExportPage& page, const QList<Record>& records)
{
    for (const Record& record : records) {
        LogExportColumns::append(page, record);
        m_digest = mixed(m_digest, record.id);
    }
    if (!records.isEmpty() && !m_query.selection) {
        m_after = LogPosition{records.constLast().time, records.constLast().id};
        if (!m_first) {
            m_first = LogPosition{records.constFirst().time, records.constFirst().id};
        }
    }
}

Expected<void, DbError> LogRowSource::next(Db& db, ExportPage& page, int limit)
{
    page.clear();
    page.columns = m_columns;
    LogRepository logs(db);
    while (!m_ended && page.rows() == 0) {
        const int wanted = int(std::min<qint64>(limit, remaining()));
        if (wanted <= 0) {
            m_ended = true;
            break;
        }
        if (m_query.selection) {
            // Selections are picked by hand: a lookup by id each, in the order given.
            for (int i = 0; i < wanted; ++i) {
                const qint64 id = m_query.selection->at(m_read + i);
                Expected<void, DbError> found;
                const auto add = [this, &page, &found](auto row) {
                    if (!row) {
                        found = Unexpected(row.error());
                    } else if (*row) {
                        LogExportColumns::append(page, **row);
                        m_digest = mixed(m_digest, (*row)->id);
                    }
                };
                switch (m_query.kind) {
                case LogKind::Operations:
                    add(logs.operation(id));
                    break;
                case LogKind::Logins:
                    add(logs.login(id));
                    break;
                case LogKind::Mails:
                    add(logs.mail(id));
                    break;
                }
                if (!found) {
                    return found;
                }
            }
            m_read += wanted;
            continue;
        }
        LogPageRequest request;
        request.range = m_query.range;
        request.order = m_query.order;
        request.after = m_after ? m_after : m_startAfter;
        request.limit = wanted;
        qsizetype got = 0;
        Expected<void, DbError> read;
        const auto add = [this, &page, &got, &read](auto records) {
            if (!records) {
                read = Unexpected(records.error());
                return;
            }
            got = records->size();
            take(page, *records);
        };
        switch (m_query.kind) {
        case LogKind::Operations:
            add(logs.operations(m_query.operations, request));
            break;
        case LogKind::Logins:
            add(logs.logins(m_query.logins, request));
            break;
        case LogKind::Mails:
            add(logs.mails(m_query.mails, request));
            break;
        }
        if (!read) {
            return read;
        }
        m_read += got;
        if (got < wanted) {
            m_ended = true;
        }
    }
    return {};
}

void LogRowSource::rewind()
{
    if (!m_passRows) {
        m_passRows = m_read;
        m_firstDigest = m_digest;
    }
    m_digest = kDigestSeed;
    if (m_first) {
        // The keyset page after a position excludes it: start just beyond the first row, on the side the listing
        // comes from, so that it is the first row again and nothing newer (or older) joins.
        const qint64 beyond = m_query.order == LogOrder::NewestFirst ? 1 : -1;
        m_startAfter = LogPosition{m_first->time, m_first->id + beyond};
    }
    m_after.reset();
    m_read = 0;
    m_ended = false;
}

} // namespace dm
