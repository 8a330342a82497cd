#include "ui/pages/StatisticsPage.h"

#include "sync/CacheSession.h"
#include "ui/Icons.h"
#include "ui/stats/ComparisonModel.h"
#include "ui/stats/FunnelPanel.h"
#include "ui/stats/LoginDaysChart.h"
#include "ui/stats/MailDaysChart.h"
#include "ui/stats/ProvincesChart.h"
#include "ui/stats/StatsComparison.h"
#include "ui/stats/StatsPeriodBar.h"
#include "ui/stats/StatsSection.h"
#include "ui/stats/StatsSource.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dm {

namespace {

// The user may still be picking a date.
constexpr int kPeriodChangedDelayMs = 150;

} // namespace

StatisticsPage::StatisticsPage(QWidget* parent)
    : Page(QStringLiteral("statistics"), {}, parent)
{
    // No required family: without the platform's statistics the page still shows the cache's figures.
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    auto* headingIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    headingIcon->setPixmap(navigationIcon(pageId()).pixmap(iconSize, iconSize));
    m_periodBar = new StatsPeriodBar(this);
    m_refreshButton = new QToolButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refresh"));
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(headingIcon);
    headingRow->addWidget(m_headingLabel);
    headingRow->addSpacing(24);
    headingRow->addWidget(m_periodBar, 1);
    headingRow->addWidget(m_refreshButton);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelPlatform"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(8);
    m_message->hide();
    // What the platform does not serve is greyed out with the reason.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("platformUnavailable"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(8);
    m_banner->setEnabled(false);
    m_banner->hide();

    buildTabs();

    // In a window smaller than the page needs, the page scrolls instead of forcing the window larger.
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("content"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 12);
    contentLayout->addLayout(headingRow);
    contentLayout->addLayout(statusRow);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_tabs, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // F5 anywhere on the page.
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &StatisticsPage::refresh);
    connect(m_refreshButton, &QToolButton::clicked, this, &StatisticsPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &StatisticsPage::cancelPlatform);
    connect(m_periodBar, &StatsPeriodBar::periodChanged, this,
            [this] { m_source->schedule(kPeriodChangedDelayMs, true); });
    connect(m_funnelPanel, &FunnelPanel::unitChanged, this,
            [this] { m_source->schedule(kPeriodChangedDelayMs, true); });

    m_source = new StatsSource(
        [this] {
            return StatsSource::Request{m_periodBar->period(StatsPeriodBar::today()), m_funnelPanel->unitId()};
        },
        this);
    connect(m_source, &StatsSource::changed, this, &StatisticsPage::showFigures);
    connect(m_source, &StatsSource::readingCache, this, [this] {
        if (!m_source->isAskingPlatform()) {
            showProgress(0, 0);
        }
    });
    connect(m_source, &StatsSource::platformProgressed, this, &StatisticsPage::showProgress);
    connect(m_source, &StatsSource::cacheFailed, this,
            [this](const QString& message) { showMessage(tr("The cache could not be read: %1").arg(message)); });
    connect(m_source, &StatsSource::loaded, this, [this] {
        showIdle();
        Q_EMIT loaded();
    });

    retranslateUi();
    setSession(nullptr);
}

StatisticsPage::~StatisticsPage() = default;

void StatisticsPage::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_mailChart = new MailDaysChart;
    m_mailSection = new StatsSection(QStringLiteral("mails"), m_mailChart, Qt::Vertical, m_tabs);
    m_loginChart = new LoginDaysChart;
    m_loginSection = new StatsSection(QStringLiteral("logins"), m_loginChart, Qt::Vertical, m_tabs);
    m_provinceChart = new ProvincesChart;
    m_provinceSection = new StatsSection(QStringLiteral("provinces"), m_provinceChart, Qt::Horizontal, m_tabs);
    m_funnelPanel = new FunnelPanel;
    m_funnelSection = new StatsSection(QStringLiteral("funnel"), m_funnelPanel, Qt::Horizontal, m_tabs);
    for (StatsSection* section : {m_mailSection, m_loginSection, m_provinceSection, m_funnelSection}) {
        m_tabs->addTab(section, QString());
    }
}

QString StatisticsPage::navigationTitle() const
{
    return tr("Statistics");
}

QString StatisticsPage::heading() const
{
    return tr("Statistics: the platform beside the cache");
}

void StatisticsPage::setSession(CacheSession* session)
{
    Page::setSession(session);
    m_mailChart->clear();
    m_loginChart->clear();
    m_provinceChart->clear();
    m_funnelPanel->clear();
    for (StatsSection* section : {m_mailSection, m_loginSection, m_provinceSection, m_funnelSection}) {
        section->model()->setRows({});
        section->setNote({}, false);
    }
    m_source->setSession(session);
    showIdle();
    showMessage(session == nullptr ? tr("Open a profile to compare its statistics on the platform with the cache.")
                                   : QString());
    m_tabs->setEnabled(session != nullptr);
    m_periodBar->setEnabled(session != nullptr);
    m_refreshButton->setEnabled(session != nullptr);
}

void StatisticsPage::setCapabilities(const Capabilities& capabilities)
{
    m_source->setCapabilities(capabilities);
}

void StatisticsPage::setPlatformClient(PlatformClient* client)
{
    m_source->setPlatformClient(client);
}

void StatisticsPage::refresh()
{
    m_source->schedule(0, true);
}

void StatisticsPage::cancelPlatform()
{
    m_source->cancelPlatform();
}

bool StatisticsPage::isLoading() const
{
    return m_source->isLoading();
}

QString StatisticsPage::unavailableText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void StatisticsPage::showFigures()
{
    const QString unavailable = m_source->unavailableReason();
    m_banner->setText(unavailable.isEmpty()
                          ? QString()
                          : tr("The platform's statistics are not available: %1 The figures shown are the cache's.")
                                .arg(unavailable));
    m_banner->setVisible(!unavailable.isEmpty());
    if (!m_source->cache()) {
        return;
    }
    const CacheStats& cache = *m_source->cache();
    const PlatformStats* platform = m_source->platform();
    const QString why = m_source->absentReason();
    const auto show = [](StatsSection* section, const StatsComparison::Section& figures) {
        section->model()->setRows(figures.rows);
        section->setNote(figures.note, figures.warning);
    };
    show(m_mailSection, StatsComparison::mails(cache, platform, why));
    show(m_loginSection, StatsComparison::logins(cache, platform, why));
    show(m_provinceSection, StatsComparison::provinces(cache, platform, why));
    show(m_funnelSection, StatsComparison::funnel(cache, platform, why));

    m_mailChart->setDays(cache.mailDays, platform != nullptr ? platform->mailDays : std::nullopt);
    m_loginChart->setDays(cache.loginDays, platform != nullptr ? platform->loginDays : std::nullopt);
    m_provinceChart->setProvinces(cache.provinces, platform != nullptr ? platform->provinces : QMap<QString, qint64>());
    const bool funnelFromPlatform = platform != nullptr && platform->funnel.has_value();
    m_funnelPanel->setUnits(cache.units);
    m_funnelPanel->setFigures(funnelFromPlatform ? *platform->funnel : cache.funnel, funnelFromPlatform);
}

void StatisticsPage::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->show();
    const bool asking = m_source->isAskingPlatform();
    m_status->setText(asking ? tr("Asking the platform: %1 of %2 figures").arg(done).arg(total)
                             : tr("Reading the cache…"));
    m_cancel->setVisible(asking);
}

void StatisticsPage::showIdle()
{
    m_progress->hide();
    m_cancel->hide();
    const PlatformStats* platform = m_source->platform();
    if (platform != nullptr && platform->unavailable.isEmpty()) {
        m_status->setText(
            tr("The platform's figures as of %1.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(platform->askedAtMs), QLocale::ShortFormat)));
    } else {
        m_status->clear();
    }
}

void StatisticsPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void StatisticsPage::retranslateUi()
{
    m_headingLabel->setText(heading());
    m_refreshButton->setToolTip(tr("Read the cache and ask the platform again (F5)"));
    m_refreshButton->setAccessibleName(tr("Refresh"));
    m_cancel->setText(tr("Stop asking the platform"));
    m_tabs->setTabText(m_tabs->indexOf(m_mailSection), tr("Documents per day"));
    m_tabs->setTabText(m_tabs->indexOf(m_loginSection), tr("Logins per day"));
    m_tabs->setTabText(m_tabs->indexOf(m_provinceSection), tr("Top provinces"));
    m_tabs->setTabText(m_tabs->indexOf(m_funnelSection), tr("Activation funnel"));
    if (session() == nullptr) {
        showMessage(tr("Open a profile to compare its statistics on the platform with the cache."));
    }
    // The rows and notes are built in the interface's language.
    if (m_source != nullptr) {
        showFigures();
        if (!isLoading()) {
            showIdle();
        }
    }
    setAccessibleName(heading());
    setAccessibleDescription(tr("Documents and logins per day, the provinces logins came from and the activation "
                                "funnel, each with the platform's figures beside the cache's and the difference."));
}

} // namespace dm
