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

// The typed unit endpoints (the vendor's /api/open/unit/ family). Every body names the profile's domain.
class UnitService
{
public:
    template <typename T>
    using Done = std::function<void(const Expected<T, ApiError>&)>;

    explicit UnitService(PlatformClient& client);

    void list(QObject* context, Done<QList<Unit>> done);
    // `parentUnitId` empty or "root": a unit at the top of the domain. `description` is the vendor's unitDesc.
    void create(const QString& name, const QString& parentUnitId, const QString& description, QObject* context,
                Done<Unit> done);
    // The accounts of one unit that are not deleted (with those of its sub-units when `recursive`), in creation
    // order, by page number (1-based; pageSize 1..200) as the vendor pages; the top unit ("root") lists the whole
    // domain. For sync against the extension use AccountService::list (keyset paging).
    void listAccounts(const QString& unitId, bool recursive, int pageNum, int pageSize, QObject* context,
                      Done<NumberedPage<Account>> done);
    // Deletes an empty unit (no child units, no accounts but deleted ones, which move to its parent). Reconciled
    // after an ambiguous failure: a second copy would fail with UNIT.NOT.FOUND.
    void remove(const QString& unitId, QObject* context, Done<void> done);

private:
    PlatformClient& m_client;
};

} // namespace dm
