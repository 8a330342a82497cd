#pragma once

#include "core/DeliveryPolicy.h"

#include <QCoreApplication>
#include <QString>

namespace dm {

// The words a court administrator reads for the delivery policy: field names as the platform console shows them,
// values in words, and where a value comes from. One place, used by the editor, the diff, the conflict choice and
// the drift list.
class PolicyTexts
{
    Q_DECLARE_TR_FUNCTIONS(PolicyTexts)

public:
    [[nodiscard]] static QString fieldTitle(PolicyField field);
    // The value of `field` in `policy`, in words; "-" when it is not set.
    [[nodiscard]] static QString valueText(const DeliveryPolicy& policy, PolicyField field);
    [[nodiscard]] static QString externalMailText(ExternalMailMode mode);
    [[nodiscard]] static QString clientText(MailClient client);
    // Where the value shown at `edited` comes from: set here, from the unit, from the domain.
    [[nodiscard]] static QString sourceText(PolicyLevel edited, PolicyLevel source);
    [[nodiscard]] static QString levelText(PolicyLevel level);
};

} // namespace dm
