#include "ui/ProxyCredentialsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dm {

ProxyCredentialsDialog::ProxyCredentialsDialog(const QString& proxy, bool refused, QWidget* parent)
    : QDialog(parent)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("proxyCredentialsDialog"));
    setWindowTitle(tr("Proxy sign-in"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("proxy.explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText); // the proxy's name comes from the network settings
    if (proxy.isEmpty()) {
        m_explanation->setText(tr("The user name and password of the proxy server this computer reaches the platform "
                                  "through. They are kept in the system keychain with this profile."));
    } else if (refused) {
        m_explanation->setText(tr("The proxy server %1 refused the saved user name and password. Enter them again; "
                                  "they are kept in the system keychain with this profile.")
                                   .arg(proxy));
    } else {
        m_explanation->setText(tr("The proxy server %1 asks for a user name and password before it lets dmadmin reach "
                                  "the platform. They are kept in the system keychain with this profile.")
                                   .arg(proxy));
    }

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("proxy.user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("proxy.password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    // Said rather than cut off by a maximum length: a silently shortened password would only fail at the proxy.
    m_tooLong = new QLabel(tr("The user name and the password may have at most %1 characters each, as much as the "
                              "system keychain keeps.")
                               .arg(ProxyCredentials::MaxUserLength),
                           this);
    m_tooLong->setObjectName(QStringLiteral("proxy.tooLong"));
    m_tooLong->setWordWrap(true);
    m_tooLong->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and reconnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &ProxyCredentialsDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &ProxyCredentialsDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_tooLong);
    layout->addWidget(m_buttons);
    updateButtons();
}

ProxyCredentials ProxyCredentialsDialog::credentials() const
{
    return {m_user->text().trimmed(), m_password->text(), m_proxy};
}

void ProxyCredentialsDialog::updateButtons()
{
    const bool fits = credentials().fitsLimits();
    m_tooLong->setVisible(!fits);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_user->text().trimmed().isEmpty() && fits);
}

} // namespace dm
