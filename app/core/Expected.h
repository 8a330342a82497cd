#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace dm {

// Wraps an error so that Expected<T, E> can be built from either side even when T and E are the same type.
template <typename E>
struct Unexpected
{
    E error;
};

template <typename E>
Unexpected(E) -> Unexpected<E>;

// A value or the reason there is none: the C++20 stand-in for std::expected (C++23), which this project targets
// once its compilers all ship it. Accessing the wrong side is a programming error and asserts in debug builds.
template <typename T, typename E>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Expected(Unexpected<E> failure)
        : m_state(std::in_place_index<1>, std::move(failure.error))
    {}

    [[nodiscard]] bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    [[nodiscard]] T& value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const E& error() const { return std::get<1>(m_state); }

    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, E> m_state;
};

// For operations that produce nothing but may fail.
template <typename E>
class [[nodiscard]] Expected<void, E>
{
public:
    Expected() = default;
    Expected(Unexpected<E> failure)
        : m_error(std::move(failure.error))
        , m_failed(true)
    {}

    [[nodiscard]] bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    [[nodiscard]] const E& error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace dm
