#include "ui/permissions/DriftPanel.h"

#include "core/BaselineFile.h"
#include "core/Masking.h"
#include "core/PolicyBaseline.h"
#include "core/PolicyInput.h"
#include "export/TableExport.h"
#include "store/AuditLedger.h"
#include "sync/CacheSession.h"
#include "ui/FileDialogs.h"
#include "ui/permissions/BaselineDialog.h"
#include "ui/permissions/PolicyTexts.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <utility>

namespace dm {

DriftPanel::DriftPanel(QWidget* parent)
    : QWidget(parent)
    , m_baseline(defaultBaseline())
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_rescan(new QPushButton(this))
    , m_fix(new QPushButton(this))
    , m_editBaseline(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("policy.drift"));
    m_summary->setObjectName(QStringLiteral("policy.drift.summary"));
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("policy.drift.status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("policy.drift.table"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_rescan->setObjectName(QStringLiteral("policy.drift.rescan"));
    m_fix->setObjectName(QStringLiteral("policy.drift.fix"));
    connect(m_rescan, &QPushButton::clicked, this, &DriftPanel::scan);
    connect(m_fix, &QPushButton::clicked, this, &DriftPanel::fixAll);
    m_editBaseline->setObjectName(QStringLiteral("policy.drift.baseline"));
    m_export->setObjectName(QStringLiteral("policy.drift.export"));
    connect(m_editBaseline, &QPushButton::clicked, this, &DriftPanel::editBaseline);
    connect(m_export, &QPushButton::clicked, this, &DriftPanel::chooseExportFile);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_rescan);
    buttons->addWidget(m_fix);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_editBaseline);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    retranslateUi();
}

void DriftPanel::setSession(CacheSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_session = session;
    m_findings.clear();
    m_fixing.clear();
    m_scanned = false;
    loadBaseline();
    showFindings();
    if (session == nullptr) {
        return;
    }
    m_connections.append(connect(session, &CacheSession::outboxItemFinished, this, [this](const OutboxResult& result) {
        onOutboxItem(result.itemId, result.state == OutboxState::Done, result.errorMessage);
    }));
    m_connections.append(connect(session, &CacheSession::syncFinished, this, [this] {
        if (m_fixing.isEmpty()) {
            scan(); // the cache may hold a newer policy now
        }
    }));
    scan();
}

void DriftPanel::loadBaseline()
{
    m_baseline = defaultBaseline();
    m_ownBaseline = false;
    if (m_session == nullptr || m_session->profileId().isNull()) {
        return;
    }
    const QString path = baselinePath(m_session->profileId());
    if (!QFileInfo::exists(path)) {
        return;
    }
    // A small local file: read here, like the window's settings.
    auto saved = BaselineFile::read(path);
    if (!saved) {
        m_status->setText(tr("The saved baseline cannot be used, so the brochure's is: %1").arg(saved.error()));
        return;
    }
    m_baseline = *saved;
    m_ownBaseline = true;
}

Expected<void, QString> DriftPanel::saveBaseline(const DeliveryPolicy& baseline)
{
    if (m_session == nullptr || m_session->profileId().isNull() || m_readOnly) {
        return Unexpected(tr("No profile is open to keep a baseline for."));
    }
    if (const QString refused = BaselineDialog::refusal(baseline); !refused.isEmpty()) {
        return Unexpected(refused);
    }
    const QString path = baselinePath(m_session->profileId());
    QStringList changed;
    for (const PolicyField field : weakerFields(defaultBaseline(), baseline)) {
        changed.append(policyFieldPath(field) + QLatin1Char('=') + policyFieldText(baseline, field));
    }
    AuditEntry entry;
    entry.operatorName = m_session->operatorName();
    entry.action = QStringLiteral("setPolicyBaseline");
    entry.target = QFileInfo(path).fileName();
    entry.result = QStringLiteral("ok");
    entry.detail = changed.isEmpty() ? QStringLiteral("brochure") : changed.join(QLatin1Char(','));
    // The ledger entry first, as for every export: no baseline reaches the file that the ledger does not know of.
    m_session->query<Expected<void, QString>>(
        [entry, path, baseline](Db& db) -> Expected<void, QString> {
            AuditEntry recorded = entry;
            if (recorded.operatorName.isEmpty()) {
                recorded.operatorName = AuditLedger::currentOperator();
            }
            if (auto appended = AuditLedger(db).append(recorded); !appended) {
                return Unexpected(appended.error().message());
            }
            if (auto written = BaselineFile::write(path, baseline); !written) {
                recorded.result = QStringLiteral("failed:write"); // the entry above stays; this one says so
                (void)AuditLedger(db).append(recorded);
                return written;
            }
            return {};
        },
        this,
        [this, baseline](Expected<void, QString> saved) {
            if (!saved) {
                m_status->setText(tr("The baseline could not be saved: %1").arg(saved.error()));
                return;
            }
            m_baseline = baseline;
            m_ownBaseline = true;
            scan();
        });
    return {};
}

void DriftPanel::editBaseline()
{
    BaselineDialog dialog(m_baseline, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto saved = saveBaseline(dialog.baseline()); !saved) {
        m_status->setText(saved.error());
    }
}

QStringList DriftPanel::findingCells(const DriftFinding& finding) const
{
    return {PolicyTexts::levelText(finding.level) + QLatin1Char(' ') + maskNumbersInName(finding.targetId),
            PolicyTexts::fieldTitle(finding.field), PolicyTexts::valueText(finding.actual, finding.field),
            PolicyTexts::valueText(m_baseline, finding.field)};
}

void DriftPanel::chooseExportFile()
{
    const QString name = tr("Policy drift %1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    auto* dialog = askForFile(this,
                              {tr("Export the findings"),
                               QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
                               tr("CSV files (*.csv)"), QFileDialog::AnyFile, QFileDialog::AcceptSave,
                               QStringLiteral("policy.drift.exportDialog")},
                              [this](const QString& path) { exportFindings(path); });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
}

void DriftPanel::exportFindings(const QString& path)
{
    if (m_session == nullptr) {
        Q_EMIT exported(tr("No profile is open."));
        return;
    }
    TableExportRequest request;
    request.path = path;
    request.action = QStringLiteral("exportPolicyDrift");
    request.header = {tr("Where"), tr("Setting"), tr("Now"), tr("Baseline")};
    for (const DriftFinding& finding : std::as_const(m_findings)) {
        request.rows.append(findingCells(finding));
    }
    request.operatorName = m_session->operatorName();
    m_status->setText(tr("Exporting the findings…"));
    m_session->query<Expected<qint64, QString>>(
        [request](Db& db) { return TableExport::write(db, request); }, this,
        [this, path](Expected<qint64, QString> written) {
            if (!written) {
                m_status->setText(tr("The findings could not be exported: %1").arg(written.error()));
                Q_EMIT exported(written.error());
                return;
            }
            m_status->setText(
                tr("%n finding(s) exported to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(QString());
        });
}

void DriftPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showFindings();
}

void DriftPanel::scan()
{
    if (m_session == nullptr) {
        return;
    }
    const DeliveryPolicy baseline = m_baseline;
    m_session->query<Expected<DriftReport, QString>>(
        [baseline](Db& db) { return PolicyDrift::scan(db, baseline); }, this,
        [this](Expected<DriftReport, QString> report) { onScanned(std::move(report)); });
}

void DriftPanel::onScanned(Expected<DriftReport, QString> report)
{
    if (!report) {
        m_findings.clear();
        m_scanned = false;
        m_scanError = true;
        m_status->setText(report.error());
        showFindings();
        Q_EMIT scanned(-1);
        return;
    }
    m_findings = report->findings;
    m_scanned = true;
    if (std::exchange(m_scanError, false)) {
        m_status->clear(); // the cache holds the policy now
    }
    showFindings();
    Q_EMIT scanned(int(m_findings.size()));
}

void DriftPanel::showFindings()
{
    m_table->setRowCount(int(m_findings.size()));
    for (int row = 0; row < m_findings.size(); ++row) {
        const QStringList cells = findingCells(m_findings.at(row));
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    const QString against =
        m_ownBaseline ? tr("Compared with this profile's baseline.") : tr("Compared with the brochure's baseline.");
    if (!m_scanned) {
        m_summary->setText(tr("Not checked yet."));
    } else if (m_findings.isEmpty()) {
        m_summary->setText(tr("The cached policy meets the baseline everywhere.") + QLatin1Char(' ') + against);
    } else {
        m_summary->setText(tr("%n place(s) allow more than the baseline.", nullptr, int(m_findings.size())) +
                           QLatin1Char(' ') + against);
    }
    m_fix->setEnabled(!m_readOnly && m_session != nullptr && !m_findings.isEmpty() && m_fixing.isEmpty());
    m_fix->setVisible(!m_readOnly);
    m_rescan->setEnabled(m_session != nullptr && m_fixing.isEmpty());
    m_export->setEnabled(m_session != nullptr && m_scanned && !m_findings.isEmpty());
    m_editBaseline->setVisible(!m_readOnly);
    m_editBaseline->setEnabled(m_session != nullptr && !m_session->profileId().isNull());
}

void DriftPanel::fixAll()
{
    if (m_session == nullptr || m_findings.isEmpty() || m_readOnly) {
        return;
    }
    const QList<OutboxRequest> requests =
        PolicyDrift::fixRequests(PolicyDrift::fixPlan(m_findings, m_baseline), QUuid::createUuid().toString());
    m_fixErrors.clear();
    m_status->setText(tr("Applying the fix: %n change(s) queued…", nullptr, int(requests.size())));
    m_fix->setEnabled(false);
    m_session->enqueue(requests, this, [this](Expected<QList<qint64>, DbError> ids) {
        if (!ids) {
            m_status->setText(tr("The fix could not be queued: %1").arg(ids.error().message()));
            showFindings();
            return;
        }
        m_fixing = *ids;
        showFindings();
    });
}

void DriftPanel::onOutboxItem(qint64 itemId, bool done, const QString& message)
{
    if (!m_fixing.removeOne(itemId)) {
        return;
    }
    if (!done) {
        m_fixErrors.append(message);
    }
    if (!m_fixing.isEmpty()) {
        return;
    }
    m_status->setText(m_fixErrors.isEmpty() ? tr("The fix was applied. Reading the policy back from the platform…")
                                            : tr("%n change(s) of the fix failed: %1", nullptr, int(m_fixErrors.size()))
                                                  .arg(m_fixErrors.join(QLatin1Char(' '))));
    showFindings();
    m_session->startSync({QStringLiteral("policy")}); // the scan follows when the sync ends
}

void DriftPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Setting"), tr("Now"), tr("Baseline")});
    m_table->setAccessibleName(tr("Settings weaker than the baseline"));
    m_rescan->setText(tr("Check again"));
    m_fix->setText(tr("Fix all"));
    m_fix->setToolTip(tr("Set the domain to the baseline and remove weaker unit and account overrides, as one "
                         "batch through the outbox"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the findings as a CSV file (recorded in the audit ledger)"));
    m_editBaseline->setText(tr("Baseline…"));
    m_editBaseline->setToolTip(tr("Make this profile's baseline stricter than the brochure's"));
    showFindings();
}

void DriftPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace dm
