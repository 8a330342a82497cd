#include "export/LogTexts.h"

#include "export/LocalTime.h"

namespace dm {

QString LogTexts::result(LogResult result)
{
    switch (result) {
    case LogResult::Success:
        return tr("Success");
    case LogResult::Failure:
        return tr("Failure");
    }
    return {};
}

QString LogTexts::loginFailReason(LoginFailReason reason)
{
    switch (reason) {
    case LoginFailReason::Password:
        return tr("wrong password or verification code");
    case LoginFailReason::LoginRule:
        return tr("refused by a login rule");
    case LoginFailReason::ClientNotAllowed:
        return tr("client not allowed by the delivery policy");
    case LoginFailReason::Other:
        return tr("another reason");
    }
    return {};
}

QString LogTexts::loginResult(const LoginRecord& login)
{
    if (login.result != LogResult::Failure || !login.failReason) {
        return result(login.result);
    }
    return tr("%1 (%2)").arg(result(login.result), loginFailReason(*login.failReason));
}

QString LogTexts::loginMethod(LoginMethod method)
{
    switch (method) {
    case LoginMethod::Webmail:
        return tr("Webmail login");
    case LoginMethod::Mailmaster:
        return tr("Mail Master app");
    case LoginMethod::Proprietary:
        return tr("Proprietary protocol");
    case LoginMethod::Wechat:
        return tr("WeChat");
    case LoginMethod::Imap:
        return tr("IMAP");
    case LoginMethod::Pop:
        return tr("POP3");
    case LoginMethod::Smtp:
        return tr("SMTP");
    }
    return {};
}

QString LogTexts::mailDirection(MailDirection direction)
{
    switch (direction) {
    case MailDirection::In:
        return tr("Received");
    case MailDirection::Out:
        return tr("Sent");
    }
    return {};
}

QString LogTexts::mailStatus(MailStatus status)
{
    switch (status) {
    case MailStatus::Delivered:
        return tr("Delivered");
    case MailStatus::Received:
        return tr("Received normally");
    case MailStatus::Failed:
        return tr("Delivery failed");
    case MailStatus::Bounced:
        return tr("Bounced");
    case MailStatus::Deferred:
        return tr("Delivery deferred");
    case MailStatus::Intercepted:
        return tr("Intercepted");
    case MailStatus::Spam:
        return tr("Marked as spam");
    }
    return {};
}

QString LogTexts::readClient(ReadClient client)
{
    switch (client) {
    case ReadClient::Webmail:
        return tr("Webmail");
    case ReadClient::Mailmaster:
        return tr("Mail Master app");
    case ReadClient::Wechat:
        return tr("WeChat");
    }
    return {};
}

QStringList LogTexts::knownActions()
{
    return {
        QStringLiteral("createAccount"),   QStringLiteral("updateAccount"),   QStringLiteral("updatePassword"),
        QStringLiteral("resetPassword"),   QStringLiteral("deleteAccount"),   QStringLiteral("recoverAccount"),
        QStringLiteral("enableAccount"),   QStringLiteral("disableAccount"),  QStringLiteral("resendActivation"),
        QStringLiteral("moveUnit"),        QStringLiteral("createUnit"),      QStringLiteral("deleteUnit"),
        QStringLiteral("updatePolicy"),    QStringLiteral("setLoginDefault"), QStringLiteral("updateDomainLoginRule"),
        QStringLiteral("updateLoginRule"), QStringLiteral("exportLogs")};
}

QString LogTexts::action(const QString& code)
{
    // Translated at each call, not kept in a table, so that a language change shows at once.
    if (code == u"createAccount") {
        return tr("Create account");
    }
    if (code == u"updateAccount") {
        return tr("Edit account");
    }
    if (code == u"updatePassword") {
        return tr("Change password");
    }
    if (code == u"resetPassword") {
        return tr("Reset password");
    }
    if (code == u"deleteAccount") {
        return tr("Delete account");
    }
    if (code == u"recoverAccount") {
        return tr("Recover account");
    }
    if (code == u"enableAccount") {
        return tr("Enable account");
    }
    if (code == u"disableAccount") {
        return tr("Disable account");
    }
    if (code == u"resendActivation") {
        return tr("Resend activation SMS");
    }
    if (code == u"moveUnit") {
        return tr("Move to unit");
    }
    if (code == u"createUnit") {
        return tr("Create unit");
    }
    if (code == u"deleteUnit") {
        return tr("Delete unit");
    }
    if (code == u"updatePolicy") {
        return tr("Update delivery policy");
    }
    if (code == u"setLoginDefault") {
        return tr("Login setting for other regions/IP ranges");
    }
    if (code == u"updateDomainLoginRule") {
        return tr("Update region/IP range login rules");
    }
    if (code == u"updateLoginRule") {
        return tr("Update individual login rules");
    }
    if (code == u"exportLogs") {
        return tr("Export logs");
    }
    return code;
}

QString LogTexts::abnormal(bool abnormal)
{
    return abnormal ? tr("Abnormal login") : tr("Normal");
}

// Through LocalTime, which gives QDateTime's texts at a fraction of the cost: exports format millions of these.
QString LogTexts::time(qint64 ms)
{
    return ms > 0 ? LocalTime::dateTimeText(ms) : QString();
}

QString LogTexts::date(qint64 ms)
{
    return ms > 0 ? LocalTime::dateText(ms) : QString();
}

QString LogTexts::timeOfDay(qint64 ms)
{
    return ms > 0 ? LocalTime::timeText(ms) : QString();
}

} // namespace dm
