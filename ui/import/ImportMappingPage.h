#pragma once

#include "ui/import/ImportJob.h"

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace dm {

// Which column holds which field: one combo box per column of the file, first as the headers suggest, then as the
// administrator last mapped a file with the same headers (remembered in the settings).
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool validatePage() override;
    // COLUMN=FIELD entries (column letters) for what the combo boxes show.
    [[nodiscard]] QStringList overrides() const;
    // Where a mapping of files with these headers is remembered.
    [[nodiscard]] static QString settingsKey(const QStringList& headers);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillFields();

    ImportJob& m_job;
    QStringList m_headers;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace dm
