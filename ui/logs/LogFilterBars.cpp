#include "ui/logs/LogFilterBars.h"

#include "ui/logs/LogTexts.h"

#include <QComboBox>
#include <QLineEdit>

namespace dm {

namespace {

template <typename Enum>
std::optional<Enum> enumChoice(const QVariant& value)
{
    return value.isValid() ? std::optional<Enum>(static_cast<Enum>(value.toInt())) : std::nullopt;
}

QList<QPair<QString, QVariant>> resultItems()
{
    return {{LogTexts::result(LogResult::Success), int(logsql::code(LogResult::Success))},
            {LogTexts::result(LogResult::Failure), int(logsql::code(LogResult::Failure))}};
}

} // namespace

OperationLogFilterBar::OperationLogFilterBar(QWidget* parent)
    : LogFilterBar(QStringLiteral("operations.filter"), parent)
{
    m_operator = addText(QStringLiteral("operator"));
    m_action = addChoice(QStringLiteral("action"));
    m_result = addChoice(QStringLiteral("result"));
    m_target = addText(QStringLiteral("target"));
    retranslateUi();
}

OperationLogFilter OperationLogFilterBar::filter() const
{
    OperationLogFilter filter;
    filter.operatorAddress = textOf(m_operator);
    filter.action = choiceOf(m_action).toString();
    filter.result = enumChoice<LogResult>(choiceOf(m_result));
    filter.target = textOf(m_target);
    return filter;
}

void OperationLogFilterBar::retranslateUi()
{
    setLabel(m_operator, tr("&Operator:"));
    m_operator->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("admin@court.example")));
    setLabel(m_action, tr("&Operation:"));
    QList<QPair<QString, QVariant>> actions;
    for (const QString& code : LogTexts::knownActions()) {
        actions.append({LogTexts::action(code), code});
    }
    fillChoice(m_action, actions);
    setLabel(m_result, tr("&Result:"));
    fillChoice(m_result, resultItems());
    setLabel(m_target, tr("&Target:"));
    m_target->setPlaceholderText(tr("Part of an address or unit"));
}

LoginLogFilterBar::LoginLogFilterBar(QWidget* parent)
    : LogFilterBar(QStringLiteral("logins.filter"), parent)
{
    m_account = addText(QStringLiteral("account"));
    m_method = addChoice(QStringLiteral("method"));
    m_result = addChoice(QStringLiteral("result"));
    m_abnormal = addChoice(QStringLiteral("abnormal"));
    m_province = addText(QStringLiteral("province"));
    m_ipPrefix = addText(QStringLiteral("ipPrefix"));
    retranslateUi();
}

LoginLogFilter LoginLogFilterBar::filter() const
{
    LoginLogFilter filter;
    filter.accountName = textOf(m_account);
    filter.method = enumChoice<LoginMethod>(choiceOf(m_method));
    filter.result = enumChoice<LogResult>(choiceOf(m_result));
    if (const QVariant abnormal = choiceOf(m_abnormal); abnormal.isValid()) {
        filter.abnormal = abnormal.toBool();
    }
    filter.province = textOf(m_province);
    filter.ipPrefix = textOf(m_ipPrefix);
    return filter;
}

void LoginLogFilterBar::retranslateUi()
{
    setLabel(m_account, tr("&Account:"));
    m_account->setPlaceholderText(tr("Account name (before the @)"));
    setLabel(m_method, tr("&Method:"));
    QList<QPair<QString, QVariant>> methods;
    for (const LoginMethod method : {LoginMethod::Webmail, LoginMethod::Mailmaster, LoginMethod::Proprietary,
                                     LoginMethod::Wechat, LoginMethod::Imap, LoginMethod::Pop, LoginMethod::Smtp}) {
        methods.append({LogTexts::loginMethod(method), int(logsql::code(method))});
    }
    fillChoice(m_method, methods);
    setLabel(m_result, tr("&Result:"));
    fillChoice(m_result, resultItems());
    setLabel(m_abnormal, tr("A&bnormal:"));
    fillChoice(m_abnormal, {{tr("Abnormal only"), true}, {tr("Normal only"), false}});
    setLabel(m_province, tr("&Province:"));
    m_province->setPlaceholderText(tr("Exact name, e.g. %1").arg(QStringLiteral("广东省")));
    setLabel(m_ipPrefix, tr("&IP starts with:"));
    m_ipPrefix->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("58.248.")));
}

MailLogFilterBar::MailLogFilterBar(QWidget* parent)
    : LogFilterBar(QStringLiteral("mail.filter"), parent)
{
    m_subject = addText(QStringLiteral("subject"));
    m_subject->setMinimumWidth(220);
    m_direction = addChoice(QStringLiteral("direction"));
    m_status = addChoice(QStringLiteral("status"));
    m_read = addChoice(QStringLiteral("read"));
    m_sender = addText(QStringLiteral("sender"));
    m_recipient = addText(QStringLiteral("recipient"));
    retranslateUi();
}

MailLogFilter MailLogFilterBar::filter() const
{
    MailLogFilter filter;
    filter.subject = textOf(m_subject);
    filter.direction = enumChoice<MailDirection>(choiceOf(m_direction));
    filter.status = enumChoice<MailStatus>(choiceOf(m_status));
    if (const QVariant read = choiceOf(m_read); read.isValid()) {
        filter.read = read.toBool();
    }
    filter.sender = textOf(m_sender);
    filter.recipient = textOf(m_recipient);
    return filter;
}

void MailLogFilterBar::retranslateUi()
{
    setLabel(m_subject, tr("&Subject:"));
    m_subject->setPlaceholderText(tr("Words of the subject, e.g. a case number"));
    setLabel(m_direction, tr("&Type:"));
    fillChoice(m_direction, {{LogTexts::mailDirection(MailDirection::In), int(logsql::code(MailDirection::In))},
                             {LogTexts::mailDirection(MailDirection::Out), int(logsql::code(MailDirection::Out))}});
    setLabel(m_status, tr("S&tatus:"));
    QList<QPair<QString, QVariant>> statuses;
    for (const MailStatus status :
         {MailStatus::Delivered, MailStatus::Received, MailStatus::Failed, MailStatus::Bounced, MailStatus::Deferred,
          MailStatus::Intercepted, MailStatus::Spam}) {
        statuses.append({LogTexts::mailStatus(status), int(logsql::code(status))});
    }
    fillChoice(m_status, statuses);
    setLabel(m_read, tr("R&ead:"));
    fillChoice(m_read, {{tr("Read"), true}, {tr("Not read"), false}});
    setLabel(m_sender, tr("Se&nder:"));
    m_sender->setPlaceholderText(tr("Whole address"));
    setLabel(m_recipient, tr("Re&cipient:"));
    m_recipient->setPlaceholderText(tr("Whole address"));
}

} // namespace dm
