#pragma once

#include "ui/import/ImportJob.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dm {

struct SyncSummary;

// The validation report: the cached accounts are brought up to date first (so that duplicates on the platform are
// known), then every row is checked in the cache's worker thread. Lists each finding by row, column and reason, and
// exports the list. In a dry run this is where the wizard stops sending: the next page only sums up.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportCheckPage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    // Writes the report (CSV, UTF-8 with BOM); false with a message on the page when it cannot.
    bool exportReport(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void synced(const SyncSummary& summary);
    void check();
    void showPlan();
    void showError(const QString& message);
    void chooseExportFile();

    ImportJob& m_job;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_export = nullptr;
    QMetaObject::Connection m_syncConnection;
    int m_request = 0;
    bool m_ready = false;
    QString m_error;
};

} // namespace dm
