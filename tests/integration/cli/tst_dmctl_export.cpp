#include "DmctlRunner.h"
#include "SandboxProcess.h"
#include "core/CsvReader.h"
#include "core/PiiScrubber.h"
#include "sandbox/LogWriter.h"
#include "store/Db.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `dmctl logs export` end to end: a synced sandbox cache (one mail's subject seeded as a formula), the files opened by
// LibreOffice and poppler the way a user's tools would, against what `dmctl logs search` reads from the same cache.
class TestDmctlExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void csvAndXlsxHoldTheSearchRowsInLibreOffice();
    void pdfHoldsTitleFilterAndRows();
    void formulaSubjectStaysTextEverywhere();
    void mistakesAreExplained();

private:
    [[nodiscard]] DmctlRun dmctl(const QStringList& arguments) const;
    [[nodiscard]] QString exportFile(const QString& type, const QString& format, const QStringList& filters = {});
    // The rows of a CSV file (header first), with the apostrophe that made a formula-like cell inert taken off.
    [[nodiscard]] static QList<QStringList> csvRows(const QString& text);
    [[nodiscard]] static QString readText(const QString& path);
    // `soffice --convert-to csv` of `path` (UTF-8, cells as shown), opened with `importFilter` when given; empty when
    // it failed.
    [[nodiscard]] QString libreOfficeCsv(const QString& path, const QString& importFilter = {});
    [[nodiscard]] QString pdfText(const QString& path) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_configPath;
    QString m_domain;
    int m_conversions = 0;
};

namespace {

const QString kFormula = QStringLiteral("=HYPERLINK(\"x\")");

// A mail row that `logs search --type mail --format csv` prints as time, direction, subject, sender, recipient,
// status, readAt, readClient, messageId; as the export (and the page) shows it: date time, subject, sender, recipient.
QString searchKey(const QStringList& cells)
{
    return QStringList{cells.value(0), dm::scrubPii(cells.value(2)), cells.value(3), cells.value(4)}.join(u'|');
}

QString exportKey(const QStringList& cells)
{
    return QStringList{cells.value(0) + u' ' + cells.value(5), cells.value(2), cells.value(3), cells.value(4)}.join(
        u'|');
}

} // namespace

void TestDmctlExport::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
    QVERIFY(m_dir.isValid());
    const QString platform = m_dir.filePath(QStringLiteral("platform"));
    m_sandbox = std::make_unique<SandboxProcess>(platform);
    const QJsonObject connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("4000"), QStringLiteral("--speed"), QStringLiteral("0")});
    QVERIFY(!connection.isEmpty());
    m_domain = connection.value(QStringLiteral("domain")).toString();
    m_configPath = m_dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeSandboxConfig(m_configPath, connection));

    // A sender typed a formula as the subject: seeded into the platform's mail log before the cache syncs it.
    QFile keyFile(QDir(platform).filePath(QStringLiteral("platform.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    auto db = dm::Db::open(QDir(platform).filePath(QStringLiteral("platform.db")), keyFile.readAll());
    QVERIFY(db);
    const qint64 newest = db->queryText("SELECT max(time) FROM mail_logs").value().toLongLong();
    QVERIFY(newest > 0);
    auto writer = dm::sandbox::LogWriter::create(*db);
    QVERIFY(writer);
    dm::sandbox::MailRow mail;
    mail.time = newest - 60000;
    mail.incoming = true;
    mail.messageId = QStringLiteral("formula@sandbox.test");
    mail.subject = kFormula;
    mail.sender = QStringLiteral("outsider@example.test");
    mail.recipient = QStringLiteral("zhangwei@%1").arg(m_domain);
    mail.status = QStringLiteral("received");
    QVERIFY2(writer->insert(mail) > 0, qPrintable(writer->lastError()));

    const DmctlRun sync = dmctl({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
}

void TestDmctlExport::cleanupTestCase()
{
    m_sandbox.reset();
}

DmctlRun TestDmctlExport::dmctl(const QStringList& arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return runDmctl(arguments + QStringList{QStringLiteral("--sandbox-config"), m_configPath}, env);
}

QString TestDmctlExport::exportFile(const QString& type, const QString& format, const QStringList& filters)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.%3").arg(type).arg(m_conversions++).arg(format));
    const DmctlRun run = dmctl(QStringList{QStringLiteral("logs"), QStringLiteral("export"), QStringLiteral("--type"),
                                           type, QStringLiteral("--format"), format, QStringLiteral("--output"), path} +
                               filters);
    if (run.exitCode != 0 || !run.out.contains(QStringLiteral("sha256: "))) {
        qWarning().noquote() << "export failed:" << run.out << run.err;
        return {};
    }
    return path;
}

QList<QStringList> TestDmctlExport::csvRows(const QString& text)
{
    QList<QStringList> rows;
    auto table = dm::CsvReader::read(text.startsWith(QChar(0xFEFF)) ? QStringView(text).sliced(1) : QStringView(text));
    if (!table) {
        return rows;
    }
    for (const dm::ImportSheetRow& row : table->rows) {
        QStringList cells = row.cells;
        for (QString& cell : cells) {
            if (cell.size() > 1 && cell.front() == u'\'' && QStringLiteral("=+-@\t\r").contains(cell.at(1))) {
                cell.remove(0, 1);
            }
        }
        rows.append(cells);
    }
    return rows;
}

QString TestDmctlExport::readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString TestDmctlExport::libreOfficeCsv(const QString& path, const QString& importFilter)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        return {};
    }
    const QString out = m_dir.filePath(QStringLiteral("lo-%1").arg(m_conversions++));
    QDir().mkpath(out);
    QProcess process;
    // A private profile, so nothing of the user's LibreOffice is read or changed. Written as 44 comma, 34 quote, 76
    // UTF-8, and (the 9th token) the cells as shown: dates in their formats.
    QStringList arguments{QStringLiteral("-env:UserInstallation=file://") +
                              m_dir.filePath(QStringLiteral("lo-profile")),
                          QStringLiteral("--headless")};
    if (!importFilter.isEmpty()) {
        arguments << QStringLiteral("--infilter=") + importFilter;
    }
    arguments << QStringLiteral("--convert-to")
              << QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true")
              << QStringLiteral("--outdir") << out << path;
    process.start(soffice, arguments);
    if (!process.waitForFinished(180000) || process.exitCode() != 0) {
        qWarning().noquote() << "soffice failed:" << process.readAllStandardError();
        return {};
    }
    return readText(QDir(out).filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".csv")));
}

QString TestDmctlExport::pdfText(const QString& path) const
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    return process.waitForFinished(60000) && process.exitCode() == 0
               ? QString::fromUtf8(process.readAllStandardOutput())
               : QString();
}

void TestDmctlExport::csvAndXlsxHoldTheSearchRowsInLibreOffice()
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()) {
        QSKIP("LibreOffice (libreoffice-calc-nogui) is not installed");
    }
    const DmctlRun search = dmctl({QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"),
                                   QStringLiteral("mail"), QStringLiteral("--limit"), QStringLiteral("1000000"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(search.exitCode == 0, qPrintable(search.err));
    QStringList expected;
    for (const QStringList& row : csvRows(search.out).mid(1)) {
        expected.append(searchKey(row));
    }
    QVERIFY(expected.size() > 100);

    const QString csv = exportFile(QStringLiteral("mail"), QStringLiteral("csv"));
    const QString xlsx = exportFile(QStringLiteral("mail"), QStringLiteral("xlsx"));
    QVERIFY(!csv.isEmpty() && !xlsx.isEmpty());
    const QList<QStringList> written = csvRows(readText(csv));
    // The CSV opened as UTF-8 with every column as text, as in LibreOffice's import dialog: its headless import does
    // not look at the BOM (Excel and WPS do), and it would turn the times into time values of its own format.
    const QString asText = QStringLiteral("CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/2");
    for (const QString& file : {csv, xlsx}) {
        const QList<QStringList> opened = csvRows(libreOfficeCsv(file, file == csv ? asText : QString()));
        QVERIFY2(
            opened.size() == expected.size() + 1,
            qPrintable(QStringLiteral("%1: %2 rows, %3 expected").arg(file).arg(opened.size()).arg(expected.size())));
        QCOMPARE(opened.constFirst(), written.constFirst()); // the page's headers
        QStringList keys;
        for (const QStringList& row : opened.mid(1)) {
            keys.append(exportKey(row));
        }
        QCOMPARE(keys, expected);  // the same rows in the same order (newest first), Chinese intact
        QCOMPARE(opened, written); // and every cell as the CSV has it, dates in the page's format
    }
    QVERIFY(readText(csv).contains(QStringLiteral("案件的")));
}

void TestDmctlExport::pdfHoldsTitleFilterAndRows()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    const QStringList filter{QStringLiteral("--province"), QStringLiteral("广东省")};
    const DmctlRun search =
        dmctl(QStringList{QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"),
                          QStringLiteral("login"), QStringLiteral("--limit"), QStringLiteral("1000000"),
                          QStringLiteral("--format"), QStringLiteral("csv")} +
              filter);
    QVERIFY2(search.exitCode == 0, qPrintable(search.err));
    const QList<QStringList> rows = csvRows(search.out).mid(1);
    QVERIFY(rows.size() > 20);
    const QString pdf = exportFile(QStringLiteral("login"), QStringLiteral("pdf"), filter);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("%1 — sandbox — Login log").arg(m_domain)), qPrintable(text.left(500)));
    QVERIFY(text.contains(QStringLiteral("Filter: All times; Province: 广东省")));
    QVERIFY(text.contains(QStringLiteral("%1 rows").arg(rows.size())));
    // Every row, by its time and its address (the search's columns: time, account, method, ip, ...).
    for (const QStringList& row : rows) {
        QVERIFY2(text.contains(row.value(0)) && text.contains(row.value(3)), qPrintable(row.join(u',')));
    }
    QCOMPARE(text.count(QStringLiteral("广东省")), rows.size() + 1); // each row's place, and the filter
}

void TestDmctlExport::formulaSubjectStaysTextEverywhere()
{
    const QString csv = exportFile(QStringLiteral("mail"), QStringLiteral("csv"),
                                   {QStringLiteral("--subject"), QStringLiteral("HYPERLINK")});
    QVERIFY(!csv.isEmpty());
    QVERIFY(readText(csv).contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
    const QString xlsx = exportFile(QStringLiteral("mail"), QStringLiteral("xlsx"),
                                    {QStringLiteral("--subject"), QStringLiteral("HYPERLINK")});
    const QString pdf = exportFile(QStringLiteral("mail"), QStringLiteral("pdf"),
                                   {QStringLiteral("--subject"), QStringLiteral("HYPERLINK")});
    QVERIFY(!xlsx.isEmpty() && !pdf.isEmpty());
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QVERIFY(pdfText(pdf).contains(kFormula));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()) {
        QSKIP("LibreOffice (libreoffice-calc-nogui) is not installed");
    }
    // Opened in a spreadsheet, the subject is the text typed, not a link evaluated to "x".
    for (const QString& file : {csv, xlsx}) {
        const QList<QStringList> opened = csvRows(libreOfficeCsv(file));
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).value(2), kFormula);
    }
}

void TestDmctlExport::mistakesAreExplained()
{
    const QStringList base{QStringLiteral("logs"), QStringLiteral("export"), QStringLiteral("--type"),
                           QStringLiteral("login")};
    DmctlRun run = dmctl(base + QStringList{QStringLiteral("--format"), QStringLiteral("docx"),
                                            QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.docx"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--format must be csv, xlsx or pdf")), qPrintable(run.err));
    run = dmctl(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--output FILE")));
    run = dmctl(base + QStringList{QStringLiteral("--output"), m_dir.filePath(QStringLiteral("missing/x.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    // No row matches: still a file, with the header, and the count says so.
    const QString empty = m_dir.filePath(QStringLiteral("empty.xlsx")); // the format from the name
    run = dmctl(base + QStringList{QStringLiteral("--account"), QStringLiteral("nobody-at-all"),
                                   QStringLiteral("--output"), empty});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("0 rows written to")), qPrintable(run.out));
    QVERIFY(QFile::exists(empty));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden), QStringList());
}

QTEST_MAIN(TestDmctlExport)
#include "tst_dmctl_export.moc"
