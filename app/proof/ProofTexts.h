#pragma once

// The translation context of what dm_proof says to people: the details of the verification's checks, the labels of
// the checks and the errors of making a pack. The sources are English; dmadmin shows them in its language through
// its translator, dmctl prints them as they are. Each text is a whole sentence with %1, %2, ... for what varies, so
// that a translation can put them in its own order. The Chinese of the pack itself (the report, VERIFY.txt, the
// rule) is part of the format and is not translated. Not part of the library's interface.

#include <QCoreApplication>

namespace dm::proof {

struct ProofTexts
{
    Q_DECLARE_TR_FUNCTIONS(dm::proof)
};

} // namespace dm::proof
