#pragma once

#include <QString>

#include <optional>

namespace dm {

// How a free-text query reaches the FTS5 trigram index. A trigram index matches substrings of three or more
// characters; Chinese names are mostly two or three characters, so a shorter query is answered by a substring scan
// (instr) instead. ftsPhrase() gives the MATCH argument for a long enough query: the text as one quoted phrase, so
// FTS5 operators typed by a user (AND, NEAR, *, ") are searched for literally, never interpreted.
[[nodiscard]] std::optional<QString> ftsPhrase(const QString& query);

// Trigram tokens are counted in Unicode code points, not UTF-16 units.
inline constexpr int kMinFtsQueryLength = 3;

} // namespace dm
