#pragma once

#include "core/LogRecords.h"

#include <QCoreApplication>
#include <QString>

namespace dm {

// The columns of the three log tables (issue 12's columns, in the console's order) and what each cell says: the one
// source of the headers and cell texts that the log pages show and the exports write, so a file reads like the page
// it came from. The translation contexts are those of the tables (OperationLogColumns, ...), which the pages' models
// in ui/logs/LogColumns.h extend with their colours, icons and tooltips.
//
// Masking is part of the text: the free-text cells (an operation's remark, a mail's subject) go through scrubPii, so
// no page and no export shows an ID number or mobile that slipped into them.

class OperationLogColumnTexts
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
    [[nodiscard]] static QString headerText(int column);
    [[nodiscard]] static QString text(const OperationRecord& row, int column);
};

class LoginLogColumnTexts
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
    [[nodiscard]] static QString headerText(int column);
    [[nodiscard]] static QString text(const LoginRecord& row, int column);
    // "广东省 广州市"
    [[nodiscard]] static QString place(const LoginRecord& row);
};

class MailLogColumnTexts
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
    [[nodiscard]] static QString headerText(int column);
    [[nodiscard]] static QString text(const MailRecord& row, int column);
};

} // namespace dm
