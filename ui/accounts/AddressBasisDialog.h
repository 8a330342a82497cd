#pragma once

#include "core/AddressBasis.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;

namespace dm {

class AddressBasisEditor;

// "Set address basis…" for one account: the recorded basis to change or clear. OK stays disabled until the basis is
// valid and differs from the recorded one.
class AddressBasisDialog : public QDialog
{
    Q_OBJECT

public:
    AddressBasisDialog(const QString& accountName, const std::optional<AddressBasis>& current,
                       QWidget* parent = nullptr);

    [[nodiscard]] std::optional<AddressBasis> basis() const;
    [[nodiscard]] AddressBasisEditor* editor() const { return m_editor; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();

    QString m_accountName;
    std::optional<AddressBasis> m_current;
    QLabel* m_message = nullptr;
    AddressBasisEditor* m_editor = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dm
