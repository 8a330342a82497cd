#include "store/Schema.h"

namespace dm::schema {

namespace {

// One row per document the platform holds at a level: the policy at domain, unit and account level, the login
// rules at domain and account level. `document` is the JSON object policy/get or loginRule/get returned (level,
// targetId, version, updatedAt and the body), kept whole so that nothing the contract adds later is lost; level,
// target, version and updated_at are copied out of it for lookups and listings.
constexpr std::string_view kPolicyV3 = R"sql(
CREATE TABLE policy_documents (
    level TEXT NOT NULL,
    target_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at INTEGER,
    document TEXT NOT NULL,
    synced_at INTEGER NOT NULL,
    PRIMARY KEY (level, target_id)
) WITHOUT ROWID;

CREATE TABLE login_rule_documents (
    level TEXT NOT NULL,
    target_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at INTEGER,
    document TEXT NOT NULL,
    synced_at INTEGER NOT NULL,
    PRIMARY KEY (level, target_id)
) WITHOUT ROWID;
)sql";

} // namespace

std::string_view policyV3()
{
    return kPolicyV3;
}

} // namespace dm::schema
