#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace dm {

class PlatformClient;

// The families of endpoints a platform may or may not serve. Part one of CONTRACT.md is the vendor's API, which
// every tenant has; part two is this project's delivery extension, which a deployment confirms with the vendor.
enum class ApiFamily
{
    VendorDirectory, // /api/open/account/* and /api/open/unit/*
    VendorLogQuery,  // /api/open/logquery/* (page-numbered logins and received mail)
    DeliveryAccounts,
    DeliveryPolicy,
    DeliveryLoginRules,
    DeliveryLogs,
    DeliveryStats,
};

enum class FamilyState
{
    Served,
    Missing,    // the platform does not know these endpoints (-400 unknown API, HTTP 404)
    NotGranted, // the endpoints exist but this app may not call them (-202)
    Unknown,    // the check itself failed (network, credentials...): nothing is assumed either way
};

struct FamilyStatus
{
    FamilyState state = FamilyState::Unknown;
    QString detail; // why, for a Missing/NotGranted/Unknown family: the platform's rule or our error text
};

// What one platform serves, learnt at connect time and remembered per profile, so that what it lacks is greyed out
// with the reason instead of failing with an error.
class Capabilities
{
    Q_DECLARE_TR_FUNCTIONS(Capabilities)

public:
    [[nodiscard]] static QList<ApiFamily> allFamilies();
    // Stable names for files and the command line: "vendor.directory", "delivery.logs"...
    [[nodiscard]] static QString key(ApiFamily family);
    [[nodiscard]] static QString displayName(ApiFamily family);
    [[nodiscard]] static QString stateText(FamilyState state);

    void set(ApiFamily family, FamilyStatus status) { m_families.insert(family, std::move(status)); }
    [[nodiscard]] FamilyStatus status(ApiFamily family) const { return m_families.value(family); }
    // A family never checked, or whose check failed, counts as served: the call itself will say what is wrong.
    [[nodiscard]] bool serves(ApiFamily family) const;
    // For the user: why a feature that needs `family` is unavailable; empty when it is available.
    [[nodiscard]] QString whyUnavailable(ApiFamily family) const;
    [[nodiscard]] bool isEmpty() const { return m_families.isEmpty(); }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Capabilities fromJson(const QJsonObject& json);

private:
    QMap<ApiFamily, FamilyStatus> m_families;
};

// The platform does not know the endpoint at all (-400 unknown API, HTTP 404): its family is not served.
[[nodiscard]] bool isUnknownApi(const ApiError& error);

// Asks the platform, family by family, with one harmless read each (all in parallel). An endpoint that answers at
// all, even with a parameter error, is served; only "unknown API" and "not granted" mean otherwise.
void probeCapabilities(PlatformClient& client, QObject* context, std::function<void(const Capabilities&)> done);

} // namespace dm
