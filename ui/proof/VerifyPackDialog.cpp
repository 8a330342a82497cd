#include "ui/proof/VerifyPackDialog.h"

#include "proof/ProofPack.h"
#include "store/AuditLedger.h"
#include "sync/CacheSession.h"
#include "ui/FileDialogs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dm {

VerifyPackDialog::VerifyPackDialog(CacheSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("proof.verifyDialog"));
    setWindowTitle(tr("Verify a proof-of-delivery pack"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* packRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("proof.verifyPath"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("proof.choosePack"));
    connect(browse, &QPushButton::clicked, this, &VerifyPackDialog::choosePack);
    packRow->addWidget(m_path, 1);
    packRow->addWidget(browse);
    form->addRow(tr("Pack:"), packRow);
    // A caption beside a row of controls names none of them: the text box is named for the caption, and each
    // "Choose…" for what it chooses.
    m_path->setAccessibleName(tr("Pack"));
    browse->setAccessibleName(tr("Choose the pack"));
    auto* chainRow = new QHBoxLayout;
    m_chain = new QLineEdit(this);
    m_chain->setPlaceholderText(tr("Optional: the TSA chain you trust (else the pack's own)"));
    auto* chainBrowse = new QPushButton(tr("Choose…"), this);
    chainBrowse->setObjectName(QStringLiteral("proof.chooseChain"));
    connect(chainBrowse, &QPushButton::clicked, this, &VerifyPackDialog::chooseChain);
    chainRow->addWidget(m_chain, 1);
    chainRow->addWidget(chainBrowse);
    form->addRow(tr("TSA chain:"), chainRow);
    m_chain->setAccessibleName(tr("TSA chain"));
    chainBrowse->setAccessibleName(tr("Choose the TSA chain"));
    layout->addLayout(form);

    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("proof.checks"));
    m_checks->setRootIsDecorated(false);
    m_checks->setHeaderLabels({tr("Check"), tr("Result")});
    m_checks->setAccessibleName(tr("Checks of the pack"));
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_checks->setWordWrap(true);
    layout->addWidget(m_checks, 1);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("proof.verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    layout->addWidget(m_verdict);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_verifyButton = buttons->addButton(tr("Verify"), QDialogButtonBox::AcceptRole);
    connect(m_verifyButton, &QPushButton::clicked, this, [this] { verify(m_path->text().trimmed()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &VerifyPackDialog::reject);
    layout->addWidget(buttons);
    resize(760, 460);
}

void VerifyPackDialog::choosePack()
{
    askForFile(this,
               {tr("The pack to verify"), QString(), tr("Proof-of-delivery packs (*.zip)"), QFileDialog::ExistingFile,
                QFileDialog::AcceptOpen, QStringLiteral("proof.packDialog")},
               [this](const QString& path) { m_path->setText(path); });
}

void VerifyPackDialog::chooseChain()
{
    askForFile(this,
               {tr("The TSA chain you trust"), QString(), tr("PEM certificates (*.pem *.crt)"),
                QFileDialog::ExistingFile, QFileDialog::AcceptOpen, QStringLiteral("proof.chainDialog")},
               [this](const QString& path) { m_chain->setText(path); });
}

void VerifyPackDialog::verify(const QString& path)
{
    if (m_busy) {
        return;
    }
    m_path->setText(path);
    if (!QFileInfo(path).isFile()) {
        m_verdict->setText(tr("Choose the pack's ZIP file."));
        return;
    }
    QByteArray chain;
    if (!m_chain->text().trimmed().isEmpty()) {
        QFile file(m_chain->text().trimmed());
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
            m_verdict->setText(tr("Cannot read the TSA chain %1.").arg(file.fileName()));
            return;
        }
        chain = file.readAll();
    }
    m_busy = true;
    m_verifyButton->setEnabled(false);
    m_checks->clear();
    m_verdict->setText(tr("Verifying…"));
    QPointer<VerifyPackDialog> self(this);
    QThreadPool::globalInstance()->start([self, path, chain] {
        proof::VerifyResult result = proof::verifyPack(path, chain);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, result = std::move(result)] {
                if (!self) {
                    return;
                }
                self->m_busy = false;
                self->m_verifyButton->setEnabled(true);
                for (const proof::VerifyCheck& check : result.checks) {
                    auto* item = new QTreeWidgetItem(self->m_checks, {proof::checkLabel(check.name), check.detail});
                    item->setIcon(0, self->style()->standardIcon(check.passed ? QStyle::SP_DialogApplyButton
                                                                              : QStyle::SP_DialogCancelButton));
                    item->setToolTip(1, check.detail);
                }
                const proof::VerifyCheck* failure = result.firstFailure();
                self->m_verdict->setText(
                    failure == nullptr
                        ? tr("The pack is sound: nothing in it was changed since it was "
                             "time-stamped.")
                        : tr("The pack is NOT sound: %1: %2").arg(proof::checkLabel(failure->name), failure->detail));
                if (self->m_session != nullptr) {
                    AuditEntry entry;
                    entry.operatorName = AuditLedger::currentOperator();
                    entry.action = QStringLiteral("verifyProofPack");
                    entry.target = QFileInfo(path).fileName();
                    entry.result =
                        failure == nullptr ? QStringLiteral("ok") : QStringLiteral("failed:%1").arg(failure->name);
                    entry.detail = QStringLiteral("sha256=%1").arg(QString::fromLatin1(result.packSha256.toHex()));
                    self->m_session->query<bool>([entry](Db& db) { return AuditLedger(db).append(entry).hasValue(); },
                                                 self.data(), [](bool) {});
                }
                Q_EMIT self->verified(failure == nullptr);
            },
            Qt::QueuedConnection);
    });
}

} // namespace dm
