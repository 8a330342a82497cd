#pragma once

#include "sync/PolicyDrift.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dm {

class CacheSession;

// Where the cached policy is weaker than the court's baseline (the brochure's delivery mailbox): a count, the list of
// places and fields, and one batched fix through the outbox. Scans the cache only, so it works offline; after a fix
// it syncs the policy and scans again.
class DriftPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DriftPanel(QWidget* parent = nullptr);

    void setSession(CacheSession* session);
    void setReadOnly(bool readOnly);
    void scan();
    [[nodiscard]] const QList<DriftFinding>& findings() const { return m_findings; }
    [[nodiscard]] const DeliveryPolicy& baseline() const { return m_baseline; }

    // Saves `baseline` as the profile's own (the file dmctl policy drift reads too) after recording it in the audit
    // ledger, then scans again (`scanned` follows). Refused at once when it allows more than the brochure's baseline
    // somewhere; a failure to write is shown in the panel.
    [[nodiscard]] Expected<void, QString> saveBaseline(const DeliveryPolicy& baseline);
    // Writes the findings as shown (translated, masked) to a CSV file, recorded in the audit ledger; `exported`
    // tells how it ended.
    void exportFindings(const QString& path);

Q_SIGNALS:
    // After every scan: how many findings (-1: the scan failed).
    void scanned(int findings);
    // After exportFindings(): empty on success, else why not.
    void exported(const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadBaseline();
    void editBaseline();
    void chooseExportFile();
    [[nodiscard]] QStringList findingCells(const DriftFinding& finding) const;
    void onScanned(Expected<DriftReport, QString> report);
    void showFindings();
    void fixAll();
    void onOutboxItem(qint64 itemId, bool done, const QString& message);
    void retranslateUi();

    CacheSession* m_session = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_readOnly = false;
    bool m_scanned = false;
    bool m_scanError = false; // the status line shows why the last scan failed
    DeliveryPolicy m_baseline;
    bool m_ownBaseline = false; // the profile's saved baseline, not the brochure's
    QList<DriftFinding> m_findings;
    QList<qint64> m_fixing; // outbox items of the fix in flight
    QStringList m_fixErrors;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_rescan = nullptr;
    QPushButton* m_fix = nullptr;
    QPushButton* m_editBaseline = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace dm
