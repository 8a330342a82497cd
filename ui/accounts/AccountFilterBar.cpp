#include "ui/accounts/AccountFilterBar.h"

#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dm {

namespace {

constexpr int kNoFilter = -1;

qint64 startOfDay(QDate date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

} // namespace

AccountFilterBar::AccountFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_activationLabel(new QLabel(this))
    , m_activation(new QComboBox(this))
    , m_unitLabel(new QLabel(this))
    , m_unit(new QComboBox(this))
    , m_created(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
{
    m_search->setObjectName(QStringLiteral("accounts.search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_status->setObjectName(QStringLiteral("accounts.filter.status"));
    m_activation->setObjectName(QStringLiteral("accounts.filter.activation"));
    m_unit->setObjectName(QStringLiteral("accounts.filter.unit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_created->setObjectName(QStringLiteral("accounts.filter.created"));
    m_from->setObjectName(QStringLiteral("accounts.filter.createdFrom"));
    m_to->setObjectName(QStringLiteral("accounts.filter.createdTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_to->setDate(QDate::currentDate());
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_statusLabel->setBuddy(m_status);
    m_activationLabel->setBuddy(m_activation);
    m_unitLabel->setBuddy(m_unit);
    m_toLabel->setBuddy(m_to);

    // Two rows: what is typed and the states first, where and when second; one row would not fit a laptop screen.
    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 1);
    first->addSpacing(8);
    first->addWidget(m_statusLabel);
    first->addWidget(m_status);
    first->addWidget(m_activationLabel);
    first->addWidget(m_activation);
    auto* second = new QHBoxLayout;
    second->addWidget(m_unitLabel);
    second->addWidget(m_unit);
    second->addSpacing(8);
    second->addWidget(m_created);
    second->addWidget(m_from);
    second->addWidget(m_toLabel);
    second->addWidget(m_to);
    second->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(250));
    connect(&m_debounce, &QTimer::timeout, this, &AccountFilterBar::emitQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        emitQuery();
    });
    for (QComboBox* box : {m_status, m_activation, m_unit}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AccountFilterBar::emitQuery);
    }
    connect(m_created, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitQuery();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_created->isChecked()) {
            emitQuery();
        }
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_created->isChecked()) {
            emitQuery();
        }
    });
    retranslateUi();
}

AccountQuery AccountFilterBar::query() const
{
    AccountQuery query;
    query.search = m_search->text().trimmed();
    if (const int status = m_status->currentData().toInt(); status != kNoFilter) {
        query.status = static_cast<AccountStatus>(status);
    }
    if (const int state = m_activation->currentData().toInt(); state != kNoFilter) {
        query.activationState = static_cast<ActivationState>(state);
    }
    query.unitId = m_unit->currentData().toString();
    query.includeSubUnits = !query.unitId.isEmpty();
    if (m_created->isChecked()) {
        query.createdFrom = startOfDay(m_from->date());
        query.createdTo = startOfDay(m_to->date().addDays(1)); // the end date is inclusive for the user
    }
    return query;
}

void AccountFilterBar::setUnits(const QList<Unit>& units)
{
    m_units = units;
    const QString current = m_unit->currentData().toString();
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->clear();
        m_unit->addItem(tr("All units"), QString());
        // Indented by depth, so the tree shows in a flat list.
        QHash<QString, int> depth;
        for (const Unit& unit : units) {
            const int level = unit.parentUnitId.isEmpty() ? 0 : depth.value(unit.parentUnitId, 0) + 1;
            depth.insert(unit.unitId, level);
            m_unit->addItem(QString(level * 2, QLatin1Char(' ')) + unit.name, unit.unitId);
        }
        const int index = m_unit->findData(current);
        m_unit->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_unit->currentData().toString() != current) {
        emitQuery();
    }
}

void AccountFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AccountFilterBar::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void AccountFilterBar::emitQuery()
{
    m_debounce.stop();
    Q_EMIT queryChanged(query());
}

void AccountFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AccountFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search account, name, case number or last 4 digits of mobile (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search accounts"));
    m_statusLabel->setText(tr("&Status:"));
    m_activationLabel->setText(tr("&Activation:"));
    m_unitLabel->setText(tr("U&nit:"));
    m_created->setText(tr("Created &from"));
    m_created->setAccessibleName(tr("Filter by creation date"));
    m_from->setAccessibleName(tr("Created from"));
    m_toLabel->setText(tr("to"));
    m_to->setAccessibleName(tr("Created to"));

    const QSignalBlocker statusBlocker(m_status);
    const int status = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("Any"), kNoFilter);
    for (const AccountStatus value : {AccountStatus::Enabled, AccountStatus::Disabled, AccountStatus::Deleted}) {
        m_status->addItem(AccountTexts::status(value), int(value));
    }
    m_status->setCurrentIndex(qMax(0, status));

    const QSignalBlocker activationBlocker(m_activation);
    const int activation = m_activation->currentIndex();
    m_activation->clear();
    m_activation->addItem(tr("Any"), kNoFilter);
    for (const ActivationState value : {ActivationState::Created, ActivationState::SmsSent, ActivationState::FirstLogin,
                                        ActivationState::Activated}) {
        m_activation->addItem(AccountTexts::activation(value), int(value));
    }
    m_activation->setCurrentIndex(qMax(0, activation));

    if (m_unit->count() == 0) {
        const QSignalBlocker unitBlocker(m_unit);
        m_unit->addItem(tr("All units"), QString());
    } else {
        m_unit->setItemText(0, tr("All units"));
    }
}

} // namespace dm
