#pragma once

#include "store/ActivationQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace dm {

// The overdue worklist: accounts still waiting for activation, the longest-waiting first. Holds at most the rows the
// page loaded (a bounded list, not a window onto the whole cache); mobiles arrive masked. Qt::UserRole gives each
// cell's sortable value.
class OverdueWorklistModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AccountColumn,
        NameColumn,
        MobileColumn,
        UnitColumn,
        CreatedColumn,
        LastSmsColumn,
        RemindersColumn,
        DaysWaitingColumn,
        StateColumn,
        OutboxColumn,
        ColumnCount,
    };

    explicit OverdueWorklistModel(QObject* parent = nullptr);

    // Replaces every row; `nowMs` is the moment the days waiting are counted to.
    void setRows(QList<OverdueRow> rows, qint64 nowMs);
    [[nodiscard]] const QList<OverdueRow>& rows() const { return m_rows; }
    [[nodiscard]] const OverdueRow& rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] qint64 nowMs() const { return m_nowMs; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Shared with the CSV export, so the file says what the table says.
    [[nodiscard]] static QString headerText(Column column);
    [[nodiscard]] static QString cellText(const OverdueRow& row, Column column, qint64 nowMs);

private:
    QList<OverdueRow> m_rows;
    qint64 m_nowMs = 0;
};

} // namespace dm
