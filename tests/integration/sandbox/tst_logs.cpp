#include "LogTestSupport.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace logtest;

// The three log queries over a frozen, seeded court: window rules, cursors, every filter, paging against logCounts.
class TestLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void recordsHaveTheContractShape();
    void refusesBadWindows_data();
    void refusesBadWindows();
    void refusesBadPagingFields();
    void refusesBadFilters_data();
    void refusesBadFilters();
    void everyFilterSelectsExactlyItsRows_data();
    void everyFilterSelectsExactlyItsRows();
    void pagingReturnsExactlyTheCountedRows_data();
    void pagingReturnsExactlyTheCountedRows();
    void ordersMailsByUpdatedAt();

private:
    void expectError(const QString& path, const QJsonObject& body, const QString& message);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    const qint64 m_start = kEpoch - 20 * kDay;
    const qint64 m_end = kEpoch;
};

void TestLogs::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
    QVERIFY(!m_sandbox->start(frozenSmall()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
}

void TestLogs::cleanupTestCase()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

void TestLogs::expectError(const QString& path, const QJsonObject& body, const QString& message)
{
    const auto reply = m_sandbox->call(path, body);
    QVERIFY(reply.transportOk);
    QCOMPARE(reply.code, -401);
    QCOMPARE(reply.message, message);
    QVERIFY(reply.data.isUndefined() || reply.data.isNull());
}

void TestLogs::recordsHaveTheContractShape()
{
    const auto shape = [this](const QString& path, const QStringList& keys) {
        const auto reply = m_sandbox->call(path, window(m_start, m_end, {{QStringLiteral("pageSize"), 50}}));
        QCOMPARE(reply.code, 0);
        const QJsonArray items = reply.data.toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 50);
        QVERIFY(reply.data.toObject().value(QStringLiteral("nextCursor")).isString());
        for (const QJsonValue& item : items) {
            QStringList actual = item.toObject().keys();
            actual.sort();
            QStringList expected = keys;
            expected.sort();
            QCOMPARE(actual, expected);
            const qint64 time = item.toObject().value(QStringLiteral("time")).toInteger();
            QVERIFY(time >= m_start && time < m_end);
            QVERIFY(item.toObject().value(QStringLiteral("id")).isDouble());
        }
    };
    shape(kOperations,
          {QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("operator"), QStringLiteral("action"),
           QStringLiteral("target"), QStringLiteral("result"), QStringLiteral("remark"), QStringLiteral("ip")});
    shape(kLogins, {QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("accountName"),
                    QStringLiteral("method"), QStringLiteral("ip"), QStringLiteral("province"), QStringLiteral("city"),
                    QStringLiteral("result"), QStringLiteral("abnormal"), QStringLiteral("failReason")});
    shape(kMails,
          {QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("direction"), QStringLiteral("messageId"),
           QStringLiteral("subject"), QStringLiteral("sender"), QStringLiteral("recipient"), QStringLiteral("status"),
           QStringLiteral("readAt"), QStringLiteral("readClient"), QStringLiteral("updatedAt")});
    // Unread mail has null read fields; read mail has both, and updatedAt = max(time, readAt).
    const Paged mails = pageAll(*m_sandbox, kMails, window(m_start, m_end), 1000);
    QVERIFY2(mails.error.isEmpty(), qPrintable(mails.error));
    int read = 0;
    for (const QJsonObject& mail : mails.items) {
        const QJsonValue readAt = mail.value(QStringLiteral("readAt"));
        QCOMPARE(readAt.isNull(), mail.value(QStringLiteral("readClient")).isNull());
        const qint64 expected = readAt.isNull()
                                    ? mail.value(QStringLiteral("time")).toInteger()
                                    : std::max(readAt.toInteger(), mail.value(QStringLiteral("time")).toInteger());
        QCOMPARE(mail.value(QStringLiteral("updatedAt")).toInteger(), expected);
        read += readAt.isNull() ? 0 : 1;
    }
    QVERIFY(read > 0 && read < mails.items.size());
}

void TestLogs::refusesBadWindows_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no startTime") << QJsonObject{{QStringLiteral("endTime"), m_end}}
                                  << QStringLiteral("PARAM.INVALID:startTime:missing");
    QTest::newRow("no endTime") << QJsonObject{{QStringLiteral("startTime"), m_start}}
                                << QStringLiteral("PARAM.INVALID:endTime:missing");
    QTest::newRow("text startTime") << QJsonObject{{QStringLiteral("startTime"), QStringLiteral("1")},
                                                   {QStringLiteral("endTime"), m_end}}
                                    << QStringLiteral("PARAM.INVALID:startTime:type");
    QTest::newRow("fractional endTime") << QJsonObject{{QStringLiteral("startTime"), m_start},
                                                       {QStringLiteral("endTime"), 1.5}}
                                        << QStringLiteral("PARAM.INVALID:endTime:type");
    QTest::newRow("negative startTime") << window(-1, m_end) << QStringLiteral("PARAM.INVALID:startTime:range");
    QTest::newRow("empty window") << window(m_end, m_end) << QStringLiteral("PARAM.INVALID:endTime:range");
    QTest::newRow("reversed window") << window(m_end, m_start) << QStringLiteral("PARAM.INVALID:endTime:range");
    QTest::newRow("31 days and 1 ms") << window(m_end - kMaxWindow - 1, m_end)
                                      << QStringLiteral("PARAM.INVALID:endTime:window");
}

void TestLogs::refusesBadWindows()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    for (const QString& path : {kOperations, kLogins, kMails}) {
        expectError(path, body, message);
    }
    QJsonObject counted = body;
    counted.insert(QStringLiteral("log"), QStringLiteral("logins"));
    expectError(kCounts, counted, message);
    // Exactly 31 days is allowed.
    QCOMPARE(m_sandbox->call(kLogins, window(m_end - kMaxWindow, m_end)).code, 0);
}

void TestLogs::refusesBadPagingFields()
{
    const QJsonObject base = window(m_start, m_end);
    const auto with = [&base](const char* field, const QJsonValue& value) {
        QJsonObject body = base;
        body.insert(QLatin1String(field), value);
        return body;
    };
    expectError(kLogins, with("pageSize", 0), QStringLiteral("PARAM.INVALID:pageSize:range"));
    expectError(kLogins, with("pageSize", 1001), QStringLiteral("PARAM.INVALID:pageSize:range"));
    expectError(kLogins, with("pageSize", QStringLiteral("10")), QStringLiteral("PARAM.INVALID:pageSize:type"));
    expectError(kLogins, with("cursor", 5), QStringLiteral("PARAM.INVALID:cursor:type"));
    for (const QString& bad : {QStringLiteral("!!!"), QStringLiteral("not-a-cursor"), QStringLiteral(""),
                               QString::fromLatin1(QByteArray("t:1:x").toBase64()),
                               QString::fromLatin1(QByteArray("t:01:2").toBase64(QByteArray::Base64UrlEncoding |
                                                                                 QByteArray::OmitTrailingEquals)),
                               QString::fromLatin1(QByteArray("x:1:2").toBase64(QByteArray::Base64UrlEncoding |
                                                                                QByteArray::OmitTrailingEquals))}) {
        expectError(kLogins, with("cursor", bad), QStringLiteral("PARAM.INVALID:cursor:format"));
    }
    // A cursor is tied to its order: one from a time-ordered page is refused for updatedAt order.
    const auto first = m_sandbox->call(kMails, with("pageSize", 3));
    const QString cursor = first.data.toObject().value(QStringLiteral("nextCursor")).toString();
    QVERIFY(!cursor.isEmpty());
    QJsonObject byUpdate = with("cursor", cursor);
    byUpdate.insert(QStringLiteral("orderBy"), QStringLiteral("updatedAt"));
    expectError(kMails, byUpdate, QStringLiteral("PARAM.INVALID:cursor:format"));
    QCOMPARE(m_sandbox->call(kMails, with("cursor", cursor)).code, 0);
}

void TestLogs::refusesBadFilters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("operations result") << kOperations << "result" << QJsonValue(QStringLiteral("ok")) << "value";
    QTest::newRow("operations operator empty")
        << kOperations << "operator" << QJsonValue(QStringLiteral(" ")) << "empty";
    QTest::newRow("operations target type") << kOperations << "target" << QJsonValue(3) << "type";
    QTest::newRow("logins method") << kLogins << "method" << QJsonValue(QStringLiteral("telnet")) << "value";
    QTest::newRow("logins result") << kLogins << "result" << QJsonValue(QStringLiteral("SUCCESS")) << "value";
    QTest::newRow("logins abnormal") << kLogins << "abnormal" << QJsonValue(QStringLiteral("true")) << "type";
    QTest::newRow("logins ipPrefix") << kLogins << "ipPrefix" << QJsonValue(QStringLiteral("10.%")) << "format";
    QTest::newRow("logins accountName") << kLogins << "accountName" << QJsonValue(QStringLiteral("")) << "empty";
    QTest::newRow("mails direction") << kMails << "direction" << QJsonValue(QStringLiteral("both")) << "value";
    QTest::newRow("mails status") << kMails << "status" << QJsonValue(QStringLiteral("lost")) << "value";
    QTest::newRow("mails read") << kMails << "read" << QJsonValue(1) << "type";
    QTest::newRow("mails orderBy") << kMails << "orderBy" << QJsonValue(QStringLiteral("subject")) << "value";
    QTest::newRow("mails subject long") << kMails << "subject" << QJsonValue(QString(300, QLatin1Char('a')))
                                        << "length";
}

void TestLogs::refusesBadFilters()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    const QString message = QStringLiteral("PARAM.INVALID:") + field + QLatin1Char(':') + reason;
    expectError(path, window(m_start, m_end, {{field, value}}), message);
    const QString log = path == kOperations ? QStringLiteral("operations")
                        : path == kLogins   ? QStringLiteral("logins")
                                            : QStringLiteral("mails");
    expectError(kCounts, window(m_start, m_end, {{field, value}, {QStringLiteral("log"), log}}), message);
}

void TestLogs::everyFilterSelectsExactlyItsRows_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("key"); // the record field the filter constrains
    QTest::newRow("operator") << kOperations << "operator" << QJsonValue(QStringLiteral("ADMIN@court.sandbox.test"))
                              << "operator";
    QTest::newRow("action") << kOperations << "action" << QJsonValue(QStringLiteral("createAccount")) << "action";
    QTest::newRow("operation result") << kOperations << "result" << QJsonValue(QStringLiteral("failure")) << "result";
    QTest::newRow("target") << kOperations << "target" << QJsonValue(QStringLiteral("ZHANG")) << "target";
    QTest::newRow("method") << kLogins << "method" << QJsonValue(QStringLiteral("wechat")) << "method";
    QTest::newRow("login result") << kLogins << "result" << QJsonValue(QStringLiteral("failure")) << "result";
    QTest::newRow("abnormal") << kLogins << "abnormal" << QJsonValue(true) << "abnormal";
    QTest::newRow("normal") << kLogins << "abnormal" << QJsonValue(false) << "abnormal";
    QTest::newRow("province") << kLogins << "province" << QJsonValue(QStringLiteral("广东省")) << "province";
    QTest::newRow("ipPrefix") << kLogins << "ipPrefix" << QJsonValue(QStringLiteral("58.248.")) << "ip";
    QTest::newRow("direction") << kMails << "direction" << QJsonValue(QStringLiteral("out")) << "direction";
    QTest::newRow("status") << kMails << "status" << QJsonValue(QStringLiteral("received")) << "status";
    QTest::newRow("sender") << kMails << "sender" << QJsonValue(QStringLiteral("SDXT@court.sandbox.test")) << "sender";
    QTest::newRow("subject") << kMails << "subject" << QJsonValue(QStringLiteral("判决书")) << "subject";
    QTest::newRow("read") << kMails << "read" << QJsonValue(true) << "readAt";
    QTest::newRow("unread") << kMails << "read" << QJsonValue(false) << "readAt";
}

void TestLogs::everyFilterSelectsExactlyItsRows()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, key);
    const QJsonObject unfiltered = window(m_start, m_end);
    const Paged all = pageAll(*m_sandbox, path, unfiltered, 1000);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    const auto matches = [&](const QJsonObject& item) {
        const QJsonValue actual = item.value(key);
        if (field == u"read") {
            return actual.isNull() != value.toBool();
        }
        if (value.isBool()) {
            return actual == value;
        }
        const QString wanted = value.toString();
        if (field == u"target" || field == u"subject") {
            return actual.toString().contains(wanted, Qt::CaseInsensitive);
        }
        if (field == u"ipPrefix") {
            return actual.toString().startsWith(wanted);
        }
        return actual.toString().compare(wanted, Qt::CaseInsensitive) == 0;
    };
    QList<qint64> expected;
    for (const QJsonObject& item : all.items) {
        if (matches(item)) {
            expected.append(item.value(QStringLiteral("id")).toInteger());
        }
    }
    QVERIFY2(!expected.isEmpty(), "the seeded court should have rows for every filter");
    // Every seeded operation is the administrator's: that filter keeps all; the others leave rows out.
    QVERIFY2(field == u"operator" || expected.size() < all.items.size(), "a filter should leave rows out");
    const Paged filtered = pageAll(*m_sandbox, path, window(m_start, m_end, {{field, value}}), 37);
    QVERIFY2(filtered.error.isEmpty(), qPrintable(filtered.error));
    QCOMPARE(idsOf(filtered.items), expected);
    const QString log = path == kOperations ? QStringLiteral("operations")
                        : path == kLogins   ? QStringLiteral("logins")
                                            : QStringLiteral("mails");
    QCOMPARE(countOf(*m_sandbox, log, window(m_start, m_end, {{field, value}})), qint64(expected.size()));
    // A value nothing has: an empty page, no cursor, a zero count.
    const bool freeText = QStringList{QStringLiteral("operator"), QStringLiteral("action"), QStringLiteral("target"),
                                      QStringLiteral("province"), QStringLiteral("sender"), QStringLiteral("subject"),
                                      QStringLiteral("ipPrefix")}
                              .contains(field);
    const QJsonValue nothing = field == u"ipPrefix" ? QStringLiteral("0.0.") : QStringLiteral("no-such-value");
    if (freeText) {
        const auto empty = m_sandbox->call(path, window(m_start, m_end, {{field, nothing}}));
        QCOMPARE(empty.code, 0);
        QVERIFY(empty.data.toObject().value(QStringLiteral("items")).toArray().isEmpty());
        QVERIFY(empty.data.toObject().value(QStringLiteral("nextCursor")).isNull());
        QCOMPARE(countOf(*m_sandbox, log, window(m_start, m_end, {{field, nothing}})), 0);
    }
}

void TestLogs::pagingReturnsExactlyTheCountedRows_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("log");
    QTest::newRow("operations") << kOperations << "operations";
    QTest::newRow("logins") << kLogins << "logins";
    QTest::newRow("mails") << kMails << "mails";
}

void TestLogs::pagingReturnsExactlyTheCountedRows()
{
    QFETCH(QString, path);
    QFETCH(QString, log);
    const QJsonObject body = window(kEpoch - kMaxWindow, kEpoch);
    const qint64 count = countOf(*m_sandbox, log, body);
    QVERIFY(count > 100);
    QList<qint64> reference;
    for (const int pageSize : {1000, 100, 7}) {
        const Paged paged = pageAll(*m_sandbox, path, body, pageSize);
        QVERIFY2(paged.error.isEmpty(), qPrintable(paged.error));
        QCOMPARE(qint64(paged.items.size()), count);
        QCOMPARE(paged.pages, int((count + pageSize - 1) / pageSize)); // the last page says there is no more
        QVERIFY(ascending(paged.items));
        const QList<qint64> ids = idsOf(paged.items);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
        if (reference.isEmpty()) {
            reference = ids;
        }
        QCOMPARE(ids, reference);
    }
    // Adjacent windows split the rows without loss or overlap.
    const qint64 middle = kEpoch - 10 * kDay - 12345;
    const qint64 left = countOf(*m_sandbox, log, window(kEpoch - kMaxWindow, middle));
    const qint64 right = countOf(*m_sandbox, log, window(middle, kEpoch));
    QCOMPARE(left + right, count);
}

void TestLogs::ordersMailsByUpdatedAt()
{
    const QJsonObject body =
        window(kEpoch - 7 * kDay, kEpoch, {{QStringLiteral("orderBy"), QStringLiteral("updatedAt")}});
    const Paged paged = pageAll(*m_sandbox, kMails, body, 50);
    QVERIFY2(paged.error.isEmpty(), qPrintable(paged.error));
    QCOMPARE(qint64(paged.items.size()), countOf(*m_sandbox, QStringLiteral("mails"), body));
    QVERIFY(ascending(paged.items, QStringLiteral("updatedAt")));
    int readLater = 0; // sent before the window, read inside it: what incremental read tracking picks up
    for (const QJsonObject& mail : paged.items) {
        const qint64 updated = mail.value(QStringLiteral("updatedAt")).toInteger();
        QVERIFY(updated >= kEpoch - 7 * kDay && updated < kEpoch);
        readLater += mail.value(QStringLiteral("time")).toInteger() < kEpoch - 7 * kDay ? 1 : 0;
    }
    QVERIFY(readLater > 0);
    // A cursor of the updatedAt order continues in that order.
    QJsonObject first = body;
    first.insert(QStringLiteral("pageSize"), 10);
    const auto page = m_sandbox->call(kMails, first);
    first.insert(QStringLiteral("cursor"), page.data.toObject().value(QStringLiteral("nextCursor")));
    const auto second = m_sandbox->call(kMails, first);
    QCOMPARE(second.code, 0);
    QCOMPARE(second.data.toObject().value(QStringLiteral("items")).toArray().first().toObject(), paged.items.at(10));
}

QTEST_GUILESS_MAIN(TestLogs)
#include "tst_logs.moc"
