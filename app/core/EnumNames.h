#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace dm {

// One row of an enum's spelling table: the contract fixes these strings, so each enum keeps exactly one table and
// both directions are read from it (a spelling cannot drift between toString and fromString).
template <typename E>
struct EnumName
{
    E value;
    const char* name; // ASCII, as the contract spells it
};

template <typename E, std::size_t N>
[[nodiscard]] QString enumToString(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E>& entry : table) {
        if (entry.value == value) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

// nullopt for any spelling the table does not have: callers turn that into a Protocol or Validation error.
template <typename E, std::size_t N>
[[nodiscard]] std::optional<E> enumFromString(const EnumName<E> (&table)[N], QStringView text)
{
    for (const EnumName<E>& entry : table) {
        if (text == QLatin1String(entry.name)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

} // namespace dm
