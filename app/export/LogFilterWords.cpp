#include "export/LogFilterWords.h"

#include "export/LogTexts.h"

namespace dm {

namespace {

void addText(QStringList& parts, const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        parts.append(label.arg(value.trimmed()));
    }
}

} // namespace

QString LogFilterWords::describe(const LogExportQuery& query)
{
    QStringList parts;
    if (query.selection) {
        parts.append(tr("%n selected row(s)", nullptr, int(query.selection->size())));
    } else {
        const LogTimeRange& range = query.range;
        if (range.fromMs && range.toMs) {
            parts.append(tr("Time from %1 to %2").arg(LogTexts::time(*range.fromMs), LogTexts::time(*range.toMs)));
        } else if (range.fromMs) {
            parts.append(tr("Time from %1").arg(LogTexts::time(*range.fromMs)));
        } else if (range.toMs) {
            parts.append(tr("Time before %1").arg(LogTexts::time(*range.toMs)));
        } else {
            parts.append(tr("All times"));
        }
        const qsizetype unfiltered = parts.size();
        switch (query.kind) {
        case LogKind::Operations: {
            const OperationLogFilter& filter = query.operations;
            addText(parts, tr("Operator: %1"), filter.operatorAddress);
            if (!filter.action.isEmpty()) {
                parts.append(tr("Operation: %1").arg(LogTexts::action(filter.action)));
            }
            if (filter.result) {
                parts.append(tr("Result: %1").arg(LogTexts::result(*filter.result)));
            }
            addText(parts, tr("Target contains: %1"), filter.target);
            break;
        }
        case LogKind::Logins: {
            const LoginLogFilter& filter = query.logins;
            addText(parts, tr("Account: %1"), filter.accountName);
            if (filter.method) {
                parts.append(tr("Login method: %1").arg(LogTexts::loginMethod(*filter.method)));
            }
            if (filter.result) {
                parts.append(tr("Result: %1").arg(LogTexts::result(*filter.result)));
            }
            if (filter.abnormal) {
                parts.append(*filter.abnormal ? tr("Abnormal logins only") : tr("Normal logins only"));
            }
            addText(parts, tr("Province: %1"), filter.province);
            addText(parts, tr("IP address starts with: %1"), filter.ipPrefix);
            break;
        }
        case LogKind::Mails: {
            const MailLogFilter& filter = query.mails;
            if (filter.direction) {
                parts.append(tr("Mail type: %1").arg(LogTexts::mailDirection(*filter.direction)));
            }
            if (filter.status) {
                parts.append(tr("Status: %1").arg(LogTexts::mailStatus(*filter.status)));
            }
            addText(parts, tr("Sender: %1"), filter.sender);
            addText(parts, tr("Recipient: %1"), filter.recipient);
            addText(parts, tr("Subject contains: %1"), filter.subject);
            if (filter.read) {
                parts.append(*filter.read ? tr("Read mails only") : tr("Unread mails only"));
            }
            break;
        }
        }
        if (parts.size() == unfiltered) {
            parts.append(tr("No filter"));
        }
    }
    if (query.maxRows) {
        parts.append(tr("At most %1 rows").arg(*query.maxRows));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace dm
