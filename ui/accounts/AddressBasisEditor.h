#pragma once

#include "core/AddressBasis.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace dm {

// The three fields of an address basis: its kind, its date (never after the platform's today) and its reference,
// checked as they are typed with the reason beside them (AddressBasisRules). Used by the create form and by
// "Set address basis…".
class AddressBasisEditor : public QWidget
{
    Q_OBJECT

public:
    // `allowNone`: the kind choice starts with "Not recorded" (no basis, or clearing the recorded one).
    explicit AddressBasisEditor(bool allowNone, QWidget* parent = nullptr);

    void setBasis(const std::optional<AddressBasis>& basis);
    // The basis as entered, its reference trimmed; nullopt for "Not recorded".
    [[nodiscard]] std::optional<AddressBasis> basis() const;
    [[nodiscard]] bool isValid() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();
    [[nodiscard]] std::optional<AddressBasisKind> kind() const;

    bool m_allowNone = false;
    QDate m_today;
    QList<QLabel*> m_captions;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_dateHint = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_referenceHint = nullptr;
};

} // namespace dm
