#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

// A loopback HTTP proxy that tunnels CONNECT requests, as a court's proxy does for HTTPS, and wants Basic credentials
// when it is given some. It runs on a thread of its own, so that a test may block on a child process meanwhile.
class ConnectProxy
{
public:
    // Empty `user`: anyone may connect.
    explicit ConnectProxy(QByteArray user = {}, QByteArray password = {});
    ~ConnectProxy();
    ConnectProxy(const ConnectProxy&) = delete;
    ConnectProxy& operator=(const ConnectProxy&) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>, as https_proxy takes it.
    [[nodiscard]] QString url() const;
    [[nodiscard]] int tunnels() const { return m_counts->tunnels; }   // CONNECTs let through
    [[nodiscard]] int refusals() const { return m_counts->refusals; } // answered 407
    // Of those, the CONNECTs that came with credentials (wrong ones): what a directory counts towards a lockout.
    [[nodiscard]] int refusedCredentials() const { return m_counts->refusedCredentials; }

    struct Counts
    {
        std::atomic<int> tunnels{0};
        std::atomic<int> refusals{0};
        std::atomic<int> refusedCredentials{0};
    };

private:
    std::shared_ptr<Counts> m_counts = std::make_shared<Counts>();
    QThread* m_thread = nullptr;
    quint16 m_port = 0;
};
