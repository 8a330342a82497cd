#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dm {

// The platform's three logs (CONTRACT.md §13), with exactly the contract's record fields. Every enum below is a set
// the contract fixes; a value outside it is a Protocol error when read, never a guess.

enum class LogResult
{
    Success,
    Failure,
};

enum class LoginMethod
{
    Webmail,
    Mailmaster, // 邮箱大师
    Proprietary,
    Wechat,
    Imap,
    Pop,
    Smtp,
};

enum class MailDirection
{
    In,  // received by a mailbox of the domain
    Out, // sent from one
};

enum class MailStatus
{
    Delivered,
    Received,
    Failed,
    Bounced,
    Deferred,
    Intercepted,
    Spam,
};

// Why the platform refused a login (the delivery extension's failReason; the vendor's log says nothing).
enum class LoginFailReason
{
    Password,         // a wrong password or verification code
    LoginRule,        // refused by the login rules where it came from
    ClientNotAllowed, // the client is not among the account's allowed clients
    Other,            // a reason this build does not know yet: kept as a failure, never dropped
};

// The clients a recipient reads documents with.
enum class ReadClient
{
    Webmail,
    Mailmaster,
    Wechat,
};

// The administrators' operation log. `action` is an open set of codes (createAccount, updatePolicy, ...): new
// endpoints add new ones, so it stays a string.
struct OperationRecord
{
    qint64 id = 0;
    qint64 time = 0;         // ms, platform time
    QString operatorAddress; // the contract's `operator` (a C++ keyword): admin@<domain>
    QString action;
    QString target; // an address, a unitId or the domain
    LogResult result = LogResult::Success;
    QString remark; // Chinese description; never an ID number or mobile
    QString ip;
};

// The login log. accountName and ip identify a person: views mask what they show.
struct LoginRecord
{
    qint64 id = 0;
    qint64 time = 0;
    QString accountName;
    LoginMethod method = LoginMethod::Webmail;
    QString ip;
    QString province;
    QString city;
    LogResult result = LogResult::Success;
    bool abnormal = false;
    std::optional<LoginFailReason> failReason; // failures only; nullopt when the platform did not say
};

// The mail log. readAt and readClient are set together, only on received documents.
struct MailRecord
{
    qint64 id = 0;
    qint64 time = 0;
    MailDirection direction = MailDirection::In;
    QString messageId;
    QString subject;
    QString sender;
    QString recipient;
    MailStatus status = MailStatus::Received;
    std::optional<qint64> readAt;
    std::optional<ReadClient> readClient;
    qint64 updatedAt = 0; // >= max(time, readAt)
};

[[nodiscard]] QString toString(LogResult result);
[[nodiscard]] std::optional<LogResult> logResultFromString(QStringView text);
[[nodiscard]] QString toString(LoginMethod method);
[[nodiscard]] std::optional<LoginMethod> loginMethodFromString(QStringView text);
[[nodiscard]] QString toString(MailDirection direction);
[[nodiscard]] std::optional<MailDirection> mailDirectionFromString(QStringView text);
[[nodiscard]] QString toString(MailStatus status);
[[nodiscard]] std::optional<MailStatus> mailStatusFromString(QStringView text);
[[nodiscard]] QString toString(LoginFailReason reason);
// An unknown word is Other: a new reason of the platform must not make its page unreadable.
[[nodiscard]] LoginFailReason loginFailReasonFromString(QStringView text);
[[nodiscard]] QString toString(ReadClient client);
[[nodiscard]] std::optional<ReadClient> readClientFromString(QStringView text);

} // namespace dm
