#pragma once

#include "core/ImportOptions.h"
#include "core/ImportTable.h"
#include "sync/ImportPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QRunnable>
#include <QSettings>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace dm {

class CacheSession;

// What the pages of the import wizard share: the file as read, the options chosen so far, the plan, the results.
struct ImportJob
{
    CacheSession* session = nullptr;
    QSettings* settings = nullptr;
    QString path;
    QString fileDigest;
    ImportTable table;
    ImportOptions options;
    bool dryRun = false;
    std::shared_ptr<const ImportPlan> plan;
    qint64 earlierPending = 0; // items an interrupted earlier run of the same file left behind
    QList<ImportResultRow> results;
    bool cancelled = false;
};

// Runs `work` in the global thread pool (files are read and parsed there, never in the UI thread) and hands the
// result to `done` in `context`'s thread, unless `context` is gone by then.
template <typename Result>
void runInPool(QObject* context, std::function<Result()> work, std::function<void(Result)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        Result result = work();
        // Posted to the application object, which outlives the pool's jobs; `context` is checked only in its own
        // thread, where it cannot be deleted in between.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result = std::move(result)]() mutable {
                if (guard) {
                    done(std::move(result));
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace dm
