#pragma once

#include "api/ConnectionSettings.h"
#include "audit/LedgerAnchors.h"
#include "core/Expected.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace dm {

class Db;
class TimestampClient;

// Where the ledger's anchors are time-stamped and kept.
struct AnchorSettings
{
    QUrl tsaUrl;
    QByteArray tsaChainPem;       // the TSA's chain; empty for dmsandbox, whose TSA publishes it at <tsaUrl>/chain
    ConnectionSettings transport; // the profile's TLS rules, which an https TSA gets too
    QString folder;               // LedgerAnchors::folderFor(the cache path)
};

// Time-stamps the ledger's head, asynchronously, in the thread it lives in (which owns `db`): reads the newest entry,
// asks the TSA for a token over its anchor text, verifies it, and keeps it (LedgerAnchors::record).
class LedgerAnchorer : public QObject
{
    Q_OBJECT

public:
    enum class When
    {
        HeadMoved, // at every export: whenever entries were added since the newest anchor
        Daily,     // at least daily: when entries were added and the newest anchor is a day old or more
    };
    static constexpr std::chrono::hours kDailyInterval{24};

    // nullopt when nothing was due; the error is translated.
    using Done = std::function<void(const Expected<std::optional<LedgerAnchor>, QString>&)>;

    LedgerAnchorer(Db& db, AnchorSettings settings, QObject* parent = nullptr);
    ~LedgerAnchorer() override;

    // Anchors the head when `when` says it is due. One run at a time: a daily call while one runs joins it; a
    // HeadMoved call is answered by a run that starts when the one in flight ends (that one stamps an older head).
    void anchor(When when, Done done);
    void cancel();

private:
    void stampHead(qint64 sequence, const QByteArray& entryHash);
    void finish(const Expected<std::optional<LedgerAnchor>, QString>& result);

    Db& m_db;
    AnchorSettings m_settings;
    TimestampClient* m_client = nullptr;
    QList<Done> m_waiting;  // answered by the run in flight
    QList<Done> m_afterRun; // the head moved during that run: answered by the next one
};

} // namespace dm
