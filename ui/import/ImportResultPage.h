#pragma once

#include "ui/import/ImportJob.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dm {

// What became of every row (created, skipped because it exists, failed with the platform's reason, rejected), or in
// a dry run what would become of it; the list can be exported. Never shows or exports an ID number, a mobile or a
// password.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportResultPage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    bool exportResults(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void show();
    void chooseExportFile();

    ImportJob& m_job;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_export = nullptr;
    QList<ImportResultRow> m_rows;
};

} // namespace dm
