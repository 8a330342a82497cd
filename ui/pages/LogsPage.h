#pragma once

#include "ui/pages/Page.h"

class QCommandLinkButton;
class QLabel;

namespace dm {

// The "Logs" node of the navigation tree: an overview that leads to the three log pages below it and to the two
// views made from them (an account's timeline, a case's delivery).
class LogsPage final : public Page
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

    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QCommandLinkButton* m_operations = nullptr;
    QCommandLinkButton* m_logins = nullptr;
    QCommandLinkButton* m_mail = nullptr;
    QCommandLinkButton* m_timeline = nullptr;
    QCommandLinkButton* m_case = nullptr;
};

} // namespace dm
