#pragma once

#include "core/AddressBasis.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dm {

// The vendor's account states (its integers 0, 1, 2, 4, 5, 6). Departed and the two hand-over states belong to
// staff mailboxes; a delivery mailbox meets them only when an administrator set them in the vendor's console.
enum class AccountStatus
{
    Enabled,
    Disabled,
    Deleted,
    Departed,    // 离职
    HandingOver, // 交接中
    HandedOver,  // 交接完成
};

// How far a recipient has got with the delivery mailbox: created -> activation SMS sent -> first login -> activated.
enum class ActivationState
{
    Created,
    SmsSent,
    FirstLogin,
    Activated,
};

struct Activation
{
    ActivationState state = ActivationState::Created;
    std::optional<qint64> smsSentAt; // ms since the epoch, UTC
    std::optional<qint64> firstLoginAt;
    std::optional<qint64> activatedAt;
    int reminderCount = 0; // activation SMS resent after the first
};

// A delivery mailbox as the platform describes it. idNumber and mobile are PII: views mask them (core/Masking.h).
struct Account
{
    QString accountName; // the local part
    QString address;     // accountName@domain
    QString name;        // the recipient's name
    QString jobNumber;   // the case number, for courts
    QString idNumber;
    QString mobile;
    QString unitId;
    AccountStatus status = AccountStatus::Enabled;
    bool visibleInAddr = false;
    int passChangeFirstLogin = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    Activation activation;
    std::optional<AddressBasis> addressBasis; // delivery mailboxes: where the court got the address
};

struct Unit
{
    QString unitId;
    QString name;
    QString parentUnitId; // empty for the root unit
    qint64 createdAt = 0;
    int accountCount = 0;
};

// One page of a keyset listing; nextCursor is absent on the last page.
template <typename T>
struct KeysetPage
{
    QList<T> items;
    std::optional<QString> nextCursor;
};

// The contract's spellings ("enabled", "smsSent"...). fromString gives nullopt for anything else.
[[nodiscard]] QString toString(AccountStatus status);
[[nodiscard]] std::optional<AccountStatus> accountStatusFromString(QStringView text);
[[nodiscard]] QString toString(ActivationState state);
[[nodiscard]] std::optional<ActivationState> activationStateFromString(QStringView text);

} // namespace dm
