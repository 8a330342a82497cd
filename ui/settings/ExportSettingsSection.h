#pragma once

#include "ui/settings/SettingsSection.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace dm {

// Where the export dialogs (log exports, proof packs) start, for every profile (core/ClientPreferences.h). Exported
// ID-card numbers and mobiles are always masked; there is nothing to choose about that.
class ExportSettingsSection final : public SettingsSection
{
    Q_OBJECT

public:
    ExportSettingsSection(QSettings& settings, QWidget* parent = nullptr);

    void revert() override;
    [[nodiscard]] std::optional<SettingsProblem> problem() const override;
    [[nodiscard]] bool apply(QString& error) override;
    [[nodiscard]] bool isModified() const override;

protected:
    void retranslateUi() override;

private:
    void chooseFolder();

    QSettings& m_settings;
    QString m_saved;
    QLabel* m_folderLabel = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_maskingNote = nullptr;
};

} // namespace dm
