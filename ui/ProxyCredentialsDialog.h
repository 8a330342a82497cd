#pragma once

#include "api/ConnectionSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dm {

// Asks for the user name and password of a proxy that wants them (a court's network often has one). The password is
// shown as dots and never logged; what the user enters is kept only in the keychain (SessionController).
class ProxyCredentialsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `proxy`: host:port of the proxy that asked (empty when none has: the credentials then serve any proxy);
    // `refused`: it refused the credentials given before.
    ProxyCredentialsDialog(const QString& proxy, bool refused, QWidget* parent = nullptr);

    [[nodiscard]] ProxyCredentials credentials() const;

private:
    void updateButtons();

    QString m_proxy; // the credentials are for this proxy only; empty: none has asked yet, so any
    QLabel* m_explanation = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_tooLong = nullptr; // shown while the user name or password is longer than the keychain keeps
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dm
