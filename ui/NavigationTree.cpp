#include "ui/NavigationTree.h"

#include <QHeaderView>

namespace dm {

NavigationTree::NavigationTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setColumnCount(1);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current != nullptr) {
            Q_EMIT pageSelected(current->data(0, pageIdRole).toString());
        }
    });
}

void NavigationTree::addEntry(const QString& pageId, const QString& parentPageId, const QIcon& icon)
{
    QTreeWidgetItem* parentItem = parentPageId.isEmpty() ? nullptr : entry(parentPageId);
    Q_ASSERT(parentPageId.isEmpty() || parentItem != nullptr);
    auto* item = parentItem != nullptr ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(this);
    item->setData(0, pageIdRole, pageId);
    item->setIcon(0, icon);
    if (parentItem != nullptr) {
        parentItem->setExpanded(true);
    }
}

void NavigationTree::setEntryTitle(const QString& pageId, const QString& title)
{
    if (QTreeWidgetItem* item = entry(pageId)) {
        item->setText(0, title);
        item->setData(0, Qt::AccessibleTextRole, title);
    }
}

QTreeWidgetItem* NavigationTree::entry(const QString& pageId) const
{
    const QModelIndexList hits =
        model()->match(model()->index(0, 0), pageIdRole, pageId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? nullptr : itemFromIndex(hits.constFirst());
}

QString NavigationTree::currentPageId() const
{
    const QTreeWidgetItem* item = currentItem();
    return item != nullptr ? item->data(0, pageIdRole).toString() : QString();
}

void NavigationTree::selectPage(const QString& pageId)
{
    if (QTreeWidgetItem* item = entry(pageId)) {
        setCurrentItem(item);
    }
}

} // namespace dm
