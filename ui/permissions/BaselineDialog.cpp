#include "ui/permissions/BaselineDialog.h"

#include "core/PolicyBaseline.h"
#include "ui/permissions/PolicyEditor.h"
#include "ui/permissions/PolicyTexts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dm {
namespace {

PolicyEdit editOf(const DeliveryPolicy& baseline)
{
    PolicyLayers layers;
    layers.domain.level = PolicyLevel::Domain;
    layers.domain.policy = baseline;
    return PolicyEdit(PolicyLevel::Domain, layers);
}

} // namespace

BaselineDialog::BaselineDialog(const DeliveryPolicy& current, QWidget* parent)
    : QDialog(parent)
    , m_editor(new PolicyEditor(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("policy.baseline"));
    setWindowTitle(tr("Baseline of this profile"));
    auto* intro = new QLabel(tr("The drift scan lists every place whose policy allows more than this baseline. It "
                                "starts as the brochure's delivery mailbox and may only be made stricter."),
                             this);
    intro->setWordWrap(true);
    m_editor->setEdit(editOf(current));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    m_problem->setObjectName(QStringLiteral("policy.baseline.problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* brochure = buttons->addButton(tr("Brochure's baseline"), QDialogButtonBox::ResetRole);
    brochure->setObjectName(QStringLiteral("policy.baseline.reset"));
    brochure->setToolTip(tr("Start again from the brochure's delivery mailbox"));
    connect(brochure, &QPushButton::clicked, this, [this] {
        m_editor->setEdit(editOf(defaultBaseline()));
        m_problem->clear();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &BaselineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BaselineDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 640);
}

DeliveryPolicy BaselineDialog::baseline() const
{
    return m_editor->edit().draft();
}

QString BaselineDialog::refusal(const DeliveryPolicy& candidate)
{
    QStringList looser;
    for (const PolicyField field : weakerFields(candidate, defaultBaseline())) {
        looser.append(PolicyTexts::fieldTitle(field));
    }
    if (looser.isEmpty()) {
        return {};
    }
    return tr("A baseline may only be stricter than the brochure's. These settings allow more: %1.")
        .arg(looser.join(tr(", ")));
}

void BaselineDialog::accept()
{
    const QString refused = refusal(baseline());
    if (!refused.isEmpty()) {
        m_problem->setText(refused);
        return;
    }
    QDialog::accept();
}

} // namespace dm
