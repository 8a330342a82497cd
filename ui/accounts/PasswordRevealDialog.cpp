#include "ui/accounts/PasswordRevealDialog.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dm {

PasswordRevealDialog::PasswordRevealDialog(const QString& accountName, const QString& password, QWidget* parent)
    : QDialog(parent)
    , m_accountName(accountName)
    , m_message(new QLabel(this))
    , m_password(new QLineEdit(password, this))
    , m_copy(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("account.passwordReveal"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_password->setObjectName(QStringLiteral("account.passwordReveal.password"));
    m_copy->setObjectName(QStringLiteral("account.passwordReveal.copy"));
    m_password->setReadOnly(true);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // it names the account as the platform spells it
    m_message->setBuddy(m_password);
    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(row);
    layout->addWidget(m_close, 0, Qt::AlignRight);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    setMinimumWidth(420);
}

PasswordRevealDialog::~PasswordRevealDialog()
{
    // Leave no copy behind in the clipboard once the dialog is gone.
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard != nullptr && clipboard->text() == m_password->text()) {
        clipboard->clear();
    }
}

void PasswordRevealDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void PasswordRevealDialog::retranslateUi()
{
    setWindowTitle(tr("New password"));
    m_message->setText(tr("The new password of %1 is shown this one time. Hand it over in person; the recipient "
                          "must change it at the next login.")
                           .arg(m_accountName));
    m_copy->setText(tr("&Copy"));
    m_close->setText(tr("&Done"));
    m_password->setAccessibleName(tr("New password"));
}

} // namespace dm
