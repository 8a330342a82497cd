#pragma once

#include "api/ServiceCall.h"
#include "core/PasswordReset.h"

#include <QObject>

namespace dm {

class PlatformClient;

// delivery/account/resetPassword with the care it needs (dm_api internal; AccountService::resetPassword is the way
// in). With an Sms delivery a second reset would invalidate the password the first one already sent, so after an
// ambiguous failure the platform is asked what happened and the reset is sent again only when it certainly did not
// happen. Every successful reset bumps the account's updatedAt and appends one `resetPassword` row to the operation
// log in the same transaction, so:
//   1. before sending, read the account (updatedAt U0) and the resetPassword rows of its address in the 31 days up
//      to U0 (the baseline: every earlier reset has its row at or before U0);
//   2. after an ambiguous failure, read the account again (U1). U1 == U0: nothing changed, so our reset did not
//      happen and is sent again. Otherwise read the rows up to U1: a new SMS row (not in the baseline) means it
//      happened (the result is built from it, `reconciled` set); none means something else changed the account and
//      ours did not happen;
//   3. if any of these reads fails, nothing is sent again: the error is returned with `ambiguous` set.
// A Return delivery is retried like an idempotent call instead: its password reaches only this caller, through the
// answer, so a lost answer means nobody holds the password it set and a second reset takes nothing from anyone.
void resetPasswordCall(PlatformClient& client, const PasswordReset& reset, QObject* context,
                       ApiDone<PasswordResetResult> done);

} // namespace dm
