#include "ui/permissions/LoginRuleTable.h"

#include "core/LoginRuleInput.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QStyle>

namespace dm {

namespace {

enum Column
{
    ActionColumn,
    KindColumn,
    ValueColumn,
    ColumnCount,
};

} // namespace

QString LoginRuleTexts::actionText(LoginAction action)
{
    return action == LoginAction::Allow ? tr("Allow") : tr("Deny");
}

QString LoginRuleTexts::kindText(LoginRuleKind kind)
{
    return kind == LoginRuleKind::Region ? tr("Region") : tr("IP network (CIDR)");
}

QString LoginRuleTexts::ruleLine(int index, const LoginRule& rule)
{
    return QStringLiteral("%1.  %2  %3  %4").arg(index).arg(actionText(rule.action), kindText(rule.kind), rule.value);
}

QString LoginRuleTexts::decisionText(const LoginDecision& decision, const QList<LoginRule>& decidingRules)
{
    const bool domain = decision.level == LoginRuleLevel::Domain;
    QString by;
    if (decision.matchedRule) {
        const int index = *decision.matchedRule;
        const QString value = decidingRules.value(index).value;
        by = domain ? tr("rule %1 of the domain's list (%2)").arg(index).arg(value)
                    : tr("rule %1 of the account's list (%2)").arg(index).arg(value);
    } else {
        by = domain ? tr("the domain's default") : tr("the account's default");
    }
    return decision.action == LoginAction::Allow ? tr("Allowed, decided by %1.").arg(by)
                                                 : tr("Refused, decided by %1.").arg(by);
}

LoginRuleTable::LoginRuleTable(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("loginrules.table"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    connect(this, &QTableWidget::itemChanged, this, &LoginRuleTable::onItemChanged);
    rebuild();
}

void LoginRuleTable::setRules(const QList<LoginRule>& rules)
{
    m_rules = rules;
    rebuild();
}

QList<LoginRule> LoginRuleTable::rules() const
{
    QList<LoginRule> trimmed = m_rules;
    for (LoginRule& rule : trimmed) {
        rule.value = rule.value.trimmed();
    }
    return trimmed;
}

QString LoginRuleTable::problem(int row) const
{
    if (row < 0 || row >= m_rules.size()) {
        return {};
    }
    const LoginRule& rule = m_rules.at(row);
    const QString value = rule.value.trimmed();
    if (value.isEmpty()) {
        return tr("the value is empty");
    }
    if (value.size() > kMaxValueLength) {
        return tr("the value is longer than %1 characters").arg(kMaxValueLength);
    }
    if (rule.kind == LoginRuleKind::Region && !isLoginRegionName(value)) {
        return tr("not a region name: write a province in full (广东省) or a city without its province (衢州市)");
    }
    if (rule.kind == LoginRuleKind::Cidr && !isCanonicalCidr(value)) {
        return tr("not a network in canonical form: e.g. 10.0.0.0/8 or 2001:db8::/32, no host bits set, IPv6 in "
                  "lower case and shortest form");
    }
    for (int earlier = 0; earlier < row; ++earlier) {
        const LoginRule& other = m_rules.at(earlier);
        if (other.kind == rule.kind && other.value.trimmed() == value) {
            return tr("the same as rule %1, so it could never match").arg(earlier);
        }
    }
    return {};
}

QList<int> LoginRuleTable::invalidRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_rules.size(); ++row) {
        if (!problem(row).isEmpty()) {
            rows.append(row);
        }
    }
    return rows;
}

void LoginRuleTable::setEditable(bool editable)
{
    m_editable = editable;
    rebuild();
}

void LoginRuleTable::addRule()
{
    if (!m_editable || m_rules.size() >= kMaxRules) {
        return;
    }
    // A new rule goes below the selected one (or last): where the administrator is looking.
    const int row = currentRow() < 0 ? int(m_rules.size()) : currentRow() + 1;
    m_rules.insert(row, LoginRule{LoginAction::Deny, LoginRuleKind::Region, {}});
    rebuild(row);
    editItem(item(row, ValueColumn));
    Q_EMIT edited();
}

void LoginRuleTable::removeSelected()
{
    const int row = currentRow();
    if (!m_editable || row < 0 || row >= m_rules.size()) {
        return;
    }
    m_rules.removeAt(row);
    rebuild(qMin(row, int(m_rules.size()) - 1));
    Q_EMIT edited();
}

void LoginRuleTable::moveSelected(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (!m_editable || row < 0 || row >= m_rules.size() || to < 0 || to >= m_rules.size()) {
        return;
    }
    m_rules.move(row, to);
    rebuild(to);
    Q_EMIT edited();
}

void LoginRuleTable::rebuild(int selectRow)
{
    const QSignalBlocker blocker(this);
    setHorizontalHeaderLabels({tr("Action"), tr("Kind"), tr("Value")});
    setRowCount(int(m_rules.size()));
    QStringList numbers;
    for (int row = 0; row < m_rules.size(); ++row) {
        numbers.append(QString::number(row));
        const LoginRule& rule = m_rules.at(row);
        auto* action = new QComboBox;
        action->setObjectName(QStringLiteral("loginrules.rule.action"));
        action->setAccessibleName(tr("Rule %1: action").arg(row));
        for (LoginAction choice : {LoginAction::Allow, LoginAction::Deny}) {
            action->addItem(LoginRuleTexts::actionText(choice), int(choice));
        }
        action->setCurrentIndex(action->findData(int(rule.action)));
        action->setEnabled(m_editable);
        auto* kind = new QComboBox;
        kind->setObjectName(QStringLiteral("loginrules.rule.kind"));
        kind->setAccessibleName(tr("Rule %1: kind").arg(row));
        for (LoginRuleKind choice : {LoginRuleKind::Region, LoginRuleKind::Cidr}) {
            kind->addItem(LoginRuleTexts::kindText(choice), int(choice));
        }
        kind->setCurrentIndex(kind->findData(int(rule.kind)));
        kind->setEnabled(m_editable);
        // Rows are rebuilt on every move, add and remove, so the row captured here stays right.
        connect(action, &QComboBox::currentIndexChanged, this, [this, row, action] {
            m_rules[row].action = static_cast<LoginAction>(action->currentData().toInt());
            Q_EMIT edited();
        });
        connect(kind, &QComboBox::currentIndexChanged, this, [this, row, kind] {
            m_rules[row].kind = static_cast<LoginRuleKind>(kind->currentData().toInt());
            markRows();
            Q_EMIT edited();
        });
        setCellWidget(row, ActionColumn, action);
        setCellWidget(row, KindColumn, kind);
        auto* value = new QTableWidgetItem(rule.value);
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (m_editable) {
            flags |= Qt::ItemIsEditable;
        }
        value->setFlags(flags);
        setItem(row, ValueColumn, value);
    }
    setVerticalHeaderLabels(numbers);
    markRows();
    if (selectRow >= 0 && selectRow < rowCount()) {
        setCurrentCell(selectRow, ValueColumn);
    }
}

void LoginRuleTable::markRows()
{
    // Setting an icon or a tooltip is an itemChanged too: not an edit.
    const QSignalBlocker blocker(this);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < rowCount(); ++row) {
        QTableWidgetItem* value = item(row, ValueColumn);
        if (value == nullptr) {
            continue;
        }
        const QString why = problem(row);
        if (why.isEmpty()) {
            value->setIcon(QIcon());
            value->setToolTip({});
            value->setData(Qt::AccessibleTextRole, tr("Rule %1, value: %2").arg(row).arg(value->text()));
        } else {
            const QString message = tr("Rule %1, value \"%2\" is invalid: %3").arg(row).arg(value->text(), why);
            value->setIcon(warning);
            value->setToolTip(message);
            value->setData(Qt::AccessibleTextRole, message);
        }
    }
}

void LoginRuleTable::onItemChanged(QTableWidgetItem* item)
{
    if (item == nullptr || item->column() != ValueColumn || item->row() >= m_rules.size()) {
        return;
    }
    m_rules[item->row()].value = item->text();
    markRows(); // a duplicate of another row may have appeared or gone
    Q_EMIT edited();
}

void LoginRuleTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild(currentRow());
    }
    QTableWidget::changeEvent(event);
}

} // namespace dm
