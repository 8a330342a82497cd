#include "ui/FirstRowsProbe.h"

#include "ui/logs/KeysetTableModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace dm {

FirstRowsProbe::FirstRowsProbe(QTableView* table, const QElapsedTimer& started, QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_started(started)
{
    if (m_table != nullptr) {
        m_table->viewport()->installEventFilter(this);
    }
}

bool FirstRowsProbe::rowsLoaded() const
{
    // A lazy table paints placeholders ("Loading…") for rows whose block has not arrived: those do not count.
    const auto* model = m_table != nullptr ? qobject_cast<const KeysetTableModel*>(m_table->model()) : nullptr;
    return model != nullptr && model->rowCount() > 0 && model->isLoaded(0);
}

bool FirstRowsProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_reported && event->type() == QEvent::Paint && m_table != nullptr && watched == m_table->viewport() &&
        m_table->isVisible() && rowsLoaded()) {
        m_reported = true;
        // The paint runs after this filter returns: the report waits for it (and for the flush that follows).
        QTimer::singleShot(0, this, &FirstRowsProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstRowsProbe::report()
{
    const auto* model = qobject_cast<const KeysetTableModel*>(m_table != nullptr ? m_table->model() : nullptr);
    std::printf("dmadmin: first rows shown %.1f ms after main() began (%d rows listed, %s)\n",
                double(m_started.nsecsElapsed()) / 1e6, model != nullptr ? model->rowCount() : 0,
                model != nullptr && model->isCounting() ? "still counting" : "counted");
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace dm
