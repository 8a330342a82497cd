#pragma once

#include "api/ApiError.h"
#include "core/DeliveryPolicy.h"
#include "core/Expected.h"
#include "core/LoginRules.h"
#include "store/PolicyRepository.h"

namespace dm {

// Policy and login-rule documents in the shape the cache keeps them (store/PolicyRepository.h): the object
// policy/get or loginRule/get returns, so reading one back is the same strict parse as reading the platform's answer.
[[nodiscard]] StoredDocument toStoredDocument(const PolicyDocument& document);
[[nodiscard]] StoredDocument toStoredDocument(const LoginRuleDocument& document);
[[nodiscard]] Expected<PolicyDocument, ApiError> policyDocumentFromStored(const StoredDocument& stored);
[[nodiscard]] Expected<LoginRuleDocument, ApiError> loginRuleDocumentFromStored(const StoredDocument& stored);

} // namespace dm
