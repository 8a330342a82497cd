#pragma once

#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <optional>

class QLabel;
class QPushButton;

namespace dm {

class CacheSession;
struct SyncSummary;

// How fresh a log page's rows are: "Data as of <the end of the stream's last completed sync>", and a button that
// syncs the stream now. The rows come from the cache, so the page works with the platform out of reach; this line
// says how old what it shows may be, and warns when that is more than a threshold (the profile's preference).
class LogFreshnessBar final : public QWidget
{
    Q_OBJECT

public:
    explicit LogFreshnessBar(QString stream, QWidget* parent = nullptr);
    ~LogFreshnessBar() override;

    void setSession(CacheSession* session);
    // Reads the stream's state again (after a sync, or F5).
    void reload();
    // The end of the last completed sync (ms), once read; nullopt before the first.
    [[nodiscard]] std::optional<qint64> syncedTo() const { return m_syncedTo; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    // Syncs the stream unless a sync is running (the button, F5).
    void startSync();
    // Data older than this is flagged as old (the "stale" property of logs.freshness, and the text says so);
    // zero: never. Default kDefaultStaleAfter.
    void setStaleAfter(std::chrono::hours hours);
    [[nodiscard]] std::chrono::hours staleAfter() const { return m_staleAfter; }
    // Whether the data shown is older than the threshold (false before the first sync: the text says that instead).
    [[nodiscard]] bool isStale() const;
    static constexpr std::chrono::hours kDefaultStaleAfter{24};

Q_SIGNALS:
    // The stream's state was read.
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onSyncFinished(const SyncSummary& summary);

    QString m_stream;
    QPointer<CacheSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    QLabel* m_asOf = nullptr;
    QPushButton* m_sync = nullptr;
    QLabel* m_problem = nullptr;
    std::optional<qint64> m_syncedTo;
    bool m_loaded = false;
    quint64 m_reads = 0; // answers to older reads are dropped
    std::chrono::hours m_staleAfter = kDefaultStaleAfter;
};

} // namespace dm
