#include "ui/pages/PlannedPage.h"

#include "ui/Icons.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace dm {

namespace {

// Long lines are hard to read; beyond this the text stops growing with the window.
constexpr int readableWidth = 760;

QLabel* makeTextLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

PlannedPage::PlannedPage(QString pageId, QString parentPageId, QWidget* parent)
    : Page(std::move(pageId), std::move(parentPageId), parent)
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);

    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("content"));
    content->setMaximumWidth(readableWidth);

    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto* headingIcon = new QLabel(content);
    headingIcon->setObjectName(QStringLiteral("headingIcon"));
    const int headingIconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    headingIcon->setPixmap(navigationIcon(Page::pageId()).pixmap(headingIconSize, headingIconSize));
    auto* headingRow = new QHBoxLayout;
    headingRow->setSpacing(10);
    headingRow->addWidget(headingIcon);
    headingRow->addWidget(m_heading, 1);

    m_summary = makeTextLabel(QStringLiteral("summary"), content);
    m_plans = makeTextLabel(QStringLiteral("plans"), content);
    m_plans->setTextFormat(Qt::RichText);

    m_extras = new QVBoxLayout;
    m_extras->setContentsMargins(0, 0, 0, 0);

    auto* noticeFrame = new QFrame(content);
    noticeFrame->setObjectName(QStringLiteral("noticeFrame"));
    noticeFrame->setFrameShape(QFrame::StyledPanel);
    noticeFrame->setBackgroundRole(QPalette::AlternateBase);
    noticeFrame->setAutoFillBackground(true);
    auto* noticeIcon = new QLabel(noticeFrame);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    noticeIcon->setAlignment(Qt::AlignTop);
    m_notice = makeTextLabel(QStringLiteral("notice"), noticeFrame);
    auto* noticeLayout = new QHBoxLayout(noticeFrame);
    noticeLayout->addWidget(noticeIcon);
    noticeLayout->addWidget(m_notice, 1);

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 20, 24, 20);
    contentLayout->setSpacing(12);
    contentLayout->addLayout(headingRow);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_plans);
    contentLayout->addLayout(m_extras);
    contentLayout->addWidget(noticeFrame);
    contentLayout->addStretch(1);

    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void PlannedPage::setTexts(const QString& summary, const QStringList& plans, const QString& notice)
{
    m_heading->setText(heading());
    m_summary->setText(summary);

    QString list = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString& plan : plans) {
        list += QStringLiteral("<li style=\"margin-bottom: 4px;\">") + plan.toHtmlEscaped() + QStringLiteral("</li>");
    }
    list += QStringLiteral("</ul>");
    m_plans->setText(list);
    m_plans->setVisible(!plans.isEmpty());

    m_notice->setText(notice.isEmpty() ? tr("This page arrives with a later release.") : notice);

    setAccessibleName(heading());
    setAccessibleDescription(summary);
}

} // namespace dm
