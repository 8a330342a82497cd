#include "core/ScrubbingMessageHandler.h"

#include "core/PiiScrubber.h"

#include <QtGlobal>

#include <atomic>

namespace dm {
namespace {

// Qt's message handler is one per process by design; this keeps the one it replaced, to pass scrubbed text on.
std::atomic<QtMessageHandler> previousHandler{nullptr};

void scrubbingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QtMessageHandler next = previousHandler.load();
    if (next) {
        next(type, context, scrubPii(message));
    }
}

} // namespace

void installScrubbingMessageHandler()
{
    const QtMessageHandler replaced = qInstallMessageHandler(scrubbingHandler);
    if (replaced != scrubbingHandler) {
        // qInstallMessageHandler returns Qt's default handler (never null) the first time.
        previousHandler.store(replaced);
    }
}

} // namespace dm
