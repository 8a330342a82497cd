#pragma once

#include "sandbox/PlatformContext.h"
#include "sandbox/SandboxServer.h"

namespace dm::sandbox {

// POST /api/open/delivery/mail/getEvidence: what the platform knows about one document's delivery to one mailbox
// (submission, arrival or bounce, the files with their digests, the recipient's logins, opening, downloads and
// replies, the SMS sent), as CONTRACT.md "Delivery evidence" describes it. Part two: not with --vendor-only.
void registerEvidenceApis(SandboxServer& server, PlatformContext& context);

// GET /sandbox/mail/attachment?messageId=<id>&name=<file name>: the bytes of a document's file as the platform
// stores them (the same bytes getEvidence hashes). A sandbox operation like /sandbox/tsa: no token, never faulted.
void registerAttachmentRoute(SandboxServer& server, PlatformContext& context);

} // namespace dm::sandbox
