#pragma once

#include "core/DeliveryPolicy.h"
#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace dm {

// A court's own baseline on disk (core/PolicyBaseline.h baselinePath): a JSON policy object in the contract's shape,
// or a document as `dmctl policy get` prints it (its "policy"); its fields replace those of the brochure's baseline.
// dmctl's `policy drift` and dmadmin's drift scan read the same file.
class BaselineFile
{
    Q_DECLARE_TR_FUNCTIONS(BaselineFile)

public:
    [[nodiscard]] static Expected<DeliveryPolicy, QString> read(const QString& path);
    // Writes `baseline` whole (every field), replacing the file at once; the folder is made when missing.
    [[nodiscard]] static Expected<void, QString> write(const QString& path, const DeliveryPolicy& baseline);
};

} // namespace dm
