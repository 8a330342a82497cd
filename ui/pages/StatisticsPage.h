#pragma once

#include "ui/pages/Page.h"

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace dm {

class FunnelPanel;
class LoginDaysChart;
class MailDaysChart;
class PlatformClient;
class ProvincesChart;
class StatsPeriodBar;
class StatsSection;
class StatsSource;

// 统计: mails, logins and activation over a period, each as a chart with the platform's figures (its statistics
// endpoints) beside the cache's and the difference, and a note saying why two differ. The cache is read in the
// session's worker thread and again when it changes; the platform is asked through the profile's client, a few calls
// at a time, with progress and a way to stop. A platform without the statistics endpoints leaves the cache's figures,
// with the reason, never an error box.
class StatisticsPage final : public Page
{
    Q_OBJECT

public:
    explicit StatisticsPage(QWidget* parent = nullptr);
    ~StatisticsPage() override;

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;
    void setSession(CacheSession* session) override;
    void setCapabilities(const Capabilities& capabilities) override;
    // The open profile's client, or null: the platform's figures come through it.
    void setPlatformClient(PlatformClient* client);

    // Reads the cache and asks the platform again (F5, the refresh button).
    void refresh();
    // Stops asking the platform; the figures already shown stay.
    void cancelPlatform();

    [[nodiscard]] StatsPeriodBar* periodBar() const { return m_periodBar; }
    [[nodiscard]] FunnelPanel* funnelPanel() const { return m_funnelPanel; }
    [[nodiscard]] StatsSection* mailSection() const { return m_mailSection; }
    [[nodiscard]] StatsSection* loginSection() const { return m_loginSection; }
    [[nodiscard]] StatsSection* provinceSection() const { return m_provinceSection; }
    [[nodiscard]] StatsSection* funnelSection() const { return m_funnelSection; }
    // What is on screen: the cache's figures, and the platform's for the same period (null when it gave none).
    [[nodiscard]] const StatsSource& source() const { return *m_source; }
    [[nodiscard]] bool isLoading() const;
    // The greyed line that says why the platform's figures are not available at all (empty while they are).
    [[nodiscard]] QString unavailableText() const;

Q_SIGNALS:
    // The cache's figures and, when the platform was asked, its answers are on screen.
    void loaded();

protected:
    void retranslateUi() override;

private:
    void buildTabs();
    void showFigures();
    void showProgress(int done, int total);
    void showIdle();
    void showMessage(const QString& text);

    StatsSource* m_source = nullptr;
    StatsPeriodBar* m_periodBar = nullptr;
    QToolButton* m_refreshButton = nullptr;
    QLabel* m_headingLabel = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_banner = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    QTabWidget* m_tabs = nullptr;
    MailDaysChart* m_mailChart = nullptr;
    LoginDaysChart* m_loginChart = nullptr;
    ProvincesChart* m_provinceChart = nullptr;
    FunnelPanel* m_funnelPanel = nullptr;
    StatsSection* m_mailSection = nullptr;
    StatsSection* m_loginSection = nullptr;
    StatsSection* m_provinceSection = nullptr;
    StatsSection* m_funnelSection = nullptr;
    QAction* m_refreshAction = nullptr;
};

} // namespace dm
