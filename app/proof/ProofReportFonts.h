#pragma once

#include "proof/ProofReportCanvas.h"

#include <QFont>
#include <QList>

namespace dm::proof {

// The fonts of the 电子送达凭证, one for each ReportCanvas::Style in its order: Noto CJK where installed (Debian's
// fonts-noto-cjk), the usual Chinese system fonts elsewhere, so that the embedded glyphs read the same anywhere.
[[nodiscard]] QList<QFont> reportFonts();

} // namespace dm::proof
