#pragma once

#include "ui/pages/PlannedPage.h"

class QCommandLinkButton;

namespace dm {

// The "Logs" node of the navigation tree: an overview that leads to the three log pages below it.
class LogsPage final : public PlannedPage
{
    Q_OBJECT

public:
    explicit LogsPage(QWidget* parent = nullptr);

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;

protected:
    void retranslateUi() override;

private:
    [[nodiscard]] QCommandLinkButton* addLink(const QString& targetPageId);

    QCommandLinkButton* m_operations = nullptr;
    QCommandLinkButton* m_logins = nullptr;
    QCommandLinkButton* m_mail = nullptr;
};

} // namespace dm
