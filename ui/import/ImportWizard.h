#pragma once

#include "ui/import/ImportJob.h"

#include <QSettings>
#include <QWizard>

namespace dm {

class CacheSession;
class ImportFilePage;
class ImportMappingPage;
class ImportCheckPage;
class ImportRunPage;
class ImportResultPage;

// Bulk import of delivery accounts from a CSV (UTF-8, UTF-8 with BOM or GBK) or XLSX file: file and encoding,
// column mapping (remembered per set of headers), a validation report against the synced cache (with an optional
// dry run that stops there), the run through the outbox with progress and cancel, and the result report. A file
// imported before is recognised by its SHA-256: an interrupted run is resumed, and rows already created are skipped.
// Open it with show()/open(): nothing here runs a nested event loop.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        CheckPage,
        RunPage,
        ResultPage,
    };

    ImportWizard(CacheSession& session, QSettings& settings, QWidget* parent = nullptr);
    ~ImportWizard() override;

    [[nodiscard]] const ImportJob& job() const { return m_job; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ImportJob m_job;
};

} // namespace dm
