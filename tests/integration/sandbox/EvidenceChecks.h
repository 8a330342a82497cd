#pragma once

// The checks every delivery-evidence answer must pass against the platform's own records, read back through the
// log queries and the account listing as any client reads them. QVERIFY/QCOMPARE inside: a caller that goes on
// afterwards checks QTest::currentTestFailed().
#include "AccountTestSupport.h"
#include "EvidenceTestSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <tuple>

namespace evidencetest {

inline void checkLogins(SandboxProcess& sandbox, const QJsonObject& evidence, const QString& accountName);
inline void checkOpening(SandboxProcess& sandbox, const QJsonObject& evidence, const QJsonObject& mail);
inline void checkRecipientAndSms(SandboxProcess& sandbox, const QJsonObject& evidence, const QJsonObject& mail);

// The message against its mail log row, the attachments' names and the order of the accesses, then the rest.
inline void checkAgainstRecords(SandboxProcess& sandbox, const QJsonObject& evidence, const QJsonObject& mail)
{
    const QJsonObject message = evidence.value(QStringLiteral("message")).toObject();
    for (const char* field : {"id", "messageId", "subject", "sender", "recipient", "status"}) {
        QCOMPARE(message.value(QLatin1String(field)), mail.value(QLatin1String(field)));
    }
    const qint64 time = mail.value(QStringLiteral("time")).toInteger();
    const qint64 submitted = message.value(QStringLiteral("submittedAt")).toInteger();
    QVERIFY(submitted >= time - 20000 && submitted <= time - 1000);
    const QJsonObject smtp = message.value(QStringLiteral("smtp")).toObject();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{10}$"))
                .match(smtp.value(QStringLiteral("queueId")).toString())
                .hasMatch());
    QCOMPARE(smtp.value(QStringLiteral("reply")).toString(),
             QStringLiteral("250 2.0.0 Ok: queued as ") + smtp.value(QStringLiteral("queueId")).toString());
    const QString status = mail.value(QStringLiteral("status")).toString();
    const bool arrived = status != u"intercepted" && status != u"deferred";
    QCOMPARE(message.value(QStringLiteral("arrivedAt")), arrived ? QJsonValue(time) : QJsonValue(QJsonValue::Null));
    QCOMPARE(message.value(QStringLiteral("bounce")).isObject(), status == u"intercepted");

    const QJsonArray attachments = evidence.value(QStringLiteral("attachments")).toArray();
    QVERIFY(attachments.size() >= 1 && attachments.size() <= 3);
    const QString subject = mail.value(QStringLiteral("subject")).toString();
    QCOMPARE(attachments.first().toObject().value(QStringLiteral("name")).toString(),
             subject.mid(subject.lastIndexOf(QStringLiteral("案件的")) + 3) + QStringLiteral(".pdf"));

    // Accesses in (time, kind, id) order, and never later than the answer.
    const QJsonArray accesses = evidence.value(QStringLiteral("accesses")).toArray();
    QVERIFY(!evidence.value(QStringLiteral("accessesTruncated")).toBool());
    for (qsizetype i = 0; i < accesses.size(); ++i) {
        const QJsonObject access = accesses.at(i).toObject();
        QVERIFY(access.value(QStringLiteral("time")).toInteger() <=
                evidence.value(QStringLiteral("answeredAt")).toInteger());
        if (i == 0) {
            continue;
        }
        const QJsonObject before = accesses.at(i - 1).toObject();
        const auto key = [](const QJsonObject& item) {
            return std::make_tuple(item.value(QStringLiteral("time")).toInteger(),
                                   kindOrder(item.value(QStringLiteral("kind")).toString()),
                                   item.value(QStringLiteral("id")).toInteger());
        };
        QVERIFY(key(before) < key(access));
    }
    const QString accountName = mail.value(QStringLiteral("recipient")).toString().section(QLatin1Char('@'), 0, 0);
    checkLogins(sandbox, evidence, accountName);
    if (QTest::currentTestFailed()) {
        return;
    }
    checkOpening(sandbox, evidence, mail);
    if (QTest::currentTestFailed()) {
        return;
    }
    checkRecipientAndSms(sandbox, evidence, mail);
}

inline void checkLogins(SandboxProcess& sandbox, const QJsonObject& evidence, const QString& accountName)
{
    // Exactly the login log rows of the account from the submission on, field for field.
    const qint64 submitted =
        evidence.value(QStringLiteral("message")).toObject().value(QStringLiteral("submittedAt")).toInteger();
    QString error;
    const QList<QJsonObject> rows =
        rowsBetween(sandbox, logtest::kLogins, submitted, evidence.value(QStringLiteral("answeredAt")).toInteger() + 1,
                    QJsonObject{{QStringLiteral("accountName"), accountName}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<QJsonObject> logins;
    for (const QJsonValue& access : evidence.value(QStringLiteral("accesses")).toArray()) {
        if (access.toObject().value(QStringLiteral("kind")).toString() == u"login") {
            logins.append(access.toObject());
        }
    }
    QCOMPARE(logins.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject& login = logins.at(i);
        const QJsonObject& row = rows.at(i);
        for (const char* field : {"id", "time", "ip", "province", "city", "result"}) {
            QCOMPARE(login.value(QLatin1String(field)), row.value(QLatin1String(field)));
        }
        const QString method = row.value(QStringLiteral("method")).toString();
        QCOMPARE(login.value(QStringLiteral("client")).toString(), method);
        // The seeded court keeps the default policy, which forces SMS verification where the client can ask.
        const bool asks = QStringList{QStringLiteral("webmail"), QStringLiteral("mailmaster"), QStringLiteral("wechat"),
                                      QStringLiteral("proprietary")}
                              .contains(method);
        QCOMPARE(login.value(QStringLiteral("secondFactor")).toString(),
                 asks ? QStringLiteral("sms") : QStringLiteral("none"));
    }
}

inline void checkOpening(SandboxProcess& sandbox, const QJsonObject& evidence, const QJsonObject& mail)
{
    QList<QJsonObject> opens;
    QList<QJsonObject> downloads;
    for (const QJsonValue& value : evidence.value(QStringLiteral("accesses")).toArray()) {
        const QJsonObject access = value.toObject();
        const QString kind = access.value(QStringLiteral("kind")).toString();
        if (kind == u"open") {
            opens.append(access);
        } else if (kind == u"download") {
            downloads.append(access);
        }
    }
    const QJsonValue readAt = mail.value(QStringLiteral("readAt"));
    if (readAt.isNull()) {
        QVERIFY(opens.isEmpty() && downloads.isEmpty());
        return;
    }
    QCOMPARE(opens.size(), 1);
    const QJsonObject open = opens.first();
    QCOMPARE(open.value(QStringLiteral("id")), mail.value(QStringLiteral("id")));
    QCOMPARE(open.value(QStringLiteral("time")), readAt);
    QCOMPARE(open.value(QStringLiteral("client")), mail.value(QStringLiteral("readClient")));
    // Placed where the recipient last logged in successfully before opening it.
    QString error;
    const QList<QJsonObject> before =
        rowsBetween(sandbox, logtest::kLogins, logtest::kEpoch - 180 * logtest::kDay, readAt.toInteger(),
                    QJsonObject{{QStringLiteral("accountName"),
                                 mail.value(QStringLiteral("recipient")).toString().section(u'@', 0, 0)},
                                {QStringLiteral("result"), QStringLiteral("success")}},
                    &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!before.isEmpty());
    for (const char* field : {"ip", "province", "city"}) {
        QCOMPARE(open.value(QLatin1String(field)), before.last().value(QLatin1String(field)));
    }
    QHash<QString, QString> digests;
    for (const QJsonValue& attachment : evidence.value(QStringLiteral("attachments")).toArray()) {
        digests.insert(attachment.toObject().value(QStringLiteral("name")).toString(),
                       attachment.toObject().value(QStringLiteral("sha256")).toString());
    }
    for (const QJsonObject& download : downloads) {
        const qint64 delay = download.value(QStringLiteral("time")).toInteger() - readAt.toInteger();
        QVERIFY(delay >= 1000 && delay <= 600000);
        const QString name = download.value(QStringLiteral("attachment")).toString();
        QVERIFY(digests.contains(name));
        QCOMPARE(download.value(QStringLiteral("sha256")).toString(), digests.value(name));
        QCOMPARE(download.value(QStringLiteral("client")), mail.value(QStringLiteral("readClient")));
        QCOMPARE(download.value(QStringLiteral("ip")), open.value(QStringLiteral("ip")));
    }
}

inline void checkRecipientAndSms(SandboxProcess& sandbox, const QJsonObject& evidence, const QJsonObject& mail)
{
    const QJsonObject recipient = evidence.value(QStringLiteral("recipient")).toObject();
    const QString accountName = recipient.value(QStringLiteral("accountName")).toString();
    QCOMPARE(recipient.value(QStringLiteral("address")), mail.value(QStringLiteral("recipient")));
    QJsonObject account;
    for (const QJsonValue& item :
         accounts_test::listAll(sandbox, QJsonObject{{QStringLiteral("keyword"), accountName}})) {
        if (item.toObject().value(QStringLiteral("accountName")).toString() == accountName) {
            account = item.toObject();
        }
    }
    QVERIFY(!account.isEmpty());
    for (const char* field : {"name", "idNumber", "jobNumber", "addressBasis"}) {
        QCOMPARE(recipient.value(QLatin1String(field)), account.value(QLatin1String(field)));
    }
    QVERIFY(recipient.value(QStringLiteral("addressBasis")).isObject()); // a seeded recipient has one

    const QJsonArray sms = evidence.value(QStringLiteral("sms")).toArray();
    const qint64 arrivedAt = mail.value(QStringLiteral("time")).toInteger();
    bool noticed = false;
    qint64 previous = 0;
    for (const QJsonValue& value : sms) {
        const QJsonObject item = value.toObject();
        const qint64 time = item.value(QStringLiteral("time")).toInteger();
        QVERIFY(time >= previous);
        previous = time;
        QCOMPARE(item.value(QStringLiteral("mobile")).toString(),
                 maskedMobile(account.value(QStringLiteral("mobile")).toString()));
        QVERIFY(QStringList({QStringLiteral("delivered"), QStringLiteral("failed"), QStringLiteral("pending")})
                    .contains(item.value(QStringLiteral("status")).toString()));
        const QString purpose = item.value(QStringLiteral("purpose")).toString();
        QVERIFY(
            QStringList({QStringLiteral("activation"), QStringLiteral("reminder"), QStringLiteral("documentNotice")})
                .contains(purpose));
        noticed = noticed || (purpose == u"documentNotice" && time >= arrivedAt + 5000 && time <= arrivedAt + 60000);
    }
    QVERIFY(!sms.isEmpty() && sms.first().toObject().value(QStringLiteral("purpose")).toString() == u"activation");
    const QString status = mail.value(QStringLiteral("status")).toString();
    if (status != u"intercepted" && status != u"deferred") {
        QVERIFY2(noticed, "an arrived document is announced by SMS 5..60 s after it arrived");
    }
}

} // namespace evidencetest
