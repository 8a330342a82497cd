#pragma once

#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

// Shared by the account, unit and delivery-account tests: how to start a sandbox for them and make accounts.
namespace accounts_test {

// A small court, no rate limit (the tests make many calls), and --speed 0: platform time stands still, so the
// simulation never touches the tests' accounts behind their back (a first login would change them).
inline QStringList frozenSandbox()
{
    return {QStringLiteral("--scale"), QStringLiteral("small"),   QStringLiteral("--rate-limit"),
            QStringLiteral("0"),       QStringLiteral("--speed"), QStringLiteral("0")};
}

// A GB 11643 number from its first 17 digits, with the ISO 7064 MOD 11-2 check character worked out here (an
// independent reading of the standard, not dm_core's).
inline QString idNumber(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    }
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

// The body of a createAccount call with the required fields; `extra` overrides or adds fields.
inline QJsonObject newAccount(const SandboxProcess& sandbox, const QString& accountName, const QString& mobile,
                              const QJsonObject& extra = {})
{
    QJsonObject body{{QStringLiteral("domain"), sandbox.connection().value(QStringLiteral("domain"))},
                     {QStringLiteral("accountName"), accountName},
                     {QStringLiteral("name"), QString(QStringLiteral("测试") + accountName)},
                     {QStringLiteral("bindMobile"), mobile}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        body.insert(it.key(), it.value());
    }
    return body;
}

inline QJsonObject dataOf(const SandboxProcess::Reply& reply)
{
    return reply.data.toObject();
}

inline QJsonObject byName(const QString& accountName)
{
    return QJsonObject{{QStringLiteral("accountName"), accountName}};
}

inline QStringList accountNames(const QJsonArray& items)
{
    QStringList names;
    for (const QJsonValue& item : items) {
        names.append(item.toObject().value(QStringLiteral("accountName")).toString());
    }
    return names;
}

// Follows nextCursor from `request` to the end; every page's items in order, and how many pages it took.
inline QJsonArray listAll(SandboxProcess& sandbox, QJsonObject request, int* pages = nullptr, bool* ok = nullptr)
{
    QJsonArray all;
    int count = 0;
    if (ok) {
        *ok = true;
    }
    for (;;) {
        const auto reply = sandbox.call(QStringLiteral("/api/open/delivery/account/list"), request);
        if (reply.code != 0) {
            if (ok) {
                *ok = false;
            }
            break;
        }
        ++count;
        const QJsonObject data = reply.data.toObject();
        for (const QJsonValue& item : data.value(QStringLiteral("items")).toArray()) {
            all.append(item);
        }
        const QJsonValue next = data.value(QStringLiteral("nextCursor"));
        if (next.isNull() || count > 10000) {
            break;
        }
        request.insert(QStringLiteral("cursor"), next);
    }
    if (pages) {
        *pages = count;
    }
    return all;
}

} // namespace accounts_test
