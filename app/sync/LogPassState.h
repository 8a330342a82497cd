#pragma once

#include "store/LogQuery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A log stream's pass and its persisted form, for LogSync.cpp.
namespace dm::logsync {

// One window of a pass and how far it got.
struct Window
{
    qint64 from = 0;
    qint64 to = 0;
    QString cursor; // the platform's nextCursor of the last page read; empty before the first page
    bool done = false;
    std::optional<LogPosition> last; // the last row stored from this window
    // Not persisted.
    bool inFlight = false;
    qint64 expected = -1;
};

// The stream's persisted state (SyncState, one JSON object).
struct StreamState
{
    qint64 historyStart = 0;
    std::optional<LogPosition> cursor; // the newest row of the completed passes
    std::optional<qint64> syncedTo;    // the end of the last completed pass
    qint64 passEnd = 0;                // the pass in progress, when `windows` is not empty
    QList<Window> windows;
    // A first pass that kept most of its indexes (LogSyncOptions::FirstPass::ScatteredMidway): the planner's statistics
    // are read when it completes, also when it completes in a later run after a kill.
    bool analysePending = false;

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("v"), 1}, {QStringLiteral("historyStart"), historyStart}};
        if (cursor) {
            json.insert(QStringLiteral("cursorKey"), cursor->time);
            json.insert(QStringLiteral("cursorId"), cursor->id);
        }
        if (syncedTo) {
            json.insert(QStringLiteral("syncedTo"), *syncedTo);
        }
        if (analysePending) {
            json.insert(QStringLiteral("analyse"), true);
        }
        if (!windows.isEmpty()) {
            QJsonArray list;
            for (const Window& window : windows) {
                QJsonObject item{{QStringLiteral("from"), window.from},
                                 {QStringLiteral("to"), window.to},
                                 {QStringLiteral("cursor"), window.cursor},
                                 {QStringLiteral("done"), window.done}};
                if (window.last) {
                    item.insert(QStringLiteral("lastKey"), window.last->time);
                    item.insert(QStringLiteral("lastId"), window.last->id);
                }
                list.append(item);
            }
            json.insert(QStringLiteral("passEnd"), passEnd);
            json.insert(QStringLiteral("windows"), list);
        }
        return json;
    }

    [[nodiscard]] static StreamState fromJson(const QJsonObject& json)
    {
        StreamState state;
        state.historyStart = json.value(QStringLiteral("historyStart")).toInteger();
        if (json.contains(QStringLiteral("cursorKey"))) {
            state.cursor = LogPosition{json.value(QStringLiteral("cursorKey")).toInteger(),
                                       json.value(QStringLiteral("cursorId")).toInteger()};
        }
        if (json.contains(QStringLiteral("syncedTo"))) {
            state.syncedTo = json.value(QStringLiteral("syncedTo")).toInteger();
        }
        state.passEnd = json.value(QStringLiteral("passEnd")).toInteger();
        state.analysePending = json.value(QStringLiteral("analyse")).toBool();
        const QJsonArray list = json.value(QStringLiteral("windows")).toArray();
        for (const QJsonValue& value : list) {
            const QJsonObject item = value.toObject();
            Window window;
            window.from = item.value(QStringLiteral("from")).toInteger();
            window.to = item.value(QStringLiteral("to")).toInteger();
            window.cursor = item.value(QStringLiteral("cursor")).toString();
            window.done = item.value(QStringLiteral("done")).toBool();
            if (item.contains(QStringLiteral("lastKey"))) {
                window.last = LogPosition{item.value(QStringLiteral("lastKey")).toInteger(),
                                          item.value(QStringLiteral("lastId")).toInteger()};
            }
            state.windows.append(window);
        }
        return state;
    }
};

bool after(const LogPosition& a, const LogPosition& b)
{
    return a.time != b.time ? a.time > b.time : a.id > b.id;
}

} // namespace dm::logsync
