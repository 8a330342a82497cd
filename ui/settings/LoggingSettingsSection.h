#pragma once

#include "ui/settings/SettingsSection.h"

class QComboBox;
class QLabel;
class QSettings;

namespace dm {

// How much dmadmin writes to its log, for every profile (core/ClientPreferences.h); applied to the running application
// at once and again at each start.
class LoggingSettingsSection final : public SettingsSection
{
    Q_OBJECT

public:
    LoggingSettingsSection(QSettings& settings, QWidget* parent = nullptr);

    void revert() override;
    [[nodiscard]] std::optional<SettingsProblem> problem() const override { return std::nullopt; }
    [[nodiscard]] bool apply(QString& error) override;
    [[nodiscard]] bool isModified() const override;

protected:
    void retranslateUi() override;

private:
    QSettings& m_settings;
    int m_saved = 0;
    QLabel* m_label = nullptr;
    QComboBox* m_level = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace dm
