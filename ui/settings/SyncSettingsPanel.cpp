#include "ui/settings/SyncSettingsPanel.h"

#include "sync/CacheSession.h"
#include "ui/settings/SyncSchedule.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>

namespace dm {

namespace {

// The intervals offered by name; any other number of minutes is "Other" with the spin box.
constexpr std::array<int, 5> kIntervals{0, 5, 15, 30, 60};
constexpr int kOther = -1;

} // namespace

SyncSettingsPanel::SyncSettingsPanel(QSettings& settings, QWidget* parent)
    : QGroupBox(parent)
    , m_settings(settings)
    , m_intervalLabel(new QLabel(this))
    , m_interval(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_historyLabel(new QLabel(this))
    , m_historyDays(new QLineEdit(this))
    , m_staleLabel(new QLabel(this))
    , m_staleHours(new QSpinBox(this))
    , m_save(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settings.sync"));
    m_interval->setObjectName(QStringLiteral("settings.sync.interval"));
    for (const int minutes : kIntervals) {
        m_interval->addItem(QString(), minutes);
    }
    m_interval->addItem(QString(), kOther);
    m_minutes->setObjectName(QStringLiteral("settings.sync.minutes"));
    m_minutes->setRange(1, SyncPreferences::kMaxIntervalMinutes);
    m_historyDays->setObjectName(QStringLiteral("settings.sync.historyDays"));
    // Typed freely and checked on save, so a number out of range gets a sentence rather than a silent clamp.
    m_historyDays->setMaxLength(6);
    m_staleHours->setObjectName(QStringLiteral("settings.sync.staleHours"));
    m_staleHours->setRange(0, SyncPreferences::kMaxStaleHours);
    m_save->setObjectName(QStringLiteral("settings.sync.save"));
    m_problem->setObjectName(QStringLiteral("settings.sync.problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_intervalLabel->setBuddy(m_interval);
    m_historyLabel->setBuddy(m_historyDays);
    m_staleLabel->setBuddy(m_staleHours);

    auto* intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(m_minutes);
    intervalRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(m_intervalLabel, intervalRow);
    form->addRow(m_historyLabel, m_historyDays);
    form->addRow(m_staleLabel, m_staleHours);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_interval, &QComboBox::currentIndexChanged, this, &SyncSettingsPanel::onIntervalChosen);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    retranslateUi();
    setProfile({});
}

void SyncSettingsPanel::setProfile(const QUuid& profile)
{
    m_profile = profile;
    setEnabled(!profile.isNull());
    m_problem->hide();
    m_loaded = profile.isNull() ? SyncPreferences{} : SyncPreferences::load(m_settings, profile);
    showPreferences(m_loaded);
}

void SyncSettingsPanel::setSession(CacheSession* session)
{
    m_session = session;
}

void SyncSettingsPanel::showPreferences(const SyncPreferences& preferences)
{
    const int index = m_interval->findData(preferences.intervalMinutes);
    m_interval->setCurrentIndex(index >= 0 ? index : m_interval->findData(kOther));
    m_minutes->setValue(preferences.intervalMinutes > 0 ? preferences.intervalMinutes : 10);
    onIntervalChosen();
    m_historyDays->setText(QString::number(preferences.historyDays));
    m_staleHours->setValue(preferences.staleAfterHours);
}

void SyncSettingsPanel::onIntervalChosen()
{
    m_minutes->setVisible(m_interval->currentData().toInt() == kOther);
}

SyncPreferences SyncSettingsPanel::edited() const
{
    // What is saved now, not what was loaded: the cache panel keeps its purge choice in the same group meanwhile.
    SyncPreferences preferences = m_profile.isNull() ? m_loaded : SyncPreferences::load(m_settings, m_profile);
    const int chosen = m_interval->currentData().toInt();
    preferences.intervalMinutes = chosen == kOther ? m_minutes->value() : chosen;
    bool ok = false;
    const int days = m_historyDays->text().trimmed().toInt(&ok);
    preferences.historyDays = ok ? days : 0;
    preferences.staleAfterHours = m_staleHours->value();
    return preferences;
}

bool SyncSettingsPanel::save()
{
    if (m_profile.isNull()) {
        return false;
    }
    const SyncPreferences preferences = edited();
    if (const auto problem = SyncPreferences::historyDaysProblem(preferences.historyDays)) {
        showProblem(*problem);
        m_historyDays->setFocus();
        m_historyDays->selectAll();
        return false;
    }
    if (!preferences.save(m_settings, m_profile)) {
        showProblem(tr("The settings could not be written."));
        return false;
    }
    m_problem->hide();
    m_loaded = preferences;
    if (!m_session.isNull() && m_session->profileId() == m_profile) {
        SyncSchedule::attach(*m_session, m_settings);
    }
    Q_EMIT preferencesSaved(preferences);
    return true;
}

void SyncSettingsPanel::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->show();
}

void SyncSettingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void SyncSettingsPanel::retranslateUi()
{
    setTitle(tr("Sync"));
    m_intervalLabel->setText(tr("Automatic sync:"));
    for (int i = 0; i < m_interval->count(); ++i) {
        const int minutes = m_interval->itemData(i).toInt();
        if (minutes == 0) {
            m_interval->setItemText(i, tr("Off"));
        } else if (minutes == kOther) {
            m_interval->setItemText(i, tr("Other…"));
        } else {
            m_interval->setItemText(i, tr("Every %n minute(s)", nullptr, minutes));
        }
    }
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Minutes between the end of one sync and the start of the next"));
    m_historyLabel->setText(tr("History (days):"));
    m_historyDays->setToolTip(
        tr("How far back the first sync of each log reaches (%1 to %2 days; the platform keeps 180). It applies to "
           "the next first sync or rebuild.")
            .arg(SyncPreferences::kMinHistoryDays)
            .arg(SyncPreferences::kMaxHistoryDays));
    m_staleLabel->setText(tr("Warn when data is older than:"));
    m_staleHours->setSuffix(tr(" h"));
    m_staleHours->setSpecialValueText(tr("Never"));
    m_save->setText(tr("Save"));
}

} // namespace dm
