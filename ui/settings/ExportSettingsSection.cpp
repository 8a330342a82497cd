#include "ui/settings/ExportSettingsSection.h"

#include "core/ClientPreferences.h"
#include "ui/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace dm {

ExportSettingsSection::ExportSettingsSection(QSettings& settings, QWidget* parent)
    : SettingsSection(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settings.export"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("settings.export.folder"));
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("settings.export.chooseFolder"));
    m_folderLabel = new QLabel(this);
    m_folderLabel->setBuddy(m_folder);
    m_maskingNote = new QLabel(this);
    m_maskingNote->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(m_choose);
    auto* form = new QFormLayout(this);
    form->addRow(m_folderLabel, row);
    form->addRow(QString(), m_maskingNote);
    connect(m_folder, &QLineEdit::textEdited, this, &SettingsSection::edited);
    connect(m_choose, &QPushButton::clicked, this, &ExportSettingsSection::chooseFolder);
    retranslateUi();
    revert();
}

void ExportSettingsSection::revert()
{
    m_saved = ExportPreferences::load(m_settings).folder;
    m_folder->setText(m_saved);
}

void ExportSettingsSection::chooseFolder()
{
    askForFile(this,
               {tr("Export folder"),
                ExportPreferences{m_folder->text()}.startFolder(
                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)),
                QString(), QFileDialog::Directory, QFileDialog::AcceptOpen,
                QStringLiteral("settings.exports.folderDialog")},
               [this](const QString& folder) {
                   m_folder->setText(QDir::toNativeSeparators(folder));
                   Q_EMIT edited();
               });
}

bool ExportSettingsSection::isModified() const
{
    return m_folder->text().trimmed() != m_saved.trimmed();
}

std::optional<SettingsProblem> ExportSettingsSection::problem() const
{
    const QString folder = m_folder->text().trimmed();
    if (isModified() && !folder.isEmpty() && !QDir(folder).exists()) {
        return SettingsProblem{tr("Export folder: there is no folder %1.").arg(folder), m_folder};
    }
    return std::nullopt;
}

bool ExportSettingsSection::apply(QString& error)
{
    if (!isModified()) {
        return true;
    }
    const ExportPreferences preferences{m_folder->text().trimmed()};
    if (!preferences.save(m_settings)) {
        error = tr("The export settings cannot be written to %1.").arg(m_settings.fileName());
        return false;
    }
    m_saved = preferences.folder;
    return true;
}

void ExportSettingsSection::retranslateUi()
{
    setTitle(tr("Exports"));
    m_folderLabel->setText(tr("Export fol&der:"));
    m_folder->setPlaceholderText(tr("Empty: the Documents folder"));
    m_choose->setText(tr("Choose…"));
    m_choose->setAccessibleName(tr("Choose the export folder"));
    m_maskingNote->setText(tr("Log exports and proof packs start in this folder. ID-card numbers and mobiles in "
                              "exports are always masked."));
}

} // namespace dm
