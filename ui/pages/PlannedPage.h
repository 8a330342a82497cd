#pragma once

#include "ui/pages/Page.h"

#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace dm {

// A page whose features are still to come. It says plainly what the page will hold and that it arrives with a later
// release, instead of showing fake data or buttons that do nothing.
class PlannedPage : public Page
{
    Q_OBJECT

public:
    PlannedPage(QString pageId, QString parentPageId, QWidget* parent);

protected:
    // Called by subclasses from retranslateUi(). The plans become a bulleted list; texts are plain, not HTML.
    void setTexts(const QString& summary, const QStringList& plans, const QString& notice = {});
    // Subclasses may add working widgets (links to other pages, say) between the plans and the notice.
    [[nodiscard]] QVBoxLayout* extrasLayout() const { return m_extras; }

private:
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_plans = nullptr;
    QLabel* m_notice = nullptr;
    QVBoxLayout* m_extras = nullptr;
};

} // namespace dm
