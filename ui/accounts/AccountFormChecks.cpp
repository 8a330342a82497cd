// The checks of AccountFormDialog as the form is typed: each field's rules with the reason beside it, whether a new
// account name is free, and whether OK may be pressed.

#include "core/AccountName.h"
#include "core/IdCard.h"
#include "core/Mobile.h"
#include "ui/accounts/AccountFormDialog.h"
#include "ui/accounts/AddressBasisEditor.h"
#include "ui/accounts/FieldHint.h"
#include "ui/accounts/MaskedPiiField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dm {

bool AccountFormDialog::isValid() const
{
    if (!m_existing) {
        if (!AccountName::parse(m_accountName->text()) || m_availability == Availability::Taken) {
            return false;
        }
    }
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || !Mobile::parse(m_mobile->value())) {
        return false;
    }
    if (!m_idNumber->value().trimmed().isEmpty() && !IdCard::parse(m_idNumber->value())) {
        return false;
    }
    if (m_basis != nullptr && !m_basis->isValid()) {
        return false;
    }
    return !m_existing || update().has_value() || unitId() != m_existing->unitId;
}

void AccountFormDialog::validate()
{
    if (!m_existing) {
        const auto name = AccountName::parse(m_accountName->text());
        if (m_accountName->text().isEmpty()) {
            showFieldHint(m_accountNameHint, {}, false);
        } else if (!name) {
            showFieldHint(m_accountNameHint, name.error().message(), true);
        } else if (m_checking) {
            showFieldHint(m_accountNameHint, tr("Checking whether the name is free…"), false);
        } else if (m_availability == Availability::Taken) {
            showFieldHint(m_accountNameHint, tr("This account name is already taken."), true);
        } else if (m_availability == Availability::Available) {
            showFieldHint(m_accountNameHint, tr("This account name is free."), false);
        } else {
            showFieldHint(m_accountNameHint, {}, false);
        }
    }
    showFieldHint(m_nameHint,
                  m_name->text().trimmed().isEmpty() && m_name->isModified() ? tr("Enter the recipient's name.")
                                                                             : QString(),
                  true);
    const auto mobile = Mobile::parse(m_mobile->value());
    showFieldHint(m_mobileHint, !m_mobile->value().isEmpty() && !mobile ? mobile.error().message() : QString(), true);
    const auto id = IdCard::parse(m_idNumber->value());
    showFieldHint(m_idNumberHint, !m_idNumber->value().trimmed().isEmpty() && !id ? id.error().message() : QString(),
                  true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

void AccountFormDialog::startAvailabilityCheck()
{
    const auto name = AccountName::parse(m_accountName->text());
    if (m_existing || !name || !m_availabilityCheck) {
        return;
    }
    const QString asked = name->localPart();
    m_checking = true;
    validate();
    m_availabilityCheck(asked, this, [this, asked](Availability answer) {
        const auto current = AccountName::parse(m_accountName->text());
        if (!current || current->localPart() != asked) {
            return; // typed on since: a newer check follows
        }
        m_checking = false;
        m_checkedName = asked;
        m_availability = answer;
        validate();
    });
}

} // namespace dm
