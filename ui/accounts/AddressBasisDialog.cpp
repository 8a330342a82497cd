#include "ui/accounts/AddressBasisDialog.h"

#include "core/AddressBasisRules.h"
#include "core/Masking.h"
#include "ui/accounts/AddressBasisEditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dm {

AddressBasisDialog::AddressBasisDialog(const QString& accountName, const std::optional<AddressBasis>& current,
                                       QWidget* parent)
    : QDialog(parent)
    , m_accountName(accountName)
    , m_current(current)
    , m_message(new QLabel(this))
    , m_editor(new AddressBasisEditor(true, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("account.addressBasis"));
    m_buttons->setObjectName(QStringLiteral("account.addressBasis.buttons"));
    m_message->setObjectName(QStringLiteral("account.addressBasis.message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // the account name as the platform has it, any number in it masked
    // A new basis is most often a confirmation the court has just received.
    m_editor->setBasis(current ? current : std::optional<AddressBasis>(AddressBasis{}));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_editor);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_editor, &AddressBasisEditor::changed, this, &AddressBasisDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(460);
}

std::optional<AddressBasis> AddressBasisDialog::basis() const
{
    return m_editor->basis();
}

void AddressBasisDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_editor->isValid() && !AddressBasisRules::same(m_editor->basis(), m_current));
}

void AddressBasisDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AddressBasisDialog::retranslateUi()
{
    setWindowTitle(tr("Set address basis"));
    m_message->setText(tr("Where the court got the delivery address of %1. It decides when a document sent there "
                          "counts as served (人民法院在线诉讼规则, Art. 31). The change is queued and sent to the "
                          "platform.")
                           .arg(maskNumbersInName(m_accountName)));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    validate();
}

} // namespace dm
