#include "ui/proof/ProofPackDialog.h"

#include "api/PlatformClient.h"
#include "proof/PackFormat.h"
#include "proof/PackMaker.h"
#include "store/AuditLedger.h"
#include "sync/CacheSession.h"
#include "ui/StatusColors.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThreadPool>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUrl>

namespace dm {
namespace {

QByteArray readFile(const QString& path, qint64 maxBytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes) {
        *error = file.isOpen() ? ProofPackDialog::tr("%1 is too large.").arg(QFileInfo(path).fileName())
                               : ProofPackDialog::tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// The result column's words for a determination.
QString determinationText(const proof::Determination& determination)
{
    const QString date = determination.serviceTime
                             ? QDateTime::fromMSecsSinceEpoch(*determination.serviceTime, proof::pack::beijingZone())
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : QString();
    switch (determination.code) {
    case proof::DeterminationCode::ServedOnArrival:
        return ProofPackDialog::tr("Served on arrival, %1 (Beijing time)").arg(date);
    case proof::DeterminationCode::ServedOnReply:
        return ProofPackDialog::tr("Served by the recipient's reply, %1 (Beijing time)").arg(date);
    case proof::DeterminationCode::PresumedByAccess:
        return ProofPackDialog::tr("Presumed served by an access, %1 (Beijing time)").arg(date);
    case proof::DeterminationCode::NotYetEffective:
        return ProofPackDialog::tr("Arrived; not yet effective at this address");
    case proof::DeterminationCode::NotServed:
        return ProofPackDialog::tr("Not served: the document did not arrive");
    }
    return {};
}

} // namespace

ProofPackDialog::ProofPackDialog(PlatformClient& client, CacheSession& session, const Profile& profile,
                                 ProofTargets targets, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_session(&session)
    , m_profile(profile)
    , m_targets(std::move(targets))
{
    setObjectName(QStringLiteral("proof.makeDialog"));
    setWindowTitle(tr("Proof-of-delivery packs"));
    buildUi();
}

ProofPackDialog::~ProofPackDialog() = default;

void ProofPackDialog::start()
{
    if (m_maker || m_session == nullptr) {
        return;
    }
    const QString folder = m_folder->text().trimmed();
    if (!QFileInfo(folder).isDir()) {
        stopWith(tr("Choose an existing folder for the packs."));
        return;
    }
    if (const QString problem = tsaProblem(); !problem.isEmpty()) {
        stopWith(problem);
        return;
    }
    proof::PackSettings settings;
    settings.transport = m_client.settings();
    settings.tsaUrl = QUrl(m_tsaUrl->text().trimmed());
    QString error;
    if (!m_tsaChain->text().trimmed().isEmpty()) {
        settings.tsaChainPem = readFile(m_tsaChain->text().trimmed(), 1024 * 1024, &error);
        if (!error.isEmpty()) {
            stopWith(error);
            return;
        }
    }
    if (!m_sign->isChecked()) {
        beginMaking(std::move(settings), folder);
        return;
    }
    if (m_signerPassword->text().isEmpty()) {
        stopWith(tr("Type the password of the court's certificate."));
        return;
    }
    // Opened now, so a wrong password is told before any time-stamp is spent; in a pool thread, since its key
    // derivation takes a while. The password is wiped by load().
    QString password = m_signerPassword->text();
    m_signerPassword->clear();
    const QString signerFile = m_signerFile->text().trimmed();
    m_makeButton->setEnabled(false);
    m_status->setText(tr("Opening the court's certificate…"));
    QPointer<ProofPackDialog> self(this);
    QThreadPool::globalInstance()->start(
        [self, signerFile, password = std::move(password), settings, folder]() mutable {
            QString readError;
            const QByteArray pkcs12 = readFile(signerFile, 1024 * 1024, &readError);
            auto signer = readError.isEmpty()
                              ? proof::CourtSigner::load(pkcs12, password)
                              : Expected<std::shared_ptr<const proof::CourtSigner>, QString>(Unexpected{readError});
            // Answered through the application object, which outlives the dialog; the dialog is looked for there.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, signer = std::move(signer), settings = std::move(settings), folder]() mutable {
                    if (!self) {
                        return;
                    }
                    self->m_makeButton->setEnabled(true);
                    if (!signer) {
                        self->stopWith(tr("The court's certificate cannot be used: %1").arg(signer.error()));
                        return;
                    }
                    settings.signer = *signer;
                    self->beginMaking(std::move(settings), folder);
                },
                Qt::QueuedConnection);
        });
}

void ProofPackDialog::beginMaking(proof::PackSettings settings, const QString& folder)
{
    QSettings remembered;
    remembered.setValue(settingsKey("folder"), folder);
    remembered.setValue(settingsKey("court"), m_courtName->text().trimmed());
    remembered.setValue(settingsKey("tsaUrl"), m_tsaUrl->text().trimmed());
    remembered.setValue(settingsKey("tsaChain"), m_tsaChain->text().trimmed());
    remembered.setValue(settingsKey("signer"), m_signerFile->text().trimmed());
    // The choices are made: nothing of them changes while the packs are made.
    for (QWidget* widget : findChildren<QLineEdit*>()) {
        widget->setEnabled(false);
    }
    for (QPushButton* button : findChildren<QPushButton*>()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::InvalidRole) {
            button->setEnabled(false);
        }
    }
    m_sign->setEnabled(false);
    m_makeButton->setEnabled(false);
    m_status->setText(tr("Asking the platform…"));

    settings.context.generatorVersion = QCoreApplication::applicationVersion();
    settings.context.profileName = m_profile.name;
    settings.context.domain = m_profile.domain;
    settings.context.madeBy = AuditLedger::currentOperator();
    settings.context.court = m_courtName->text().trimmed().isEmpty() ? m_profile.domain : m_courtName->text().trimmed();
    m_maker = new proof::PackMaker(m_client, std::move(settings), this);
    m_outputDirectory = folder;
    makeNext();
}

void ProofPackDialog::makeNext()
{
    if (m_next == m_targets.size()) {
        m_status->setText(tr("%n pack(s) made, %1 failed, in %2.", nullptr, m_made)
                              .arg(m_failed)
                              .arg(QDir::toNativeSeparators(m_outputDirectory)));
        m_maker->deleteLater();
        auto* open = m_buttons->addButton(tr("Open folder"), QDialogButtonBox::ActionRole);
        connect(open, &QPushButton::clicked, this,
                [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_outputDirectory)); });
        // Posted after the packs' ledger entries, so the anchor covers them.
        if (m_session != nullptr && m_made > 0) {
            m_session->anchorLedger();
        }
        Q_EMIT finished(m_made, m_failed);
        return;
    }
    const int index = m_next++;
    const ProofTarget target = m_targets.at(index);
    m_status->setText(tr("Making pack %1 of %2…").arg(index + 1).arg(m_targets.size()));
    showResult(index, tr("Making…"), true);
    proof::PackJob job{target.messageId, target.recipient, target.caseNumber,
                       m_targets.size() == 1 ? m_clerkFiles : QStringList(), m_outputDirectory};
    m_maker->make(job, [this, index, target](const Expected<proof::MadePack, QString>& made) {
        m_progress->setValue(index + 1);
        if (made) {
            ++m_made;
            showResult(index, determinationText(made->determination), true);
            m_list->topLevelItem(index)->setToolTip(2, QDir::toNativeSeparators(made->path));
            recordInLedger(target, &*made);
        } else {
            ++m_failed;
            showResult(index, tr("Failed: %1").arg(made.error()), false);
            recordInLedger(target, nullptr);
        }
        if (m_cancelled) {
            m_status->setText(tr("Cancelled: %n pack(s) made before.", nullptr, m_made));
            Q_EMIT finished(m_made, m_failed);
            return;
        }
        makeNext();
    });
}

void ProofPackDialog::showResult(int index, const QString& text, bool ok)
{
    QTreeWidgetItem* item = m_list->topLevelItem(index);
    item->setText(2, text);
    item->setForeground(2, ok ? palette().text() : QBrush(errorTextColor(palette())));
}

void ProofPackDialog::recordInLedger(const ProofTarget& target, const proof::MadePack* made)
{
    if (m_session == nullptr) {
        return;
    }
    AuditEntry entry;
    entry.operatorName = AuditLedger::currentOperator();
    entry.action = QStringLiteral("makeProofPack");
    entry.target = made != nullptr ? QFileInfo(made->path).fileName() : target.recipient;
    entry.result = made != nullptr ? QStringLiteral("ok") : QStringLiteral("failed");
    entry.detail = made != nullptr ? QStringLiteral("sha256=%1 messageId=%2 determination=%3")
                                         .arg(QString::fromLatin1(made->packSha256.toHex()), target.messageId,
                                              proof::codeOf(made->determination.code))
                                   : QStringLiteral("messageId=%1").arg(target.messageId);
    const QString path = made != nullptr ? made->path : QString();
    m_session->query<bool>(
        [entry](Db& db) { return AuditLedger(db).append(entry).hasValue(); }, this,
        [this, path](bool recorded) {
            if (recorded) {
                return;
            }
            // A pack the ledger does not know of is not handed out.
            if (!path.isEmpty()) {
                QFile::remove(path);
            }
            m_status->setText(
                tr("The audit ledger could not record a pack, so it was removed: %1").arg(QFileInfo(path).fileName()));
        });
}

void ProofPackDialog::stopWith(const QString& message)
{
    m_status->setText(message);
}

void ProofPackDialog::reject()
{
    // Closing while packs are made cancels the one in flight (no file is left of it) and the rest.
    if (m_maker && m_maker->isBusy()) {
        m_cancelled = true;
        m_maker->cancel();
    }
    QDialog::reject();
}

} // namespace dm
