#include "ui/pages/Page.h"

#include <QEvent>

namespace dm {

Page::Page(QString pageId, QString parentPageId, QWidget* parent)
    : QWidget(parent)
    , m_pageId(std::move(pageId))
    , m_parentPageId(std::move(parentPageId))
{
    setObjectName(QStringLiteral("page.") + m_pageId);
}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace dm
