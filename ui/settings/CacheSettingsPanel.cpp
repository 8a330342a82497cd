#include "ui/settings/CacheSettingsPanel.h"

#include "audit/LedgerAnchors.h"
#include "store/AuditLedger.h"
#include "store/CacheFile.h"
#include "sync/CacheSession.h"
#include "ui/settings/SyncPreferences.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace dm {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kGapsListed = 5; // more would only make the sentence longer, not clearer

} // namespace

CacheSettingsPanel::CacheSettingsPanel(QSettings& settings, QWidget* parent)
    : QGroupBox(parent)
    , m_settings(settings)
    , m_pathLabel(new QLabel(this))
    , m_path(new QLabel(this))
    , m_openFolder(new QPushButton(this))
    , m_sizeLabel(new QLabel(this))
    , m_size(new QLabel(this))
    , m_verify(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_verdict(new QLabel(this))
    , m_rebuild(new QPushButton(this))
    , m_purgeLabel(new QLabel(this))
    , m_purgeDays(new QSpinBox(this))
    , m_purge(new QPushButton(this))
    , m_purgeResult(new QLabel(this))
{
    setObjectName(QStringLiteral("settings.cache"));
    m_path->setObjectName(QStringLiteral("settings.cache.path"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_openFolder->setObjectName(QStringLiteral("settings.cache.openFolder"));
    m_size->setObjectName(QStringLiteral("settings.cache.size"));
    m_verify->setObjectName(QStringLiteral("settings.cache.verify"));
    m_progress->setObjectName(QStringLiteral("settings.cache.verifyProgress"));
    m_progress->hide();
    m_verdict->setObjectName(QStringLiteral("settings.cache.verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rebuild->setObjectName(QStringLiteral("settings.cache.rebuild"));
    m_purgeDays->setObjectName(QStringLiteral("settings.cache.purgeDays"));
    m_purgeDays->setRange(1, SyncPreferences::kMaxPurgeDays);
    m_purgeLabel->setBuddy(m_purgeDays);
    m_purge->setObjectName(QStringLiteral("settings.cache.purge"));
    m_purgeResult->setObjectName(QStringLiteral("settings.cache.purgeResult"));
    m_purgeResult->setWordWrap(true);
    m_purgeResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_openFolder);
    auto* form = new QFormLayout;
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_sizeLabel, m_size);
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_progress, 1);
    verifyRow->addWidget(m_rebuild);
    auto* purgeRow = new QHBoxLayout;
    purgeRow->addWidget(m_purgeLabel);
    purgeRow->addWidget(m_purgeDays);
    purgeRow->addWidget(m_purge);
    purgeRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(verifyRow);
    layout->addWidget(m_verdict);
    layout->addLayout(purgeRow);
    layout->addWidget(m_purgeResult);

    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (!m_session.isNull()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_session->cachePath()).absolutePath()));
        }
    });
    connect(m_verify, &QPushButton::clicked, this, &CacheSettingsPanel::verifyNow);
    connect(m_rebuild, &QPushButton::clicked, this, &CacheSettingsPanel::askRebuild);
    connect(m_purge, &QPushButton::clicked, this, &CacheSettingsPanel::askPurge);
    retranslateUi();
    setSession(nullptr);
}

CacheSettingsPanel::~CacheSettingsPanel()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
}

void CacheSettingsPanel::setSession(CacheSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_session = session;
    m_checking = false;
    m_purging = false;
    m_localCheck.reset();
    m_progress->hide();
    m_verdict->clear();
    m_purgeResult->clear();
    if (session != nullptr) {
        m_connections.append(
            connect(session, &CacheSession::verifyProgressed, this, &CacheSettingsPanel::onVerifyProgressed));
        m_connections.append(
            connect(session, &CacheSession::verifyFinished, this, &CacheSettingsPanel::onVerifyFinished));
        m_connections.append(connect(session, &CacheSession::cacheChanged, this, &CacheSettingsPanel::refreshFile));
        m_purgeDays->setValue(SyncPreferences::load(m_settings, session->profileId()).purgeDays);
    }
    refreshFile();
    enableActions();
}

void CacheSettingsPanel::enableActions()
{
    const bool open = !m_session.isNull();
    m_openFolder->setEnabled(open);
    m_verify->setEnabled(open && !m_checking);
    m_rebuild->setEnabled(open);
    const bool writable = open && !m_session->readOnly();
    m_purgeDays->setEnabled(writable && !m_purging);
    m_purge->setEnabled(writable && !m_purging);
    m_purge->setToolTip(open && !writable ? tr("This profile is read-only.") : QString());
}

// Two stat() calls: cheap enough for the UI thread. The write-ahead log is part of what the cache takes up.
void CacheSettingsPanel::refreshFile()
{
    if (m_session.isNull()) {
        m_path->clear();
        m_size->clear();
        return;
    }
    const QString path = m_session->cachePath();
    m_path->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    m_size->setText(locale().formattedDataSize(bytes));
}

void CacheSettingsPanel::verifyNow()
{
    if (m_session.isNull() || m_checking) {
        return;
    }
    m_checking = true;
    m_localCheck.reset();
    enableActions();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_verdict->setProperty("sound", QVariant());
    m_verdict->setText(tr("Checking every page of the file and the audit ledger…"));
    m_session->query<LocalCheck>(
        [](Db& db) {
            LocalCheck check;
            if (auto integrity = CacheFile::checkIntegrity(db); !integrity) {
                check.problems.append(integrity.error().message());
            } else {
                check.problems = *integrity;
            }
            if (auto verdict = AuditLedger(db).verify(); !verdict) {
                check.ledgerProblem = verdict.error().message();
            } else {
                check.ledgerEntries = verdict->entries;
                check.ledgerProblem = verdict->reason;
            }
            return check;
        },
        this, [this](LocalCheck check) { onLocalChecked(check); });
}

void CacheSettingsPanel::onLocalChecked(const LocalCheck& check)
{
    if (m_session.isNull() || !m_checking) {
        return;
    }
    m_localCheck = check;
    if (!m_session->startVerify()) {
        // A sync is running: what was checked stands, the counts wait for another time.
        SyncSummary none;
        none.cancelled = true;
        onVerifyFinished(none);
        return;
    }
    m_verdict->setText(tr("Comparing the cache's rows with the platform's counts…"));
}

void CacheSettingsPanel::onVerifyProgressed(const SyncProgress& progress)
{
    if (!m_checking) {
        return;
    }
    m_progress->setRange(0, progress.streamCount);
    m_progress->setValue(progress.streamIndex);
    m_progress->setFormat(progress.stream);
}

void CacheSettingsPanel::onVerifyFinished(const SyncSummary& summary)
{
    if (!m_checking || !m_localCheck) {
        return;
    }
    const LocalCheck local = *m_localCheck;
    m_checking = false;
    m_localCheck.reset();
    m_progress->hide();
    enableActions();

    QStringList lines;
    bool sound = true;
    if (local.problems.isEmpty()) {
        lines.append(tr("File: intact (every page's seal checks)."));
    } else {
        sound = false;
        lines.append(tr("File: %n problem(s): %1", nullptr, int(local.problems.size()))
                         .arg(local.problems.mid(0, kGapsListed).join(QStringLiteral("; "))));
    }
    if (local.ledgerProblem.isEmpty()) {
        lines.append(tr("Audit ledger: intact, %n entries.", nullptr, int(local.ledgerEntries)));
    } else {
        sound = false;
        lines.append(tr("Audit ledger: BROKEN: %1").arg(local.ledgerProblem));
    }
    const QList<CountCheck> gaps = summary.gaps();
    if (summary.cancelled && summary.reports.isEmpty()) {
        sound = false;
        lines.append(tr("Counts: not compared, a sync is running; check again when it has finished."));
    } else if (!summary.errors.isEmpty()) {
        sound = false;
        QStringList errors;
        for (const SyncError& error : summary.errors) {
            errors.append(error.message());
        }
        lines.append(tr("Counts: not all compared: %1").arg(errors.join(QStringLiteral("; "))));
    } else if (!gaps.isEmpty()) {
        sound = false;
        QStringList listed;
        for (const CountCheck& gap : gaps.mid(0, kGapsListed)) {
            listed.append(
                tr("%1: %2 in the cache, %3 on the platform").arg(gap.scope).arg(gap.local).arg(gap.platform));
        }
        lines.append(tr("Counts: %n difference(s) with the platform (a sync fetches what is missing): %1", nullptr,
                        int(gaps.size()))
                         .arg(listed.join(QStringLiteral("; "))));
    } else {
        int checks = 0;
        for (const StreamReport& report : summary.reports) {
            checks += int(report.checks.size());
        }
        lines.append(tr("Counts: all %n check(s) match the platform.", nullptr, checks));
    }
    m_verdict->setProperty("sound", sound);
    m_verdict->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT verified(sound);
}

QMessageBox* CacheSettingsPanel::confirmation(const QString& name, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(name);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

void CacheSettingsPanel::askRebuild()
{
    if (m_session.isNull()) {
        return;
    }
    const QString kept = QDir::toNativeSeparators(LedgerAnchors::folderFor(m_session->cachePath()));
    QMessageBox* box = confirmation(
        QStringLiteral("settings.cache.rebuildConfirm"), tr("Rebuild the cache"),
        tr("The cache file is deleted and filled again from the platform by a full sync, which takes a while.\n\n"
           "Kept: the audit ledger. It is saved whole (ledger.jsonl) with its time-stamps in a new kept-… folder in "
           "%1 before the file goes, and the new ledger's first entry says where.\n"
           "Lost: changes still waiting in the outbox, and log rows older than the history the next sync reaches.\n\n"
           "Rebuild now?")
            .arg(kept));
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton* button) {
        if (box->standardButton(button) == QMessageBox::Yes) {
            Q_EMIT rebuildRequested();
        }
    });
    box->open();
}

void CacheSettingsPanel::askPurge()
{
    if (m_session.isNull() || m_session->readOnly() || m_purging) {
        return;
    }
    const int days = m_purgeDays->value();
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - days * kDayMs;
    QMessageBox* box = confirmation(
        QStringLiteral("settings.cache.purgeConfirm"), tr("Purge old log rows"),
        tr("Remove the operation, login and mail log rows older than %n day(s) (before %1) from this computer's "
           "cache?\n\nThe platform keeps its logs; the next syncs do not fetch these rows again (a rebuild would). "
           "The purge is recorded in the audit ledger.",
           nullptr, days)
            .arg(locale().toString(QDateTime::fromMSecsSinceEpoch(cutoff), QLocale::ShortFormat)));
    connect(box, &QMessageBox::buttonClicked, this, [this, box, days](QAbstractButton* button) {
        if (box->standardButton(button) == QMessageBox::Yes) {
            purge(days);
        }
    });
    box->open();
}

void CacheSettingsPanel::purge(int days)
{
    if (m_session.isNull()) {
        return;
    }
    SyncPreferences preferences = SyncPreferences::load(m_settings, m_session->profileId());
    preferences.purgeDays = days;
    (void)preferences.save(m_settings, m_session->profileId()); // only the next proposal is at stake
    m_purging = true;
    enableActions();
    m_purgeResult->setText(tr("Purging…"));
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - days * kDayMs;
    m_session->purgeLogs(cutoff, this, [this](Expected<LogPurgeResult, QString> result) {
        m_purging = false;
        enableActions();
        if (!result) {
            m_purgeResult->setText(tr("Nothing was purged: %1").arg(result.error()));
            Q_EMIT purgeFailed(result.error());
            return;
        }
        m_purgeResult->setText(
            tr("Removed %1 operation, %2 login and %3 mail rows from before %4; the audit ledger "
               "records it.")
                .arg(result->operations)
                .arg(result->logins)
                .arg(result->mails)
                .arg(locale().toString(QDateTime::fromMSecsSinceEpoch(result->cutoffMs), QLocale::ShortFormat)));
        refreshFile();
        Q_EMIT purged(*result);
    });
}

void CacheSettingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void CacheSettingsPanel::retranslateUi()
{
    setTitle(tr("Cache"));
    m_pathLabel->setText(tr("File:"));
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setToolTip(tr("Show the folder of the encrypted cache file"));
    m_sizeLabel->setText(tr("Size:"));
    m_verify->setText(tr("Verify now"));
    m_verify->setToolTip(tr("Check every page's seal, the audit ledger's chain, and each log against the platform's "
                            "counts, as dmctl cache verify does"));
    m_rebuild->setText(tr("Rebuild…"));
    m_purgeLabel->setText(tr("Purge log rows older than"));
    m_purgeDays->setSuffix(tr(" days"));
    m_purge->setText(tr("Purge…"));
    refreshFile();
}

} // namespace dm
