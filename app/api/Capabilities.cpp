#include "api/Capabilities.h"

#include "api/PlatformClient.h"
#include "api/ResultCode.h"
#include "api/WireValue.h"

#include <QDateTime>
#include <QJsonArray>

#include <memory>

namespace dm {
namespace {

struct Probe
{
    ApiFamily family;
    QString path;
    QJsonObject body;
};

QList<Probe> probes(const ConnectionSettings& settings, qint64 now)
{
    const QJsonObject domain{{QStringLiteral("domain"), settings.domain}};
    // A one-minute window that has just closed: cheap everywhere, valid under every window rule.
    const qint64 end = now - now % 60000;
    const qint64 start = end - 60000;
    QJsonObject vendorWindow = domain;
    vendorWindow.insert(QStringLiteral("accountNames"), QJsonArray{QString()});
    vendorWindow.insert(QStringLiteral("startTime"), wire::beijingTime(start));
    vendorWindow.insert(QStringLiteral("endTime"), wire::beijingTime(end));
    vendorWindow.insert(QStringLiteral("pageNum"), 1);
    vendorWindow.insert(QStringLiteral("pageSize"), 1);
    const QJsonObject window{
        {QStringLiteral("startTime"), start}, {QStringLiteral("endTime"), end}, {QStringLiteral("pageSize"), 1}};
    return {
        {ApiFamily::VendorDirectory, QStringLiteral("/api/open/unit/getUnitList"), domain},
        {ApiFamily::VendorLogQuery, QStringLiteral("/api/open/logquery/webLogin"), vendorWindow},
        {ApiFamily::DeliveryAccounts, QStringLiteral("/api/open/delivery/account/list"),
         QJsonObject{{QStringLiteral("pageSize"), 1}}},
        {ApiFamily::DeliveryPolicy, QStringLiteral("/api/open/delivery/policy/get"),
         QJsonObject{{QStringLiteral("level"), QStringLiteral("domain")}}},
        {ApiFamily::DeliveryLoginRules, QStringLiteral("/api/open/delivery/loginRule/get"),
         QJsonObject{{QStringLiteral("level"), QStringLiteral("domain")}}},
        {ApiFamily::DeliveryLogs, QStringLiteral("/api/open/delivery/log/queryOperations"), window},
        {ApiFamily::DeliveryStats, QStringLiteral("/api/open/delivery/stats/logCounts"), window},
    };
}

FamilyStatus classify(const ApiReply& reply)
{
    if (reply) {
        return {FamilyState::Served, {}};
    }
    const ApiError& error = reply.error();
    if (isUnknownApi(error)) {
        return {FamilyState::Missing, error.platformMessage.isEmpty() ? error.detail : error.platformMessage};
    }
    if (error.platformCode == static_cast<int>(ResultCode::ApiNotRegistered)) {
        return {FamilyState::NotGranted, error.platformMessage};
    }
    if (error.platformCode != 0 && error.kind != ApiError::Kind::Auth && error.kind != ApiError::Kind::Server &&
        error.kind != ApiError::Kind::RateLimited && error.kind != ApiError::Kind::Permission) {
        return {FamilyState::Served, {}}; // it answered for itself (a parameter or business error): it exists
    }
    return {FamilyState::Unknown, error.message()};
}

} // namespace

bool isUnknownApi(const ApiError& error)
{
    return error.platformCode == static_cast<int>(ResultCode::RequestError) || error.httpStatus == 404;
}

QList<ApiFamily> Capabilities::allFamilies()
{
    return {ApiFamily::VendorDirectory, ApiFamily::VendorLogQuery,     ApiFamily::DeliveryAccounts,
            ApiFamily::DeliveryPolicy,  ApiFamily::DeliveryLoginRules, ApiFamily::DeliveryLogs,
            ApiFamily::DeliveryStats};
}

QString Capabilities::key(ApiFamily family)
{
    switch (family) {
    case ApiFamily::VendorDirectory:
        return QStringLiteral("vendor.directory");
    case ApiFamily::VendorLogQuery:
        return QStringLiteral("vendor.logquery");
    case ApiFamily::DeliveryAccounts:
        return QStringLiteral("delivery.accounts");
    case ApiFamily::DeliveryPolicy:
        return QStringLiteral("delivery.policy");
    case ApiFamily::DeliveryLoginRules:
        return QStringLiteral("delivery.loginRules");
    case ApiFamily::DeliveryLogs:
        return QStringLiteral("delivery.logs");
    case ApiFamily::DeliveryStats:
        return QStringLiteral("delivery.stats");
    }
    return {};
}

QString Capabilities::displayName(ApiFamily family)
{
    switch (family) {
    case ApiFamily::VendorDirectory:
        return tr("Accounts and units (vendor API)");
    case ApiFamily::VendorLogQuery:
        return tr("Login and received-mail logs (vendor API)");
    case ApiFamily::DeliveryAccounts:
        return tr("Activation tracking and delivery accounts (extension)");
    case ApiFamily::DeliveryPolicy:
        return tr("Delivery permissions (extension)");
    case ApiFamily::DeliveryLoginRules:
        return tr("Login rules (extension)");
    case ApiFamily::DeliveryLogs:
        return tr("Operation, login and mail logs (extension)");
    case ApiFamily::DeliveryStats:
        return tr("Statistics (extension)");
    }
    return {};
}

QString Capabilities::stateText(FamilyState state)
{
    switch (state) {
    case FamilyState::Served:
        return tr("served");
    case FamilyState::Missing:
        return tr("not served by this platform");
    case FamilyState::NotGranted:
        return tr("not granted to this app");
    case FamilyState::Unknown:
        return tr("could not be checked");
    }
    return {};
}

bool Capabilities::serves(ApiFamily family) const
{
    const FamilyState state = status(family).state;
    return state != FamilyState::Missing && state != FamilyState::NotGranted;
}

QString Capabilities::whyUnavailable(ApiFamily family) const
{
    const FamilyStatus found = status(family);
    switch (found.state) {
    case FamilyState::Missing:
        return tr("The platform does not serve %1. Ask the vendor to enable it for this tenant.")
            .arg(displayName(family));
    case FamilyState::NotGranted:
        return tr("The platform has not granted this app %1 (%2). Ask the vendor to register the permission.")
            .arg(displayName(family), found.detail);
    case FamilyState::Served:
    case FamilyState::Unknown:
        break;
    }
    return {};
}

QJsonObject Capabilities::toJson() const
{
    QJsonObject json;
    for (auto it = m_families.cbegin(); it != m_families.cend(); ++it) {
        json.insert(key(it.key()), QJsonObject{{QStringLiteral("state"), static_cast<int>(it.value().state)},
                                               {QStringLiteral("detail"), it.value().detail}});
    }
    return json;
}

Capabilities Capabilities::fromJson(const QJsonObject& json)
{
    Capabilities capabilities;
    for (ApiFamily family : allFamilies()) {
        const QJsonObject entry = json.value(key(family)).toObject();
        const int state = entry.value(QStringLiteral("state")).toInt(-1);
        if (state < static_cast<int>(FamilyState::Served) || state > static_cast<int>(FamilyState::Unknown)) {
            continue;
        }
        capabilities.set(family, {static_cast<FamilyState>(state), entry.value(QStringLiteral("detail")).toString()});
    }
    return capabilities;
}

void probeCapabilities(PlatformClient& client, QObject* context, std::function<void(const Capabilities&)> done)
{
    const QList<Probe> all = probes(client.settings(), QDateTime::currentMSecsSinceEpoch());
    struct Gathering
    {
        Capabilities found;
        qsizetype pending = 0;
        std::function<void(const Capabilities&)> done;
    };
    auto gathering = std::make_shared<Gathering>(Gathering{{}, all.size(), std::move(done)});
    for (const Probe& probe : all) {
        client.call(probe.path, probe.body, {}, context, [gathering, family = probe.family](const ApiReply& reply) {
            gathering->found.set(family, classify(reply));
            if (--gathering->pending == 0) {
                gathering->done(gathering->found);
            }
        });
    }
}

} // namespace dm
