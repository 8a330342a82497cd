#pragma once

#include "ui/pages/PlannedPage.h"

namespace dm {

class SettingsPage final : public PlannedPage
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;

protected:
    void retranslateUi() override;
};

} // namespace dm
