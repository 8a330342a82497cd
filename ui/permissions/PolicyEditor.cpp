#include "ui/permissions/PolicyEditor.h"

#include "core/PolicyBaseline.h"
#include "ui/permissions/PolicyTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace dm {

namespace {

constexpr std::array kClients{MailClient::Webmail, MailClient::Mailmaster, MailClient::Wechat,
                              MailClient::Imap,    MailClient::Pop,        MailClient::Smtp};

QString fieldName(PolicyField field)
{
    return QStringLiteral("policy.") + policyFieldPath(field);
}

} // namespace

PolicyEditor::PolicyEditor(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("policy.editor"));
    m_grid->setColumnStretch(1, 1);
    for (PolicyField field : allPolicyFields()) {
        addRow(field, makeEditor(field));
    }
    m_grid->setRowStretch(m_grid->rowCount(), 1); // the rows keep their height in a tall window
    retranslateUi();
    setEnabled(false); // until an edit is loaded
}

QWidget* PolicyEditor::makeEditor(PolicyField field)
{
    switch (field) {
    case PolicyField::ExternalMail: {
        m_externalMail = new QComboBox(this);
        connect(m_externalMail, &QComboBox::currentIndexChanged, this, [this, field] { onEditorChanged(field); });
        return m_externalMail;
    }
    case PolicyField::AllowedClients: {
        auto* box = new QWidget(this);
        auto* layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        for (MailClient client : kClients) {
            auto* check = new QCheckBox(box);
            check->setObjectName(fieldName(field) + QLatin1Char('.') + toString(client));
            layout->addWidget(check);
            m_clients[static_cast<std::size_t>(client)] = check;
            connect(check, &QCheckBox::toggled, this, [this, field] { onEditorChanged(field); });
        }
        layout->addStretch(1);
        return box;
    }
    case PolicyField::TrustedBrowserDays:
        return makeNumber(field, 0, 90);
    case PolicyField::PasswordMinLength:
        return makeNumber(field, 8, 32);
    case PolicyField::PasswordRequireClasses:
        return makeNumber(field, 2, 4);
    case PolicyField::PasswordExpireDays:
        return makeNumber(field, 0, 365);
    case PolicyField::VisibleInAddressBook:
    case PolicyField::AutoForward:
    case PolicyField::ForceSms2fa:
    case PolicyField::PasswordForbidSequential:
    case PolicyField::AlertSms:
    case PolicyField::AlertEmail:
        return makeSwitch(field);
    }
    return nullptr;
}

QCheckBox* PolicyEditor::makeSwitch(PolicyField field)
{
    auto* check = new QCheckBox(this);
    connect(check, &QCheckBox::toggled, this, [this, field] { onEditorChanged(field); });
    return check;
}

QSpinBox* PolicyEditor::makeNumber(PolicyField field, int minimum, int maximum)
{
    auto* spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    connect(spin, &QSpinBox::valueChanged, this, [this, field] { onEditorChanged(field); });
    return spin;
}

void PolicyEditor::addRow(PolicyField field, QWidget* editor)
{
    Row row;
    row.title = new QLabel(this);
    row.title->setBuddy(editor);
    row.editor = editor;
    editor->setObjectName(fieldName(field));
    row.source = new QLabel(this);
    row.source->setObjectName(fieldName(field) + QStringLiteral(".source"));
    row.toggle = new QPushButton(this);
    row.toggle->setObjectName(fieldName(field) + QStringLiteral(".toggle"));
    row.toggle->hide(); // until a level below the domain is shown
    connect(row.toggle, &QPushButton::clicked, this, [this, field] { onToggle(field); });
    const int line = m_grid->rowCount();
    m_grid->addWidget(row.title, line, 0);
    m_grid->addWidget(editor, line, 1, Qt::AlignLeft);
    m_grid->addWidget(row.source, line, 2);
    m_grid->addWidget(row.toggle, line, 3);
    this->row(field) = row;
}

void PolicyEditor::setEdit(PolicyEdit edit)
{
    m_edit = std::move(edit);
    m_hasEdit = true;
    setEnabled(true);
    refresh();
}

void PolicyEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void PolicyEditor::refresh()
{
    if (!m_hasEdit) {
        return;
    }
    const DeliveryPolicy effective = m_edit.effective();
    for (PolicyField field : allPolicyFields()) {
        show(field, effective);
    }
}

void PolicyEditor::show(PolicyField field, const DeliveryPolicy& effective)
{
    const Row& row = this->row(field);
    {
        const QSignalBlocker blocker(row.editor);
        switch (field) {
        case PolicyField::ExternalMail:
            m_externalMail->setCurrentIndex(m_externalMail->findData(int(*effective.externalMail)));
            break;
        case PolicyField::AllowedClients:
            for (MailClient client : kClients) {
                const QSignalBlocker clientBlocker(clientBox(client));
                clientBox(client)->setChecked(effective.allowedClients->contains(client));
            }
            break;
        case PolicyField::TrustedBrowserDays:
            static_cast<QSpinBox*>(row.editor)->setValue(*effective.trustedBrowserDays);
            break;
        case PolicyField::PasswordMinLength:
            static_cast<QSpinBox*>(row.editor)->setValue(*effective.password.minLength);
            break;
        case PolicyField::PasswordRequireClasses:
            static_cast<QSpinBox*>(row.editor)->setValue(*effective.password.requireClasses);
            break;
        case PolicyField::PasswordExpireDays:
            static_cast<QSpinBox*>(row.editor)->setValue(*effective.password.expireDays);
            break;
        case PolicyField::VisibleInAddressBook:
            static_cast<QCheckBox*>(row.editor)->setChecked(*effective.visibleInAddressBook);
            break;
        case PolicyField::AutoForward:
            static_cast<QCheckBox*>(row.editor)->setChecked(*effective.autoForward);
            break;
        case PolicyField::ForceSms2fa:
            static_cast<QCheckBox*>(row.editor)->setChecked(*effective.forceSms2fa);
            break;
        case PolicyField::PasswordForbidSequential:
            static_cast<QCheckBox*>(row.editor)->setChecked(*effective.password.forbidSequential);
            break;
        case PolicyField::AlertSms:
            static_cast<QCheckBox*>(row.editor)->setChecked(*effective.abnormalLoginAlert.sms);
            break;
        case PolicyField::AlertEmail:
            static_cast<QCheckBox*>(row.editor)->setChecked(*effective.abnormalLoginAlert.email);
            break;
        }
    }
    const bool here = m_edit.overrides(field);
    const bool changed = m_edit.changedFields().contains(field);
    row.editor->setEnabled(here && !m_readOnly);
    QString source = PolicyTexts::sourceText(m_edit.level(), m_edit.sourceOf(field));
    if (changed) {
        source += tr(" (changed)");
    }
    row.source->setText(source);
    QFont font = row.source->font();
    font.setBold(changed);
    row.source->setFont(font);
    row.toggle->setVisible(m_edit.level() != PolicyLevel::Domain);
    row.toggle->setEnabled(!m_readOnly);
    row.toggle->setText(here ? tr("Inherit again") : tr("Override here"));
    row.editor->setAccessibleDescription(source);
}

DeliveryPolicy PolicyEditor::valueOf(PolicyField field) const
{
    DeliveryPolicy value;
    const QWidget* editor = row(field).editor;
    const auto checked = [editor] { return static_cast<const QCheckBox*>(editor)->isChecked(); };
    const auto number = [editor] { return static_cast<const QSpinBox*>(editor)->value(); };
    switch (field) {
    case PolicyField::ExternalMail:
        value.externalMail = static_cast<ExternalMailMode>(m_externalMail->currentData().toInt());
        break;
    case PolicyField::AllowedClients: {
        QList<MailClient> clients;
        for (MailClient client : kClients) {
            if (clientBox(client)->isChecked()) {
                clients.append(client);
            }
        }
        value.allowedClients = clients;
        break;
    }
    case PolicyField::TrustedBrowserDays:
        value.trustedBrowserDays = number();
        break;
    case PolicyField::PasswordMinLength:
        value.password.minLength = number();
        break;
    case PolicyField::PasswordRequireClasses:
        value.password.requireClasses = number();
        break;
    case PolicyField::PasswordExpireDays:
        value.password.expireDays = number();
        break;
    case PolicyField::VisibleInAddressBook:
        value.visibleInAddressBook = checked();
        break;
    case PolicyField::AutoForward:
        value.autoForward = checked();
        break;
    case PolicyField::ForceSms2fa:
        value.forceSms2fa = checked();
        break;
    case PolicyField::PasswordForbidSequential:
        value.password.forbidSequential = checked();
        break;
    case PolicyField::AlertSms:
        value.abnormalLoginAlert.sms = checked();
        break;
    case PolicyField::AlertEmail:
        value.abnormalLoginAlert.email = checked();
        break;
    }
    return value;
}

void PolicyEditor::onEditorChanged(PolicyField field)
{
    if (!m_hasEdit || !m_edit.overrides(field)) {
        return;
    }
    const DeliveryPolicy value = valueOf(field);
    if (field == PolicyField::AllowedClients && value.allowedClients->isEmpty()) {
        // The platform refuses an empty list, and a mailbox nobody can open serves no document: keep the last one.
        refresh();
        return;
    }
    m_edit.set(field, value);
    refresh();
    Q_EMIT edited();
}

void PolicyEditor::onToggle(PolicyField field)
{
    if (m_edit.overrides(field)) {
        m_edit.inherit(field);
    } else {
        m_edit.set(field, m_edit.effective()); // start from the value inherited so far
    }
    refresh();
    Q_EMIT edited();
}

void PolicyEditor::retranslateUi()
{
    {
        const QSignalBlocker blocker(m_externalMail);
        m_externalMail->clear();
        for (ExternalMailMode mode : {ExternalMailMode::Deny, ExternalMailMode::ReceiveOnly, ExternalMailMode::Allow}) {
            m_externalMail->addItem(PolicyTexts::externalMailText(mode), int(mode));
        }
    }
    for (MailClient client : kClients) {
        clientBox(client)->setText(PolicyTexts::clientText(client));
    }
    for (PolicyField field : allPolicyFields()) {
        const Row& line = row(field);
        line.title->setText(PolicyTexts::fieldTitle(field) + tr(":"));
        line.editor->setAccessibleName(PolicyTexts::fieldTitle(field));
        if (auto* check = qobject_cast<QCheckBox*>(line.editor)) {
            check->setText(tr("On"));
        }
        if (auto* spin = qobject_cast<QSpinBox*>(line.editor)) {
            spin->setSpecialValueText(field == PolicyField::TrustedBrowserDays   ? tr("Ask every time")
                                      : field == PolicyField::PasswordExpireDays ? tr("Never")
                                                                                 : QString());
        }
    }
    refresh();
}

void PolicyEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace dm
