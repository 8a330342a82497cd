#pragma once

#include "core/LogRecords.h"
#include "export/LogColumnTexts.h"
#include "store/LogQuery.h"
#include "ui/logs/KeysetTableModelOf.h"

#include <QCoreApplication>

namespace dm {

// The three log tables' models: the columns and texts of export/LogColumnTexts.h, with the colours, icons, tooltips
// and accessible texts of a view.

enum LogRole
{
    // True on a login row the platform flagged as abnormal (every column).
    AbnormalRole = Qt::UserRole + 100,
};

class OperationLogColumns final : public TableColumns<OperationRecord>, public OperationLogColumnTexts
{
    Q_DECLARE_TR_FUNCTIONS(OperationLogColumns)

public:
    [[nodiscard]] int count() const override { return ColumnCount; }
    [[nodiscard]] QVariant header(int column, int role) const override;
    [[nodiscard]] QVariant data(const OperationRecord& row, int column, int role) const override;
};

class LoginLogColumns final : public TableColumns<LoginRecord>, public LoginLogColumnTexts
{
    Q_DECLARE_TR_FUNCTIONS(LoginLogColumns)

public:
    [[nodiscard]] int count() const override { return ColumnCount; }
    [[nodiscard]] QVariant header(int column, int role) const override;
    [[nodiscard]] QVariant data(const LoginRecord& row, int column, int role) const override;
};

class MailLogColumns final : public TableColumns<MailRecord>, public MailLogColumnTexts
{
    Q_DECLARE_TR_FUNCTIONS(MailLogColumns)

public:
    [[nodiscard]] int count() const override { return ColumnCount; }
    [[nodiscard]] QVariant header(int column, int role) const override;
    [[nodiscard]] QVariant data(const MailRecord& row, int column, int role) const override;
};

using OperationLogModel = KeysetTableModelOf<OperationRecord, LogPosition>;
using LoginLogModel = KeysetTableModelOf<LoginRecord, LogPosition>;
using MailLogModel = KeysetTableModelOf<MailRecord, LogPosition>;

} // namespace dm
