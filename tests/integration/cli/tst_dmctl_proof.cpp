#include "DmctlRunner.h"
#include "SandboxProcess.h"
#include "store/Db.h"
#include "store/Stmt.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

// `dmctl proof make|verify` end to end against the real dmsandbox over TLS: packs for seeded documents of each kind
// (an address of each basis, read, never opened, intercepted), held to the platform's own database, to openssl and
// to pdftotext; then every kind of tampering that verify must name.
class TestDmctlProof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void packsFollowTheAddressBasisAndTheEvents_data();
    void packsFollowTheAddressBasisAndTheEvents();
    void opensslAndPdftotextAcceptThePack();
    void aClerkCopyIsComparedWithThePlatformsBytes();
    void tamperingIsNamed();
    void aWholeCaseGetsOnePackPerDelivery();
    void mistakesAreExplained();

private:
    struct Document
    {
        QString messageId;
        QString recipient;
        qint64 mailId = 0;
        qint64 time = 0;
        std::optional<qint64> readAt;
        QString status;
        QString basis; // confirmed, provided, courtFound, or empty
        QString name;
        QString caseNumber;
    };

    [[nodiscard]] DmctlRun dmctl(const QStringList& arguments, const QByteArray& input = {}) const;
    // A seeded document of the platform's database matching `where` (SQL over mail_logs m and accounts a).
    [[nodiscard]] std::optional<Document> findDocument(const QString& where) const;
    // Makes a pack with dmctl; its path, or empty (the failure is logged).
    [[nodiscard]] QString makePack(const Document& document, const QStringList& extra = {});
    [[nodiscard]] static QMap<QString, QByteArray> unzip(const QString& path);
    static bool zip(const QString& path, const QMap<QString, QByteArray>& files, const QStringList& order);
    [[nodiscard]] static QStringList entryOrder(const QString& path);
    [[nodiscard]] QByteArray attachmentBytes(const QString& messageId, const QString& name) const;
    [[nodiscard]] static int run(const QString& program, const QStringList& arguments, QString* output = nullptr,
                                 const QString& workingDirectory = {});

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_connection;
    QString m_configPath;
    QString m_platformDir;
    int m_packs = 0;
};

namespace {

// Whether the statement has a (next) row.
bool stepped(dm::Stmt& statement)
{
    const auto row = statement.step();
    return row && *row;
}

} // namespace

void TestDmctlProof::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
    QVERIFY(m_dir.isValid());
    m_platformDir = m_dir.filePath(QStringLiteral("platform"));
    m_sandbox = std::make_unique<SandboxProcess>(m_platformDir);
    m_connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"), QStringLiteral("0")});
    QVERIFY(!m_connection.isEmpty());
    m_configPath = m_dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeSandboxConfig(m_configPath, m_connection));
    const DmctlRun sync = dmctl({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
}

void TestDmctlProof::cleanupTestCase()
{
    m_sandbox.reset();
}

DmctlRun TestDmctlProof::dmctl(const QStringList& arguments, const QByteArray& input) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("DM_TEST_SIGN_PASSWORD"), QStringLiteral("court-pass"));
    return runDmctl(arguments + QStringList{QStringLiteral("--sandbox-config"), m_configPath}, env, input);
}

std::optional<TestDmctlProof::Document> TestDmctlProof::findDocument(const QString& where) const
{
    QFile keyFile(QDir(m_platformDir).filePath(QStringLiteral("platform.key")));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    auto db = dm::Db::open(QDir(m_platformDir).filePath(QStringLiteral("platform.db")), keyFile.readAll());
    if (!db) {
        return std::nullopt;
    }
    const QString sql =
        QStringLiteral("SELECT m.message_id, m.recipient, m.id, m.time, m.read_at, m.status, "
                       "coalesce(a.address_basis_kind, ''), a.name, a.job_number FROM mail_logs m "
                       "JOIN accounts a ON a.account_name = lower(substr(m.recipient, 1, instr(m.recipient, '@') - 1)) "
                       "WHERE m.direction = 'in' AND a.job_number != '' AND (%1) ORDER BY m.id LIMIT 1")
            .arg(where);
    auto statement = db->prepare(sql.toUtf8().constData());
    if (!statement || !stepped(*statement)) {
        return std::nullopt;
    }
    Document document;
    document.messageId = statement->text(0);
    document.recipient = statement->text(1);
    document.mailId = statement->int64(2);
    document.time = statement->int64(3);
    if (!statement->isNull(4)) {
        document.readAt = statement->int64(4);
    }
    document.status = statement->text(5);
    document.basis = statement->text(6);
    document.name = statement->text(7);
    document.caseNumber = statement->text(8);
    return document;
}

QString TestDmctlProof::makePack(const Document& document, const QStringList& extra)
{
    const QString output = m_dir.filePath(QStringLiteral("packs-%1").arg(m_packs++));
    QDir().mkpath(output);
    const DmctlRun made = dmctl(
        QStringList{QStringLiteral("proof"), QStringLiteral("make"), QStringLiteral("--message-id"), document.messageId,
                    QStringLiteral("--recipient"), document.recipient, QStringLiteral("--output"), output} +
        extra);
    if (made.exitCode != 0) {
        qWarning().noquote() << "proof make failed:" << made.out << made.err;
        return {};
    }
    const QStringList fields = made.out.trimmed().split(u'\t');
    return fields.value(0);
}

QMap<QString, QByteArray> TestDmctlProof::unzip(const QString& path)
{
    QMap<QString, QByteArray> files;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return files;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        files.insert(zip.getCurrentFileName(), file.readAll());
    }
    return files;
}

QStringList TestDmctlProof::entryOrder(const QString& path)
{
    QuaZip zip(path);
    return zip.open(QuaZip::mdUnzip) ? zip.getFileNameList() : QStringList();
}

bool TestDmctlProof::zip(const QString& path, const QMap<QString, QByteArray>& files, const QStringList& order)
{
    QFile::remove(path);
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    for (const QString& name : order) {
        if (!files.contains(name)) {
            continue;
        }
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
            return false;
        }
        file.write(files.value(name));
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray TestDmctlProof::attachmentBytes(const QString& messageId, const QString& name) const
{
    // The platform's own copy, as a clerk's system would have kept it: straight from the sandbox, not through dmctl.
    QUrl url(m_connection.value(QStringLiteral("baseUrl")).toString());
    url.setPath(QStringLiteral("/sandbox/mail/attachment"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("messageId"), messageId);
    query.addQueryItem(QStringLiteral("name"), name);
    url.setQuery(query);
    // The sandbox's certificate is self-signed: curl holds it to the pinned key the sandbox printed instead.
    const QString pin = QStringLiteral("sha256//") + m_connection.value(QStringLiteral("spkiSha256")).toString();
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-sk"), QStringLiteral("--fail"),
                                        QStringLiteral("--pinnedpubkey"), pin, url.toString(QUrl::FullyEncoded)});
    if (!curl.waitForFinished(30000) || curl.exitCode() != 0) {
        return {};
    }
    return curl.readAllStandardOutput();
}

int TestDmctlProof::run(const QString& program, const QStringList& arguments, QString* output,
                        const QString& workingDirectory)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        return -1;
    }
    if (output != nullptr) {
        *output = QString::fromUtf8(process.readAll());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

namespace {

QJsonObject manifestOf(const QMap<QString, QByteArray>& files)
{
    return QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
}

QList<QJsonObject> eventsOf(const QMap<QString, QByteArray>& files)
{
    QList<QJsonObject> events;
    for (const QByteArray& line : files.value(QStringLiteral("events.jsonl")).split('\n')) {
        if (!line.isEmpty()) {
            events.append(QJsonDocument::fromJson(line).object());
        }
    }
    return events;
}

QList<qint64> recordIdsOf(const QList<QJsonObject>& events, const QString& kind)
{
    QList<qint64> ids;
    for (const QJsonObject& event : events) {
        if (event.value(QStringLiteral("event")).toString() == kind) {
            ids.append(event.value(QStringLiteral("recordId")).toInteger());
        }
    }
    return ids;
}

qint64 msOf(const QJsonValue& time)
{
    return time.toObject().value(QStringLiteral("ms")).toInteger(-1);
}

} // namespace

void TestDmctlProof::packsFollowTheAddressBasisAndTheEvents_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("code");
    const QString received = QStringLiteral("m.status = 'received' AND ");
    const QString replied = QStringLiteral(
        "EXISTS (SELECT 1 FROM mail_logs r WHERE r.direction = 'out' AND r.sender = m.recipient AND r.subject = "
        "'回复：' || m.subject AND r.time > m.time)");
    QTest::newRow("confirmed, read") << received + QStringLiteral("a.address_basis_kind = 'confirmed' AND "
                                                                  "m.read_at IS NOT NULL")
                                     << QStringLiteral("SERVED_ON_ARRIVAL");
    QTest::newRow("provided, never opened")
        << received + QStringLiteral("a.address_basis_kind = 'provided' AND m.read_at IS NULL")
        << QStringLiteral("SERVED_ON_ARRIVAL");
    QTest::newRow("found by the court, read, no reply")
        << received + QStringLiteral("a.address_basis_kind = 'courtFound' AND m.read_at IS NOT NULL AND NOT ") + replied
        << QStringLiteral("PRESUMED_BY_ACCESS");
    QTest::newRow("found by the court, never opened")
        << received + QStringLiteral("a.address_basis_kind = 'courtFound' AND m.read_at IS NULL")
        << QStringLiteral("NOT_YET_EFFECTIVE");
    QTest::newRow("found by the court, replied")
        << received + QStringLiteral("a.address_basis_kind = 'courtFound' AND ") + replied
        << QStringLiteral("SERVED_ON_REPLY");
    QTest::newRow("intercepted") << QStringLiteral("m.status = 'intercepted'") << QStringLiteral("NOT_SERVED");
}

void TestDmctlProof::packsFollowTheAddressBasisAndTheEvents()
{
    QFETCH(QString, where);
    QFETCH(QString, code);
    const auto document = findDocument(where);
    if (!document) {
        QSKIP("the seeded court has no such document");
    }
    const QString pack = makePack(*document);
    QVERIFY(!pack.isEmpty());
    QVERIFY2(QFileInfo(pack).fileName().startsWith(
                 QStringLiteral("送达证据包_%1_%2_").arg(document->caseNumber, document->name)),
             qPrintable(pack));
    const auto files = unzip(pack);
    const QJsonObject manifest = manifestOf(files);
    const QJsonObject determination = manifest.value(QStringLiteral("determination")).toObject();
    QCOMPARE(determination.value(QStringLiteral("code")).toString(), code);

    // The message as the platform's own database has it.
    const QJsonObject message = manifest.value(QStringLiteral("document")).toObject();
    QCOMPARE(message.value(QStringLiteral("messageId")).toString(), document->messageId);
    QCOMPARE(message.value(QStringLiteral("mailRecordId")).toInteger(), document->mailId);
    QCOMPARE(manifest.value(QStringLiteral("caseNumber")).toString(), document->caseNumber);

    const QList<QJsonObject> events = eventsOf(files);
    QVERIFY(!events.isEmpty());
    if (code == QLatin1String("NOT_SERVED")) {
        QVERIFY(recordIdsOf(events, QStringLiteral("arrival")).isEmpty());
        QCOMPARE(recordIdsOf(events, QStringLiteral("bounce")).size(), 1);
        QVERIFY(!determination.contains(QStringLiteral("serviceTime")) ||
                determination.value(QStringLiteral("serviceTime")).isNull());
    } else {
        QCOMPARE(recordIdsOf(events, QStringLiteral("arrival")), QList<qint64>{document->mailId});
    }
    if (code == QLatin1String("SERVED_ON_ARRIVAL")) {
        QCOMPARE(msOf(determination.value(QStringLiteral("serviceTime"))), document->time);
    }
    if (code == QLatin1String("PRESUMED_BY_ACCESS")) {
        QCOMPARE(msOf(determination.value(QStringLiteral("serviceTime"))), *document->readAt);
    }
    if (code == QLatin1String("SERVED_ON_REPLY")) {
        QCOMPARE(recordIdsOf(events, QStringLiteral("reply")).size() >= 1, true);
        QVERIFY(msOf(determination.value(QStringLiteral("serviceTime"))) > document->time);
    }
    // An open exactly when the platform recorded a read, at its time.
    const QList<qint64> opens = recordIdsOf(events, QStringLiteral("open"));
    QCOMPARE(opens.size(), document->readAt ? 1 : 0);

    // Every login of the recipient since the document was handed over, and no other: the platform's login log.
    QFile keyFile(QDir(m_platformDir).filePath(QStringLiteral("platform.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    auto db = dm::Db::open(QDir(m_platformDir).filePath(QStringLiteral("platform.db")), keyFile.readAll());
    QVERIFY(db);
    auto logins = db->prepare("SELECT id FROM login_logs WHERE account_name = ?1 AND time >= ?2 ORDER BY time, id");
    QVERIFY(logins);
    logins->bind(1, document->recipient.section(u'@', 0, 0).toLower());
    logins->bind(2, msOf(message.value(QStringLiteral("submittedAt"))));
    QList<qint64> expected;
    while (stepped(*logins)) {
        expected.append(logins->int64(0));
    }
    QCOMPARE(recordIdsOf(events, QStringLiteral("login")), expected);

    const DmctlRun verified = dmctl({QStringLiteral("proof"), QStringLiteral("verify"), pack});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestDmctlProof::opensslAndPdftotextAcceptThePack()
{
    const auto document = findDocument(QStringLiteral("m.status = 'received' AND a.address_basis_kind = 'confirmed'"));
    QVERIFY(document);
    // The court's certificate, made by openssl, not by this project.
    const QString key = m_dir.filePath(QStringLiteral("court.key"));
    const QString certificate = m_dir.filePath(QStringLiteral("court.pem"));
    const QString pkcs12 = m_dir.filePath(QStringLiteral("court.p12"));
    QString output;
    QCOMPARE(run(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                  QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=Test Court/O=dmadmin tests")},
                 &output),
             0);
    QCOMPARE(run(QStringLiteral("openssl"),
                 {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), key,
                  QStringLiteral("-in"), certificate, QStringLiteral("-out"), pkcs12, QStringLiteral("-passout"),
                  QStringLiteral("pass:court-pass")},
                 &output),
             0);
    const QString pack = makePack(*document, {QStringLiteral("--sign"), pkcs12, QStringLiteral("--sign-password-env"),
                                              QStringLiteral("DM_TEST_SIGN_PASSWORD"), QStringLiteral("--court"),
                                              QStringLiteral("广州市越秀区人民法院")});
    QVERIFY(!pack.isEmpty());
    const auto files = unzip(pack);
    QVERIFY(files.contains(QStringLiteral("manifest.p7s")));
    const QString unpacked = m_dir.filePath(QStringLiteral("unpacked"));
    QDir(unpacked).removeRecursively();
    QVERIFY(QDir().mkpath(unpacked + QStringLiteral("/attachments")));
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        QFile out(QDir(unpacked).filePath(file.key()));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.value());
    }

    QCOMPARE(run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, &output, unpacked),
             0);
    QVERIFY2(run(QStringLiteral("openssl"),
                 {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
                  QStringLiteral("timestamp.tsr"), QStringLiteral("-data"), QStringLiteral("manifest.json"),
                  QStringLiteral("-CAfile"), QStringLiteral("tsa-chain.pem")},
                 &output, unpacked) == 0,
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Verification: OK")), qPrintable(output));
    QVERIFY2(
        run(QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
             QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("manifest.p7s"), QStringLiteral("-content"),
             QStringLiteral("manifest.json"), QStringLiteral("-CAfile"), certificate, QStringLiteral("-purpose"),
             QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")},
            &output, unpacked) == 0,
        qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Verification successful")), qPrintable(output));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    QCOMPARE(run(QStringLiteral("pdftotext"),
                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("report.pdf"), QStringLiteral("-")},
                 &output, unpacked),
             0);
    const QString text = QString(output).remove(u'\n').remove(u' ');
    const QByteArray manifestSha256 =
        QCryptographicHash::hash(files.value(QStringLiteral("manifest.json")), QCryptographicHash::Sha256).toHex();
    const QString serviceDate = QDateTime::fromMSecsSinceEpoch(document->time, QTimeZone(8 * 3600))
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                    .remove(u' ');
    for (const QString& expected :
         {document->caseNumber, document->name, serviceDate, QString::fromLatin1(manifestSha256),
          QStringLiteral("广州市越秀区人民法院"), QStringLiteral("SERVED_ON_ARRIVAL")}) {
        QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("%1 is not in the report").arg(expected)));
    }
}

void TestDmctlProof::aClerkCopyIsComparedWithThePlatformsBytes()
{
    const auto document = findDocument(QStringLiteral("m.status = 'received' AND a.address_basis_kind = 'provided'"));
    QVERIFY(document);
    const QString first = makePack(*document);
    QVERIFY(!first.isEmpty());
    const QJsonArray attachments = manifestOf(unzip(first)).value(QStringLiteral("attachments")).toArray();
    QVERIFY(!attachments.isEmpty());
    const QString name = attachments.first().toObject().value(QStringLiteral("name")).toString();
    const QByteArray bytes = attachmentBytes(document->messageId, name);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
             attachments.first().toObject().value(QStringLiteral("sha256")).toString().toLatin1());

    const QString same = m_dir.filePath(QStringLiteral("kept/") + name);
    QByteArray changed = bytes;
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
    const QString other = m_dir.filePath(QStringLiteral("kept-changed/") + name);
    for (const auto& [path, content] : {std::pair{same, bytes}, std::pair{other, changed}}) {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    for (const auto& [path, matches] : {std::pair{same, true}, std::pair{other, false}}) {
        const QString pack = makePack(*document, {QStringLiteral("--attach"), path});
        QVERIFY(!pack.isEmpty());
        const auto files = unzip(pack);
        QCOMPARE(files.value(QStringLiteral("attachments/") + name), matches ? bytes : changed);
        const QJsonArray clerk = manifestOf(files).value(QStringLiteral("clerkFiles")).toArray();
        QCOMPARE(clerk.size(), 1);
        QCOMPARE(clerk.first().toObject().value(QStringLiteral("matches")).toBool(), matches);
        // A copy that differs is reported, not hidden: the pack itself stays sound.
        const DmctlRun verified = dmctl({QStringLiteral("proof"), QStringLiteral("verify"), pack});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY2(verified.out.contains(matches ? QStringLiteral("matches") : QStringLiteral("does not match")),
                 qPrintable(verified.out));
    }
}

void TestDmctlProof::tamperingIsNamed()
{
    const auto document = findDocument(QStringLiteral("m.status = 'received' AND m.read_at IS NOT NULL"));
    QVERIFY(document);
    const QString pack = makePack(*document);
    QVERIFY(!pack.isEmpty());
    const auto files = unzip(pack);
    const QStringList order = entryOrder(pack);
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.zip"));
    const auto verifyFails = [&](const QMap<QString, QByteArray>& changed, const QString& named) {
        if (!zip(tampered, changed, order)) {
            return QStringLiteral("cannot write the tampered pack");
        }
        const DmctlRun verified = dmctl({QStringLiteral("proof"), QStringLiteral("verify"), tampered});
        if (verified.exitCode != 1) {
            return QString(QStringLiteral("verify passed: ") + verified.out);
        }
        return verified.err.contains(named) ? QString() : QStringLiteral("not named (%1): %2").arg(named, verified.err);
    };

    // One byte of any file.
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        QMap<QString, QByteArray> changed = files;
        QByteArray& bytes = changed[file.key()];
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        const QString problem = verifyFails(changed, file.key());
        QVERIFY2(problem.isEmpty(), qPrintable(file.key() + QStringLiteral(": ") + problem));
    }

    // An event dropped, and two events swapped (SHA256SUMS mended, as someone covering their tracks would).
    const QList<QByteArray> lines = files.value(QStringLiteral("events.jsonl")).split('\n');
    QVERIFY(lines.size() >= 4);
    const auto withEvents = [&](QList<QByteArray> eventLines) {
        QMap<QString, QByteArray> changed = files;
        changed[QStringLiteral("events.jsonl")] = eventLines.join('\n');
        QByteArray sums;
        for (const QByteArray& line : files.value(QStringLiteral("SHA256SUMS")).split('\n')) {
            if (line.endsWith(" events.jsonl")) {
                sums +=
                    QCryptographicHash::hash(changed.value(QStringLiteral("events.jsonl")), QCryptographicHash::Sha256)
                        .toHex() +
                    "  events.jsonl\n";
            } else if (!line.isEmpty()) {
                sums += line + '\n';
            }
        }
        changed[QStringLiteral("SHA256SUMS")] = sums;
        return changed;
    };
    QList<QByteArray> dropped = lines;
    dropped.removeAt(1);
    QString problem = verifyFails(withEvents(dropped), QStringLiteral("events.jsonl"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QList<QByteArray> swapped = lines;
    swapped.swapItemsAt(1, 2);
    problem = verifyFails(withEvents(swapped), QStringLiteral("events.jsonl"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Another pack's time-stamp: genuine, but over another manifest.
    const auto other = findDocument(QStringLiteral("m.status = 'received' AND m.id != %1").arg(document->mailId));
    QVERIFY(other);
    const QString otherPack = makePack(*other);
    QVERIFY(!otherPack.isEmpty());
    QMap<QString, QByteArray> swappedStamp = files;
    swappedStamp[QStringLiteral("timestamp.tsr")] = unzip(otherPack).value(QStringLiteral("timestamp.tsr"));
    problem = verifyFails(swappedStamp, QStringLiteral("timestamp.tsr"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDmctlProof::aWholeCaseGetsOnePackPerDelivery()
{
    QFile keyFile(QDir(m_platformDir).filePath(QStringLiteral("platform.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    auto db = dm::Db::open(QDir(m_platformDir).filePath(QStringLiteral("platform.db")), keyFile.readAll());
    QVERIFY(db);
    // A case whose documents went to two parties or more: its deliveries in the platform's mail log.
    auto cases = db->prepare("SELECT a.job_number, count(*) FROM accounts a JOIN mail_logs m ON m.direction = 'in' "
                             "AND instr(m.subject, a.job_number) > 0 AND m.recipient = a.account_name || '@' || "
                             "substr(m.recipient, instr(m.recipient, '@') + 1) WHERE a.job_number != '' "
                             "GROUP BY a.job_number HAVING count(DISTINCT a.account_name) >= 2 ORDER BY 2 LIMIT 1");
    QVERIFY(cases);
    QVERIFY(stepped(*cases));
    const QString caseNumber = cases->text(0);
    auto deliveries = db->prepare("SELECT count(*) FROM mail_logs WHERE direction = 'in' AND instr(subject, ?1) > 0");
    QVERIFY(deliveries);
    deliveries->bind(1, caseNumber);
    QVERIFY(stepped(*deliveries));
    const qint64 expected = deliveries->int64(0);

    const QString output = m_dir.filePath(QStringLiteral("case-packs"));
    QVERIFY(QDir().mkpath(output));
    const DmctlRun made = dmctl({QStringLiteral("proof"), QStringLiteral("make"), QStringLiteral("--case"), caseNumber,
                                 QStringLiteral("--output"), output});
    QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
    QCOMPARE(made.out.trimmed().split(u'\n').size(), expected);
    const QStringList packs = QDir(output).entryList({QStringLiteral("*.zip")}, QDir::Files);
    QCOMPARE(packs.size(), expected);
    for (const QString& name : packs) {
        QVERIFY2(name.startsWith(QStringLiteral("送达证据包_") + caseNumber), qPrintable(name));
    }
    const DmctlRun verified =
        dmctl({QStringLiteral("proof"), QStringLiteral("verify"), QDir(output).filePath(packs.first())});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestDmctlProof::mistakesAreExplained()
{
    const auto fails = [this](const QStringList& arguments, int exitCode, const QString& says) {
        const DmctlRun run = dmctl(QStringList{QStringLiteral("proof")} + arguments);
        return run.exitCode == exitCode && run.err.contains(says)
                   ? QString()
                   : QStringLiteral("%1 -> %2: %3").arg(arguments.join(u' ')).arg(run.exitCode).arg(run.err);
    };
    const QString output = m_dir.filePath(QStringLiteral("mistakes"));
    QVERIFY(QDir().mkpath(output));
    for (const QString& problem :
         {fails({QStringLiteral("make"), QStringLiteral("--output"), output}, 2, QStringLiteral("Usage")),
          fails({QStringLiteral("make"), QStringLiteral("--message-id"), QStringLiteral("nope@sandbox.test"),
                 QStringLiteral("--recipient"), QStringLiteral("nobody@court.sandbox.test"), QStringLiteral("--output"),
                 output},
                1, QStringLiteral("nope@sandbox.test")),
          fails({QStringLiteral("make"), QStringLiteral("--case"), QStringLiteral("not a case"),
                 QStringLiteral("--output"), output},
                2, QStringLiteral("not a case number")),
          fails({QStringLiteral("make"), QStringLiteral("--message-id"), QStringLiteral("x"),
                 QStringLiteral("--recipient"), QStringLiteral("y"), QStringLiteral("--tsa"),
                 QStringLiteral("http://127.0.0.1:9/tsa"), QStringLiteral("--output"), output},
                2, QStringLiteral("--tsa-chain")),
          fails({QStringLiteral("verify"), m_configPath}, 1, QStringLiteral("archive")),
          fails({QStringLiteral("verify")}, 2, QStringLiteral("Usage"))}) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QVERIFY(QDir(output).entryList(QDir::Files).isEmpty()); // a failed pack leaves nothing behind
}

QTEST_GUILESS_MAIN(TestDmctlProof)
#include "tst_dmctl_proof.moc"
