#pragma once

#include <QStringView>
#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <random>
#include <span>

namespace dm::sandbox {

// The simulation's random source. The engine is std::mt19937_64, whose output the standard fixes bit for bit; the
// distributions are written here because <random>'s are implementation-defined, and the same --seed must give the
// same court with every standard library.
class Prng
{
public:
    explicit Prng(quint64 seed)
        : m_engine(seed)
    {}

    [[nodiscard]] quint64 next() { return m_engine(); }

    // Uniform in [0, bound), without modulo bias (values below 2^64 mod bound are rejected). bound must be > 0.
    [[nodiscard]] quint64 below(quint64 bound)
    {
        const quint64 threshold = (0 - bound) % bound;
        for (;;) {
            const quint64 value = next();
            if (value >= threshold) {
                return value % bound;
            }
        }
    }
    // Uniform in [low, high] (inclusive).
    [[nodiscard]] qint64 between(qint64 low, qint64 high)
    {
        return high <= low ? low : low + static_cast<qint64>(below(static_cast<quint64>(high - low) + 1));
    }
    // Uniform in [0, 1), 53 bits.
    [[nodiscard]] double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    [[nodiscard]] bool chance(double probability) { return uniform() < probability; }
    [[nodiscard]] double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    // Log-normal with the given median: a heavy tail (most quick, a few very slow).
    [[nodiscard]] double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    [[nodiscard]] double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    // An index drawn with the given (non-negative, not all zero) weights.
    [[nodiscard]] qsizetype weighted(std::span<const int> weights)
    {
        qint64 total = 0;
        for (const int weight : weights) {
            total += weight;
        }
        qint64 ticket = static_cast<qint64>(below(static_cast<quint64>(total)));
        for (qsizetype i = 0; i < static_cast<qsizetype>(weights.size()); ++i) {
            ticket -= weights[static_cast<std::size_t>(i)];
            if (ticket < 0) {
                return i;
            }
        }
        return static_cast<qsizetype>(weights.size()) - 1;
    }
    template <typename T>
    [[nodiscard]] const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(items.size()))];
    }

private:
    std::mt19937_64 m_engine;
};

// A stable 64-bit mix of a seed and a text (FNV-1a over UTF-16, then SplitMix64's finaliser): traits that must be the
// same whenever they are derived (whether a recipient will ever log in) come from it, not from the stream.
[[nodiscard]] inline quint64 stableHash(quint64 seed, QStringView text)
{
    quint64 hash = 0xcbf29ce484222325ULL ^ seed;
    for (const QChar c : text) {
        hash = (hash ^ c.unicode()) * 0x100000001b3ULL;
    }
    hash ^= hash >> 30;
    hash *= 0xbf58476d1ce4e5b9ULL;
    hash ^= hash >> 27;
    hash *= 0x94d049bb133111ebULL;
    return hash ^ (hash >> 31);
}

// A stable fraction in [0, 1) for the same purpose.
[[nodiscard]] inline double stableFraction(quint64 seed, QStringView text)
{
    return static_cast<double>(stableHash(seed, text) >> 11) * 0x1.0p-53;
}

} // namespace dm::sandbox
