#include "ui/UnitChoice.h"

#include <QComboBox>
#include <QHash>
#include <QSignalBlocker>

#include <algorithm>
#include <functional>

namespace dm {

bool fillUnitChoice(QComboBox& box, const QList<Unit>& units)
{
    const QString chosen = box.currentData().toString();
    const QSignalBlocker blocker(&box);
    while (box.count() > 1) {
        box.removeItem(1);
    }
    QHash<QString, QList<const Unit*>> children;
    QHash<QString, bool> known;
    for (const Unit& unit : units) {
        known.insert(unit.unitId, true);
    }
    for (const Unit& unit : units) {
        children[known.contains(unit.parentUnitId) ? unit.parentUnitId : QString()].append(&unit);
    }
    std::function<void(const QString&, int)> addBelow = [&](const QString& parentId, int depth) {
        for (const Unit* unit : children.value(parentId)) {
            box.addItem(QString(depth * 4, QLatin1Char(' ')) + unit->name, unit->unitId);
            if (depth < 32) { // a cycle in bad data must not recurse forever
                addBelow(unit->unitId, depth + 1);
            }
        }
    };
    addBelow(QString(), 0);
    // Units whose parents form a cycle are below one another only: none was reached from the top, so add them there.
    for (const Unit& unit : units) {
        if (box.findData(unit.unitId) < 0) {
            box.addItem(unit.name, unit.unitId);
        }
    }
    const int index = box.findData(chosen);
    box.setCurrentIndex(index < 0 ? 0 : index);
    return index >= 0 || chosen.isEmpty();
}

bool sameUnits(const QList<Unit>& a, const QList<Unit>& b)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin(), [](const Unit& x, const Unit& y) {
               return x.unitId == y.unitId && x.name == y.name && x.parentUnitId == y.parentUnitId;
           });
}

} // namespace dm
