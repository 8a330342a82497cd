#include "ui/pages/ActivationPage.h"

#include "sync/CacheSession.h"
#include "ui/FileDialogNames.h"
#include "ui/Icons.h"
#include "ui/activation/ActivationFilterBar.h"
#include "ui/activation/ActivationSnapshot.h"
#include "ui/activation/AgeingBucketsWidget.h"
#include "ui/activation/FunnelWidget.h"
#include "ui/activation/ResendBatch.h"
#include "ui/activation/ResendReportDialog.h"
#include "ui/activation/WorklistCsv.h"
#include "ui/activation/WorklistPanel.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace dm {

namespace {

// Sync batches come in bursts; one re-read after the burst is enough.
constexpr int kCacheChangedDelayMs = 400;
constexpr int kFilterChangedDelayMs = 150;

QLabel* makeSectionTitle(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

ActivationPage::ActivationPage(QWidget* parent)
    : Page(QStringLiteral("activation"), {}, parent)
{
    setRequiredFamilies({ApiFamily::DeliveryAccounts});
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    auto* headingIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    headingIcon->setPixmap(navigationIcon(pageId()).pixmap(iconSize, iconSize));

    m_filterBar = new ActivationFilterBar(this);
    m_refreshButton = new QToolButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refresh"));
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(headingIcon);
    headingRow->addWidget(m_headingLabel);
    headingRow->addSpacing(24);
    headingRow->addWidget(m_filterBar, 1);
    headingRow->addWidget(m_refreshButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(8);
    m_message->hide();

    // Top: the funnel beside the ageing buckets.
    auto* overview = new QWidget(this);
    m_funnelTitle = makeSectionTitle(QStringLiteral("funnelTitle"), overview);
    m_funnel = new FunnelWidget(overview);
    m_ageingTitle = makeSectionTitle(QStringLiteral("ageingSectionTitle"), overview);
    m_ageing = new AgeingBucketsWidget(overview);
    auto* funnelColumn = new QVBoxLayout;
    funnelColumn->addWidget(m_funnelTitle);
    funnelColumn->addWidget(m_funnel, 1);
    auto* ageingColumn = new QVBoxLayout;
    ageingColumn->addWidget(m_ageingTitle);
    ageingColumn->addWidget(m_ageing, 1);
    auto* separator = new QFrame(overview);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto* overviewLayout = new QHBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addLayout(funnelColumn, 3);
    overviewLayout->addWidget(separator);
    overviewLayout->addLayout(ageingColumn, 1);

    // Bottom: the worklist.
    m_worklist = new WorklistPanel(this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(overview);
    m_splitter->addWidget(m_worklist);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    // In a window smaller than the page needs, the page scrolls instead of forcing the window wider.
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("content"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 12);
    contentLayout->addLayout(headingRow);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(m_splitter, 1);
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

    connect(m_refreshAction, &QAction::triggered, this, &ActivationPage::refresh);
    connect(m_refreshButton, &QToolButton::clicked, this, &ActivationPage::refresh);
    connect(m_worklist, &WorklistPanel::resendRequested, this, &ActivationPage::resendSelected);
    connect(m_worklist, &WorklistPanel::exportRequested, this, &ActivationPage::chooseExportFile);
    connect(m_worklist, &WorklistPanel::cancelRequested, this, [this] {
        if (m_resend != nullptr) {
            m_resend->cancel();
        }
    });
    connect(m_filterBar, &ActivationFilterBar::filterChanged, this, [this] { scheduleReload(kFilterChangedDelayMs); });
    connect(m_ageing, &AgeingBucketsWidget::rangeSelected, this, [this] { scheduleReload(0); });

    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ActivationPage::reload);

    retranslateUi();
    setSession(nullptr);
}

ActivationPage::~ActivationPage() = default;

QString ActivationPage::navigationTitle() const
{
    return tr("Activation");
}

QString ActivationPage::heading() const
{
    return tr("Activation tracking");
}

void ActivationPage::setSession(CacheSession* session)
{
    for (const auto& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
    m_sessionConnections.clear();
    delete m_resend; // its items stay in the outbox; the session they belong to is going
    m_resend = nullptr;
    m_worklist->setResending(false);
    Page::setSession(session);

    ++m_generation; // answers for the previous session are not for this one
    m_hasSnapshot = false;
    m_funnel->clear();
    m_ageing->clear();
    m_worklist->clear();
    if (session == nullptr) {
        showMessage(tr("Open a profile to see how far its recipients have got with activation."));
    } else {
        showMessage({});
        m_sessionConnections << connect(session, &CacheSession::cacheChanged, this,
                                        [this] { scheduleReload(kCacheChangedDelayMs); });
        scheduleReload(0);
    }
    // An auditor's session offers no resend at all: absent, not merely disabled.
    const bool canMutate = session != nullptr && !session->readOnly();
    m_worklist->setResendAvailable(canMutate);
    m_splitter->setEnabled(session != nullptr);
    m_filterBar->setEnabled(session != nullptr);
    m_refreshButton->setEnabled(session != nullptr);
}

qint64 ActivationPage::shownWorklistTotal() const
{
    return m_worklist->total();
}

void ActivationPage::refresh()
{
    scheduleReload(0);
}

void ActivationPage::scheduleReload(int delayMs)
{
    if (session() == nullptr) {
        return;
    }
    // A pending cache-change reload must not delay a reload the user asked for.
    if (!m_reloadTimer.isActive() || m_reloadTimer.remainingTime() > delayMs) {
        m_reloadTimer.start(delayMs);
    }
}

void ActivationPage::reload()
{
    CacheSession* cache = session();
    if (cache == nullptr) {
        return;
    }
    const quint64 generation = ++m_generation;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ActivationFilter filter = m_filterBar->filter(QDate::currentDate());
    const WaitRange range = m_ageing->selectedRange();
    cache->query<ActivationSnapshot>(
        [filter, range, now](Db& db) { return ActivationSnapshot::load(db, filter, range, now, kMaxWorklistRows); },
        this,
        [this, generation, filter, range](ActivationSnapshot snapshot) {
            if (generation != m_generation) {
                return; // a newer load is on its way
            }
            m_shownFilter = filter;
            m_shownRange = range;
            apply(std::move(snapshot));
        });
}

void ActivationPage::apply(ActivationSnapshot snapshot)
{
    if (snapshot.error) {
        showMessage(tr("The cache could not be read: %1").arg(snapshot.error->message()));
        return;
    }
    showMessage({});
    m_hasSnapshot = true;
    m_filterBar->setUnits(snapshot.units);
    m_funnel->setFunnel(snapshot.funnel);
    m_ageing->setCounts(snapshot.ageing);

    m_shownNow = snapshot.nowMs;
    m_worklist->setRows(std::move(snapshot.rows), snapshot.nowMs, snapshot.worklistTotal, m_shownRange);
    Q_EMIT loaded();
}

void ActivationPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ActivationPage::resendSelected()
{
    CacheSession* cache = session();
    const QStringList names = m_worklist->selectedAccountNames();
    if (cache == nullptr || cache->readOnly() || names.isEmpty() || m_resend != nullptr) {
        return;
    }
    auto* confirm = new QMessageBox(
        QMessageBox::Question, tr("Resend activation SMS"),
        tr("Send the activation SMS again to %n recipient(s)?", nullptr, static_cast<int>(names.size())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("resendConfirm"));
    confirm->setInformativeText(
        tr("The platform sends at most one activation SMS per account per minute; it refuses the others."));
    confirm->setDefaultButton(QMessageBox::Yes);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, names](int) {
        if (confirm->clickedButton() == confirm->button(QMessageBox::Yes)) {
            startResend(names);
        }
    });
    confirm->open();
}

void ActivationPage::startResend(const QStringList& accountNames)
{
    CacheSession* cache = session();
    if (cache == nullptr || cache->readOnly() || m_resend != nullptr) {
        return;
    }
    m_resend = new ResendBatch(*cache, accountNames, this);
    connect(m_resend, &ResendBatch::progressed, this, [this](qsizetype finished, qsizetype total) {
        m_worklist->showProgress(finished, total);
        m_worklist->setStatus(tr("Sending activation SMS: %1 of %2 done").arg(finished).arg(total));
    });
    connect(m_resend, &ResendBatch::finished, this, &ActivationPage::onResendFinished);
    m_worklist->showProgress(0, accountNames.size());
    m_worklist->setResending(true);
    m_worklist->setStatus(tr("Queueing %n activation SMS…", nullptr, static_cast<int>(accountNames.size())));
    m_resend->start();
}

void ActivationPage::onResendFinished(const QString& error)
{
    ResendBatch* batch = std::exchange(m_resend, nullptr);
    batch->deleteLater();
    m_worklist->setResending(false);
    if (!error.isEmpty()) {
        m_worklist->setStatus(tr("The activation SMS could not be queued: %1").arg(error));
        Q_EMIT resendFinished();
        return;
    }
    auto* report = new ResendReportDialog(batch->results(), batch->unfinished(), this);
    m_worklist->setStatus(
        tr("Activation SMS sent: %1, refused: %2.").arg(report->sentCount()).arg(report->refusedCount()));
    report->open();
    scheduleReload(0);
    Q_EMIT resendFinished();
}

void ActivationPage::chooseExportFile()
{
    if (session() == nullptr || !m_hasSnapshot || m_exporting || m_worklist->total() == 0) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = tr("activation-worklist-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    auto* dialog =
        new QFileDialog(this, tr("Export worklist"), QDir(folder).filePath(suggested), tr("CSV files (*.csv)"));
    nameFileDialogControls(dialog);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ActivationPage::exportWorklist);
    dialog->open();
}

void ActivationPage::exportWorklist(const QString& path)
{
    CacheSession* cache = session();
    if (cache == nullptr || path.isEmpty() || m_exporting || !m_hasSnapshot) {
        return;
    }
    m_exporting = true;
    m_worklist->setExporting(true);
    m_worklist->setStatus(tr("Exporting the worklist…"));
    const ActivationFilter filter = m_shownFilter;
    const WaitRange range = m_shownRange;
    const qint64 now = m_shownNow;
    cache->query<Expected<WorklistCsv::Written, QString>>(
        [path, filter, range, now](Db& db) { return WorklistCsv::write(db, path, filter, range, now); }, this,
        [this](Expected<WorklistCsv::Written, QString> written) {
            if (written && session() != nullptr) {
                session()->anchorLedger();
            }
            m_exporting = false;
            m_worklist->setExporting(false);
            const QString message = written
                                        ? tr("Exported %n account(s) to %1.", nullptr, static_cast<int>(written->rows))
                                              .arg(written->fileName)
                                        : tr("The worklist could not be exported: %1").arg(written.error());
            m_worklist->setStatus(message);
            Q_EMIT exportFinished(written.hasValue(), message);
        });
}

void ActivationPage::retranslateUi()
{
    m_headingLabel->setText(heading());
    m_refreshButton->setToolTip(tr("Refresh (F5)"));
    m_refreshButton->setAccessibleName(tr("Refresh"));
    m_funnelTitle->setText(tr("Activation funnel of the accounts created in the period"));
    m_ageingTitle->setText(tr("Waiting for activation"));
    if (session() == nullptr) {
        showMessage(tr("Open a profile to see how far its recipients have got with activation."));
    }
    setAccessibleName(heading());
    setAccessibleDescription(tr("How far the recipients have got with activation: the funnel, how long the others "
                                "have been waiting, and the overdue worklist with a bulk resend of the SMS."));
}

} // namespace dm
