#include "ui/settings/ProofSettingsSection.h"

#include "ui/FileDialogs.h"
#include "ui/SessionController.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace dm {

ProofSettingsSection::ProofSettingsSection(QSettings& settings, QWidget* parent)
    : SettingsSection(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settings.proof"));
    m_scope = new QLabel(this);
    m_scope->setWordWrap(true);
    m_tsaUrl = new QLineEdit(this);
    m_tsaUrl->setObjectName(QStringLiteral("settings.proof.tsaUrl"));
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("settings.proof.certificate"));
    m_chooseCertificate = new QPushButton(this);
    m_chooseCertificate->setObjectName(QStringLiteral("settings.proof.chooseCertificate"));
    m_passwordNote = new QLabel(this);
    m_passwordNote->setWordWrap(true);
    m_tsaLabel = new QLabel(this);
    m_tsaLabel->setBuddy(m_tsaUrl);
    m_certificateLabel = new QLabel(this);
    m_certificateLabel->setBuddy(m_certificate);

    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_chooseCertificate);
    auto* form = new QFormLayout(this);
    form->addRow(m_scope);
    form->addRow(m_tsaLabel, m_tsaUrl);
    form->addRow(m_certificateLabel, certificateRow);
    form->addRow(QString(), m_passwordNote);

    connect(m_tsaUrl, &QLineEdit::textEdited, this, &SettingsSection::edited);
    connect(m_certificate, &QLineEdit::textEdited, this, &SettingsSection::edited);
    connect(m_chooseCertificate, &QPushButton::clicked, this, &ProofSettingsSection::chooseCertificate);
    retranslateUi();
    revert();
}

void ProofSettingsSection::setSessionController(SessionController* controller)
{
    m_controller = controller;
    revert();
}

QUuid ProofSettingsSection::profileId() const
{
    return m_controller != nullptr && m_controller->currentProfile() && m_controller->session() != nullptr
               ? m_controller->currentProfile()->id
               : QUuid();
}

void ProofSettingsSection::revert()
{
    const QUuid id = profileId();
    m_saved = id.isNull() ? ProofPreferences() : ProofPreferences::load(m_settings, id);
    m_tsaUrl->setText(m_saved.tsaUrl);
    m_certificate->setText(m_saved.signingCertificate);
    for (QWidget* field : {static_cast<QWidget*>(m_tsaUrl), static_cast<QWidget*>(m_certificate),
                           static_cast<QWidget*>(m_chooseCertificate)}) {
        field->setEnabled(!id.isNull());
    }
    retranslateUi();
}

void ProofSettingsSection::chooseCertificate()
{
    askForFile(this,
               {tr("Court's signing certificate"), QFileInfo(m_certificate->text().trimmed()).absolutePath(),
                tr("PKCS#12 (*.p12 *.pfx)"), QFileDialog::ExistingFile, QFileDialog::AcceptOpen,
                QStringLiteral("settings.proof.certificateDialog")},
               [this](const QString& path) {
                   m_certificate->setText(path);
                   Q_EMIT edited();
               });
}

ProofPreferences ProofSettingsSection::entered() const
{
    return {m_tsaUrl->text().trimmed(), m_certificate->text().trimmed()};
}

bool ProofSettingsSection::isModified() const
{
    const ProofPreferences now = entered();
    return !profileId().isNull() &&
           (now.tsaUrl != m_saved.tsaUrl.trimmed() || now.signingCertificate != m_saved.signingCertificate.trimmed());
}

std::optional<SettingsProblem> ProofSettingsSection::problem() const
{
    if (!isModified()) {
        return std::nullopt;
    }
    switch (entered().problem()) {
    case ProofPreferences::Problem::None:
        return std::nullopt;
    case ProofPreferences::Problem::TsaUrlInvalid:
        return SettingsProblem{
            tr("Time-stamping URL: this is not a web address; give one such as https://tsa.example.cn/tsa."), m_tsaUrl};
    case ProofPreferences::Problem::TsaUrlWrongScheme:
        return SettingsProblem{tr("Time-stamping URL: it must start with https:// or http://."), m_tsaUrl};
    case ProofPreferences::Problem::CertificateMissing:
        return SettingsProblem{tr("Signing certificate: there is no file %1.").arg(entered().signingCertificate),
                               m_certificate};
    }
    return std::nullopt;
}

bool ProofSettingsSection::apply(QString& error)
{
    const QUuid id = profileId();
    if (id.isNull() || !isModified()) {
        return true;
    }
    const ProofPreferences preferences = entered();
    if (!preferences.save(m_settings, id)) {
        error = tr("The proof-pack settings cannot be written to %1.").arg(m_settings.fileName());
        return false;
    }
    m_saved = preferences;
    return true;
}

void ProofSettingsSection::retranslateUi()
{
    setTitle(tr("Proof packs"));
    m_scope->setText(
        profileId().isNull()
            ? tr("Open a profile to set the defaults of its proof packs.")
            : tr("What the proof-pack dialog of profile %1 starts with.").arg(m_controller->currentProfile()->name));
    m_tsaLabel->setText(tr("Time-&stamping URL:"));
    m_tsaUrl->setPlaceholderText(tr("https:// or http:// address of the RFC 3161 service"));
    m_certificateLabel->setText(tr("Si&gning certificate:"));
    m_certificate->setPlaceholderText(tr("PKCS#12 file (.p12, .pfx); empty: packs are not signed by default"));
    m_chooseCertificate->setText(tr("Choose…"));
    m_chooseCertificate->setAccessibleName(tr("Choose the signing certificate"));
    m_passwordNote->setText(tr("Its password is asked each time a pack is signed and never stored."));
}

} // namespace dm
