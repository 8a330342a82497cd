#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dm {

// Deleting is confirmed by typing: the account name for one account, the number of accounts for several. A slip of
// the Delete key or a double click cannot delete anything.
class DeleteAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeleteAccountDialog(const QStringList& accountNames, QWidget* parent = nullptr);

    [[nodiscard]] QString expectedText() const;
    [[nodiscard]] bool isConfirmed() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QStringList m_names;
    QLabel* m_message = nullptr;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_confirmation = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dm
