#include "ui/accounts/AccountFormDialog.h"

#include "core/AccountName.h"
#include "core/IdCard.h"
#include "core/Masking.h"
#include "core/Mobile.h"
#include "ui/accounts/AddressBasisEditor.h"
#include "ui/accounts/FieldHint.h"
#include "ui/accounts/MaskedPiiField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dm {

namespace {

constexpr int kMaxNameLength = 64;

} // namespace

AccountFormDialog::AccountFormDialog(const QList<Unit>& units, const std::optional<Account>& existing, QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_accountName(new QLineEdit(this))
    , m_domainLabel(new QLabel(this))
    , m_accountNameHint(makeFieldHint(this, QStringLiteral("account.form.accountNameHint")))
    , m_name(new QLineEdit(this))
    , m_nameHint(makeFieldHint(this, QStringLiteral("account.form.nameHint")))
    , m_mobile(new MaskedPiiField(existing ? existing->mobile : QString(),
                                  existing ? maskMobile(existing->mobile) : QString(), this))
    , m_mobileHint(makeFieldHint(this, QStringLiteral("account.form.mobileHint")))
    , m_idNumber(new MaskedPiiField(existing ? existing->idNumber : QString(),
                                    existing ? maskIdNumber(existing->idNumber) : QString(), this))
    , m_idNumberHint(makeFieldHint(this, QStringLiteral("account.form.idNumberHint")))
    , m_jobNumber(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_visible(new QCheckBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("account.form"));
    m_accountName->setObjectName(QStringLiteral("account.form.accountName"));
    m_name->setObjectName(QStringLiteral("account.form.name"));
    m_mobile->lineEdit()->setObjectName(QStringLiteral("account.form.mobile"));
    m_mobile->revealButton()->setObjectName(QStringLiteral("account.form.revealMobile"));
    m_idNumber->lineEdit()->setObjectName(QStringLiteral("account.form.idNumber"));
    m_idNumber->revealButton()->setObjectName(QStringLiteral("account.form.revealIdNumber"));
    m_jobNumber->setObjectName(QStringLiteral("account.form.jobNumber"));
    m_unit->setObjectName(QStringLiteral("account.form.unit"));
    m_visible->setObjectName(QStringLiteral("account.form.visibleInAddr"));
    m_buttons->setObjectName(QStringLiteral("account.form.buttons"));
    m_note->setWordWrap(true);
    m_accountName->setMaxLength(int(AccountName::MaxLength));
    m_name->setMaxLength(kMaxNameLength);
    m_idNumber->lineEdit()->setMaxLength(24);
    m_mobile->lineEdit()->setMaxLength(24);
    m_mobile->setRevealAvailable(false);
    m_idNumber->setRevealAvailable(false);

    QHash<QString, int> depth;
    for (const Unit& unit : units) {
        const int level = unit.parentUnitId.isEmpty() ? 0 : depth.value(unit.parentUnitId, 0) + 1;
        depth.insert(unit.unitId, level);
        m_unit->addItem(QString(level * 2, QLatin1Char(' ')) + unit.name, unit.unitId);
    }

    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_accountName, 1);
    nameRow->addWidget(m_domainLabel);
    auto* form = new QFormLayout;
    const auto addRow = [this, form](QWidget* buddy, QLayout* layout, QWidget* field) {
        auto* caption = new QLabel(this);
        caption->setBuddy(buddy);
        m_captions.append(caption);
        if (layout != nullptr) {
            form->addRow(caption, layout);
        } else {
            form->addRow(caption, field);
        }
    };
    addRow(m_accountName, nameRow, nullptr);
    form->addRow(QString(), m_accountNameHint);
    addRow(m_name, nullptr, m_name);
    form->addRow(QString(), m_nameHint);
    addRow(m_mobile, nullptr, m_mobile);
    form->addRow(QString(), m_mobileHint);
    addRow(m_idNumber, nullptr, m_idNumber);
    form->addRow(QString(), m_idNumberHint);
    addRow(m_jobNumber, nullptr, m_jobNumber);
    addRow(m_unit, nullptr, m_unit);
    form->addRow(QString(), m_visible);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (!m_existing) {
        m_basisBox = new QGroupBox(this);
        m_basis = new AddressBasisEditor(true, m_basisBox);
        (new QVBoxLayout(m_basisBox))->addWidget(m_basis);
        layout->addWidget(m_basisBox);
        connect(m_basis, &AddressBasisEditor::changed, this, &AccountFormDialog::validate);
        // Tab follows the form as it reads: the basis fields come right after the fields above them, not after the
        // buttons, which were created first.
        QWidget* previous = m_visible;
        for (QWidget* field : m_basis->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if ((field->focusPolicy() & Qt::TabFocus) != 0) {
                QWidget::setTabOrder(previous, field);
                previous = field;
            }
        }
    }
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (m_existing) {
        m_accountName->setText(m_existing->accountName);
        m_accountName->setReadOnly(true);
        m_name->setText(m_existing->name);
        m_jobNumber->setText(m_existing->jobNumber);
        m_visible->setChecked(m_existing->visibleInAddr);
        const int unit = m_unit->findData(m_existing->unitId);
        m_unit->setCurrentIndex(qMax(0, unit));
    }

    m_availabilityTimer.setSingleShot(true);
    m_availabilityTimer.setInterval(std::chrono::milliseconds(400));
    connect(&m_availabilityTimer, &QTimer::timeout, this, &AccountFormDialog::startAvailabilityCheck);
    connect(m_accountName, &QLineEdit::textChanged, this, [this] {
        m_availability = Availability::Unknown;
        m_checkedName.clear();
        m_availabilityTimer.start();
        validate();
    });
    for (QLineEdit* edit : {m_name, m_jobNumber}) {
        connect(edit, &QLineEdit::textChanged, this, &AccountFormDialog::validate);
    }
    for (MaskedPiiField* field : {m_mobile, m_idNumber}) {
        connect(field, &MaskedPiiField::valueChanged, this, &AccountFormDialog::validate);
    }
    connect(m_mobile, &MaskedPiiField::revealRequested, this, [this] { reveal(Pii::Mobile); });
    connect(m_idNumber, &MaskedPiiField::revealRequested, this, [this] { reveal(Pii::IdNumber); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AccountFormDialog::validate);
    connect(m_visible, &QCheckBox::toggled, this, &AccountFormDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(480);
}

void AccountFormDialog::setRevealRecorder(RevealRecorder recorder)
{
    m_revealRecorder = std::move(recorder);
    m_mobile->setRevealAvailable(bool(m_revealRecorder));
    m_idNumber->setRevealAvailable(bool(m_revealRecorder));
}

void AccountFormDialog::reveal(Pii which)
{
    if (!m_revealRecorder) {
        return;
    }
    MaskedPiiField* field = which == Pii::Mobile ? m_mobile : m_idNumber;
    field->setRevealAvailable(false);
    m_revealRecorder(which, this, [this, field](const std::optional<QString>& error) {
        if (error) {
            field->setRevealAvailable(true);
            showFieldHint(field == m_mobile ? m_mobileHint : m_idNumberHint,
                          tr("The reveal could not be recorded, so the number stays masked: %1").arg(*error));
            return;
        }
        field->setRevealed();
    });
}

void AccountFormDialog::setMailDomain(const QString& domain)
{
    m_domain = domain;
    m_domainLabel->setText(domain.isEmpty() ? QString() : QStringLiteral("@") + domain);
}

NewAccount AccountFormDialog::newAccount() const
{
    NewAccount account;
    if (auto name = AccountName::parse(m_accountName->text())) {
        account.accountName = name->localPart();
    }
    account.name = m_name->text().trimmed();
    if (auto mobile = Mobile::parse(m_mobile->value())) {
        account.mobile = mobile->number();
    }
    if (auto id = IdCard::parse(m_idNumber->value())) {
        account.idNumber = id->number();
    }
    account.jobNumber = m_jobNumber->text().trimmed();
    account.unitId = unitId();
    account.visibleInAddr = m_visible->isChecked();
    return account;
}

std::optional<AccountUpdate> AccountFormDialog::update() const
{
    if (!m_existing) {
        return std::nullopt;
    }
    const NewAccount values = newAccount();
    AccountUpdate change;
    bool changed = false;
    if (values.name != m_existing->name) {
        change.name = values.name;
        changed = true;
    }
    if (values.jobNumber != m_existing->jobNumber) {
        change.jobNumber = values.jobNumber;
        changed = true;
    }
    if (!values.mobile.isEmpty() && values.mobile != m_existing->mobile) {
        change.mobile = values.mobile;
        changed = true;
    }
    if (values.idNumber != m_existing->idNumber && (!values.idNumber.isEmpty() || m_idNumber->value().isEmpty())) {
        change.idNumber = values.idNumber;
        changed = true;
    }
    if (values.visibleInAddr != m_existing->visibleInAddr) {
        change.visibleInAddr = values.visibleInAddr;
        changed = true;
    }
    return changed ? std::optional<AccountUpdate>(change) : std::nullopt;
}

QString AccountFormDialog::unitId() const
{
    return m_unit->currentData().toString();
}

std::optional<AddressBasis> AccountFormDialog::addressBasis() const
{
    return m_basis != nullptr ? m_basis->basis() : std::nullopt;
}

void AccountFormDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AccountFormDialog::retranslateUi()
{
    setWindowTitle(m_existing ? tr("Edit account") : tr("New account"));
    const QStringList captions = {tr("&Account name:"), tr("&Name:"),        tr("&Mobile:"),
                                  tr("&ID number:"),    tr("&Case number:"), tr("&Unit:")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i) {
        m_captions.at(i)->setText(captions.at(i));
    }
    m_domainLabel->setAccessibleName(tr("Mail domain"));
    // The captions name the masked fields as a whole; a screen reader lands in their text boxes, which need their own.
    m_mobile->lineEdit()->setAccessibleName(tr("Mobile"));
    m_idNumber->lineEdit()->setAccessibleName(tr("ID number"));
    m_accountName->setPlaceholderText(tr("letters, digits, . _ -"));
    m_mobile->lineEdit()->setPlaceholderText(tr("11 digits"));
    m_idNumber->lineEdit()->setPlaceholderText(tr("optional, 18 characters"));
    m_mobile->retranslateUi();
    m_idNumber->retranslateUi();
    m_jobNumber->setPlaceholderText(tr("optional"));
    m_visible->setText(tr("&Visible in the address book"));
    if (m_basisBox != nullptr) {
        m_basisBox->setTitle(tr("Address basis (optional)"));
    }
    m_note->setText(m_existing ? tr("Changes are queued and sent to the platform; the table marks the account until "
                                    "the platform has confirmed them.")
                               : tr("The platform sends the recipient an activation SMS. The initial password is "
                                    "generated when the account is created and is never stored."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("Save") : tr("Create"));
    validate();
}

} // namespace dm
