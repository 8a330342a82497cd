#include "core/ScrubbingMessageHandler.h"
#include "sandbox/SandboxIdentity.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxTls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

// dmsandbox: the platform simulator. Prints exactly one JSON line on stdout (how to connect), logs to stderr.
int main(int argc, char* argv[])
{
    dm::installScrubbingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dmsandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Delivery mailbox platform simulator (loopback HTTPS)."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Folder for the platform's state and TLS identity."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Loopback address and port (port 0 picks a free one)."),
                                          QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption tokenTtlOption(QStringLiteral("token-ttl"),
                                            QStringLiteral("Access token lifetime in seconds."),
                                            QStringLiteral("SECONDS"), QStringLiteral("7200"));
    parser.addOptions({dataDirOption, listenOption, tokenTtlOption});
    parser.process(app);

    QTextStream err(stderr);
    const auto usage = [&err](const QString& message) {
        err << "dmsandbox: " << message << Qt::endl;
        return 2;
    };
    if (!parser.isSet(dataDirOption)) {
        return usage(QStringLiteral("--data-dir is required"));
    }
    const QString listen = parser.value(listenOption);
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    dm::sandbox::SandboxServer::Options options;
    options.address = QHostAddress(host);
    if (colon <= 0 || !portOk || port > 65535 || options.address.isNull()) {
        return usage(QStringLiteral("--listen expects HOST:PORT, e.g. 127.0.0.1:0"));
    }
    options.port = static_cast<quint16>(port);
    bool ttlOk = false;
    const int ttl = parser.value(tokenTtlOption).toInt(&ttlOk);
    if (!ttlOk || ttl <= 0) {
        return usage(QStringLiteral("--token-ttl expects a positive number of seconds"));
    }
    options.accessTokenTtl = std::chrono::seconds(ttl);

    const QString dataDir = parser.value(dataDirOption);
    auto identity = dm::sandbox::loadOrCreateIdentity(dataDir);
    if (!identity) {
        err << "dmsandbox: " << identity.error() << Qt::endl;
        return 1;
    }
    auto tls = dm::sandbox::loadOrCreateTlsMaterial(dataDir);
    if (!tls) {
        err << "dmsandbox: " << tls.error() << Qt::endl;
        return 1;
    }
    dm::sandbox::SandboxServer server(identity.value(), tls.value(), options);
    auto started = server.start();
    if (!started) {
        err << "dmsandbox: " << started.error() << Qt::endl;
        return 1;
    }
    const QJsonObject connection{{QStringLiteral("baseUrl"), server.baseUrl()},
                                 {QStringLiteral("appId"), identity->appId},
                                 {QStringLiteral("authCode"), identity->authCode},
                                 {QStringLiteral("orgOpenId"), identity->orgOpenId},
                                 {QStringLiteral("domain"), identity->domain},
                                 {QStringLiteral("spkiSha256"), QString::fromLatin1(tls->spkiSha256)}};
    QTextStream(stdout) << QJsonDocument(connection).toJson(QJsonDocument::Compact) << Qt::endl;
    err << "dmsandbox: listening on " << server.baseUrl() << Qt::endl;
    return QCoreApplication::exec();
}
