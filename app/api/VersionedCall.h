#pragma once

#include "api/PlatformClient.h"
#include "api/ServiceCall.h"
#include "api/VersionedUpdate.h"

#include <QJsonObject>

#include <functional>

namespace dm {

// dm_api internal: how PolicyService and LoginRuleService send a versioned update.

// What one versioned update needs to know about its endpoints.
template <typename Document>
struct VersionedCall
{
    QString updatePath;
    QJsonObject updateBody;
    QString getPath;
    QJsonObject getBody;
    QString conflictMessage;                          // e.g. POLICY.VERSION.CONFLICT
    ReplyParser<Document> parse;                      // both endpoints answer with the document
    std::function<bool(const Document&)> isOurChange; // the document shows exactly the change we sent
    qint64 expectedVersion = 0;
};

// Sends a versioned update. expectedVersion makes a resend harmless (the platform never applies it twice: the
// second copy finds the version moved on), but a blind resend after a lost answer would report a conflict with our
// own change; so after an ambiguous failure the document is read: at expectedVersion + 1 and showing our change it
// happened, otherwise it is sent again and the platform decides.
template <typename Document>
void versionedUpdate(PlatformClient& client, VersionedCall<Document> call, QObject* context, UpdateDone<Document> done)
{
    PlatformClient::CallOptions options{
        Idempotency::NotIdempotent, [&client, call](std::function<void(Reconciliation)> found) {
            client.call(call.getPath, call.getBody, {}, nullptr, [call, found](const ApiReply& reply) {
                auto now = reply ? call.parse(reply.value()) : Expected<Document, ApiError>(Unexpected{reply.error()});
                if (!now) {
                    found(Reconciliation{}); // cannot tell: report the original failure
                    return;
                }
                const bool ours = now->version == call.expectedVersion + 1 && call.isOurChange(*now);
                found(Reconciliation{ours ? Reconciliation::Outcome::Done : Reconciliation::Outcome::NotDone, reply});
            });
        }};
    const auto finish = [&client, call, context, done](const ApiReply& reply) {
        if (reply) {
            auto document = call.parse(reply.value());
            if (document) {
                done(*document);
            } else {
                done(Unexpected{UpdateError<Document>(document.error())});
            }
            return;
        }
        UpdateError<Document> refused(reply.error());
        if (refused.kind != ApiError::Kind::Conflict || refused.platformMessage != call.conflictMessage) {
            done(Unexpected{refused});
            return;
        }
        client.call(call.getPath, call.getBody, {}, context, [call, done, refused](const ApiReply& now) mutable {
            if (now) {
                if (auto document = call.parse(now.value())) {
                    refused.current = *document;
                }
            }
            done(Unexpected{refused});
        });
    };
    client.call(call.updatePath, call.updateBody, std::move(options), context, finish);
}

} // namespace dm
