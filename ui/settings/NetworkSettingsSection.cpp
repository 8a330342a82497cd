#include "ui/settings/NetworkSettingsSection.h"

#include "ui/SessionController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace dm {
namespace {

QLabel* buddyLabel(QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

QSpinBox* timeoutBox(const QString& objectName, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(int(NetworkPreferences::kMinTimeout.count()), int(NetworkPreferences::kMaxTimeout.count()));
    return box;
}

} // namespace

NetworkSettingsSection::NetworkSettingsSection(QSettings& settings, QWidget* parent)
    : SettingsSection(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settings.network"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("settings.network.scope"));
    m_scope->setWordWrap(true);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("settings.network.mode"));
    for (const ProxyMode mode : {ProxyMode::System, ProxyMode::Manual, ProxyMode::None}) {
        m_mode->addItem(QString(), QVariant::fromValue(int(mode)));
    }
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("settings.network.host"));
    m_host->setMaxLength(255); // a host name's longest
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("settings.network.port"));
    m_port->setRange(0, 65535);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("settings.network.user"));
    m_user->setMaxLength(int(ProxyCredentials::MaxUserLength)); // what the keychain entry holds
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("settings.network.password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(int(ProxyCredentials::MaxPasswordLength));
    m_connectTimeout = timeoutBox(QStringLiteral("settings.network.connectTimeout"), this);
    m_transferTimeout = timeoutBox(QStringLiteral("settings.network.transferTimeout"), this);

    m_modeLabel = buddyLabel(m_mode, this);
    m_hostLabel = buddyLabel(m_host, this);
    m_portLabel = buddyLabel(m_port, this);
    m_userLabel = buddyLabel(m_user, this);
    m_passwordLabel = buddyLabel(m_password, this);
    m_connectLabel = buddyLabel(m_connectTimeout, this);
    m_transferLabel = buddyLabel(m_transferTimeout, this);

    auto* form = new QFormLayout(this);
    form->addRow(m_scope);
    form->addRow(m_modeLabel, m_mode);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_connectLabel, m_connectTimeout);
    form->addRow(m_transferLabel, m_transferTimeout);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        Q_EMIT edited();
    });
    for (QLineEdit* edit : {m_host, m_user, m_password}) {
        connect(edit, &QLineEdit::textEdited, this, &SettingsSection::edited);
    }
    for (QSpinBox* box : {m_port, m_connectTimeout, m_transferTimeout}) {
        connect(box, &QSpinBox::valueChanged, this, &SettingsSection::edited);
    }
    retranslateUi();
    revert();
}

void NetworkSettingsSection::setSessionController(SessionController* controller)
{
    m_controller = controller;
    revert();
}

QUuid NetworkSettingsSection::profileId() const
{
    return m_controller != nullptr && m_controller->currentProfile() && m_controller->session() != nullptr
               ? m_controller->currentProfile()->id
               : QUuid();
}

void NetworkSettingsSection::revert()
{
    const QUuid id = profileId();
    m_saved = id.isNull() ? NetworkPreferences() : NetworkPreferences::load(m_settings, id);
    const QSignalBlocker blockMode(m_mode);
    m_mode->setCurrentIndex(m_mode->findData(int(m_saved.proxyMode)));
    m_host->setText(m_saved.proxyHost);
    const QSignalBlocker blockPort(m_port);
    m_port->setValue(m_saved.proxyPort);
    m_user->clear();
    m_password->clear();
    const QSignalBlocker blockConnect(m_connectTimeout);
    m_connectTimeout->setValue(int(m_saved.connectTimeout.count()));
    const QSignalBlocker blockTransfer(m_transferTimeout);
    m_transferTimeout->setValue(int(m_saved.transferTimeout.count()));
    retranslateUi(); // the scope line names the profile
    updateEnabled();
}

void NetworkSettingsSection::updateEnabled()
{
    const bool open = !profileId().isNull();
    for (QWidget* field : {static_cast<QWidget*>(m_mode), static_cast<QWidget*>(m_connectTimeout),
                           static_cast<QWidget*>(m_transferTimeout)}) {
        field->setEnabled(open);
    }
    const bool manual = open && m_mode->currentData().toInt() == int(ProxyMode::Manual);
    for (QWidget* field : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_user),
                           static_cast<QWidget*>(m_password)}) {
        field->setEnabled(manual);
    }
}

NetworkPreferences NetworkSettingsSection::entered() const
{
    NetworkPreferences preferences;
    preferences.proxyMode = static_cast<ProxyMode>(m_mode->currentData().toInt());
    preferences.proxyHost = m_host->text().trimmed();
    preferences.proxyPort = static_cast<quint16>(m_port->value());
    preferences.connectTimeout = std::chrono::seconds(m_connectTimeout->value());
    preferences.transferTimeout = std::chrono::seconds(m_transferTimeout->value());
    return preferences;
}

bool NetworkSettingsSection::isModified() const
{
    if (profileId().isNull()) {
        return false;
    }
    const NetworkPreferences now = entered();
    return now.proxyMode != m_saved.proxyMode || now.proxyHost != m_saved.proxyHost.trimmed() ||
           now.proxyPort != m_saved.proxyPort || now.connectTimeout != m_saved.connectTimeout ||
           now.transferTimeout != m_saved.transferTimeout || !m_user->text().isEmpty() || !m_password->text().isEmpty();
}

std::optional<SettingsProblem> NetworkSettingsSection::problem() const
{
    if (!isModified()) {
        return std::nullopt;
    }
    switch (entered().problem()) {
    case NetworkPreferences::Problem::None:
        break;
    case NetworkPreferences::Problem::ProxyHostMissing:
        return SettingsProblem{tr("Proxy host: a manual proxy needs the proxy's name or address."), m_host};
    case NetworkPreferences::Problem::ProxyHostInvalid:
        return SettingsProblem{
            tr("Proxy host: give the proxy's name or address alone, without \"http://\", a port or a path."), m_host};
    case NetworkPreferences::Problem::ProxyPortMissing:
        return SettingsProblem{tr("Proxy port: 0 is not a port; give the one the proxy listens on (1 to 65535)."),
                               m_port};
    case NetworkPreferences::Problem::ConnectTimeoutOutOfRange:
    case NetworkPreferences::Problem::TransferTimeoutOutOfRange:
        return SettingsProblem{tr("Timeouts: give 1 to 600 seconds."), m_connectTimeout};
    }
    if (m_user->text().contains(QLatin1Char('\n'))) {
        return SettingsProblem{tr("Proxy user: the name cannot hold a line break."), m_user};
    }
    if (m_user->text().isEmpty() && !m_password->text().isEmpty()) {
        return SettingsProblem{tr("Proxy user: a password needs the user name it belongs to."), m_user};
    }
    return std::nullopt;
}

bool NetworkSettingsSection::apply(QString& error)
{
    const QUuid id = profileId();
    if (id.isNull() || !isModified()) {
        return true;
    }
    const NetworkPreferences preferences = entered();
    if (!preferences.save(m_settings, id)) {
        error = tr("The network settings cannot be written to %1.").arg(m_settings.fileName());
        return false;
    }
    m_saved = preferences;
    const QString user = m_user->text();
    const QString password = m_password->text();
    m_user->clear();
    m_password->clear();
    if (preferences.proxyMode == ProxyMode::Manual && !user.isEmpty()) {
        // The keychain entry names the proxy it is for, so no other proxy is ever handed the password. Saving it
        // opens the profile again, which takes the new proxy and timeouts as well.
        m_controller->saveProxyCredentials({user, password, preferences.proxyAddress()});
        return true;
    }
    m_controller->applyNetworkPreferences();
    return true;
}

void NetworkSettingsSection::retranslateUi()
{
    setTitle(tr("Network"));
    const QUuid id = profileId();
    m_scope->setText(id.isNull()
                         ? tr("Open a profile to set how it reaches the platform.")
                         : tr("How profile %1 reaches the platform and the time-stamping service. Applying opens the "
                              "profile again with the new settings.")
                               .arg(m_controller->currentProfile()->name));
    m_modeLabel->setText(tr("Pro&xy:"));
    m_mode->setItemText(0, tr("The system's proxy settings"));
    m_mode->setItemText(1, tr("A manual HTTP proxy"));
    m_mode->setItemText(2, tr("No proxy"));
    m_hostLabel->setText(tr("Proxy h&ost:"));
    m_host->setPlaceholderText(tr("e.g. proxy.court.example"));
    m_portLabel->setText(tr("Proxy por&t:"));
    m_userLabel->setText(tr("Proxy &user:"));
    m_user->setPlaceholderText(tr("Only if the proxy asks for one; empty keeps the saved one"));
    m_passwordLabel->setText(tr("Proxy pass&word:"));
    m_password->setPlaceholderText(tr("Kept in the system keychain, never shown"));
    m_connectLabel->setText(tr("&Connection timeout:"));
    m_connectTimeout->setSuffix(tr(" s"));
    m_transferLabel->setText(tr("Tra&nsfer timeout:"));
    m_transferTimeout->setSuffix(tr(" s"));
}

} // namespace dm
