#include "cli/ProofCommand.h"

#include "api/AccountJson.h"
#include "api/PlatformClient.h"
#include "cli/Connection.h"
#include "cli/SecretInput.h"
#include "cli/TsaChoice.h"
#include "proof/PackFormat.h"
#include "proof/PackMaker.h"
#include "store/AuditLedger.h"
#include "store/CaseNumber.h"
#include "store/CaseRepository.h"
#include "store/UnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace dm {
namespace {

QString beijingTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, proof::pack::beijingZone()).toString(Qt::ISODate);
}

// The ledger entry of a pack made or verified; the error when the ledger would not take it.
std::optional<QString> record(Db& db, const QString& action, const QString& target, const QString& result,
                              const QString& detail)
{
    AuditEntry entry;
    entry.operatorName = AuditLedger::currentOperator();
    entry.action = action;
    entry.target = target;
    entry.result = result;
    entry.detail = detail;
    if (auto recorded = AuditLedger(db).append(entry); !recorded) {
        return recorded.error().message();
    }
    return std::nullopt;
}

// The court's name as the cached unit tree gives it (the top unit; the vendor's directory names it after the mail
// domain, for want of anything better).
QString courtName(Db& db, const QString& domain)
{
    if (auto top = UnitRepository(db).get(QString::fromLatin1(kTopUnitId)); top && *top && !(*top)->name.isEmpty()) {
        return (*top)->name;
    }
    return domain;
}

// The court's signing key, read now: a wrong password is told before any pack is made.
Expected<std::shared_ptr<const proof::CourtSigner>, QString> signerFrom(const ProofContext& context, QTextStream& err)
{
    if (!context.parser.isSet(context.options.sign)) {
        return std::shared_ptr<const proof::CourtSigner>();
    }
    auto pkcs12 = readSmallFile(context.parser.value(context.options.sign), 1024 * 1024);
    if (!pkcs12) {
        return Unexpected{pkcs12.error()};
    }
    QString password;
    if (context.parser.isSet(context.options.signPasswordEnv)) {
        const QByteArray name = context.parser.value(context.options.signPasswordEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            return Unexpected{CliText::tr("The environment variable %1 is not set.").arg(QString::fromLocal8Bit(name))};
        }
        password = qEnvironmentVariable(name.constData());
    } else {
        password = readSecretLine(CliText::tr("Password of %1: ").arg(context.parser.value(context.options.sign)), err);
    }
    auto signer = proof::CourtSigner::load(*pkcs12, password);
    if (!signer) {
        return Unexpected{CliText::tr("The court's certificate: %1").arg(signer.error())};
    }
    return *signer;
}

Expected<proof::PackSettings, QString> settingsFrom(Db& db, const ProofContext& context, QTextStream& err)
{
    proof::PackSettings settings;
    settings.context.generatorVersion = QCoreApplication::applicationVersion();
    settings.context.court = context.parser.isSet(context.options.court)
                                 ? context.parser.value(context.options.court).trimmed()
                                 : courtName(db, context.connection.settings.domain);
    settings.context.profileName = context.profileName;
    settings.context.domain = context.connection.settings.domain;
    settings.context.madeBy = AuditLedger::currentOperator();
    settings.transport = context.connection.settings;
    auto tsa = chooseTsa(context.parser, context.options, context.connection);
    if (!tsa) {
        return Unexpected{tsa.error()};
    }
    settings.tsaUrl = tsa->url;
    settings.tsaChainPem = tsa->chainPem;
    auto signer = signerFrom(context, err);
    if (!signer) {
        return Unexpected{signer.error()};
    }
    settings.signer = std::move(*signer);
    return settings;
}

Expected<QList<proof::PackJob>, QString> jobsFrom(Db& db, const ProofContext& context, const QString& directory)
{
    const auto& parser = context.parser;
    QList<proof::PackJob> jobs;
    if (parser.isSet(context.options.caseNumber)) {
        if (parser.isSet(context.options.messageId) || parser.isSet(context.options.attach)) {
            return Unexpected{CliText::tr("--case makes every pack of a case: it takes no --message-id or --attach.")};
        }
        const QString caseNumber = casenumber::normalise(parser.value(context.options.caseNumber));
        if (caseNumber.isEmpty()) {
            return Unexpected{CliText::tr("%1 is not a case number.").arg(parser.value(context.options.caseNumber))};
        }
        auto overview = CaseRepository(db).overview(caseNumber);
        if (!overview) {
            return Unexpected{overview.error().message()};
        }
        for (const CaseDocument& document : overview->documents) {
            for (const CaseDelivery& delivery : document.deliveries) {
                jobs.append({delivery.mail.messageId, delivery.mail.recipient, caseNumber, {}, directory});
            }
        }
        if (jobs.isEmpty()) {
            return Unexpected{
                CliText::tr("The local cache holds no document of %1 (run dmctl sync first).").arg(caseNumber)};
        }
        return jobs;
    }
    if (!parser.isSet(context.options.messageId) || !parser.isSet(context.logOptions.recipient)) {
        return Unexpected{CliText::tr("Usage: dmctl proof make --message-id ID --recipient ADDRESS [--attach FILE...] "
                                      "[--output DIR] | --case CASE [--output DIR]")};
    }
    proof::PackJob job{
        parser.value(context.options.messageId), parser.value(context.logOptions.recipient), {}, {}, directory};
    for (const QString& path : parser.values(context.options.attach)) {
        if (!QFileInfo(path).isFile()) {
            return Unexpected{CliText::tr("Cannot read %1: no such file.").arg(path)};
        }
        job.clerkFilePaths.append(QFileInfo(path).absoluteFilePath());
    }
    jobs.append(job);
    return jobs;
}

// Makes the packs one after the other; owns itself until the last one is done.
class PackRun : public QObject
{
public:
    PackRun(PlatformClient& client, Db& db, proof::PackSettings settings, QList<proof::PackJob> jobs,
            const CommandIo& io)
        : m_db(db)
        , m_maker(client, std::move(settings), this)
        , m_jobs(std::move(jobs))
        , m_io(io)
    {}

    void next()
    {
        if (m_index == m_jobs.size()) {
            const int exitCode = m_failures == 0 ? 0 : 1;
            const Finish finish = m_io.finish;
            deleteLater();
            finish(exitCode);
            return;
        }
        const proof::PackJob job = m_jobs.at(m_index++);
        m_maker.make(job, [this, job](const Expected<proof::MadePack, QString>& made) {
            if (!made) {
                ++m_failures;
                m_io.err << CliText::tr("%1 to %2: %3").arg(job.messageId, job.recipient, made.error()) << Qt::endl;
                if (const auto failed =
                        record(m_db, QStringLiteral("makeProofPack"), job.recipient, QStringLiteral("failed"),
                               QStringLiteral("messageId=%1").arg(job.messageId))) {
                    m_io.err << *failed << Qt::endl;
                }
            } else {
                const QString sha256 = QString::fromLatin1(made->packSha256.toHex());
                // A pack the ledger does not know of is not handed out: the file goes and the run fails.
                if (const auto failed = record(
                        m_db, QStringLiteral("makeProofPack"), QFileInfo(made->path).fileName(), QStringLiteral("ok"),
                        QStringLiteral("sha256=%1 messageId=%2 determination=%3")
                            .arg(sha256, job.messageId, proof::codeOf(made->determination.code)))) {
                    ++m_failures;
                    QFile::remove(made->path);
                    m_io.err << CliText::tr("%1 to %2: the audit ledger: %3").arg(job.messageId, job.recipient, *failed)
                             << Qt::endl;
                    next();
                    return;
                }
                const auto& time = made->determination.serviceTime;
                m_io.out << made->path << '\t' << sha256 << '\t' << proof::codeOf(made->determination.code) << '\t'
                         << (time ? beijingTime(*time) : QStringLiteral("-")) << Qt::endl;
            }
            next();
        });
    }

private:
    Db& m_db;
    proof::PackMaker m_maker;
    QList<proof::PackJob> m_jobs;
    CommandIo m_io;
    qsizetype m_index = 0;
    int m_failures = 0;
};

void runMake(PlatformClient& client, Db& db, const ProofContext& context, const CommandIo& io)
{
    const QString directory =
        QFileInfo(context.parser.isSet(context.logOptions.output) ? context.parser.value(context.logOptions.output)
                                                                  : QDir::currentPath())
            .absoluteFilePath();
    if (!QFileInfo(directory).isDir()) {
        io.err << CliText::tr("%1 is not a folder.").arg(directory) << Qt::endl;
        io.finish(2);
        return;
    }
    auto jobs = jobsFrom(db, context, directory);
    if (!jobs) {
        io.err << jobs.error() << Qt::endl;
        io.finish(2);
        return;
    }
    auto settings = settingsFrom(db, context, io.err);
    if (!settings) {
        io.err << settings.error() << Qt::endl;
        io.finish(2);
        return;
    }
    auto* run = new PackRun(client, db, std::move(*settings), std::move(*jobs), io);
    run->next();
}

void runVerify(Db& db, const QStringList& arguments, const ProofContext& context, const CommandIo& io)
{
    if (arguments.size() != 2) {
        io.err << CliText::tr("Usage: dmctl proof verify PACK.zip [--tsa-chain FILE]") << Qt::endl;
        io.finish(2);
        return;
    }
    auto given = givenTsaChain(context.parser, context.options);
    if (!given) {
        io.err << given.error() << Qt::endl;
        io.finish(2);
        return;
    }
    const QByteArray trustedChain = *given;
    const QString path = arguments.at(1);
    const proof::VerifyResult result = proof::verifyPack(path, trustedChain);
    for (const proof::VerifyCheck& check : result.checks) {
        io.out << (check.passed ? QStringLiteral("ok     ") : QStringLiteral("FAILED ")) << check.name << ": "
               << check.detail << Qt::endl;
    }
    const proof::VerifyCheck* failure = result.firstFailure();
    const QString sha256 = QString::fromLatin1(result.packSha256.toHex());
    if (const auto failed = record(db, QStringLiteral("verifyProofPack"), QFileInfo(path).fileName(),
                                   failure ? QStringLiteral("failed:%1").arg(failure->name) : QStringLiteral("ok"),
                                   QStringLiteral("sha256=%1").arg(sha256))) {
        io.err << CliText::tr("The audit ledger: %1").arg(*failed) << Qt::endl;
        io.finish(1);
        return;
    }
    if (failure) {
        io.err << CliText::tr("The pack is not sound: %1: %2").arg(failure->name, failure->detail) << Qt::endl;
        io.finish(1);
        return;
    }
    io.finish(0);
}

} // namespace

void runProof(PlatformClient& client, Db& db, const QStringList& arguments, const ProofContext& context,
              const CommandIo& io)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == QLatin1String("make")) {
        runMake(client, db, context, io);
    } else if (subcommand == QLatin1String("verify")) {
        runVerify(db, arguments, context, io);
    } else {
        io.err << CliText::tr("Usage: dmctl proof make|verify ...") << Qt::endl;
        io.finish(2);
    }
}

} // namespace dm
