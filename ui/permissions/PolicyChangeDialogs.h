#pragma once

#include "sync/PolicyEdit.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QTableWidget;

namespace dm {

// Before an edit is applied: every field it changes, old -> new with where each value comes from, and how many
// accounts it can reach. Accepting it applies the edit.
class PolicyDiffDialog final : public QDialog
{
    Q_OBJECT

public:
    PolicyDiffDialog(const PolicyEdit& edit, const QString& target, qint64 accountsInScope, QWidget* parent);
};

// After a version conflict: for each field this edit changed, the value it wanted and the value another client
// saved meanwhile. Every field keeps the other client's value unless the administrator chooses theirs own.
class PolicyConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    PolicyConflictDialog(const PolicyEdit& mine, const PolicyDocument& theirs, QWidget* parent);
    // The fields whose value from this edit is chosen over the other client's.
    [[nodiscard]] QList<PolicyField> keepMine() const;

private:
    QList<PolicyField> m_fields;
    QList<QComboBox*> m_choices;
};

} // namespace dm
