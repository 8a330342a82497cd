#include "BenchRow.h"
#include "BulkCreate.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace dm;

// Bulk create throughput against the sandbox over TLS (DESIGN §8: >= 200 accounts/s when the platform allows it),
// without faults and with about 10% injected faults, side by side with the budget.
//   bench_bulk_create [COUNT] [PARALLEL]
namespace {

struct Figure
{
    QString label;
    int created = 0;
    qint64 ms = 0;
};

Figure measure(const QString& label, const QString& faults, int count, int parallel)
{
    QTemporaryDir dir;
    SandboxProcess sandbox(dir.path());
    QStringList arguments{QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--rate-limit"),
                          QStringLiteral("0")};
    if (!faults.isEmpty()) {
        arguments << QStringLiteral("--faults") << faults;
    }
    const QJsonObject connection = sandbox.start(arguments);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(connection.value(QStringLiteral("baseUrl")).toString());
    settings.appId = connection.value(QStringLiteral("appId")).toString();
    settings.orgOpenId = connection.value(QStringLiteral("orgOpenId")).toString();
    settings.domain = connection.value(QStringLiteral("domain")).toString();
    settings.pinnedKeys = {connection.value(QStringLiteral("spkiSha256")).toString().toLatin1()};
    settings.requestsPerSecond = 0;
    settings.maxInFlight = parallel;
    settings.transferTimeout = std::chrono::seconds(10);
    const QByteArray authCode = connection.value(QStringLiteral("authCode")).toString().toUtf8();
    PlatformClient client(settings, [authCode](auto done) { done(authCode); });
    RetryPolicy patient;
    patient.maxAttempts = 10;
    patient.base = std::chrono::milliseconds(20);
    patient.cap = std::chrono::milliseconds(500);
    client.setRetryPolicy(patient);
    const BulkCreateResult result = bulkCreate(client, QStringLiteral("bench"), count, 1800000);
    for (const QString& failure : result.failures.mid(0, 5)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(failure));
    }
    return Figure{label, result.created, result.elapsedMs};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("dm.*.info=false\ndm.*.debug=false")); // one line per retry would drown the result
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int parallel = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 8;
    const QList<Figure> figures = {
        measure(QStringLiteral("no faults"), {}, count, parallel),
        measure(QStringLiteral("~10% faults"),
                QStringLiteral("dropafter=0.03,drop=0.02,5xx=0.02,truncate=0.02,ratelimit=0.01:3,seed=7"), count,
                parallel)};
    QTextStream out(stdout);
    out << "bulk create over TLS, " << count << " accounts, " << parallel << " in flight\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("case"), -14)
               .arg(QStringLiteral("created"), 8)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("per s (budget >= 200)"), 22);
    for (const Figure& figure : figures) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(figure.label, -14)
                   .arg(figure.created, 8)
                   .arg(figure.ms / 1000.0, 8, 'f', 2)
                   .arg(figure.created * 1000.0 / std::max<qint64>(1, figure.ms), 22, 'f', 0);
    }
    for (const Figure& figure : figures) {
        bench::benchRow(
            QStringLiteral("bulk create over TLS, %1 accounts, %2 in flight, %3")
                .arg(count)
                .arg(parallel)
                .arg(figure.label),
            QStringLiteral("%1 accounts/s").arg(figure.created * 1000.0 / std::max<qint64>(1, figure.ms), 0, 'f', 0),
            QStringLiteral(">= 200 accounts/s, within the rate limit"));
    }
    return figures.at(0).created == count && figures.at(1).created == count ? 0 : 1;
}
