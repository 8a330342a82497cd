#include "BulkCreate.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

// DESIGN §9: with the platform dropping, truncating, failing and throttling about one request in ten, a bulk
// create ends with every account created exactly once: nothing lost, nothing doubled.
class TestBulkCreate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAccountExactlyOnceUnderFaults();

private:
    static QSet<QString> accountsWithPrefix(SandboxProcess& sandbox, const QString& prefix, int* rows);
};

QSet<QString> TestBulkCreate::accountsWithPrefix(SandboxProcess& sandbox, const QString& prefix, int* rows)
{
    QSet<QString> names;
    *rows = 0;
    QString cursor;
    do {
        QJsonObject body{{QStringLiteral("keyword"), prefix}, {QStringLiteral("pageSize"), 1000}};
        if (!cursor.isEmpty()) {
            body.insert(QStringLiteral("cursor"), cursor);
        }
        const auto page = sandbox.call(QStringLiteral("/api/open/delivery/account/list"), body);
        if (page.code != 0) {
            return {};
        }
        for (const QJsonValue& item : page.data.toObject().value(QStringLiteral("items")).toArray()) {
            names.insert(item.toObject().value(QStringLiteral("accountName")).toString());
            ++*rows;
        }
        cursor = page.data.toObject().value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return names;
}

void TestBulkCreate::everyAccountExactlyOnceUnderFaults()
{
    QTemporaryDir dir;
    SandboxProcess sandbox(dir.path());
    QLoggingCategory::setFilterRules(
        QStringLiteral("dm.*.info=false\ndm.*.debug=false")); // one line per retry would drown the result
    const QJsonObject connection =
        sandbox.start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--rate-limit"),
                       QStringLiteral("0"), QStringLiteral("--faults"),
                       QStringLiteral("dropafter=0.03,drop=0.02,5xx=0.02,truncate=0.02,ratelimit=0.01:3,seed=7")});
    QVERIFY(!connection.isEmpty());

    ConnectionSettings settings;
    settings.baseUrl = QUrl(connection.value(QStringLiteral("baseUrl")).toString());
    settings.appId = connection.value(QStringLiteral("appId")).toString();
    settings.orgOpenId = connection.value(QStringLiteral("orgOpenId")).toString();
    settings.domain = connection.value(QStringLiteral("domain")).toString();
    settings.pinnedKeys = {connection.value(QStringLiteral("spkiSha256")).toString().toLatin1()};
    settings.requestsPerSecond = 0;
    settings.maxInFlight = 8;
    settings.transferTimeout = std::chrono::seconds(10);
    const QByteArray authCode = connection.value(QStringLiteral("authCode")).toString().toUtf8();
    PlatformClient client(settings, [authCode](auto done) { done(authCode); });
    RetryPolicy patient;
    patient.maxAttempts = 10;
    patient.base = std::chrono::milliseconds(20);
    patient.cap = std::chrono::milliseconds(500);
    client.setRetryPolicy(patient);

    constexpr int count = 2000;
    const BulkCreateResult result = bulkCreate(client, QStringLiteral("bulk"), count, 600000);
    qInfo("created %d of %d in %lld ms (%.0f/s) under faults", result.created, count, result.elapsedMs,
          result.created * 1000.0 / std::max<qint64>(1, result.elapsedMs));
    QVERIFY2(result.failures.isEmpty(), qPrintable(result.failures.mid(0, 5).join(u'\n')));
    QCOMPARE(result.created, count);

    // Count on the platform itself, with the faults switched off so the count is exact.
    // The fixture is a plain client without retries and the faults are still on: a few tries get it a token.
    bool authenticated = false;
    for (int attempt = 0; attempt < 30 && !authenticated; ++attempt) {
        authenticated = sandbox.authenticate();
    }
    QVERIFY(authenticated);
    QCOMPARE(sandbox.call(QStringLiteral("/sandbox/faults/set"), {{QStringLiteral("spec"), QString()}}).code, 0);
    int rows = 0;
    const QSet<QString> names = accountsWithPrefix(sandbox, QStringLiteral("bulk"), &rows);
    QCOMPARE(rows, count);
    QCOMPARE(names.size(), count);
    const auto injected = sandbox.call(QStringLiteral("/sandbox/faults/get"), {});
    qInfo("faults injected: %s", QJsonDocument(injected.data.toObject()).toJson(QJsonDocument::Compact).constData());
}

QTEST_GUILESS_MAIN(TestBulkCreate)
#include "tst_bulkcreate.moc"
