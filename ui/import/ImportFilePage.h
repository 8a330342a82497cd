#pragma once

#include "ui/import/ImportJob.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dm {

// Which file, in which encoding (detected, overridable), and whether to stop after checking it (dry run). The file
// is read in a worker thread whenever the path or the encoding changes.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportJob& job, QWidget* parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    // Reads `path` now (what the browse button and a finished edit do).
    void readFile(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    void reread();

    ImportJob& m_job;
    QLabel* m_pathLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_encoding = nullptr;
    QCheckBox* m_dryRun = nullptr;
    QLabel* m_status = nullptr;
    QString m_statusText;
    int m_request = 0; // the latest read; older answers are dropped
    bool m_ready = false;
};

} // namespace dm
