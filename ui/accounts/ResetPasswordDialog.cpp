#include "ui/accounts/ResetPasswordDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dm {

ResetPasswordDialog::ResetPasswordDialog(int accounts, const QString& accountName, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_accountName(accountName)
    , m_message(new QLabel(this))
    , m_sms(new QRadioButton(this))
    , m_show(new QRadioButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("account.resetPassword"));
    m_sms->setObjectName(QStringLiteral("account.resetPassword.sms"));
    m_show->setObjectName(QStringLiteral("account.resetPassword.show"));
    m_message->setWordWrap(true);
    m_sms->setChecked(true);
    // Several passwords shown one after another would invite writing them down.
    m_show->setVisible(accounts == 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_sms);
    layout->addWidget(m_show);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(420);
}

PasswordDelivery ResetPasswordDialog::delivery() const
{
    return m_show->isChecked() && m_accounts == 1 ? PasswordDelivery::Return : PasswordDelivery::Sms;
}

void ResetPasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset password"));
    m_message->setText(m_accounts == 1
                           ? tr("A strong new password is generated for %1. The recipient must change it at the "
                                "next login.")
                                 .arg(m_accountName)
                           : tr("A strong new password is generated for each of the %n accounts. The recipients "
                                "must change it at the next login.",
                                nullptr, m_accounts));
    m_sms->setText(tr("Send it by &SMS to the bound mobile"));
    m_show->setText(tr("Show it &once here, to hand over in person"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset"));
}

} // namespace dm
