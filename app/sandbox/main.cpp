#include "core/ScrubbingMessageHandler.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {

// HOST:PORT with an IPv4 or a bracketed IPv6 host.
bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    *address = QHostAddress(host);
    *port = static_cast<quint16>(number);
    return ok && number <= 65535 && !address->isNull();
}

} // namespace

// dmsandbox: the platform simulator. Prints exactly one JSON line on stdout (how to connect), logs to stderr.
int main(int argc, char* argv[])
{
    dm::installScrubbingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dmsandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Delivery mailbox platform simulator (loopback HTTPS)."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Folder for the platform's state."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Loopback address and port; port 0 picks a free one."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated court (first start)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("small, default, large, or a number of log rows (first start)."),
                                   QStringLiteral("SCALE"), QStringLiteral("default"));
    const QCommandLineOption epoch(QStringLiteral("epoch"),
                                   QStringLiteral("End of the seeded history, ms since the epoch (first start)."),
                                   QStringLiteral("MS"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Platform seconds per real second; 0 freezes the platform."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"), QStringLiteral("Access token lifetime, seconds."),
                                      QStringLiteral("SECONDS"), QStringLiteral("7200"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per second the app may make; 0 = unlimited."),
                                       QStringLiteral("QPS"), QStringLiteral("100"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Faults to inject, e.g. latency=0.1:300,5xx=0.05,drop=0.02."),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption strictHeaders(
        QStringLiteral("strict-headers"),
        QStringLiteral("Require a fresh qiye-timestamp and an unused qiye-nonce on every call (-424 / -421)."));
    const QCommandLineOption vendorOnly(
        QStringLiteral("vendor-only"),
        QStringLiteral("Serve the vendor's API alone: no delivery extension endpoints, no extension fields."));
    parser.addOptions(
        {dataDir, listen, seed, scale, epoch, speed, tokenTtl, rateLimit, faults, strictHeaders, vendorOnly});
    parser.process(app);

    QTextStream err(stderr);
    const auto usage = [&err](const QString& message) {
        err << "dmsandbox: " << message << Qt::endl;
        return 2;
    };
    dm::sandbox::Sandbox::Options options;
    if (!parser.isSet(dataDir)) {
        return usage(QStringLiteral("--data-dir is required"));
    }
    options.dataDir = parser.value(dataDir);
    if (!parseListen(parser.value(listen), &options.address, &options.port)) {
        return usage(QStringLiteral("--listen expects HOST:PORT, e.g. 127.0.0.1:0"));
    }
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        return usage(QStringLiteral("--seed expects a non-negative integer"));
    }
    options.scale = parser.value(scale);
    if (parser.isSet(epoch)) {
        options.epochMs = parser.value(epoch).toLongLong(&ok);
        if (!ok || *options.epochMs <= 0) {
            return usage(QStringLiteral("--epoch expects milliseconds since the epoch"));
        }
    }
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.speed < 0) {
        return usage(QStringLiteral("--speed expects a number >= 0"));
    }
    const int ttl = parser.value(tokenTtl).toInt(&ok);
    if (!ok || ttl <= 0) {
        return usage(QStringLiteral("--token-ttl expects a positive number of seconds"));
    }
    options.accessTokenTtl = std::chrono::seconds(ttl);
    options.rateLimit = parser.value(rateLimit).toDouble(&ok);
    if (!ok || options.rateLimit < 0) {
        return usage(QStringLiteral("--rate-limit expects a number >= 0"));
    }
    options.faults = parser.value(faults);
    options.strictHeaders = parser.isSet(strictHeaders);
    options.vendorOnly = parser.isSet(vendorOnly);

    dm::sandbox::Sandbox sandbox(options);
    auto connection = sandbox.start();
    if (!connection) {
        err << "dmsandbox: " << connection.error() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QJsonDocument(connection.value()).toJson(QJsonDocument::Compact) << Qt::endl;
    err << "dmsandbox: listening on " << connection->value(QStringLiteral("baseUrl")).toString() << Qt::endl;
    return QCoreApplication::exec();
}
