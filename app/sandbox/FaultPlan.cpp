#include "sandbox/FaultPlan.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace dm::sandbox {
namespace {

using Kind = FaultSpec::Kind;

struct KindInfo
{
    Kind kind;
    const char* name;
    int defaultParam; // 0: the kind takes no parameter
    int minParam;
    int maxParam;
};

// In FaultSpec::Kind order, which is also the canonical order and the order rates are stacked in.
constexpr KindInfo kKinds[] = {
    {Kind::Latency, "latency", 300, 1, 60000},
    {Kind::Http5xx, "5xx", 503, 500, 599},
    {Kind::Drop, "drop", 0, 0, 0},
    {Kind::DropAfter, "dropafter", 0, 0, 0},
    {Kind::Truncate, "truncate", 0, 0, 0},
    {Kind::RateLimit, "ratelimit", 5, 1, 1000},
    {Kind::Tokens, "tokens", 0, 0, 0},
    {Kind::Drip, "drip", 2000, 1, 60000},
};

// Seeds stay below 2^53 so that JSON numbers carry them exactly.
constexpr quint64 kMaxSeed = (quint64(1) << 53) - 1;

const KindInfo& info(Kind kind)
{
    return kKinds[static_cast<int>(kind)];
}

QString knownKinds()
{
    QStringList names;
    for (const KindInfo& kind : kKinds) {
        names.append(QLatin1String(kind.name));
    }
    return names.join(QStringLiteral(", "));
}

bool isDigits(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

// 0, 1, 0.25, .5: plain decimals only (no sign, exponent, nan or inf).
std::optional<double> parseRate(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.sliced(dot + 1);
    if ((whole.isEmpty() && fraction.isEmpty()) || (!whole.isEmpty() && !isDigits(whole)) ||
        (dot >= 0 && !isDigits(fraction)) || text.size() > 20) {
        return std::nullopt;
    }
    bool ok = false;
    const double rate = text.toDouble(&ok);
    if (!ok || rate < 0 || rate > 1) {
        return std::nullopt;
    }
    return rate;
}

FaultSpec::Error failure(const char* reason, const QString& detail)
{
    return FaultSpec::Error{QLatin1String(reason), detail};
}

} // namespace

QString FaultSpec::kindName(Kind kind)
{
    return QLatin1String(info(kind).name);
}

Expected<FaultSpec, FaultSpec::Error> FaultSpec::parse(QStringView text)
{
    FaultSpec spec;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return spec;
    }
    std::array<std::optional<Entry>, kKindCount> byKind;
    double total = 0;
    for (const QStringView raw : trimmed.split(u',')) {
        const QStringView item = raw.trimmed();
        const QString quoted = QLatin1Char('\'') + item.toString() + QLatin1Char('\'');
        const qsizetype equals = item.indexOf(u'=');
        if (item.isEmpty() || equals <= 0 || item.indexOf(u'=', equals + 1) >= 0) {
            return Unexpected{failure("format", QStringLiteral("entry %1 is not kind=rate[:param] or seed=N")
                                                    .arg(item.isEmpty() ? QStringLiteral("''") : quoted))};
        }
        const QStringView name = item.first(equals).trimmed();
        const QStringView value = item.sliced(equals + 1).trimmed();
        if (name == u"seed") {
            bool ok = false;
            const quint64 seed = value.toULongLong(&ok);
            if (!isDigits(value) || !ok || seed > kMaxSeed) {
                return Unexpected{failure(
                    "seed", QStringLiteral("seed in %1 is not an integer from 0 to %2").arg(quoted).arg(kMaxSeed))};
            }
            if (spec.seed) {
                return Unexpected{failure("duplicate", QStringLiteral("seed appears twice"))};
            }
            spec.seed = seed;
            continue;
        }
        const KindInfo* kind = nullptr;
        for (const KindInfo& candidate : kKinds) {
            if (name == QLatin1String(candidate.name)) {
                kind = &candidate;
            }
        }
        if (!kind) {
            return Unexpected{failure("kind", QStringLiteral("unknown fault kind '%1' in %2 (known: %3)")
                                                  .arg(name.toString(), quoted, knownKinds()))};
        }
        if (byKind[static_cast<int>(kind->kind)]) {
            return Unexpected{failure("duplicate", QStringLiteral("%1 appears twice").arg(kindName(kind->kind)))};
        }
        const qsizetype colon = value.indexOf(u':');
        const QStringView rateText = colon < 0 ? value : value.first(colon);
        const auto rate = parseRate(rateText);
        if (!rate) {
            return Unexpected{failure(
                "rate",
                QStringLiteral("rate '%1' in %2 is not a number from 0 to 1").arg(rateText.toString(), quoted))};
        }
        Entry entry{kind->kind, *rate, kind->defaultParam};
        if (colon >= 0) {
            const QStringView paramText = value.sliced(colon + 1);
            if (kind->defaultParam == 0) {
                return Unexpected{
                    failure("param", QStringLiteral("%1 takes no parameter, in %2").arg(kindName(kind->kind), quoted))};
            }
            bool ok = false;
            const int param = paramText.toInt(&ok);
            if (!isDigits(paramText) || !ok || param < kind->minParam || param > kind->maxParam) {
                return Unexpected{
                    failure("param", QStringLiteral("parameter '%1' in %2 is not an integer from %3 to %4")
                                         .arg(paramText.toString(), quoted)
                                         .arg(kind->minParam)
                                         .arg(kind->maxParam))};
            }
            entry.param = param;
        }
        total += entry.rate;
        byKind[static_cast<int>(kind->kind)] = entry;
    }
    // One draw per request picks at most one fault, each with its own rate: the rates have to fit in 1.
    if (total > 1 + 1e-9) {
        return Unexpected{failure("sum", QStringLiteral("the fault rates add up to %1, more than 1").arg(total))};
    }
    for (const auto& entry : byKind) {
        if (entry) {
            spec.entries.append(*entry);
        }
    }
    return spec;
}

QString FaultSpec::toString() const
{
    QStringList parts;
    for (const Entry& entry : entries) {
        QString part = kindName(entry.kind) + QLatin1Char('=') + QString::number(entry.rate, 'g', 12);
        if (info(entry.kind).defaultParam != 0) {
            part += QLatin1Char(':') + QString::number(entry.param);
        }
        parts.append(part);
    }
    if (seed) {
        parts.append(QStringLiteral("seed=%1").arg(*seed));
    }
    return parts.join(QLatin1Char(','));
}

FaultPlan::FaultPlan(FaultSpec spec)
{
    setSpec(std::move(spec));
}

void FaultPlan::setSpec(FaultSpec spec)
{
    m_spec = std::move(spec);
    m_seed = m_spec.seed ? *m_spec.seed : QRandomGenerator::system()->generate64() & kMaxSeed;
    m_random.seed(m_seed);
    m_burstLeft = 0;
}

double FaultPlan::nextUniform()
{
    // 53 random bits as a double in [0, 1): the same on every standard library, unlike uniform_real_distribution.
    return double(m_random() >> 11) * (1.0 / 9007199254740992.0);
}

FaultDecision FaultPlan::burstDecision()
{
    ++m_injected[static_cast<int>(Kind::RateLimit)];
    FaultDecision decision;
    decision.kind = FaultDecision::Kind::RateBurst;
    decision.delay = std::chrono::milliseconds(kRetryAfterMs);
    return decision;
}

FaultDecision FaultPlan::decide(const QString& path)
{
    Q_UNUSED(path) // every API is equally exposed; the operator endpoints never get here
    ++m_requests;
    if (m_burstLeft > 0) {
        --m_burstLeft;
        return burstDecision();
    }
    if (m_spec.entries.isEmpty()) {
        return {};
    }
    const double draw = nextUniform();
    double upTo = 0;
    for (const FaultSpec::Entry& entry : m_spec.entries) {
        upTo += entry.rate;
        if (draw >= upTo) {
            continue;
        }
        FaultDecision decision;
        switch (entry.kind) {
        case Kind::RateLimit:
            ++m_bursts;
            m_burstLeft = entry.param - 1; // this request is the first of the burst
            return burstDecision();
        case Kind::Latency:
            decision.kind = FaultDecision::Kind::Latency;
            decision.delay = std::chrono::milliseconds(entry.param);
            break;
        case Kind::Http5xx:
            decision.kind = FaultDecision::Kind::ServerError;
            decision.httpStatus = entry.param;
            break;
        case Kind::Drop:
            decision.kind = FaultDecision::Kind::DropBefore;
            break;
        case Kind::DropAfter:
            decision.kind = FaultDecision::Kind::DropAfter;
            break;
        case Kind::Truncate:
            decision.kind = FaultDecision::Kind::Truncate;
            break;
        case Kind::Tokens:
            decision.kind = FaultDecision::Kind::InvalidateTokens;
            break;
        case Kind::Drip:
            decision.kind = FaultDecision::Kind::SlowDrip;
            decision.delay = std::chrono::milliseconds(entry.param);
            break;
        }
        ++m_injected[static_cast<int>(entry.kind)];
        return decision;
    }
    return {};
}

QJsonObject FaultPlan::status() const
{
    QJsonArray faults;
    for (const FaultSpec::Entry& entry : m_spec.entries) {
        faults.append(
            QJsonObject{{QStringLiteral("kind"), FaultSpec::kindName(entry.kind)},
                        {QStringLiteral("rate"), entry.rate},
                        {QStringLiteral("param"),
                         info(entry.kind).defaultParam != 0 ? QJsonValue(entry.param) : QJsonValue(QJsonValue::Null)}});
    }
    QJsonObject counters;
    for (const KindInfo& kind : kKinds) {
        counters.insert(QLatin1String(kind.name), m_injected[static_cast<int>(kind.kind)]);
    }
    return QJsonObject{{QStringLiteral("spec"), m_spec.toString()}, {QStringLiteral("faults"), faults},
                       {QStringLiteral("seed"), qint64(m_seed)},    {QStringLiteral("seeded"), m_spec.seed.has_value()},
                       {QStringLiteral("counters"), counters},      {QStringLiteral("bursts"), m_bursts},
                       {QStringLiteral("requests"), m_requests}};
}

} // namespace dm::sandbox
