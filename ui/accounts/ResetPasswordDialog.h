#pragma once

#include "core/PasswordReset.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace dm {

// Asks how a reset password reaches the recipient: by SMS to the bound mobile, or shown here once (one account
// only). The platform generates the password either way; it is never stored.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(int accounts, const QString& accountName, QWidget* parent = nullptr);

    [[nodiscard]] PasswordDelivery delivery() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    int m_accounts = 1;
    QString m_accountName;
    QLabel* m_message = nullptr;
    QRadioButton* m_sms = nullptr;
    QRadioButton* m_show = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dm
