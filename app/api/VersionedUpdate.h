#pragma once

#include "api/ApiError.h"
#include "core/Expected.h"

#include <functional>
#include <optional>

namespace dm {

// A refused update of a versioned document (policy, login rules). It is an ApiError (a stale expectedVersion is
// Kind::Conflict with the platform's POLICY.VERSION.CONFLICT / LOGINRULE.VERSION.CONFLICT) that also carries, on a
// version conflict, the document as it stands now: the platform's answer names only the current version, and a
// caller that wants to rebase needs the whole document anyway, so the service reads it right after the refusal.
template <typename Document>
struct UpdateError : ApiError
{
    std::optional<Document> current; // set on a version conflict when the follow-up read succeeded

    UpdateError() = default;
    explicit UpdateError(const ApiError& error)
        : ApiError(error)
    {}
};

template <typename Document>
using UpdateDone = std::function<void(const Expected<Document, UpdateError<Document>>&)>;

} // namespace dm
