#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dm {

// Shows a one-time password once, with a copy button. The text lives only in this dialog: closing it drops the
// password, and it is never written to a file or a log.
class PasswordRevealDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordRevealDialog(const QString& accountName, const QString& password, QWidget* parent = nullptr);
    ~PasswordRevealDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_accountName;
    QLabel* m_message = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace dm
