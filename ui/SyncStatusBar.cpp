#include "ui/SyncStatusBar.h"

#include "sync/CacheSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolButton>

namespace dm {

SyncStatusBar::SyncStatusBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("status.sync"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("status.sync.text"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("status.sync.progress"));
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("status.sync.cancel"));
    m_details = new QToolButton(this);
    m_details->setObjectName(QStringLiteral("status.sync.details"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_details);
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusBar::cancelSync);
    connect(m_details, &QToolButton::clicked, this, &SyncStatusBar::showDetails);
    render();
}

void SyncStatusBar::setSession(CacheSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_progress.reset();
    m_summary.reset();
    m_running = session != nullptr && session->isSyncing();
    if (session != nullptr) {
        connect(session, &CacheSession::syncProgressed, this, &SyncStatusBar::onProgress);
        connect(session, &CacheSession::syncFinished, this, &SyncStatusBar::onFinished);
    }
    render();
}

void SyncStatusBar::startSync()
{
    if (!m_session || m_session->isSyncing()) {
        return;
    }
    m_progress.reset();
    m_session->startSync();
    m_running = true;
    render();
}

void SyncStatusBar::cancelSync()
{
    if (m_session && m_running) {
        m_session->cancelSync();
        m_cancel->setEnabled(false);
    }
}

void SyncStatusBar::onProgress(const SyncProgress& progress)
{
    m_running = true;
    m_progress = progress;
    render();
}

void SyncStatusBar::onFinished(const SyncSummary& summary)
{
    m_running = false;
    m_progress.reset();
    m_summary = summary;
    render();
}

QString SyncStatusBar::summaryLine(const SyncSummary& summary)
{
    const QLocale locale;
    if (summary.cancelled) {
        return tr("Sync cancelled after %1 rows; the next sync resumes.").arg(locale.toString(summary.rowsWritten()));
    }
    if (!summary.errors.isEmpty()) {
        return tr("Sync failed: %1").arg(summary.errors.first().message());
    }
    const QList<CountCheck> gaps = summary.gaps();
    if (!gaps.isEmpty()) {
        QStringList named;
        for (const CountCheck& gap : gaps) {
            named.append(tr("%1 (local %2, platform %3)")
                             .arg(gap.scope, locale.toString(gap.local), locale.toString(gap.platform)));
        }
        return tr("Synced with gaps: %1").arg(named.join(QStringLiteral("; ")));
    }
    return tr("Synced: %1 rows written").arg(locale.toString(summary.rowsWritten()));
}

QString SyncStatusBar::summaryDetails(const SyncSummary& summary)
{
    const QLocale locale;
    QStringList lines;
    for (const StreamReport& report : summary.reports) {
        lines.append(tr("%1: %2 rows written").arg(report.stream, locale.toString(report.rowsWritten)));
        for (const CountCheck& check : report.checks) {
            lines.append(
                QStringLiteral("    ") +
                (check.matches() ? tr("%1: %2 here, %3 on the platform") : tr("%1: %2 here, %3 on the platform: GAP"))
                    .arg(check.scope, locale.toString(check.local), locale.toString(check.platform)));
        }
    }
    for (const QString& stream : summary.notServed) {
        lines.append(tr("%1: not served by this platform").arg(stream));
    }
    for (const SyncError& error : summary.errors) {
        lines.append(error.message());
    }
    if (summary.cancelled) {
        lines.append(tr("Cancelled; the next sync resumes where this one stopped."));
    }
    return lines.join(QLatin1Char('\n'));
}

void SyncStatusBar::showDetails()
{
    if (!m_summary) {
        return;
    }
    if (m_detailsBox) {
        m_detailsBox->close();
    }
    const bool ok = m_summary->succeeded() && m_summary->gaps().isEmpty();
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Last sync"),
                                summaryLine(*m_summary), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("syncDetailsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(summaryDetails(*m_summary));
    m_detailsBox = box;
    box->open();
}

void SyncStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void SyncStatusBar::render()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the sync (what is synced stays)"));
    m_cancel->setAccessibleName(tr("Cancel sync"));
    m_details->setText(tr("Details…"));
    m_details->setAccessibleName(tr("Details of the last sync"));
    m_bar->setAccessibleName(tr("Sync progress"));

    m_bar->setVisible(m_running);
    m_cancel->setVisible(m_running);
    m_cancel->setEnabled(m_running);
    m_details->setVisible(!m_running && m_summary.has_value());
    if (m_running) {
        const QLocale locale;
        if (!m_progress) {
            m_text->setText(tr("Syncing…"));
            m_bar->setRange(0, 0);
        } else {
            const int percent = m_progress->percent();
            QString text = tr("Syncing %1 (%2 of %3): %4 rows")
                               .arg(m_progress->stream)
                               .arg(m_progress->streamIndex + 1)
                               .arg(m_progress->streamCount)
                               .arg(locale.toString(m_progress->rowsDone));
            if (percent >= 0) {
                text += tr(", %1 %").arg(percent);
            }
            text += tr(", %1 rows/s").arg(locale.toString(qRound64(m_progress->rowsPerSecond)));
            m_text->setText(text);
            if (percent >= 0) {
                m_bar->setRange(0, 100);
                m_bar->setValue(percent);
            } else {
                m_bar->setRange(0, 0);
            }
        }
    } else if (m_summary) {
        m_text->setText(summaryLine(*m_summary));
    } else {
        m_text->clear();
    }
    m_text->setToolTip(m_text->text());
    setVisible(m_session != nullptr);
}

} // namespace dm
