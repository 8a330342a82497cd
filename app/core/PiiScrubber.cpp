#include "core/PiiScrubber.h"

#include "core/Masking.h"

#include <QMutex>
#include <QRegularExpression>

namespace dm {

namespace {

// The key, matched case-insensitively (HTTP header names are), with the quote that may close it, then ':' or '='.
// The value is one of: a string in escaped quotes (JSON inside a JSON string: groups 1-3), a string in quotes with
// its own escapes skipped (groups 4-6), or a bare token up to a delimiter (group 7). A quote that never closes (a
// truncated line) has everything up to the end of the line masked. A password key may carry a prefix (newPassword),
// but not after '.' or ':', where it names a field in a platform rule ("PARAM.INVALID:password:weak"), not a value.
// Patterns are views, not QStrings, so there is no static initialisation order to get wrong if a message handler runs
// early.
constexpr QStringView kTokenPattern =
    uR"((?:accessToken|refreshToken|authCode|qiye-access-token|access_token|refresh_token|auth_code|client_secret|)"
    uR"((?<![.:])[a-z_]*passw(?:or)?d)(?:\\?["'])?\s*[:=]\s*)"
    uR"((?:(\\")((?:(?!\\").)*)(\\")?|(["'])((?:(?!\4)[^\\\n]|\\.)*)(\4)?|([^\s"',;&}\])]+)))";

// An HTTP bearer credential ("Authorization: Bearer eyJ..."), whoever wrote the header into a line.
constexpr QStringView kBearerPattern = uR"((\bBearer\s+)[A-Za-z0-9._~+/=-]+)";

// Digit runs are bounded by non-digits on both sides, so that longer numbers (order numbers, timestamps) are left
// alone. A mobile number may be grouped 3-4-4 with one kind of separator, and its country code is kept.
constexpr QStringView kIdPattern = uR"((?<![0-9])[0-9]{17}[0-9Xx](?![0-9]))";
constexpr QStringView kMobilePattern =
    uR"((?<![0-9])(?<country>(?:\+|00)?86[ -]?)?(?<prefix>1[3-9][0-9])(?<sep>[ -]?)(?<middle>[0-9]{4}))"
    uR"(\k<sep>(?<last>[0-9]{4})(?![0-9]))";

// A digest (SHA-256 of a pack in the ledger, a certificate fingerprint) or a request's UUID is kept whole: its digits
// can run to 18 or 11 by chance, and a half-starred hash no longer proves anything. Only the lengths of MD5, SHA-1,
// SHA-256 and SHA-512 in hex, with at least one letter (the lookahead: digits, then a-f, inside the run), so that an
// ID number or mobile written among other letters and digits is still masked. Tried before the numbers, at the same
// position, as the first alternative of each pattern.
constexpr QStringView kKeptPattern =
    uR"((?<kept>(?<![0-9A-Za-z]))"
    uR"((?:(?=[0-9]*[A-Fa-f])(?:[0-9A-Fa-f]{128}|[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})|)"
    uR"([0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}))"
    uR"((?![0-9A-Za-z])))";

QString keptOr(QStringView pattern)
{
    return kKeptPattern.toString() + u'|' + pattern.toString();
}

struct Patterns
{
    QRegularExpression token{kTokenPattern.toString(), QRegularExpression::CaseInsensitiveOption};
    QRegularExpression bearer{kBearerPattern.toString(), QRegularExpression::CaseInsensitiveOption};
    QRegularExpression id{keptOr(kIdPattern)};
    QRegularExpression mobile{keptOr(kMobilePattern)};
};

// Compiled once and never destroyed: a message handler can run while a thread, or the process, is being torn down
// (Qt's network thread logs on its way out), after any thread_local or static object would be gone.
const Patterns& patterns()
{
    static const Patterns* const compiled = new Patterns;
    return *compiled;
}

// QRegularExpression does not promise that one object may match on several threads at once, and a message handler
// runs on whichever thread logs. QBasicMutex has no destructor, so it is safe at exit too.
QBasicMutex scrubMutex;

// Rebuilds `text` with each match replaced by what `replace` makes of it; returns `text` itself without matches.
template <typename Replace>
QString replaceAll(QString text, const QRegularExpression& re, Replace replace)
{
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(copied, match.capturedStart() - copied);
        out += replace(match);
        copied = match.capturedEnd();
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString maskTokenValue(const QRegularExpressionMatch& match)
{
    const QStringView whole = match.capturedView();
    const auto keepUpTo = [&](int group) { return whole.first(match.capturedStart(group) - match.capturedStart()); };
    // Quotes are written back closed even when the text was cut off inside the value.
    if (match.capturedStart(2) >= 0)
        return keepUpTo(2) + QStringLiteral(R"(***\")");
    if (match.capturedStart(5) >= 0)
        return keepUpTo(5) + QStringLiteral("***") + match.capturedView(4);
    return keepUpTo(7) + QStringLiteral("***");
}

QString maskBearerMatch(const QRegularExpressionMatch& match)
{
    return match.captured(1) + QStringLiteral("***");
}

QString maskIdMatch(const QRegularExpressionMatch& match)
{
    if (match.hasCaptured(u"kept"))
        return match.captured();
    return maskIdNumber(match.capturedView());
}

QString maskMobileMatch(const QRegularExpressionMatch& match)
{
    if (match.hasCaptured(u"kept"))
        return match.captured();
    const QString national =
        match.capturedView(u"prefix") + match.capturedView(u"middle") + match.capturedView(u"last");
    return match.capturedView(u"country") + maskMobile(national);
}

} // namespace

QString scrubPii(QString text)
{
    const QMutexLocker lock(&scrubMutex);
    const Patterns& re = patterns();
    // Tokens first: a token's characters must not be half-masked as numbers and half left in the clear.
    text = replaceAll(std::move(text), re.token, maskTokenValue);
    text = replaceAll(std::move(text), re.bearer, maskBearerMatch);
    text = replaceAll(std::move(text), re.id, maskIdMatch);
    return replaceAll(std::move(text), re.mobile, maskMobileMatch);
}

} // namespace dm
