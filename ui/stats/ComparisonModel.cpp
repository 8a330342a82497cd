#include "ui/stats/ComparisonModel.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QStyle>

namespace dm {

namespace {

const QString kDash = QStringLiteral("—");

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// "+3", "-12", "0": the sign says which side has more at a glance.
QString signedNumber(qint64 value)
{
    return value > 0 ? QStringLiteral("+") + number(value) : number(value);
}

} // namespace

ComparisonModel::ComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ComparisonModel::setRows(QList<ComparisonRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::optional<qint64> ComparisonModel::difference(const ComparisonRow& row)
{
    if (!row.platform || !row.cache) {
        return std::nullopt;
    }
    return *row.cache - *row.platform;
}

int ComparisonModel::differingRows() const
{
    int count = 0;
    for (const ComparisonRow& row : m_rows) {
        const auto diff = difference(row);
        count += diff && *diff != 0 ? 1 : 0;
    }
    return count;
}

void ComparisonModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::display(const ComparisonRow& row, int column) const
{
    switch (column) {
    case FigureColumn:
        return row.figure;
    case PlatformColumn:
        return row.platform ? number(*row.platform) : kDash;
    case CacheColumn:
        return row.cache ? number(*row.cache) : kDash;
    case DifferenceColumn: {
        const auto diff = difference(row);
        if (!diff) {
            return kDash;
        }
        if (*diff == 0) {
            return number(0);
        }
        return *diff > 0 ? tr("%1 (cache has more)").arg(signedNumber(*diff))
                         : tr("%1 (cache has fewer)").arg(signedNumber(*diff));
    }
    default:
        return {};
    }
}

QString ComparisonModel::explanation(const ComparisonRow& row, int column) const
{
    switch (column) {
    case PlatformColumn:
        if (!row.platform) {
            return row.platformAbsentReason;
        }
        return row.platformNote;
    case CacheColumn:
        return row.cache ? QString() : tr("The cache has no figure for this.");
    case DifferenceColumn: {
        const auto diff = difference(row);
        if (!diff) {
            return row.platform ? tr("Only the platform's figure is known.")
                                : tr("Only the cache's figure is shown: %1").arg(row.platformAbsentReason);
        }
        if (*diff == 0) {
            return tr("The platform and the cache agree.");
        }
        return *diff > 0 ? tr("The cache counts %1 more than the platform.").arg(number(*diff))
                         : tr("The cache counts %1 fewer than the platform.").arg(number(-*diff));
    }
    default:
        return {};
    }
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const ComparisonRow& row = m_rows.at(index.row());
    const int column = index.column();
    const auto diff = difference(row);
    const bool differs = column == DifferenceColumn && diff && *diff != 0;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole: {
        const QString why = explanation(row, column);
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    case Qt::AccessibleTextRole: {
        const QString why = explanation(row, column);
        const QString shown = display(row, column).toString();
        return why.isEmpty() ? shown : shown + QStringLiteral(": ") + why;
    }
    case Qt::DecorationRole:
        if (differs) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::BackgroundRole:
        if (differs) {
            return QColor(255, 193, 7, 70); // amber, light enough for the text on any theme
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == FigureColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        switch (column) {
        case PlatformColumn:
            return row.platform ? QVariant(*row.platform) : QVariant();
        case CacheColumn:
            return row.cache ? QVariant(*row.cache) : QVariant();
        case DifferenceColumn:
            return diff ? QVariant(*diff) : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FigureColumn:
            return tr("Figure");
        case PlatformColumn:
            return tr("Platform");
        case CacheColumn:
            return tr("Cache");
        case DifferenceColumn:
            return tr("Difference");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PlatformColumn:
            return tr("What the platform's statistics endpoints answer now");
        case CacheColumn:
            return tr("What the local cache counts over its synced logs and accounts");
        case DifferenceColumn:
            return tr("The cache's figure minus the platform's");
        default:
            return {};
        }
    }
    return {};
}

} // namespace dm
