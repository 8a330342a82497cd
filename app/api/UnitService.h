#pragma once

#include "api/ApiError.h"
#include "core/Account.h"
#include "core/Expected.h"

#include <QList>
#include <QObject>

#include <functional>

namespace dm {

class PlatformClient;

// The typed unit endpoints (the vendor's /api/open/unit/ family).
class UnitService
{
public:
    template <typename T>
    using Done = std::function<void(const Expected<T, ApiError>&)>;

    explicit UnitService(PlatformClient& client);

    void list(QObject* context, Done<QList<Unit>> done);
    void create(const QString& name, const QString& parentUnitId, QObject* context, Done<Unit> done);

private:
    PlatformClient& m_client;
};

} // namespace dm
