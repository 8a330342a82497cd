#pragma once

#include "core/LogRecords.h"
#include "store/LogQuery.h"
#include "ui/logs/KeysetTableModelOf.h"

#include <QCoreApplication>

namespace dm {

// The column sets of the three log tables (issue 12's columns, in the console's order).

enum LogRole
{
    // True on a login row the platform flagged as abnormal (every column).
    AbnormalRole = Qt::UserRole + 100,
};

class OperationLogColumns final : public TableColumns<OperationRecord>
{
    Q_DECLARE_TR_FUNCTIONS(OperationLogColumns)

public:
    enum Column
    {
        OperatorColumn,
        ActionColumn,
        TargetColumn,
        TimeColumn,
        ResultColumn,
        RemarkColumn,
        IpColumn,
        ColumnCount,
    };
    [[nodiscard]] int count() const override { return ColumnCount; }
    [[nodiscard]] QVariant header(int column, int role) const override;
    [[nodiscard]] QVariant data(const OperationRecord& row, int column, int role) const override;
    [[nodiscard]] static QString text(const OperationRecord& row, int column);
};

class LoginLogColumns final : public TableColumns<LoginRecord>
{
    Q_DECLARE_TR_FUNCTIONS(LoginLogColumns)

public:
    enum Column
    {
        AccountColumn,
        TimeColumn,
        MethodColumn,
        IpColumn,
        PlaceColumn,
        ResultColumn,
        ColumnCount,
    };
    [[nodiscard]] int count() const override { return ColumnCount; }
    [[nodiscard]] QVariant header(int column, int role) const override;
    [[nodiscard]] QVariant data(const LoginRecord& row, int column, int role) const override;
    [[nodiscard]] static QString text(const LoginRecord& row, int column);
    // "广东省 广州市"
    [[nodiscard]] static QString place(const LoginRecord& row);
};

class MailLogColumns final : public TableColumns<MailRecord>
{
    Q_DECLARE_TR_FUNCTIONS(MailLogColumns)

public:
    enum Column
    {
        DateColumn,
        DirectionColumn,
        SubjectColumn,
        SenderColumn,
        RecipientColumn,
        TimeColumn,
        StatusColumn,
        ReadAtColumn,
        ReadClientColumn,
        ColumnCount,
    };
    [[nodiscard]] int count() const override { return ColumnCount; }
    [[nodiscard]] QVariant header(int column, int role) const override;
    [[nodiscard]] QVariant data(const MailRecord& row, int column, int role) const override;
    [[nodiscard]] static QString text(const MailRecord& row, int column);
};

using OperationLogModel = KeysetTableModelOf<OperationRecord, LogPosition>;
using LoginLogModel = KeysetTableModelOf<LoginRecord, LogPosition>;
using MailLogModel = KeysetTableModelOf<MailRecord, LogPosition>;

} // namespace dm
