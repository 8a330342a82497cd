#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTableView;

namespace dm {

// Cold start as tests/bench/bench_cold_start measures it (dmadmin --report-first-rows): the moment a table first
// paints rows of the cache, the milliseconds since `started` go to standard output and the application quits.
// Nothing in the window marks that moment, and a benchmark outside the process cannot see a paint, so the process says
// it itself. It watches paints only; it never asks the model for anything.
class FirstRowsProbe final : public QObject
{
public:
    FirstRowsProbe(QTableView* table, const QElapsedTimer& started, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] bool rowsLoaded() const;
    void report();

    QPointer<QTableView> m_table;
    QElapsedTimer m_started;
    bool m_reported = false;
};

} // namespace dm
