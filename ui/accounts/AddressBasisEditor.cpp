#include "ui/accounts/AddressBasisEditor.h"

#include "core/AddressBasisRules.h"
#include "ui/accounts/AccountTexts.h"
#include "ui/accounts/FieldHint.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dm {

namespace {

constexpr int kNone = -1; // the kind combo's data for "Not recorded"

} // namespace

AddressBasisEditor::AddressBasisEditor(bool allowNone, QWidget* parent)
    : QWidget(parent)
    , m_allowNone(allowNone)
    , m_today(AddressBasisRules::today())
    , m_kind(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_dateHint(makeFieldHint(this, QStringLiteral("addressBasis.dateHint")))
    , m_reference(new QLineEdit(this))
    , m_referenceHint(makeFieldHint(this, QStringLiteral("addressBasis.referenceHint")))
{
    setObjectName(QStringLiteral("addressBasis"));
    m_kind->setObjectName(QStringLiteral("addressBasis.kind"));
    m_date->setObjectName(QStringLiteral("addressBasis.date"));
    m_reference->setObjectName(QStringLiteral("addressBasis.reference"));
    if (m_allowNone) {
        m_kind->addItem(QString(), kNone);
    }
    for (const AddressBasisKind kind :
         {AddressBasisKind::Confirmed, AddressBasisKind::Provided, AddressBasisKind::CourtFound}) {
        m_kind->addItem(QString(), int(kind));
    }
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The platform refuses a date after its today: the edit cannot go there.
    m_date->setMaximumDate(m_today);
    m_date->setDate(m_today);
    m_reference->setMaxLength(int(AddressBasisRules::kReferenceMax));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto addRow = [this, form](QWidget* field, QLabel* hint) {
        auto* caption = new QLabel(this);
        caption->setBuddy(field);
        m_captions.append(caption);
        form->addRow(caption, field);
        if (hint != nullptr) {
            form->addRow(QString(), hint);
        }
    };
    addRow(m_kind, nullptr);
    addRow(m_date, m_dateHint);
    addRow(m_reference, m_referenceHint);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddressBasisEditor::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &AddressBasisEditor::validate);
    connect(m_reference, &QLineEdit::textChanged, this, &AddressBasisEditor::validate);
    retranslateUi();
}

void AddressBasisEditor::setBasis(const std::optional<AddressBasis>& basis)
{
    const int index = m_kind->findData(basis ? int(basis->kind) : kNone);
    m_kind->setCurrentIndex(std::max(0, index));
    m_date->setDate(basis && basis->date.isValid() ? basis->date : m_today);
    m_reference->setText(basis ? basis->reference : QString());
    validate();
}

std::optional<AddressBasisKind> AddressBasisEditor::kind() const
{
    const int chosen = m_kind->currentData().toInt();
    if (chosen == kNone) {
        return std::nullopt;
    }
    return static_cast<AddressBasisKind>(chosen);
}

std::optional<AddressBasis> AddressBasisEditor::basis() const
{
    const auto chosen = kind();
    if (!chosen) {
        return std::nullopt;
    }
    return AddressBasis{*chosen, m_date->date(), m_reference->text().trimmed()};
}

bool AddressBasisEditor::isValid() const
{
    const auto entered = basis();
    return !entered || AddressBasisRules::problems(*entered, m_today).isEmpty();
}

void AddressBasisEditor::validate()
{
    const auto entered = basis();
    m_date->setEnabled(entered.has_value());
    m_reference->setEnabled(entered.has_value());
    QString dateHint;
    QString referenceHint;
    if (entered) {
        for (const AddressBasisProblem problem : AddressBasisRules::problems(*entered, m_today)) {
            const bool aboutDate =
                problem == AddressBasisProblem::MissingDate || problem == AddressBasisProblem::FutureDate;
            (aboutDate ? dateHint : referenceHint) = AddressBasisRules::message(problem);
        }
    }
    showFieldHint(m_dateHint, dateHint);
    showFieldHint(m_referenceHint, referenceHint);
    m_reference->setPlaceholderText(entered && entered->kind == AddressBasisKind::Confirmed
                                        ? tr("required: the number of the address confirmation")
                                        : tr("optional: where it was provided, or how it was found"));
    Q_EMIT changed();
}

void AddressBasisEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AddressBasisEditor::retranslateUi()
{
    const QStringList captions = {tr("&Basis:"), tr("&Date:"), tr("&Reference:")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i) {
        m_captions.at(i)->setText(captions.at(i));
    }
    for (int i = 0; i < m_kind->count(); ++i) {
        const int item = m_kind->itemData(i).toInt();
        m_kind->setItemText(i, item == kNone ? tr("Not recorded")
                                             : AccountTexts::addressBasisKind(static_cast<AddressBasisKind>(item)));
    }
    m_kind->setAccessibleName(tr("Address basis"));
    m_date->setAccessibleName(tr("Date of the address basis"));
    m_date->setToolTip(tr("When the recipient confirmed or provided the address, or the court found it"));
    m_reference->setAccessibleName(tr("Reference of the address basis"));
    validate();
}

} // namespace dm
