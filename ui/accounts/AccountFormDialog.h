#pragma once

#include "api/AccountService.h"
#include "core/Account.h"
#include "ui/accounts/PiiReveal.h"

#include <QDialog>
#include <QList>
#include <QTimer>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace dm {

class AddressBasisEditor;
class MaskedPiiField;

// Creates an account, or edits one. Every field is checked as it is typed (account name rules, ID number checksum,
// mobile) with the reason next to it; a new account name is also checked for availability once typing pauses.
// OK stays disabled until the form is valid. Editing shows the stored ID number and mobile masked until revealed, and a
// reveal is recorded in the audit ledger first, as on the detail pane.
class AccountFormDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Availability
    {
        Unknown, // could not be asked (offline): creating may still fail with "exists"
        Available,
        Taken,
    };
    // Records a reveal of one of the edited account's numbers, then answers once in `context`'s thread: no error means
    // recorded, and only then is the number shown (see PiiReveal.h).
    using RevealRecorder =
        std::function<void(Pii which, QObject* context, std::function<void(const std::optional<QString>& error)> done)>;
    // Answers once, in the dialog's thread, for the account name asked about.
    using AvailabilityCheck =
        std::function<void(const QString& accountName, QObject* context, std::function<void(Availability)> done)>;

    // No `existing`: a new account. `units` fill the unit choice (root first).
    AccountFormDialog(const QList<Unit>& units, const std::optional<Account>& existing, QWidget* parent = nullptr);

    void setMailDomain(const QString& domain);
    void setAvailabilityCheck(AvailabilityCheck check) { m_availabilityCheck = std::move(check); }
    void setAvailabilityDelay(std::chrono::milliseconds delay) { m_availabilityTimer.setInterval(delay); }
    // Editing shows the stored ID number and mobile masked; without a recorder they cannot be revealed (or changed).
    void setRevealRecorder(RevealRecorder recorder);

    [[nodiscard]] bool isEdit() const { return m_existing.has_value(); }
    [[nodiscard]] bool isValid() const;
    // The values, normalised (ID number upper case, mobile 11 digits); the initial password is left empty.
    [[nodiscard]] NewAccount newAccount() const;
    // The fields that differ from the edited account; nullopt when nothing changed.
    [[nodiscard]] std::optional<AccountUpdate> update() const;
    // The unit chosen; for an edit, a different unit means a move as well.
    [[nodiscard]] QString unitId() const;
    // A new account's address basis, if one was entered (recorded right after the account is created); nullopt for
    // an edit, which sets it with its own action.
    [[nodiscard]] std::optional<AddressBasis> addressBasis() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // The checks as typed, with isValid(): in AccountFormChecks.cpp.
    void validate();
    void startAvailabilityCheck();
    void reveal(Pii which);

    std::optional<Account> m_existing;
    QString m_domain;
    AvailabilityCheck m_availabilityCheck;
    RevealRecorder m_revealRecorder;
    QTimer m_availabilityTimer;
    QString m_checkedName;
    Availability m_availability = Availability::Unknown;
    bool m_checking = false;

    QList<QLabel*> m_captions;
    QLineEdit* m_accountName = nullptr;
    QLabel* m_domainLabel = nullptr;
    QLabel* m_accountNameHint = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameHint = nullptr;
    MaskedPiiField* m_mobile = nullptr;
    QLabel* m_mobileHint = nullptr;
    MaskedPiiField* m_idNumber = nullptr;
    QLabel* m_idNumberHint = nullptr;
    QLineEdit* m_jobNumber = nullptr;
    QComboBox* m_unit = nullptr;
    QCheckBox* m_visible = nullptr;
    QGroupBox* m_basisBox = nullptr;       // a new account only
    AddressBasisEditor* m_basis = nullptr; // a new account only
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dm
