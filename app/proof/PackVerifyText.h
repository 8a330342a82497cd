#pragma once

#include "proof/PackManifest.h"

#include <QByteArray>

namespace dm::proof::pack {

// VERIFY.txt (PROOF-PACK.md §7): how to verify the pack with standard tools, step by step, in Chinese, with the
// commands. UTF-8, LF line ends; the same draft gives the same bytes.
[[nodiscard]] QByteArray verifyText(const PackDraft& draft, const QList<ClerkEntry>& clerkEntries);

} // namespace dm::proof::pack
