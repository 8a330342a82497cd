#pragma once

#include <QCoreApplication>

namespace dm {

// The translation context of the About box's versions and the diagnostics bundle's files.
class SupportTexts
{
    Q_DECLARE_TR_FUNCTIONS(SupportTexts)
};

} // namespace dm
