#include "ConnectProxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <future>

namespace {

// One client connection: the CONNECT request, then bytes both ways until either side closes.
void serve(QTcpSocket* client, const QByteArray& expected, const std::shared_ptr<ConnectProxy::Counts>& counts)
{
    auto* buffer = new QByteArray;
    QObject::connect(client, &QObject::destroyed, [buffer] { delete buffer; });
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    QObject::connect(client, &QTcpSocket::readyRead, client, [client, buffer, expected, counts] {
        if (client->property("tunnel").toBool()) {
            return; // the tunnel's own handler forwards
        }
        *buffer += client->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QByteArray head = buffer->left(end);
        buffer->remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        if (request.value(0) != "CONNECT") {
            client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        if (!expected.isEmpty()) {
            bool given = false;
            bool authorised = false;
            for (const QByteArray& line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "proxy-authorization") {
                    given = true;
                    authorised = line.mid(colon + 1).trimmed() == expected;
                }
            }
            if (!authorised) {
                ++counts->refusals;
                if (given) {
                    ++counts->refusedCredentials;
                }
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"court\"\r\nContent-Length: 0\r\n\r\n");
                return; // the client may ask again on this connection, or on a new one
            }
        }
        const QList<QByteArray> target = request.value(1).split(':');
        auto* upstream = new QTcpSocket(client);
        client->setProperty("tunnel", true);
        QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, counts] {
            ++counts->tunnels;
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            QObject::connect(client, &QTcpSocket::readyRead, upstream,
                             [client, upstream] { upstream->write(client->readAll()); });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [client, upstream] { client->write(upstream->readAll()); });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        });
        QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, target.value(1).toUShort());
    });
}

} // namespace

ConnectProxy::ConnectProxy(QByteArray user, QByteArray password)
    : m_thread(new QThread)
{
    const QByteArray credentials = user + ':' + password;
    const QByteArray expected = user.isEmpty() ? QByteArray() : "Basic " + credentials.toBase64();
    // Shared: the proxy's thread may still be inside set_value() when this constructor has read the port and returned.
    auto listening = std::make_shared<std::promise<quint16>>();
    std::future<quint16> port = listening->get_future();
    // The server lives on the proxy's thread and is deleted when that thread ends (see the destructor).
    auto* server = new QTcpServer;
    server->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, server, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        server,
        [server, expected, listening, counts = m_counts] {
            QObject::connect(server, &QTcpServer::newConnection, server, [server, expected, counts] {
                while (QTcpSocket* client = server->nextPendingConnection()) {
                    serve(client, expected, counts);
                }
            });
            listening->set_value(server->listen(QHostAddress::LocalHost) ? server->serverPort() : 0);
        },
        Qt::QueuedConnection);
    // 0 (no port) when it cannot listen, or does not answer within 10 s: the test then fails on the port.
    m_port = port.wait_for(std::chrono::seconds(10)) == std::future_status::ready ? port.get() : 0;
}

ConnectProxy::~ConnectProxy()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QString ConnectProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}
