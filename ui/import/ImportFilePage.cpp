#include "ui/import/ImportFilePage.h"

#include "core/ImportParser.h"
#include "sync/ImportPlanner.h"
#include "ui/FileDialogNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dm {

namespace {

struct ReadResult
{
    Expected<ImportTable, ImportError> table = Unexpected(ImportError{});
    QString digest;
};

} // namespace

ImportFilePage::ImportFilePage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , m_job(job)
{
    setObjectName(QStringLiteral("import.filePage"));
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("import.path"));
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("import.browse"));
    m_encodingLabel = new QLabel(this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("import.encoding"));
    m_encodingLabel->setBuddy(m_encoding);
    for (int i = 0; i < 3; ++i) {
        m_encoding->addItem(QString());
    }
    m_encoding->setItemData(0, int(TextEncoding::Auto));
    m_encoding->setItemData(1, int(TextEncoding::Utf8));
    m_encoding->setItemData(2, int(TextEncoding::Gbk));
    m_dryRun = new QCheckBox(this);
    m_dryRun->setObjectName(QStringLiteral("import.dryRun"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("import.fileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_pathLabel, 0, 0);
    layout->addWidget(m_path, 0, 1);
    layout->addWidget(m_browse, 0, 2);
    layout->addWidget(m_encodingLabel, 1, 0);
    layout->addWidget(m_encoding, 1, 1, 1, 2, Qt::AlignLeft);
    layout->addWidget(m_dryRun, 2, 1, 1, 2);
    layout->addWidget(m_status, 3, 0, 1, 3);
    layout->setRowStretch(4, 1);
    layout->setColumnStretch(1, 1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::reread);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::reread);
    retranslateUi();
}

void ImportFilePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslateUi()
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file (UTF-8, UTF-8 with BOM or GBK, as Excel saves it) or an Excel workbook (.xlsx). The "
                   "first row holds the column headers."));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse..."));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setItemText(0, tr("Detect automatically"));
    m_encoding->setItemText(1, tr("UTF-8"));
    m_encoding->setItemText(2, tr("GBK (Excel on Chinese Windows)"));
    m_encoding->setAccessibleName(tr("Encoding of a CSV file"));
    m_dryRun->setText(tr("&Dry run: check every row against the platform, create nothing"));
    m_path->setAccessibleName(tr("File to import"));
    m_status->setText(m_statusText);
}

void ImportFilePage::browse()
{
    auto* dialog = new QFileDialog(this, tr("Import accounts"), QFileInfo(m_path->text()).absolutePath(),
                                   tr("Rosters (*.csv *.xlsx);;All files (*)"));
    nameFileDialogControls(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFilePage::readFile);
    dialog->open();
}

void ImportFilePage::reread()
{
    if (!m_path->text().trimmed().isEmpty()) {
        readFile(m_path->text().trimmed());
    }
}

void ImportFilePage::readFile(const QString& path)
{
    if (m_path->text() != path) {
        m_path->setText(path);
    }
    m_ready = false;
    m_statusText = tr("Reading the file...");
    m_status->setText(m_statusText);
    Q_EMIT completeChanged();
    ImportOptions options = m_job.options;
    options.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    const int request = ++m_request;
    runInPool<ReadResult>(
        this,
        [path, options] {
            ReadResult result;
            auto bytes = ImportPlanner::readFile(path, options.limits);
            if (!bytes) {
                result.table = Unexpected(bytes.error());
                return result;
            }
            result.digest = ImportPlanner::digest(*bytes);
            result.table = ImportParser::read(*bytes, options);
            return result;
        },
        [this, request, path, options](ReadResult result) {
            if (request != m_request) {
                return;
            }
            if (!result.table) {
                m_statusText = result.table.error().message();
                m_status->setText(m_statusText);
                return;
            }
            m_job.path = path;
            m_job.fileDigest = result.digest;
            m_job.table = std::move(*result.table);
            m_job.options.encoding = options.encoding;
            const qsizetype rows = std::max<qsizetype>(0, m_job.table.rows.size() - 1);
            const QString kind =
                m_job.table.encoding
                    ? tr("CSV in %1").arg(*m_job.table.encoding == TextEncoding::Gbk ? tr("GBK") : tr("UTF-8"))
                    : tr("Excel workbook");
            m_statusText = tr("%1, %n data row(s) below the header.", nullptr, int(rows)).arg(kind);
            m_status->setText(m_statusText);
            m_ready = true;
            Q_EMIT completeChanged();
        });
}

bool ImportFilePage::isComplete() const
{
    return m_ready;
}

bool ImportFilePage::validatePage()
{
    m_job.dryRun = m_dryRun->isChecked();
    return m_ready;
}

} // namespace dm
