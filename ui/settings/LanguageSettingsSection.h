#pragma once

#include "ui/settings/SettingsSection.h"

class QComboBox;
class QLabel;

namespace dm {

class LanguageManager;

// The interface language, for every profile. The same choice as View > Language: a choice made there shows here at
// once, and one applied here checks the menu's entry.
class LanguageSettingsSection final : public SettingsSection
{
    Q_OBJECT

public:
    LanguageSettingsSection(LanguageManager& languages, QWidget* parent = nullptr);

    void revert() override;
    [[nodiscard]] std::optional<SettingsProblem> problem() const override { return std::nullopt; }
    [[nodiscard]] bool apply(QString& error) override;
    [[nodiscard]] bool isModified() const override;

protected:
    void retranslateUi() override;

private:
    LanguageManager& m_languages;
    QLabel* m_label = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace dm
