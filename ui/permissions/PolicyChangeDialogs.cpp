#include "ui/permissions/PolicyChangeDialogs.h"

#include "ui/permissions/PolicyTexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dm {

namespace {

QTableWidget* makeTable(QWidget* parent, const QStringList& headers, int rows)
{
    auto* table = new QTableWidget(rows, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setText(QTableWidget* table, int row, int column, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled); // values come from the platform: shown, never edited or run as markup
    table->setItem(row, column, item);
}

QString valueWithSource(const PolicyEdit& edit, const DeliveryPolicy& policy, PolicyField field, PolicyLevel source)
{
    return PolicyDiffDialog::tr("%1 (%2)").arg(PolicyTexts::valueText(policy, field),
                                               PolicyTexts::sourceText(edit.level(), source));
}

} // namespace

PolicyDiffDialog::PolicyDiffDialog(const PolicyEdit& edit, const QString& target, qint64 accountsInScope,
                                   QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("policy.diff"));
    setWindowTitle(tr("Apply the policy change"));
    const QList<PolicyField> fields = edit.changedFields();
    const QString scope = edit.level() == PolicyLevel::Account
                              ? tr("It applies to the account %1 only.").arg(target)
                              : tr("It reaches up to %n account(s) in the cache: those that do not set these fields "
                                   "themselves.",
                                   nullptr, int(qMin<qint64>(accountsInScope, std::numeric_limits<int>::max())));
    auto* summary = new QLabel(tr("%1 %2: %n field(s) change.", nullptr, int(fields.size()))
                                       .arg(PolicyTexts::levelText(edit.level()), target) +
                                   QLatin1Char(' ') + scope,
                               this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);

    auto* table = makeTable(this, {tr("Setting"), tr("Now"), tr("After the change")}, int(fields.size()));
    table->setObjectName(QStringLiteral("policy.diff.table"));
    table->setAccessibleName(tr("Settings this change alters"));
    const DeliveryPolicy before = edit.before();
    const DeliveryPolicy after = edit.effective();
    PolicyEdit unchanged = edit;
    unchanged.revert();
    for (int row = 0; row < fields.size(); ++row) {
        const PolicyField field = fields.at(row);
        setText(table, row, 0, PolicyTexts::fieldTitle(field));
        setText(table, row, 1, valueWithSource(edit, before, field, unchanged.sourceOf(field)));
        setText(table, row, 2, valueWithSource(edit, after, field, edit.sourceOf(field)));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(620, 360);
}

PolicyConflictDialog::PolicyConflictDialog(const PolicyEdit& mine, const PolicyDocument& theirs, QWidget* parent)
    : QDialog(parent)
    , m_fields(mine.changedFields())
{
    setObjectName(QStringLiteral("policy.conflict"));
    setWindowTitle(tr("The policy was changed meanwhile"));
    auto* summary = new QLabel(tr("Another administrator saved this policy (now version %1) after you opened it. For "
                                  "each field you changed, choose which value to keep; unless you choose yours, the "
                                  "other administrator's stays.")
                                   .arg(theirs.version),
                               this);
    summary->setWordWrap(true);
    PolicyEdit other = mine;
    other.rebase(theirs, {});
    const DeliveryPolicy mineValues = mine.effective();
    const DeliveryPolicy theirValues = other.effective();
    auto* table =
        makeTable(this, {tr("Setting"), tr("Yours"), tr("Saved meanwhile"), tr("Keep")}, int(m_fields.size()));
    table->setObjectName(QStringLiteral("policy.conflict.table"));
    table->setAccessibleName(tr("Settings you changed"));
    for (int row = 0; row < m_fields.size(); ++row) {
        const PolicyField field = m_fields.at(row);
        setText(table, row, 0, PolicyTexts::fieldTitle(field));
        setText(table, row, 1, valueWithSource(mine, mineValues, field, mine.sourceOf(field)));
        setText(table, row, 2, valueWithSource(other, theirValues, field, other.sourceOf(field)));
        auto* choice = new QComboBox(table);
        choice->setObjectName(QStringLiteral("policy.conflict.keep.") + policyFieldPath(field));
        choice->setAccessibleName(tr("Value to keep: %1").arg(PolicyTexts::fieldTitle(field)));
        choice->addItem(tr("Saved meanwhile"), false);
        choice->addItem(tr("Yours"), true);
        table->setCellWidget(row, 3, choice);
        m_choices.append(choice);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue editing"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(680, 360);
}

QList<PolicyField> PolicyConflictDialog::keepMine() const
{
    QList<PolicyField> fields;
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i)->currentData().toBool()) {
            fields.append(m_fields.at(i));
        }
    }
    return fields;
}

} // namespace dm
