#include "cli/AuditCommand.h"

#include "audit/LedgerAnchorer.h"
#include "audit/LedgerArchive.h"
#include "audit/LedgerCheck.h"
#include "audit/LedgerPlatformCheck.h"
#include "cli/Connection.h"
#include "cli/ProofCommand.h"
#include "cli/TsaChoice.h"
#include "secrets/KeychainSecretStore.h"
#include "store/CacheFile.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "timestamp/TimestampClient.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace dm {

namespace {

QString beijingTime(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int usage(const CommandIo& io)
{
    io.err << CliText::tr("Usage: dmctl audit verify [--tsa-chain FILE] | anchor [--tsa URL --tsa-chain FILE] | "
                          "list [--limit N]")
           << Qt::endl;
    return 2;
}

// Prints the report; the exit code.
int printReport(const LedgerReport& report, const CommandIo& io)
{
    if (report.chain.intact()) {
        io.out << CliText::tr("ledger: ok, %n entries, every seal, link and guard holds", nullptr,
                              int(report.chain.entries))
               << '\n';
    } else if (report.chain.firstBadSequence) {
        io.out << CliText::tr("ledger: BROKEN at entry %1: %2")
                      .arg(*report.chain.firstBadSequence)
                      .arg(report.chain.reason)
               << '\n';
    } else {
        io.out << CliText::tr("ledger: BROKEN: %1").arg(report.chain.reason) << '\n';
    }
    if (report.anchorProblem.isEmpty()) {
        if (report.newestAnchor) {
            io.out << CliText::tr("anchors: ok, %n verified against %1; the newest names entry %2, time-stamped %3 "
                                  "(Beijing time)",
                                  nullptr, report.anchorsVerified)
                          .arg(report.chainSource)
                          .arg(report.newestAnchor->sequence)
                          .arg(beijingTime(report.newestAnchor->stampedAt))
                   << '\n';
        } else {
            io.out << CliText::tr("anchors: none") << '\n';
        }
        if (report.unanchoredEntries() > 0) {
            io.out << CliText::tr("after the newest anchor: %n entries, which only the ledger key speaks for", nullptr,
                                  int(report.unanchoredEntries()))
                   << '\n';
        }
    } else {
        io.out << CliText::tr("anchors: BROKEN at anchor %1: %2").arg(*report.firstBadAnchor).arg(report.anchorProblem)
               << '\n';
    }
    io.out.flush();
    for (const QString& warning : report.warnings) {
        io.err << CliText::tr("warning: %1").arg(warning) << '\n';
    }
    io.err.flush();
    return report.intact() ? 0 : 1;
}

QString entryLine(const AuditEntry& entry)
{
    return CliText::tr("entry %1 (%2, %3 %4)")
        .arg(entry.sequence)
        .arg(beijingTime(QDateTime::fromMSecsSinceEpoch(entry.time, QTimeZone::utc())), entry.action, entry.target);
}

// Prints what the platform's operation log says about the ledger; false when it contradicts the ledger.
bool printPlatformCheck(const PlatformCrossCheck& check, const CommandIo& io)
{
    if (!check.syncedTo) {
        io.out << CliText::tr("platform: not checked: the operation log has not been synced yet (dmctl sync)") << '\n';
        io.out.flush();
        return true;
    }
    const QString syncedTo = beijingTime(QDateTime::fromMSecsSinceEpoch(*check.syncedTo, QTimeZone::utc()));
    io.out << CliText::tr("platform: %1 of %n changes up to %2 (the last sync of its operation log) are in that log",
                          nullptr, check.checked)
                  .arg(check.confirmed)
                  .arg(syncedTo)
           << '\n';
    for (const AuditEntry& entry : check.missing) {
        io.out << CliText::tr("platform: CONTRADICTED: %1 is recorded as done, but the platform's log has no such "
                              "change")
                      .arg(entryLine(entry))
               << '\n';
    }
    if (!check.unledgered.isEmpty()) {
        io.out << CliText::tr("platform: %n changes in its log are not in this ledger: made by another administrator "
                              "or client, or removed from this ledger",
                              nullptr, int(check.unledgered.size()))
               << '\n';
        // The newest first, and not a whole busy court's log: the operation log search has them all.
        constexpr qsizetype kShown = 50;
        for (qsizetype i = check.unledgered.size() - 1; i >= 0 && i >= check.unledgered.size() - kShown; --i) {
            const OperationRecord& row = check.unledgered.at(i);
            io.out << "  " << beijingTime(QDateTime::fromMSecsSinceEpoch(row.time, QTimeZone::utc())) << '\t'
                   << row.action << '\t' << row.target << '\n';
        }
        if (check.unledgered.size() > kShown) {
            io.out << "  "
                   << CliText::tr("… and %n older (dmctl logs search --type operation)", nullptr,
                                  int(check.unledgered.size() - kShown))
                   << '\n';
        }
    }
    io.out.flush();
    for (const AuditEntry& entry : check.unconfirmed) {
        io.err << CliText::tr("warning: %1 is not in the platform's log, which leaves out a change that changed "
                              "nothing")
                      .arg(entryLine(entry))
               << '\n';
    }
    io.err.flush();
    return !check.contradicted();
}

void runVerify(Db& db, const AuditContext& context, const CommandIo& io)
{
    const QString folder = LedgerAnchors::folderFor(CacheFile::defaultPath(context.connection.cacheId));
    const QString domain = context.connection.settings.domain;
    const auto check = [&db, folder, domain, io](const QByteArray& chain, const QString& source) {
        LedgerAnchors anchors(db, folder);
        auto report = checkLedger(db, anchors, chain, source);
        auto platform = crossCheckWithPlatform(db, domain);
        if (!report || !platform) {
            io.err << (report ? platform.error() : report.error()) << Qt::endl;
            io.finish(1);
            return;
        }
        const int exitCode = printReport(*report, io);
        io.finish(printPlatformCheck(*platform, io) ? exitCode : 1);
    };
    auto given = givenTsaChain(context.parser, context.options);
    if (!given) {
        io.err << given.error() << Qt::endl;
        return io.finish(2);
    }
    if (!given->isEmpty()) {
        check(*given, CliText::tr("the chain given"));
        return;
    }
    if (!context.connection.sandbox) {
        check({}, {});
        return;
    }
    // The sandbox's TSA publishes its chain over the pinned connection: better than the copy beside the anchors.
    QUrl tsaUrl = context.connection.settings.baseUrl;
    tsaUrl.setPath(QStringLiteral("/sandbox/tsa"));
    auto* client = new TimestampClient(tsaUrl, context.connection.settings, QCoreApplication::instance());
    client->fetchSandboxChain([client, check, io](const Expected<QByteArray, QString>& chain) {
        client->deleteLater();
        if (!chain) {
            io.err << CliText::tr("The sandbox's TSA chain cannot be fetched: %1").arg(chain.error()) << Qt::endl;
            io.finish(1);
            return;
        }
        check(*chain, CliText::tr("the chain the sandbox publishes"));
    });
}

void runList(Db& db, const AuditContext& context, const CommandIo& io)
{
    bool valid = true;
    const int limit = context.parser.isSet(context.limit) ? context.parser.value(context.limit).toInt(&valid) : 50;
    if (!valid || limit <= 0) {
        io.err << CliText::tr("--limit must be a positive number.") << Qt::endl;
        io.finish(2);
        return;
    }
    auto entries = AuditLedger(db).recent(limit);
    if (!entries) {
        io.err << entries.error().message() << Qt::endl;
        io.finish(1);
        return;
    }
    for (const AuditEntry& entry : std::as_const(*entries)) {
        io.out << entry.sequence << '\t' << beijingTime(QDateTime::fromMSecsSinceEpoch(entry.time, QTimeZone::utc()))
               << '\t' << entry.operatorName << '\t' << entry.action << '\t' << entry.target << '\t' << entry.result
               << '\t' << entry.detail << '\n';
    }
    io.out.flush();
    io.finish(0);
}

void anchorNow(Db& db, const AuditContext& context, LedgerAnchorer::When when,
               std::function<void(const Expected<std::optional<LedgerAnchor>, QString>&)> done)
{
    auto tsa = chooseTsa(context.parser, context.options, context.connection);
    if (!tsa) {
        done(Unexpected(tsa.error()));
        return;
    }
    AnchorSettings settings;
    settings.tsaUrl = tsa->url;
    settings.tsaChainPem = tsa->chainPem;
    settings.transport = context.connection.settings;
    settings.folder = LedgerAnchors::folderFor(CacheFile::defaultPath(context.connection.cacheId));
    auto* anchorer = new LedgerAnchorer(db, std::move(settings), QCoreApplication::instance());
    anchorer->anchor(when, [anchorer, done](const Expected<std::optional<LedgerAnchor>, QString>& result) {
        anchorer->deleteLater(); // it is still on the stack that called this
        done(result);
    });
}

} // namespace

void runAudit(Db& db, const QStringList& arguments, const AuditContext& context, const CommandIo& io)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == QLatin1String("verify")) {
        runVerify(db, context, io);
    } else if (subcommand == QLatin1String("list")) {
        runList(db, context, io);
    } else if (subcommand == QLatin1String("anchor")) {
        anchorNow(db, context, LedgerAnchorer::When::HeadMoved,
                  [io](const Expected<std::optional<LedgerAnchor>, QString>& anchored) {
                      if (!anchored) {
                          io.err << anchored.error() << Qt::endl;
                          io.finish(1);
                      } else if (!*anchored) {
                          io.out << CliText::tr("Nothing new to time-stamp: the newest entry is anchored already.")
                                 << Qt::endl;
                          io.finish(0);
                      } else {
                          io.out << CliText::tr("Entry %1 time-stamped %2 (Beijing time).")
                                        .arg((*anchored)->sequence)
                                        .arg(beijingTime((*anchored)->stampedAt))
                                 << Qt::endl;
                          io.finish(0);
                      }
                  });
    } else {
        io.finish(usage(io));
    }
}

void runArchiveVerify(const QCommandLineParser& parser, const AuditOptions& audit, const ProofOptions& proof,
                      const CommandIo& io)
{
    const QString archive = parser.value(audit.archive);
    auto given = givenTsaChain(parser, proof);
    if (!given) {
        io.err << given.error() << Qt::endl;
        return io.finish(2);
    }
    const QByteArray chain = *given;
    auto profile = LedgerArchive::profileOf(archive);
    if (!profile) {
        io.err << profile.error() << Qt::endl;
        return io.finish(1);
    }
    auto keychain = std::make_shared<KeychainSecretStore>(*profile);
    keychain->read(LedgerKey::keychainName(), nullptr, [keychain, archive, chain, io](SecretValue stored) {
        if (!stored) {
            io.err << CliText::tr("The ledger key of this archive's profile cannot be read: %1")
                          .arg(stored.error().message)
                   << Qt::endl;
            return io.finish(1);
        }
        std::shared_ptr<const LedgerKey> key = LedgerKey::fromStored(*stored);
        QTemporaryDir scratch;
        if (!key || !scratch.isValid()) {
            io.err << CliText::tr("The ledger key of this archive's profile is not usable.") << Qt::endl;
            return io.finish(1);
        }
        auto db = LedgerArchive::load(archive, scratch.filePath(QStringLiteral("archive.sqlite")), key);
        if (!db) {
            io.err << db.error() << Qt::endl;
            return io.finish(1);
        }
        LedgerAnchors anchors(*db, QFileInfo(archive).absolutePath());
        auto report = checkLedger(*db, anchors, chain, CliText::tr("the chain given"));
        if (!report) {
            io.err << report.error() << Qt::endl;
            return io.finish(1);
        }
        io.finish(printReport(*report, io));
    });
}

void anchorAfterExport(Db& db, const AuditContext& context, const CommandIo& io, std::function<void()> then)
{
    anchorNow(db, context, LedgerAnchorer::When::HeadMoved,
              [io, then](const Expected<std::optional<LedgerAnchor>, QString>& anchored) {
                  if (!anchored) {
                      io.err << CliText::tr("warning: %1").arg(anchored.error()) << Qt::endl;
                  }
                  then();
              });
}

} // namespace dm
