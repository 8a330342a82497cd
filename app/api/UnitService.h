#pragma once

#include "api/ApiError.h"
#include "core/Account.h"
#include "core/Expected.h"
#include "core/NumberedPage.h"

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
    // The accounts of one unit (not of its children) that are not deleted, in creation order, by page number
    // (1-based; pageSize 1..200) as the vendor pages. For sync use AccountService::list (keyset paging).
    void listAccounts(const QString& unitId, int pageNum, int pageSize, QObject* context,
                      Done<NumberedPage<Account>> done);
    // Deletes an empty unit (no child units, no accounts but deleted ones, which move to its parent). Reconciled
    // after an ambiguous failure: a second copy would fail with UNIT.NOT.FOUND.
    void remove(const QString& unitId, QObject* context, Done<void> done);

private:
    PlatformClient& m_client;
};

} // namespace dm
