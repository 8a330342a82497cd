#pragma once

#include "ui/settings/SyncPreferences.h"

#include <QGroupBox>
#include <QPointer>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace dm {

class CacheSession;

// Settings → Sync (同步) of one profile: the automatic sync interval, how far back the first sync of the logs reaches,
// and after how many hours the log pages call their data old. "Save" checks and keeps them (SyncPreferences); the
// open session's schedule follows at once, the history days at the next open of the profile (they matter only to a
// first sync or a rebuild), the threshold wherever preferencesSaved is connected.
class SyncSettingsPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit SyncSettingsPanel(QSettings& settings, QWidget* parent = nullptr);

    // Shows the preferences of `profile` (null: the panel is disabled).
    void setProfile(const QUuid& profile);
    // The open session; when it is `profile`'s, its SyncSchedule takes a saved interval at once.
    void setSession(CacheSession* session);
    // Checks the fields and saves them; false, with the field named in the panel, when one is out of range.
    bool save();
    // What the fields hold now (not yet checked).
    [[nodiscard]] SyncPreferences edited() const;

Q_SIGNALS:
    // Saved: the main window hands staleAfterHours to every LogFreshnessBar::setStaleAfter.
    void preferencesSaved(const dm::SyncPreferences& preferences);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showPreferences(const SyncPreferences& preferences);
    void showProblem(const QString& problem);
    void onIntervalChosen();

    QSettings& m_settings;
    QUuid m_profile;
    QPointer<CacheSession> m_session;
    SyncPreferences m_loaded;
    QLabel* m_intervalLabel = nullptr;
    QComboBox* m_interval = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLabel* m_historyLabel = nullptr;
    QLineEdit* m_historyDays = nullptr;
    QLabel* m_staleLabel = nullptr;
    QSpinBox* m_staleHours = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace dm
