#include "ui/import/ImportMappingPage.h"

#include "core/ImportMapping.h"
#include "core/ImportParser.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dm {

namespace {
const QString kSkip = QStringLiteral("skip");
} // namespace

ImportMappingPage::ImportMappingPage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , m_job(job)
{
    setObjectName(QStringLiteral("import.mappingPage"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("import.mapping"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("import.mappingError"));
    m_error->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    retranslateUi();
}

void ImportMappingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ImportMappingPage::retranslateUi()
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the field each column holds. Account, name and mobile are required; the mapping is "
                   "remembered for files with the same headers."));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Field")});
    m_table->setAccessibleName(tr("Column mapping"));
    fillFields();
}

QString ImportMappingPage::settingsKey(const QStringList& headers)
{
    const QByteArray digest =
        QCryptographicHash::hash(headers.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("import/mappings/") + QString::fromLatin1(digest);
}

// The combo boxes' texts, in the current language; their data (field keys) never changes.
void ImportMappingPage::fillFields()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
        if (!combo) {
            continue;
        }
        combo->setItemText(0, tr("(not imported)"));
        const QList<ImportField> fields = ImportFields::all();
        for (int i = 0; i < fields.size(); ++i) {
            const ImportField field = fields.at(i);
            combo->setItemText(i + 1, ImportFields::isRequired(field)
                                          ? tr("%1 (required)").arg(ImportFields::displayName(field))
                                          : ImportFields::displayName(field));
        }
        combo->setAccessibleName(tr("Field of column %1").arg(columnLetters(row)));
    }
}

void ImportMappingPage::initializePage()
{
    m_headers = ImportParser::headers(m_job.table);
    m_error->clear();
    // What the headers suggest, then what was remembered for exactly these headers.
    QStringList remembered = m_job.settings->value(settingsKey(m_headers)).toStringList();
    auto mapping = ImportMapping::resolve(m_headers, remembered);
    if (!mapping) {
        mapping = ImportMapping::resolve(m_headers);
    }
    m_table->setRowCount(int(m_headers.size()));
    const QList<ImportField> fields = ImportFields::all();
    for (int row = 0; row < m_headers.size(); ++row) {
        const QString header = m_headers.at(row).trimmed();
        auto* item =
            new QTableWidgetItem(header.isEmpty() ? tr("(column %1)").arg(columnLetters(row))
                                                  : QStringLiteral("%1  (%2)").arg(header, columnLetters(row)));
        m_table->setItem(row, 0, item);
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("import.mapping.%1").arg(row));
        combo->addItem(QString(), kSkip);
        for (const ImportField field : fields) {
            combo->addItem(QString(), ImportFields::key(field));
        }
        if (mapping) {
            for (int i = 0; i < fields.size(); ++i) {
                if (mapping->column(fields.at(i)) == row) {
                    combo->setCurrentIndex(i + 1);
                }
            }
        }
        m_table->setCellWidget(row, 1, combo);
    }
    fillFields();
    if (!mapping) {
        m_error->setText(mapping.error().message());
    }
}

QStringList ImportMappingPage::overrides() const
{
    QStringList entries;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* combo = qobject_cast<const QComboBox*>(m_table->cellWidget(row, 1));
        if (combo) {
            entries.append(columnLetters(row) + u'=' + combo->currentData().toString());
        }
    }
    return entries;
}

bool ImportMappingPage::validatePage()
{
    const QStringList entries = overrides();
    auto mapping = ImportMapping::resolve(m_headers, entries);
    if (!mapping) {
        m_error->setText(mapping.error().message());
        return false;
    }
    m_job.options.mapping = entries;
    m_job.settings->setValue(settingsKey(m_headers), entries);
    return true;
}

} // namespace dm
