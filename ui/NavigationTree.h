#pragma once

#include <QIcon>
#include <QString>
#include <QTreeWidget>

namespace dm {

// The console tree on the left of the main window. Each item carries the id of the page it opens in pageIdRole, so
// code and tests find items by id rather than by their (translated) text.
class NavigationTree final : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr int pageIdRole = Qt::UserRole + 1;

    explicit NavigationTree(QWidget* parent = nullptr);

    // Adds an entry; a non-empty parentPageId must name an entry added before.
    void addEntry(const QString& pageId, const QString& parentPageId, const QIcon& icon = {});
    void setEntryTitle(const QString& pageId, const QString& title);
    [[nodiscard]] QTreeWidgetItem* entry(const QString& pageId) const;
    [[nodiscard]] QString currentPageId() const;
    // Makes the entry current; pageSelected follows, exactly as for a click, so there is one path to a page change.
    void selectPage(const QString& pageId);

Q_SIGNALS:
    void pageSelected(const QString& pageId);
};

} // namespace dm
