#include "ui/timeline/TimelineTexts.h"

#include "core/Masking.h"
#include "core/PiiScrubber.h"
#include "ui/logs/LogColumns.h"
#include "ui/logs/LogTexts.h"
#include "ui/permissions/PolicyTexts.h"

#include <QApplication>
#include <QStyle>

namespace dm {

namespace {

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept.append(part);
        }
    }
    return kept.join(QStringLiteral(" · "));
}

} // namespace

QString TimelineTexts::kind(const TimelineEvent& event)
{
    switch (event.kind) {
    case TimelineKind::Created:
        return tr("Account created");
    case TimelineKind::SmsSent:
        return event.operation() != nullptr ? tr("Activation SMS resent") : tr("Activation SMS sent");
    case TimelineKind::Login:
        return event.login() != nullptr && event.login()->result == LogResult::Failure ? tr("Login failed")
                                                                                       : tr("Login");
    case TimelineKind::FirstLogin:
        return tr("First login");
    case TimelineKind::Activated:
        return tr("Activated");
    case TimelineKind::MailReceived:
        return tr("Mail received");
    case TimelineKind::MailRead:
        return tr("Mail read");
    case TimelineKind::MailSent:
        return tr("Mail sent");
    case TimelineKind::Operation:
        return tr("Operation");
    case TimelineKind::PolicyChange:
        return tr("Policy change");
    }
    return {};
}

QIcon TimelineTexts::icon(const TimelineEvent& event)
{
    QStyle* style = QApplication::style();
    if (isWarning(event)) {
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    switch (event.kind) {
    case TimelineKind::Created:
        return style->standardIcon(QStyle::SP_FileIcon);
    case TimelineKind::SmsSent:
        return style->standardIcon(QStyle::SP_ArrowForward);
    case TimelineKind::Login:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    case TimelineKind::FirstLogin:
    case TimelineKind::Activated:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case TimelineKind::MailReceived:
        return style->standardIcon(QStyle::SP_ArrowDown);
    case TimelineKind::MailRead:
        return style->standardIcon(QStyle::SP_DialogOpenButton);
    case TimelineKind::MailSent:
        return style->standardIcon(QStyle::SP_ArrowUp);
    case TimelineKind::Operation:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case TimelineKind::PolicyChange:
        return style->standardIcon(QStyle::SP_FileDialogInfoView);
    }
    return {};
}

bool TimelineTexts::isWarning(const TimelineEvent& event)
{
    if (const LoginRecord* login = event.login()) {
        return login->result == LogResult::Failure || login->abnormal;
    }
    if (const OperationRecord* operation = event.operation()) {
        return operation->result == LogResult::Failure;
    }
    if (const MailRecord* mail = event.mail()) {
        return event.kind != TimelineKind::MailRead && mail->status != MailStatus::Received &&
               mail->status != MailStatus::Delivered;
    }
    return false;
}

QString TimelineTexts::details(const TimelineEvent& event)
{
    if (const LoginRecord* login = event.login()) {
        return joined({LogTexts::loginMethod(login->method), login->ip, LoginLogColumns::place(*login),
                       LogTexts::loginResult(*login), login->abnormal ? LogTexts::abnormal(true) : QString()});
    }
    if (const MailRecord* mail = event.mail()) {
        const QString subject = scrubPii(mail->subject);
        switch (event.kind) {
        case TimelineKind::MailRead:
            return joined({subject, mail->readClient ? tr("read with %1").arg(LogTexts::readClient(*mail->readClient))
                                                     : QString()});
        case TimelineKind::MailSent:
            return joined(
                {subject, tr("to %1").arg(maskNumbersInName(mail->recipient)), LogTexts::mailStatus(mail->status)});
        default:
            return joined(
                {subject, tr("from %1").arg(maskNumbersInName(mail->sender)), LogTexts::mailStatus(mail->status)});
        }
    }
    if (const OperationRecord* operation = event.operation()) {
        // The platform promises no ID number or mobile in a remark; masked anyway, should one slip in.
        return joined({event.kind == TimelineKind::PolicyChange ? PolicyTexts::levelText(event.policyLevel) : QString(),
                       LogTexts::action(operation->action), tr("by %1").arg(operation->operatorAddress),
                       LogTexts::result(operation->result), scrubPii(operation->remark)});
    }
    switch (event.kind) {
    case TimelineKind::Created:
        return tr("The delivery mailbox was created on the platform");
    case TimelineKind::SmsSent:
        return event.reminderCount > 0
                   ? tr("The latest activation SMS (%n reminder(s) after the first)", nullptr, event.reminderCount)
                   : tr("The activation SMS with the first login details");
    case TimelineKind::FirstLogin:
        return tr("The recipient logged in for the first time");
    case TimelineKind::Activated:
        return tr("The recipient finished activating the mailbox");
    default:
        return {};
    }
}

} // namespace dm
