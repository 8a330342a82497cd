#pragma once

#include "core/Expected.h"
#include "sandbox/FaultInjector.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <random>

namespace dm::sandbox {

// A parsed --faults specification: comma-separated `kind=rate[:param]` entries and an optional `seed=N`, e.g.
// "latency=0.1:300,5xx=0.05,drop=0.02,seed=7". The grammar and the kinds are in the contract (Faults).
struct FaultSpec
{
    enum class Kind
    {
        Latency,   // param: delay in ms (default 300)
        Http5xx,   // param: HTTP status 500..599 (default 503)
        Drop,      // connection closed before handling
        DropAfter, // handled and committed, then the connection closed without an answer
        Truncate,  // handled, half the body sent, then closed
        RateLimit, // param: burst length in requests (default 5), each answered -422
        Tokens,    // every access token invalidated, then the request handled (so it fails -301)
        Drip,      // param: the answer dripped over this many ms (default 2000)
    };
    static constexpr int kKindCount = 8;

    struct Entry
    {
        Kind kind = Kind::Latency;
        double rate = 0;
        int param = 0; // 0 for kinds without one
    };

    // Why a specification was refused: a short reason for -401 and a sentence naming the offending part.
    struct Error
    {
        QString reason; // format, kind, rate, param, duplicate, sum, seed
        QString detail;
    };

    QList<Entry> entries; // in the order of Kind, at most one per kind
    std::optional<quint64> seed;

    [[nodiscard]] static Expected<FaultSpec, Error> parse(QStringView text);
    // The canonical spelling (kinds in a fixed order, every parameter written out); parse(toString()) == *this.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static QString kindName(Kind kind);
};

// The fault injector dmsandbox runs with: decides per request from the spec with its own random sequence (so a
// seed replays the same faults for the same sequence of requests) and counts what it injected since start.
class FaultPlan final : public FaultInjector
{
public:
    explicit FaultPlan(FaultSpec spec);

    // Replaces the spec (an empty one turns faults off); restarts the random sequence and ends a running -422
    // burst. The counters keep counting.
    void setSpec(FaultSpec spec);
    [[nodiscard]] const FaultSpec& spec() const { return m_spec; }

    [[nodiscard]] FaultDecision decide(const QString& path) override;

    // What /sandbox/faults/get answers: the spec, the seed in use and the counters.
    [[nodiscard]] QJsonObject status() const;

    // The retry hint every -422 of a burst carries.
    static constexpr int kRetryAfterMs = 200;

private:
    [[nodiscard]] double nextUniform();
    [[nodiscard]] FaultDecision burstDecision();

    FaultSpec m_spec;
    quint64 m_seed = 0;
    std::mt19937_64 m_random;
    int m_burstLeft = 0;
    std::array<qint64, FaultSpec::kKindCount> m_injected{};
    qint64 m_bursts = 0;
    qint64 m_requests = 0;
};

} // namespace dm::sandbox
