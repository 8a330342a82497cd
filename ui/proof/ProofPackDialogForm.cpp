#include "core/ClientPreferences.h"
#include "core/Masking.h"
#include "core/PiiScrubber.h"
#include "ui/FileDialogs.h"
#include "ui/proof/ProofPackDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

// The dialog's form: what the packs are for, where they go, and how they are time-stamped and signed.

namespace dm {

QString ProofPackDialog::settingsKey(const char* name) const
{
    return QStringLiteral("proof/%1/%2").arg(m_profile.id.toString(QUuid::WithoutBraces), QLatin1String(name));
}

void ProofPackDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("%n pack(s), one per document and recipient: the platform's record of sending, arrival and every access, "
           "time-stamped, with the service date and the rule that gives it.",
           nullptr, int(m_targets.size())),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("proof.targets"));
    m_list->setAccessibleName(tr("Packs to make"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Document"), tr("Recipient"), tr("Result")});
    for (const ProofTarget& target : std::as_const(m_targets)) {
        // A subject is free text a sender typed: an ID number or mobile in it is masked like everywhere else.
        const QString subject = scrubPii(target.subject);
        auto* item = new QTreeWidgetItem(m_list, {subject, maskNumbersInName(target.recipient), tr("Waiting")});
        item->setToolTip(0, subject);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto* form = new QFormLayout;
    // The platform's directory does not name the court; the clerk types it once per profile.
    m_courtName = new QLineEdit(QSettings().value(settingsKey("court"), m_profile.domain).toString(), this);
    m_courtName->setObjectName(QStringLiteral("proof.court"));
    form->addRow(tr("Court:"), m_courtName);
    auto* folderRow = new QHBoxLayout;
    // The Settings page's export folder first, then the folder of this profile's last packs.
    const QSettings preferences;
    m_folder =
        new QLineEdit(ExportPreferences::load(preferences)
                          .startFolder(preferences
                                           .value(settingsKey("folder"),
                                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                           .toString()),
                      this);
    m_folder->setObjectName(QStringLiteral("proof.folder"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("proof.chooseFolder"));
    connect(browse, &QPushButton::clicked, this, &ProofPackDialog::chooseFolder);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    // A row that is a layout gets no buddy from QFormLayout: the label names its line edit for a screen reader.
    auto* folderLabel = new QLabel(tr("Save to:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    if (m_targets.size() == 1) {
        auto* clerkRow = new QHBoxLayout;
        m_clerkLabel = new QLabel(tr("None: add the file that was sent to compare it with the platform's copy."), this);
        m_clerkLabel->setWordWrap(true);
        m_clerkButton = new QPushButton(tr("Add…"), this);
        connect(m_clerkButton, &QPushButton::clicked, this, &ProofPackDialog::chooseClerkFile);
        clerkRow->addWidget(m_clerkLabel, 1);
        clerkRow->addWidget(m_clerkButton);
        form->addRow(tr("Sent file:"), clerkRow);
    }

    QString defaultTsa;
    if (m_profile.sandbox) {
        QUrl url = m_profile.baseUrl;
        url.setPath(QStringLiteral("/sandbox/tsa"));
        defaultTsa = url.toString();
    }
    // The profile's defaults from the Settings page win over what its last packs used.
    const ProofPreferences proofDefaults = ProofPreferences::load(preferences, m_profile.id);
    m_tsaUrl =
        new QLineEdit(proofDefaults.tsaUrl.isEmpty() ? QSettings().value(settingsKey("tsaUrl"), defaultTsa).toString()
                                                     : proofDefaults.tsaUrl,
                      this);
    m_tsaUrl->setObjectName(QStringLiteral("proof.tsaUrl"));
    form->addRow(tr("Time-stamping URL:"), m_tsaUrl);
    m_tsaChain = new QLineEdit(QSettings().value(settingsKey("tsaChain")).toString(), this);
    m_tsaChain->setPlaceholderText(m_profile.sandbox ? tr("Fetched from the sandbox")
                                                     : tr("PEM file of the TSA's chain"));
    form->addRow(tr("TSA chain:"), m_tsaChain);

    m_sign = new QCheckBox(tr("Sign with the court's certificate (PKCS#12)"), this);
    m_sign->setObjectName(QStringLiteral("proof.sign"));
    m_signerFile =
        new QLineEdit(proofDefaults.signingCertificate.isEmpty() ? QSettings().value(settingsKey("signer")).toString()
                                                                 : proofDefaults.signingCertificate,
                      this);
    m_signerFile->setObjectName(QStringLiteral("proof.signer"));
    m_signerPassword = new QLineEdit(this);
    m_signerPassword->setObjectName(QStringLiteral("proof.signerPassword"));
    m_signerPassword->setEchoMode(QLineEdit::Password);
    m_signerPassword->setPlaceholderText(tr("Asked each time, never stored"));
    auto* signerRow = new QHBoxLayout;
    auto* signerBrowse = new QPushButton(tr("Choose…"), this);
    signerBrowse->setObjectName(QStringLiteral("proof.chooseSigner"));
    connect(signerBrowse, &QPushButton::clicked, this, &ProofPackDialog::chooseSigner);
    signerRow->addWidget(m_signerFile, 1);
    signerRow->addWidget(signerBrowse);
    form->addRow(m_sign);
    auto* signerLabel = new QLabel(tr("Certificate:"), this);
    signerLabel->setBuddy(m_signerFile);
    form->addRow(signerLabel, signerRow);
    form->addRow(tr("Password:"), m_signerPassword);
    for (QWidget* widget : {static_cast<QWidget*>(m_signerFile), static_cast<QWidget*>(m_signerPassword),
                            static_cast<QWidget*>(signerBrowse)}) {
        widget->setEnabled(false);
        connect(m_sign, &QCheckBox::toggled, widget, &QWidget::setEnabled);
    }
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(m_targets.size()));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("proof.status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_makeButton = m_buttons->addButton(tr("Make"), QDialogButtonBox::AcceptRole);
    m_makeButton->setObjectName(QStringLiteral("proof.make"));
    connect(m_makeButton, &QPushButton::clicked, this, &ProofPackDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProofPackDialog::reject);
    layout->addWidget(m_buttons);
    resize(820, 520);
}

void ProofPackDialog::setOutputDirectory(const QString& directory)
{
    m_folder->setText(directory);
}

void ProofPackDialog::addClerkFile(const QString& path)
{
    m_clerkFiles.append(path);
    if (m_clerkLabel != nullptr) {
        QStringList names;
        for (const QString& file : std::as_const(m_clerkFiles)) {
            names.append(QFileInfo(file).fileName());
        }
        m_clerkLabel->setText(names.join(tr(", ")));
    }
}

void ProofPackDialog::chooseFolder()
{
    askForFile(this,
               {tr("Save the packs to"), m_folder->text(), QString(), QFileDialog::Directory, QFileDialog::AcceptOpen,
                QStringLiteral("proof.folderDialog")},
               [this](const QString& folder) { m_folder->setText(QDir::toNativeSeparators(folder)); });
}

void ProofPackDialog::chooseClerkFile()
{
    askForFile(this,
               {tr("The file that was sent"), QString(), QString(), QFileDialog::ExistingFile, QFileDialog::AcceptOpen,
                QStringLiteral("proof.sentFileDialog")},
               [this](const QString& path) { addClerkFile(path); });
}

void ProofPackDialog::chooseSigner()
{
    askForFile(this,
               {tr("The court's certificate"), m_signerFile->text(), tr("PKCS#12 (*.p12 *.pfx)"),
                QFileDialog::ExistingFile, QFileDialog::AcceptOpen, QStringLiteral("proof.signerDialog")},
               [this](const QString& path) { m_signerFile->setText(path); });
}

QString ProofPackDialog::tsaProblem() const
{
    const QUrl url(m_tsaUrl->text().trimmed());
    if (m_tsaUrl->text().trimmed().isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return tr("Give the time-stamping authority's URL (http or https).");
    }
    if (!m_profile.sandbox && m_tsaChain->text().trimmed().isEmpty()) {
        return tr("Give the PEM file of the time-stamping authority's chain: tokens are checked against it.");
    }
    return {};
}

} // namespace dm
