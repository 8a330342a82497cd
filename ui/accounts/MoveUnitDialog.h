#pragma once

#include "core/Account.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace dm {

// Picks the unit one or more accounts move to.
class MoveUnitDialog : public QDialog
{
    Q_OBJECT

public:
    MoveUnitDialog(const QList<Unit>& units, int accounts, const QString& currentUnitId, QWidget* parent = nullptr);

    [[nodiscard]] QString unitId() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    int m_accounts = 1;
    QLabel* m_message = nullptr;
    QComboBox* m_unit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dm
