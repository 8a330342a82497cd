#include "AccountTestSupport.h"
#include "EvidenceChecks.h"
#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace logtest;
using namespace evidencetest;

// Delivery evidence (getEvidence, /sandbox/mail/attachment) against the platform's own records: every fact in the
// evidence is either a row the logs serve or derived from one, and every digest is of the bytes the platform serves.
class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readDocumentMatchesThePlatformRecords();
    void attachmentsHashTheServedBytes();
    void neverOpenedDocumentHasNoOpening();
    void interceptedDocumentCarriesItsBounce();
    void replyIsAnAccess();
    void sameAnswerTwice();
    void refusesWhatIsNotADeliveredDocument();
    void secondFactorFollowsThePolicy(); // last: it changes the recipient's policy

private:
    QJsonObject evidenceOf(const QJsonObject& mail);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QList<QJsonObject> m_in;  // every document of the seeded history
    QList<QJsonObject> m_out; // every reply
    QJsonObject m_read;       // a read document whose evidence has logins and downloads
};

void TestEvidence::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
    QVERIFY(!m_sandbox->start(frozenSmall()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
    QString error;
    for (const QJsonObject& row : rowsBetween(*m_sandbox, kMails, kEpoch - 180 * kDay, kEpoch, {}, &error)) {
        (row.value(QStringLiteral("direction")).toString() == u"in" ? m_in : m_out).append(row);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_in.size() > 4000 && !m_out.isEmpty());
    for (const QJsonObject& mail : m_in) {
        if (mail.value(QStringLiteral("readAt")).isNull()) {
            continue;
        }
        const QJsonObject evidence = evidenceOf(mail);
        const QByteArray kinds = QJsonDocument(evidence.value(QStringLiteral("accesses")).toArray()).toJson();
        if (kinds.contains("\"download\"") && kinds.contains("\"login\"")) {
            m_read = mail;
            break;
        }
    }
    QVERIFY2(!m_read.isEmpty(), "no read document with logins and downloads");
}

void TestEvidence::cleanupTestCase()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

QJsonObject TestEvidence::evidenceOf(const QJsonObject& mail)
{
    const auto reply = m_sandbox->call(kEvidence, evidenceRequest(mail.value(QStringLiteral("messageId")).toString(),
                                                                  mail.value(QStringLiteral("recipient")).toString()));
    if (reply.code != 0) {
        qWarning() << "getEvidence:" << reply.code << reply.message;
    }
    return reply.data.toObject();
}

void TestEvidence::readDocumentMatchesThePlatformRecords()
{
    const QJsonObject evidence = evidenceOf(m_read);
    checkAgainstRecords(*m_sandbox, evidence, m_read);
}

void TestEvidence::attachmentsHashTheServedBytes()
{
    const QJsonObject evidence = evidenceOf(m_read);
    const QString messageId = m_read.value(QStringLiteral("messageId")).toString();
    const QJsonArray attachments = evidence.value(QStringLiteral("attachments")).toArray();
    QVERIFY(!attachments.isEmpty());
    for (const QJsonValue& value : attachments) {
        const QJsonObject attachment = value.toObject();
        const auto served =
            m_sandbox->get(attachmentPath(messageId, attachment.value(QStringLiteral("name")).toString()));
        QCOMPARE(served.httpStatus, 200);
        QCOMPARE(served.contentType, QByteArrayLiteral("application/pdf"));
        QCOMPARE(attachment.value(QStringLiteral("mimeType")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(attachment.value(QStringLiteral("size")).toInteger(), static_cast<qint64>(served.raw.size()));
        QCOMPARE(attachment.value(QStringLiteral("sha256")).toString(), sha256Hex(served.raw));
        QCOMPARE(attachment.value(QStringLiteral("sm3")).toString(), sm3Hex(served.raw));
        QVERIFY(attachment.value(QStringLiteral("sm3")) != attachment.value(QStringLiteral("sha256")));
        // A real one-page PDF that names the document it carries.
        const QString problem = pdfProblem(served.raw);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString subject = m_read.value(QStringLiteral("subject")).toString();
        QVERIFY(served.raw.contains(pdfHex(subject.mid(subject.lastIndexOf(QStringLiteral("案件的"))))));
        QVERIFY(served.raw.contains(QByteArray('(' + messageId.toLatin1() + ')')));
    }
    // The SM3 held to something outside the project: the openssl command line.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl (packaging/debian-packages.txt) is missing");
    const QJsonObject first = attachments.first().toObject();
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(m_sandbox->get(attachmentPath(messageId, first.value(QStringLiteral("name")).toString())).raw);
    file.close();
    QProcess dgst;
    dgst.start(openssl, {QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-r"), file.fileName()});
    QVERIFY(dgst.waitForFinished(20000) && dgst.exitCode() == 0);
    QCOMPARE(QString::fromLatin1(dgst.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0),
             first.value(QStringLiteral("sm3")).toString());
    // And the PDF read by a reader that is not ours: its text names the subject and the message.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils, packaging/debian-packages.txt) is missing");
    QProcess reader;
    reader.start(pdftotext, {QStringLiteral("-q"), file.fileName(), QStringLiteral("-")});
    QVERIFY(reader.waitForFinished(20000) && reader.exitCode() == 0);
    const QString text = QString::fromUtf8(reader.readAllStandardOutput());
    QVERIFY2(text.contains(m_read.value(QStringLiteral("subject")).toString()), qPrintable(text));
    QVERIFY(text.contains(messageId));
    // Unknown files and documents, and a request without its parameters.
    QCOMPARE(m_sandbox->get(attachmentPath(messageId, QStringLiteral("nothing.pdf"))).httpStatus, 404);
    QCOMPARE(m_sandbox
                 ->get(attachmentPath(QStringLiteral("no.such@court.sandbox.test"),
                                      first.value(QStringLiteral("name")).toString()))
                 .httpStatus,
             404);
    QCOMPARE(m_sandbox->get(QStringLiteral("/sandbox/mail/attachment")).httpStatus, 400);
}

void TestEvidence::neverOpenedDocumentHasNoOpening()
{
    for (const QJsonObject& mail : m_in) {
        if (mail.value(QStringLiteral("status")).toString() == u"received" &&
            mail.value(QStringLiteral("readAt")).isNull()) {
            const QJsonObject evidence = evidenceOf(mail);
            checkAgainstRecords(*m_sandbox, evidence, mail); // no open, no download (checkOpening)
            return;
        }
    }
    QFAIL("no unread document in the seeded history");
}

void TestEvidence::interceptedDocumentCarriesItsBounce()
{
    for (const QJsonObject& mail : m_in) {
        if (mail.value(QStringLiteral("status")).toString() != u"intercepted") {
            continue;
        }
        const QJsonObject evidence = evidenceOf(mail);
        checkAgainstRecords(*m_sandbox, evidence, mail);
        const QJsonObject bounce =
            evidence.value(QStringLiteral("message")).toObject().value(QStringLiteral("bounce")).toObject();
        QCOMPARE(bounce.value(QStringLiteral("time")), mail.value(QStringLiteral("time")));
        QVERIFY(bounce.value(QStringLiteral("reason")).toString().startsWith(QLatin1String("550 5.7.1 ")));
        return;
    }
    QFAIL("no intercepted document in the seeded history");
}

void TestEvidence::replyIsAnAccess()
{
    // A reply whose subject answers a document the same recipient received before it.
    for (const QJsonObject& reply : m_out) {
        const QString subject = reply.value(QStringLiteral("subject")).toString();
        for (const QJsonObject& mail : m_in) {
            if (QStringLiteral("回复：") + mail.value(QStringLiteral("subject")).toString() != subject ||
                mail.value(QStringLiteral("recipient")) != reply.value(QStringLiteral("sender")) ||
                mail.value(QStringLiteral("status")).toString() != u"received" ||
                mail.value(QStringLiteral("time")).toInteger() >= reply.value(QStringLiteral("time")).toInteger()) {
                continue;
            }
            const QJsonObject evidence = evidenceOf(mail);
            checkAgainstRecords(*m_sandbox, evidence, mail);
            bool found = false;
            for (const QJsonValue& access : evidence.value(QStringLiteral("accesses")).toArray()) {
                const QJsonObject item = access.toObject();
                found = found || (item.value(QStringLiteral("kind")).toString() == u"reply" &&
                                  item.value(QStringLiteral("id")) == reply.value(QStringLiteral("id")) &&
                                  item.value(QStringLiteral("time")) == reply.value(QStringLiteral("time")) &&
                                  item.value(QStringLiteral("messageId")) == reply.value(QStringLiteral("messageId")));
            }
            QVERIFY2(found, "the reply is among the accesses");
            return;
        }
    }
    QFAIL("no reply to a received document in the seeded history");
}

void TestEvidence::sameAnswerTwice()
{
    QJsonObject first = evidenceOf(m_read);
    QJsonObject second = evidenceOf(m_read);
    QVERIFY(!first.isEmpty());
    first.remove(QStringLiteral("answeredAt"));
    second.remove(QStringLiteral("answeredAt"));
    QCOMPARE(second, first);
}

void TestEvidence::refusesWhatIsNotADeliveredDocument()
{
    const auto refused = [this](const QString& messageId, const QString& recipient) {
        const auto reply = m_sandbox->call(kEvidence, evidenceRequest(messageId, recipient));
        return reply.code == -4 && reply.message == u"MAIL.NOT.FOUND" && reply.data.isNull();
    };
    const QString recipient = m_read.value(QStringLiteral("recipient")).toString();
    QVERIFY(refused(QStringLiteral("no.such.message@court.sandbox.test"), recipient));
    // A reply is a row of the domain's mail log too, but sent, not delivered: for its addressee and its sender.
    const QJsonObject out = m_out.first();
    QVERIFY(
        refused(out.value(QStringLiteral("messageId")).toString(), out.value(QStringLiteral("recipient")).toString()));
    QVERIFY(refused(out.value(QStringLiteral("messageId")).toString(), out.value(QStringLiteral("sender")).toString()));
    // A document asked for with another mailbox.
    QVERIFY(refused(m_read.value(QStringLiteral("messageId")).toString(), QStringLiteral("other@court.sandbox.test")));
    // The recipient is compared case-insensitively.
    const auto upper = m_sandbox->call(
        kEvidence, evidenceRequest(m_read.value(QStringLiteral("messageId")).toString(), recipient.toUpper()));
    QCOMPARE(upper.code, 0);
    const auto missing = m_sandbox->call(
        kEvidence, QJsonObject{{QStringLiteral("messageId"), m_read.value(QStringLiteral("messageId"))}});
    QCOMPARE(missing.code, -401);
    QCOMPARE(missing.message, QStringLiteral("PARAM.INVALID:recipient:missing"));
}

void TestEvidence::secondFactorFollowsThePolicy()
{
    const QString accountName = m_read.value(QStringLiteral("recipient")).toString().section(u'@', 0, 0);
    const auto updated =
        m_sandbox->call(QStringLiteral("/api/open/delivery/policy/update"),
                        QJsonObject{{QStringLiteral("level"), QStringLiteral("account")},
                                    {QStringLiteral("targetId"), accountName},
                                    {QStringLiteral("expectedVersion"), 0},
                                    {QStringLiteral("policy"), QJsonObject{{QStringLiteral("forceSms2fa"), false}}}});
    QCOMPARE(updated.code, 0);
    int logins = 0;
    for (const QJsonValue& access : evidenceOf(m_read).value(QStringLiteral("accesses")).toArray()) {
        if (access.toObject().value(QStringLiteral("kind")).toString() == u"login") {
            ++logins;
            QCOMPARE(access.toObject().value(QStringLiteral("secondFactor")).toString(), QStringLiteral("none"));
        }
    }
    QVERIFY(logins > 0);
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
