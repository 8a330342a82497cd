#pragma once

#include "core/Account.h"

#include <QList>

class QComboBox;

namespace dm {

// Puts `units` into a unit choice below its first item (the "all units" entry, kept): depth first under their
// parents, siblings in the platform's order, each indented by its depth. A unit whose parent is unknown is shown at
// the top level rather than lost. The unit chosen before stays chosen; returns false when it is gone (the choice is
// then the first item) so the caller can apply the new filter. Emits no signal of the box.
bool fillUnitChoice(QComboBox& box, const QList<Unit>& units);

// Whether two unit lists would fill a choice alike (same ids, names and parents, in the same order).
[[nodiscard]] bool sameUnits(const QList<Unit>& a, const QList<Unit>& b);

} // namespace dm
