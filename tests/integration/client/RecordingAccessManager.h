#pragma once

#include "api/ApiAccessManager.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QStringList>

#include <algorithm>

// The real transport (the seam tests use to watch the client), recording each request as it goes out and when its
// answer ended, in ms on one clock: which calls the client made itself, in which order, and how far apart.
class RecordingAccessManager : public dm::ApiAccessManager
{
public:
    struct Sent
    {
        QString path;
        qint64 sentMs = -1;
        qint64 finishedMs = -1;
    };

    explicit RecordingAccessManager(dm::ConnectionSettings settings)
        : dm::ApiAccessManager(std::move(settings))
    {
        m_clock.start();
    }

    [[nodiscard]] const QList<Sent>& sent() const { return m_sent; }
    [[nodiscard]] int count(const QString& path) const
    {
        return static_cast<int>(
            std::count_if(m_sent.cbegin(), m_sent.cend(), [&path](const Sent& sent) { return sent.path == path; }));
    }
    [[nodiscard]] QStringList paths() const
    {
        QStringList paths;
        for (const Sent& sent : m_sent) {
            paths.append(sent.path);
        }
        return paths;
    }
    void clear()
    {
        m_sent.clear();
        ++m_generation; // answers still to come belong to the old list
    }

protected:
    QNetworkReply* sendPrepared(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override
    {
        QNetworkReply* reply = ApiAccessManager::sendPrepared(op, request, outgoingData);
        const qsizetype index = m_sent.size();
        m_sent.append(Sent{request.url().path(), m_clock.elapsed(), -1});
        connect(reply, &QNetworkReply::finished, this, [this, index, generation = m_generation] {
            if (generation == m_generation && index < m_sent.size()) {
                m_sent[index].finishedMs = m_clock.elapsed();
            }
        });
        return reply;
    }

private:
    QElapsedTimer m_clock;
    QList<Sent> m_sent;
    int m_generation = 0;
};
