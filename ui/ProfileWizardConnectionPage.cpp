#include "ui/ProfileWizardConnectionPage.h"

#include "ui/FileDialogNames.h"
#include "ui/SandboxLauncher.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace dm {

ProfileWizardConnectionPage::ProfileWizardConnectionPage(SandboxLauncher& sandbox, QList<Profile> existing,
                                                         QWidget* parent)
    : QWizardPage(parent)
    , m_sandbox(sandbox)
    , m_existing(std::move(existing))
    , m_id(QUuid::createUuid())
{
    setObjectName(QStringLiteral("wizard.page.connection"));
    const auto makeEdit = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textChanged, this, &ProfileWizardConnectionPage::updateProblem);
        return edit;
    };

    m_sandboxIntro = new QLabel(this);
    m_sandboxIntro->setWordWrap(true);
    m_startSandbox = new QPushButton(this);
    m_startSandbox->setObjectName(QStringLiteral("wizard.startSandbox"));
    m_attachSandbox = new QPushButton(this);
    m_attachSandbox->setObjectName(QStringLiteral("wizard.attachSandbox"));
    m_sandboxStatus = new QLabel(this);
    m_sandboxStatus->setObjectName(QStringLiteral("wizard.sandboxStatus"));
    m_sandboxStatus->setWordWrap(true);

    m_name = makeEdit("wizard.name");
    m_baseUrl = makeEdit("wizard.baseUrl");
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.qiye.163.com"));
    m_appId = makeEdit("wizard.appId");
    m_orgOpenId = makeEdit("wizard.orgOpenId");
    m_authCode = makeEdit("wizard.authCode");
    m_authCode->setEchoMode(QLineEdit::Password);
    m_domain = makeEdit("wizard.domain");
    m_pins = makeEdit("wizard.pins");
    m_caFile = makeEdit("wizard.caFile");
    m_caBrowse = new QPushButton(this);
    m_caBrowse->setObjectName(QStringLiteral("wizard.caBrowse"));
    m_isSandbox = new QCheckBox(this);
    m_isSandbox->setObjectName(QStringLiteral("wizard.isSandbox"));
    m_readOnly = new QCheckBox(this);
    m_readOnly->setObjectName(QStringLiteral("wizard.readOnly"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("wizard.problem"));
    m_problem->setWordWrap(true);

    auto* sandboxButtons = new QHBoxLayout;
    sandboxButtons->addWidget(m_startSandbox);
    sandboxButtons->addWidget(m_attachSandbox);
    sandboxButtons->addStretch();

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);

    auto* form = new QFormLayout;
    const auto addRow = [this, form](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    };
    const auto addLayoutRow = [this, form](QLayout* row, QWidget* buddy) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels.append(label);
        form->addRow(label, row);
    };
    addRow(m_name);
    addRow(m_baseUrl);
    addRow(m_appId);
    addRow(m_orgOpenId);
    addRow(m_authCode);
    addRow(m_domain);
    addRow(m_pins);
    addLayoutRow(caRow, m_caFile);
    form->addRow(QString(), m_isSandbox);
    form->addRow(QString(), m_readOnly);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sandboxIntro);
    layout->addLayout(sandboxButtons);
    layout->addWidget(m_sandboxStatus);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(m_startSandbox, &QPushButton::clicked, this, [this] {
        m_sandboxState = SandboxState::Starting;
        retranslateUi();
        m_sandbox.start();
    });
    connect(m_attachSandbox, &QPushButton::clicked, this, &ProfileWizardConnectionPage::chooseConnectionFile);
    connect(m_caBrowse, &QPushButton::clicked, this, &ProfileWizardConnectionPage::chooseCaFile);
    connect(&m_sandbox, &SandboxLauncher::ready, this, [this](const SandboxConnection& connection) {
        if (m_sandboxState == SandboxState::Starting) {
            // Only a sandbox dmadmin started itself can be started again when the profile opens.
            fillFrom(connection, m_sandbox.isRunning());
        }
    });
    connect(&m_sandbox, &SandboxLauncher::failed, this, [this](const QString& message) {
        if (m_sandboxState == SandboxState::Starting) {
            m_sandboxState = SandboxState::Failed;
            m_sandboxMessage = message;
            retranslateUi();
        }
    });

    retranslateUi();
}

void ProfileWizardConnectionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ProfileWizardConnectionPage::retranslateUi()
{
    setTitle(tr("Connection"));
    setSubTitle(tr("Where the platform is, which organisation to administer, and how to trust the server."));
    m_sandboxIntro->setText(tr("To try dmadmin without a real platform, use the local sandbox: it fills in every "
                               "field below."));
    m_startSandbox->setText(tr("Start &sandbox"));
    m_attachSandbox->setText(tr("&Attach to a running sandbox…"));
    m_caBrowse->setText(tr("&Browse…"));
    m_caBrowse->setAccessibleName(tr("Choose a CA file"));
    m_isSandbox->setText(tr("This is the local sandbox (dmadmin starts it when the profile opens)"));
    m_readOnly->setText(tr("&Auditor profile (read-only: no changes can be made)"));
    m_pins->setPlaceholderText(tr("optional; base64 SHA-256 of the server key, several separated by spaces"));
    m_caFile->setPlaceholderText(tr("optional; PEM file of CAs to trust instead of the system"));
    m_name->setPlaceholderText(tr("e.g. court-prod"));

    const QStringList labels = {
        tr("Profile &name:"),       tr("&Base URL:"),    tr("&App ID:"),    tr("&Organisation open ID:"),
        tr("Au&thorization code:"), tr("Mail &domain:"), tr("SPKI &pins:"), tr("&CA file:"),
    };
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i) {
        m_labels[i]->setText(labels[i]);
        if (QWidget* buddy = m_labels[i]->buddy()) {
            buddy->setAccessibleName(QString(labels[i]).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        }
    }

    switch (m_sandboxState) {
    case SandboxState::Idle:
        m_sandboxStatus->clear();
        m_sandboxStatus->hide();
        break;
    case SandboxState::Starting:
        m_sandboxStatus->setText(tr("Starting the sandbox… (the first start generates its court, a few seconds)"));
        m_sandboxStatus->show();
        break;
    case SandboxState::Ready:
        m_sandboxStatus->setText(tr("The sandbox runs; its connection is filled in below."));
        m_sandboxStatus->show();
        break;
    case SandboxState::Failed:
        m_sandboxStatus->setText(m_sandboxMessage);
        m_sandboxStatus->show();
        break;
    }
    m_startSandbox->setEnabled(m_sandboxState != SandboxState::Starting);
    updateProblem();
}

QList<QByteArray> ProfileWizardConnectionPage::pins() const
{
    QList<QByteArray> result;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (const QString& pin : m_pins->text().split(separators, Qt::SkipEmptyParts)) {
        result.append(pin.toLatin1());
    }
    return result;
}

QString ProfileWizardConnectionPage::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        return tr("Give the profile a name.");
    }
    if (!ProfileStore::isValidName(name)) {
        return tr("A profile name is 1 to 64 letters, digits, '.', '_' or '-'.");
    }
    for (const Profile& profile : m_existing) {
        if (profile.name == name) {
            return tr("A profile named %1 exists already.").arg(name);
        }
    }
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return tr("The base URL must be an https:// address.");
    }
    if (m_appId->text().trimmed().isEmpty()) {
        return tr("Enter the app ID.");
    }
    if (m_orgOpenId->text().trimmed().isEmpty()) {
        return tr("Enter the organisation open ID.");
    }
    if (m_authCode->text().isEmpty()) {
        return tr("Enter the authorization code.");
    }
    if (m_authCode->text().size() > MaxAuthCodeLength) {
        return tr("The authorization code is longer than %1 characters: check what was pasted.").arg(MaxAuthCodeLength);
    }
    if (m_domain->text().trimmed().isEmpty()) {
        return tr("Enter the mail domain.");
    }
    for (const QByteArray& pin : pins()) {
        if (QByteArray::fromBase64(pin, QByteArray::AbortOnBase64DecodingErrors).size() != 32) {
            return tr("A pin must be the base64 of a SHA-256 digest (44 characters).");
        }
    }
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isFile()) {
        return tr("The CA file %1 does not exist.").arg(ca);
    }
    return {};
}

void ProfileWizardConnectionPage::updateProblem()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    Q_EMIT completeChanged();
}

bool ProfileWizardConnectionPage::isComplete() const
{
    return problem().isEmpty();
}

Profile ProfileWizardConnectionPage::profile() const
{
    Profile profile;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    profile.appId = m_appId->text().trimmed();
    profile.orgOpenId = m_orgOpenId->text().trimmed();
    profile.domain = m_domain->text().trimmed();
    profile.pinnedKeys = pins();
    profile.caFile = m_caFile->text().trimmed();
    profile.readOnly = m_readOnly->isChecked();
    profile.sandbox = m_isSandbox->isChecked();
    return profile;
}

QByteArray ProfileWizardConnectionPage::authCode() const
{
    return m_authCode->text().toUtf8();
}

std::optional<ConnectionSettings> ProfileWizardConnectionPage::settings(QString& error) const
{
    const Profile values = profile();
    ConnectionSettings settings;
    settings.baseUrl = values.baseUrl;
    settings.appId = values.appId;
    settings.orgOpenId = values.orgOpenId;
    settings.domain = values.domain;
    settings.pinnedKeys = values.pinnedKeys;
    if (!values.caFile.isEmpty()) {
        settings.trustedCas = QSslCertificate::fromPath(values.caFile);
        if (settings.trustedCas.isEmpty()) {
            error = tr("The CA file %1 holds no certificate.").arg(values.caFile);
            return std::nullopt;
        }
    }
    return settings;
}

void ProfileWizardConnectionPage::fillFrom(const SandboxConnection& connection, bool started)
{
    m_sandboxState = SandboxState::Ready;
    if (m_name->text().trimmed().isEmpty()) {
        m_name->setText(QStringLiteral("sandbox"));
    }
    m_baseUrl->setText(connection.settings.baseUrl.toString());
    m_appId->setText(connection.settings.appId);
    m_orgOpenId->setText(connection.settings.orgOpenId);
    m_authCode->setText(QString::fromUtf8(connection.authCode));
    m_domain->setText(connection.settings.domain);
    QStringList pinTexts;
    for (const QByteArray& pin : connection.settings.pinnedKeys) {
        pinTexts.append(QString::fromLatin1(pin));
    }
    m_pins->setText(pinTexts.join(QLatin1Char(' ')));
    m_caFile->clear();
    m_isSandbox->setChecked(started);
    retranslateUi();
}

void ProfileWizardConnectionPage::chooseCaFile()
{
    auto* dialog = new QFileDialog(this, tr("CA certificates"), QString(), tr("Certificates (*.pem *.crt);;All (*)"));
    nameFileDialogControls(dialog);
    dialog->setObjectName(QStringLiteral("wizard.caDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    dialog->open();
}

void ProfileWizardConnectionPage::chooseConnectionFile()
{
    auto* dialog = new QFileDialog(this, tr("Connection file of the sandbox"), m_sandbox.dataDirectory(),
                                   tr("Connection files (*.json);;All (*)"));
    nameFileDialogControls(dialog);
    dialog->setObjectName(QStringLiteral("wizard.connectionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_sandboxState = SandboxState::Starting;
        m_sandbox.attach(file);
    });
    dialog->open();
}

} // namespace dm
