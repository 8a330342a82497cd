#pragma once

// A lazy table's listing whose count is as slow as a test needs, for the tests that the first rows of a listing show
// before its count: until the test opens the gate the count scans generated rows in the worker thread, as a count over
// a large filter scans the table, and like that scan it stops when the listing is replaced (the model's stop check
// interrupts it). Everything else is the wrapped reader's.
#include "store/Db.h"
#include "ui/logs/KeysetBlockLoad.h"

#include <QElapsedTimer>

#include <atomic>
#include <memory>

namespace dm::test {

template <typename Row, typename Cursor>
class GatedCountReader final : public KeysetReader<Row, Cursor>
{
public:
    using Inner = KeysetReader<Row, Cursor>;

    GatedCountReader(Db& db, std::unique_ptr<Inner> inner, std::shared_ptr<std::atomic<bool>> open)
        : m_db(db)
        , m_inner(std::move(inner))
        , m_open(std::move(open))
    {}

    Expected<qint64, DbError> count() override
    {
        QElapsedTimer waited;
        waited.start();
        while (!m_open->load() && waited.elapsed() < 20000) {
            auto scan = m_db.prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                     "SELECT count(*) FROM n");
            if (!scan) {
                return Unexpected{scan.error()};
            }
            if (auto stepped = scan->step(); !stepped) {
                return Unexpected{stepped.error()};
            }
        }
        return m_inner->count();
    }
    Expected<QList<Row>, DbError> page(const std::optional<Cursor>& from, int limit, PageDirection direction) override
    {
        return m_inner->page(from, limit, direction);
    }
    [[nodiscard]] Cursor cursorOf(const Row& row) const override { return m_inner->cursorOf(row); }
    [[nodiscard]] bool canSeek() const override { return m_inner->canSeek(); }
    Expected<std::optional<Cursor>, DbError> cursorAt(qint64 position) override { return m_inner->cursorAt(position); }
    void completeBlock(QList<Row>& rows) override { m_inner->completeBlock(rows); }

private:
    Db& m_db;
    std::unique_ptr<Inner> m_inner;
    std::shared_ptr<std::atomic<bool>> m_open;
};

} // namespace dm::test
