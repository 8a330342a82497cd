#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace dm {

// One figure of the Statistics page as the platform computes it and as the cache counts it.
struct ComparisonRow
{
    QString figure; // what is counted, in the interface's language
    std::optional<qint64> platform;
    std::optional<qint64> cache;
    // Why there is no platform figure: the platform does not count it, or its statistics are not available.
    QString platformAbsentReason;
    // How the platform figure was obtained when it is not a number the platform returned as such (sent - delivered).
    QString platformNote;
};

// "Figure | Platform | Cache | Difference" for one section of the Statistics page. The difference is the cache's
// figure minus the platform's; a non-zero one carries a warning icon and says in words which side has more, so the
// difference never rests on colour alone. A missing figure shows as "—" with the reason as its tooltip.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FigureColumn,
        PlatformColumn,
        CacheColumn,
        DifferenceColumn,
        ColumnCount,
    };
    // The number behind a cell (qint64), or an invalid QVariant for "—".
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ComparisonModel(QObject* parent = nullptr);

    void setRows(QList<ComparisonRow> rows);
    [[nodiscard]] const QList<ComparisonRow>& rows() const { return m_rows; }
    // cache - platform, when both are known.
    [[nodiscard]] static std::optional<qint64> difference(const ComparisonRow& row);
    // Rows whose two figures are both known and differ.
    [[nodiscard]] int differingRows() const;
    // The header and the words in the cells follow the interface's language.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const ComparisonRow& row, int column) const;
    [[nodiscard]] QString explanation(const ComparisonRow& row, int column) const;

    QList<ComparisonRow> m_rows;
};

} // namespace dm
