// The mutating actions of the accounts view (kept apart from its layout): each builds outbox requests and queues
// them; the outbox runner carries them out and the table follows its results.

#include "api/AccountService.h"
#include "api/PlatformClient.h"
#include "store/AccountRepository.h"
#include "sync/CacheSession.h"
#include "sync/OutboxPayload.h"
#include "ui/accounts/AccountFilterBar.h"
#include "ui/accounts/AccountFormDialog.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/accounts/AddressBasisDialog.h"
#include "ui/accounts/BulkResultDialog.h"
#include "ui/accounts/DeleteAccountDialog.h"
#include "ui/accounts/MoveUnitDialog.h"
#include "ui/accounts/PasswordRevealDialog.h"
#include "ui/accounts/ResetPasswordDialog.h"
#include "ui/import/ImportWizard.h"

#include <QMessageBox>
#include <QPointer>
#include <QUuid>

namespace dm {

bool AccountsView::canMutate() const
{
    return session() != nullptr && !session()->readOnly();
}

void AccountsView::createAccount()
{
    if (!canMutate()) {
        return;
    }
    auto* dialog = new AccountFormDialog(m_filters->units(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMailDomain(session()->settings().domain);
    QPointer<CacheSession> current = session();
    dialog->setAvailabilityCheck([this, current](const QString& name, QObject* context,
                                                 std::function<void(AccountFormDialog::Availability)> done) {
        if (current.isNull()) {
            return;
        }
        // The cache first (no network); then the platform, which also knows accounts made since the last sync.
        current->query<Expected<std::optional<AccountRow>, DbError>>(
            [name](Db& db) { return AccountRepository(db).get(name); }, context,
            [this, name, context, done](Expected<std::optional<AccountRow>, DbError> cached) {
                if (cached && cached->has_value()) {
                    done(AccountFormDialog::Availability::Taken);
                    return;
                }
                if (m_client == nullptr) {
                    done(AccountFormDialog::Availability::Unknown);
                    return;
                }
                AccountService(*m_client).get(name, context, [done](const Expected<Account, ApiError>& account) {
                    if (account) {
                        done(AccountFormDialog::Availability::Taken);
                    } else if (account.error().kind == ApiError::Kind::NotFound) {
                        done(AccountFormDialog::Availability::Available);
                    } else {
                        done(AccountFormDialog::Availability::Unknown);
                    }
                });
            });
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const NewAccount account = dialog->newAccount();
        // One item: the basis is recorded right after the account is made, and an interrupted run finishes both.
        run(tr("Create account"), {outboxpayload::createAccount(account, dialog->addressBasis())});
    });
    dialog->open();
}

void AccountsView::editAccount()
{
    const auto row = currentRow();
    if (!canMutate() || !row) {
        return;
    }
    const std::optional<Account> account = row->account;
    auto* dialog = new AccountFormDialog(m_filters->units(), account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMailDomain(session()->settings().domain);
    dialog->setRevealRecorder(
        [session = QPointer<CacheSession>(session()),
         stored = *account](Pii which, QObject* context, std::function<void(const std::optional<QString>&)> done) {
            if (session.isNull()) {
                done(tr("The profile was closed."));
                return;
            }
            recordPiiReveal(*session, stored, which, context, std::move(done));
        });
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        QList<OutboxRequest> requests;
        if (const auto change = dialog->update()) {
            requests.append(outboxpayload::updateAccount(account->accountName, *change));
        }
        if (dialog->unitId() != account->unitId) {
            requests.append(outboxpayload::moveUnit(account->accountName, dialog->unitId()));
        }
        run(tr("Edit account"), requests);
    });
    dialog->open();
}

void AccountsView::deleteAccounts()
{
    const QStringList names = selectedAccountNames();
    if (!canMutate() || names.isEmpty()) {
        return;
    }
    auto* dialog = new DeleteAccountDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, names] {
        QList<OutboxRequest> requests;
        for (const QString& name : names) {
            requests.append(outboxpayload::deleteAccount(name));
        }
        run(names.size() == 1 ? tr("Delete account") : tr("Delete accounts"), requests);
    });
    dialog->open();
}

void AccountsView::setStatus(bool enable)
{
    const QStringList names = selectedAccountNames();
    if (!canMutate() || names.isEmpty()) {
        return;
    }
    QList<OutboxRequest> requests;
    for (const QString& name : names) {
        requests.append(outboxpayload::setStatus(name, enable ? AccountStatus::Enabled : AccountStatus::Disabled));
    }
    run(enable ? tr("Enable accounts") : tr("Disable accounts"), requests);
}

void AccountsView::resetPassword()
{
    const QStringList names = selectedAccountNames();
    if (!canMutate() || names.isEmpty()) {
        return;
    }
    auto* dialog = new ResetPasswordDialog(int(names.size()), names.constFirst(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, names] {
        const PasswordDelivery delivery = dialog->delivery();
        if (delivery == PasswordDelivery::Return) {
            // The password arrives once, in this thread, and goes straight into a dialog; it is never kept.
            QPointer<AccountsView> page(this);
            session()->setPasswordSink([page](const OutboxResult& result, const QString& password) {
                if (page.isNull()) {
                    return;
                }
                auto* reveal = new PasswordRevealDialog(result.target, password, page);
                reveal->open();
            });
        }
        QList<OutboxRequest> requests;
        for (const QString& name : names) {
            requests.append(outboxpayload::resetPassword(name, delivery));
        }
        run(tr("Reset password"), requests);
    });
    dialog->open();
}

void AccountsView::resendActivation()
{
    const QStringList names = selectedAccountNames();
    if (!canMutate() || names.isEmpty()) {
        return;
    }
    QList<OutboxRequest> requests;
    for (const QString& name : names) {
        requests.append(outboxpayload::resendActivation(name));
    }
    run(tr("Resend activation SMS"), requests);
}

void AccountsView::moveUnit()
{
    const QStringList names = selectedAccountNames();
    if (!canMutate() || names.isEmpty()) {
        return;
    }
    const auto current = currentRow();
    auto* dialog =
        new MoveUnitDialog(m_filters->units(), int(names.size()), current ? current->account.unitId : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, names] {
        QList<OutboxRequest> requests;
        for (const QString& name : names) {
            requests.append(outboxpayload::moveUnit(name, dialog->unitId()));
        }
        run(tr("Move to unit"), requests);
    });
    dialog->open();
}

void AccountsView::setAddressBasis()
{
    const auto row = currentRow();
    if (!canMutate() || !row) {
        return;
    }
    const QString name = row->account.accountName;
    auto* dialog = new AddressBasisDialog(name, row->account.addressBasis, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        run(tr("Set address basis"), {outboxpayload::setAddressBasis(name, dialog->basis())});
    });
    dialog->open();
}

void AccountsView::importAccounts()
{
    if (!canMutate()) {
        return;
    }
    if (!m_importWizard.isNull()) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    auto* wizard = new ImportWizard(*session(), settings(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_importWizard = wizard;
    // The accounts it created are in the cache once the wizard is done; the table shows them.
    connect(wizard, &QDialog::finished, this, [this] { m_refreshTimer.start(); });
    wizard->open();
}

void AccountsView::closeImportWizard()
{
    // The wizard works on the session it was opened with; it cannot outlive it.
    delete m_importWizard.data();
}

void AccountsView::run(const QString& title, QList<OutboxRequest> requests)
{
    if (!canMutate() || requests.isEmpty()) {
        return;
    }
    QPointer<BulkResultDialog> report;
    if (requests.size() > 1) {
        const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (OutboxRequest& request : requests) {
            request.batchId = batch;
        }
        report = new BulkResultDialog(session(), title, batch, this);
        report->show();
    }
    const qsizetype count = requests.size();
    setMessage(tr("%1: queued %n change(s)…", nullptr, int(count)).arg(title));
    session()->enqueue(requests, this, [this, title, report](Expected<QList<qint64>, DbError> ids) {
        if (!ids) {
            setMessage(tr("%1 failed: %2").arg(title, ids.error().message()));
            if (!report.isNull()) {
                report->setEnqueueError(ids.error().message());
            } else {
                QMessageBox* box =
                    new QMessageBox(QMessageBox::Warning, title, ids.error().message(), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            return;
        }
        if (!report.isNull()) {
            report->setItems(*ids);
        }
        m_model->refresh(); // shows the pending marks
    });
}

} // namespace dm
