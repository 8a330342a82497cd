#include "ui/accounts/DeleteAccountDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dm {

DeleteAccountDialog::DeleteAccountDialog(const QStringList& accountNames, QWidget* parent)
    : QDialog(parent)
    , m_names(accountNames)
    , m_message(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("account.delete"));
    m_confirmation->setObjectName(QStringLiteral("account.delete.confirmation"));
    m_buttons->setObjectName(QStringLiteral("account.delete.buttons"));
    m_message->setWordWrap(true);
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_confirmation);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_prompt);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_buttons);
    connect(m_confirmation, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isConfirmed()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isConfirmed()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    retranslateUi();
    setMinimumWidth(420);
}

QString DeleteAccountDialog::expectedText() const
{
    return m_names.size() == 1 ? m_names.constFirst() : QString::number(m_names.size());
}

bool DeleteAccountDialog::isConfirmed() const
{
    return !m_names.isEmpty() && m_confirmation->text().trimmed() == expectedText();
}

void DeleteAccountDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void DeleteAccountDialog::retranslateUi()
{
    if (m_names.size() == 1) {
        setWindowTitle(tr("Delete account"));
        m_message->setText(tr("The account %1 will be deleted on the platform. Its recipient can no longer receive "
                              "documents; the account can be recovered later.")
                               .arg(m_names.constFirst()));
        m_prompt->setText(tr("Type the account name to confirm:"));
    } else {
        setWindowTitle(tr("Delete accounts"));
        m_message->setText(tr("%n accounts will be deleted on the platform. Their recipients can no longer receive "
                              "documents; the accounts can be recovered later.",
                              nullptr, int(m_names.size())));
        m_prompt->setText(tr("Type the number of accounts to confirm:"));
    }
    m_confirmation->setAccessibleName(tr("Confirmation"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isConfirmed());
}

} // namespace dm
