#pragma once

#include "core/DeliveryPolicy.h"

#include <QDialog>

class QLabel;

namespace dm {

class PolicyEditor;

// The court's own baseline for the drift scan: every policy field, starting from the profile's saved baseline (or the
// brochure's). A baseline may only be stricter than the brochure's delivery mailbox: Save refuses a field that allows
// more, and names it.
class BaselineDialog final : public QDialog
{
    Q_OBJECT

public:
    BaselineDialog(const DeliveryPolicy& current, QWidget* parent);

    [[nodiscard]] DeliveryPolicy baseline() const;
    // Why `candidate` cannot be a baseline (it allows more than the brochure's somewhere, and which settings), or
    // empty.
    [[nodiscard]] static QString refusal(const DeliveryPolicy& candidate);

    void accept() override;

private:
    PolicyEditor* m_editor = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace dm
