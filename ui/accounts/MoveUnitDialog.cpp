#include "ui/accounts/MoveUnitDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dm {

MoveUnitDialog::MoveUnitDialog(const QList<Unit>& units, int accounts, const QString& currentUnitId, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_message(new QLabel(this))
    , m_unit(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("account.moveUnit"));
    m_unit->setObjectName(QStringLiteral("account.moveUnit.unit"));
    m_message->setWordWrap(true);
    m_message->setBuddy(m_unit);
    QHash<QString, int> depth;
    for (const Unit& unit : units) {
        const int level = unit.parentUnitId.isEmpty() ? 0 : depth.value(unit.parentUnitId, 0) + 1;
        depth.insert(unit.unitId, level);
        m_unit->addItem(QString(level * 2, QLatin1Char(' ')) + unit.name, unit.unitId);
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(currentUnitId)));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(380);
}

QString MoveUnitDialog::unitId() const
{
    return m_unit->currentData().toString();
}

void MoveUnitDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void MoveUnitDialog::retranslateUi()
{
    setWindowTitle(tr("Move to unit"));
    m_message->setText(tr("Move %n account(s) to:", nullptr, m_accounts));
    m_unit->setAccessibleName(tr("Unit"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
}

} // namespace dm
