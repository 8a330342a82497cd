#pragma once

#include "sandbox/SandboxTls.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTest>

// A loopback HTTPS server with a chosen certificate that answers every request with a success envelope and
// counts the bytes of application data it received: with a refused certificate it must stay at zero.
class RecordingServer : public QObject
{
public:
    explicit RecordingServer(const dm::sandbox::TlsMaterial& tls)
        : RecordingServer({QSslCertificate(tls.certificatePem, QSsl::Pem)},
                          QSslKey(tls.privateKeyPem, QSsl::Ec, QSsl::Pem))
    {}
    // Presents `chain` (leaf first) exactly as given, whatever it contains.
    RecordingServer(const QList<QSslCertificate>& chain, const QSslKey& key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray data = socket->readAll();
                    m_received += data.size();
                    m_buffer += data;
                    if (m_buffer.contains("\r\n\r\n{")) {
                        if (!m_answer.isEmpty()) {
                            socket->write(m_answer);
                            socket->flush();
                            m_buffer.clear();
                            return;
                        }
                        const QByteArray body = R"({"code":0,"success":true,"message":"success","data":"hello"})";
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
                        m_buffer.clear();
                    }
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // Answers every request with these bytes (status line, headers and body) instead of the success envelope.
    void setAnswer(const QByteArray& answer) { m_answer = answer; }
    [[nodiscard]] qint64 received() const { return m_received; }

private:
    QSslServer m_server;
    qint64 m_received = 0;
    QByteArray m_buffer;
    QByteArray m_answer;
};
