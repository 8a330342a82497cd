#include "core/LogRecords.h"

#include "core/EnumNames.h"

namespace dm {
namespace {

constexpr EnumName<LogResult> kResults[] = {{LogResult::Success, "success"}, {LogResult::Failure, "failure"}};

constexpr EnumName<LoginMethod> kMethods[] = {{LoginMethod::Webmail, "webmail"},
                                              {LoginMethod::Mailmaster, "mailmaster"},
                                              {LoginMethod::Proprietary, "proprietary"},
                                              {LoginMethod::Wechat, "wechat"},
                                              {LoginMethod::Imap, "imap"},
                                              {LoginMethod::Pop, "pop"},
                                              {LoginMethod::Smtp, "smtp"}};

constexpr EnumName<MailDirection> kDirections[] = {{MailDirection::In, "in"}, {MailDirection::Out, "out"}};

constexpr EnumName<MailStatus> kStatuses[] = {{MailStatus::Delivered, "delivered"},
                                              {MailStatus::Received, "received"},
                                              {MailStatus::Failed, "failed"},
                                              {MailStatus::Bounced, "bounced"},
                                              {MailStatus::Deferred, "deferred"},
                                              {MailStatus::Intercepted, "intercepted"},
                                              {MailStatus::Spam, "spam"}};

constexpr EnumName<LoginFailReason> kFailReasons[] = {{LoginFailReason::Password, "password"},
                                                      {LoginFailReason::LoginRule, "loginRule"},
                                                      {LoginFailReason::ClientNotAllowed, "clientNotAllowed"},
                                                      {LoginFailReason::Other, "other"}};

constexpr EnumName<ReadClient> kReadClients[] = {
    {ReadClient::Webmail, "webmail"}, {ReadClient::Mailmaster, "mailmaster"}, {ReadClient::Wechat, "wechat"}};

} // namespace

QString toString(LogResult result)
{
    return enumToString(kResults, result);
}

std::optional<LogResult> logResultFromString(QStringView text)
{
    return enumFromString(kResults, text);
}

QString toString(LoginMethod method)
{
    return enumToString(kMethods, method);
}

std::optional<LoginMethod> loginMethodFromString(QStringView text)
{
    return enumFromString(kMethods, text);
}

QString toString(MailDirection direction)
{
    return enumToString(kDirections, direction);
}

std::optional<MailDirection> mailDirectionFromString(QStringView text)
{
    return enumFromString(kDirections, text);
}

QString toString(MailStatus status)
{
    return enumToString(kStatuses, status);
}

std::optional<MailStatus> mailStatusFromString(QStringView text)
{
    return enumFromString(kStatuses, text);
}

QString toString(LoginFailReason reason)
{
    return enumToString(kFailReasons, reason);
}

LoginFailReason loginFailReasonFromString(QStringView text)
{
    return enumFromString(kFailReasons, text).value_or(LoginFailReason::Other);
}

QString toString(ReadClient client)
{
    return enumToString(kReadClients, client);
}

std::optional<ReadClient> readClientFromString(QStringView text)
{
    return enumFromString(kReadClients, text);
}

} // namespace dm
