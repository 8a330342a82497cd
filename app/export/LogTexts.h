#pragma once

#include "core/LogRecords.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dm {

// The one place for the display texts of the logs' values: results, login methods, mail directions and statuses,
// read clients, operation actions, times. Every table column, filter bar and detail pane of the logs shows these, so a
// value reads the same everywhere. The English texts are the sources; the Chinese ones follow the platform console.
class LogTexts
{
    Q_DECLARE_TR_FUNCTIONS(LogTexts)

public:
    [[nodiscard]] static QString result(LogResult result);
    [[nodiscard]] static QString loginMethod(LoginMethod method);
    [[nodiscard]] static QString loginFailReason(LoginFailReason reason);
    // "Failure (refused by a login rule)": a login's result with the reason the platform gave.
    [[nodiscard]] static QString loginResult(const LoginRecord& login);
    [[nodiscard]] static QString mailDirection(MailDirection direction);
    [[nodiscard]] static QString mailStatus(MailStatus status);
    [[nodiscard]] static QString readClient(ReadClient client);
    // An operation's action code (createAccount, updatePolicy, ...) as the console names it; a code this client does
    // not know yet is shown as it is.
    [[nodiscard]] static QString action(const QString& code);
    // The action codes the platform documents, in the order a filter offers them.
    [[nodiscard]] static QStringList knownActions();
    // "Abnormal" and the words that go with it, so it is never a colour alone.
    [[nodiscard]] static QString abnormal(bool abnormal);
    // A platform time (ms) in local time to the second; empty for 0.
    [[nodiscard]] static QString time(qint64 ms);
    [[nodiscard]] static QString date(qint64 ms);
    [[nodiscard]] static QString timeOfDay(qint64 ms);
};

} // namespace dm
