#include "ui/accounts/MaskedPiiField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace dm {

MaskedPiiField::MaskedPiiField(const QString& stored, const QString& masked, QWidget* parent)
    : QWidget(parent)
    , m_stored(stored)
    , m_masked(masked)
    , m_revealed(stored.isEmpty())
    , m_edit(new QLineEdit(this))
    , m_reveal(new QPushButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    setFocusProxy(m_edit);
    if (m_revealed) {
        m_edit->setText(m_stored);
        m_reveal->hide();
    } else {
        m_edit->setText(m_masked);
        m_edit->setReadOnly(true);
    }
    connect(m_reveal, &QPushButton::clicked, this, &MaskedPiiField::revealRequested);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        if (m_revealed) {
            Q_EMIT valueChanged();
        }
    });
    retranslateUi();
}

QString MaskedPiiField::value() const
{
    return m_revealed ? m_edit->text() : m_stored;
}

void MaskedPiiField::setRevealed()
{
    if (m_revealed) {
        return;
    }
    m_revealed = true;
    m_edit->setReadOnly(false);
    m_edit->setText(m_stored);
    m_reveal->hide();
    m_edit->setFocus();
    Q_EMIT valueChanged();
}

void MaskedPiiField::setRevealAvailable(bool available)
{
    m_reveal->setEnabled(available);
}

void MaskedPiiField::retranslateUi()
{
    m_reveal->setText(tr("Reveal to edit"));
    m_reveal->setToolTip(tr("Shows the full number so that it can be changed. The reveal is recorded in the audit "
                            "ledger."));
    if (!m_revealed) {
        m_edit->setToolTip(tr("Masked. Reveal the number to change it."));
    } else {
        m_edit->setToolTip(QString());
    }
}

} // namespace dm
