#include "api/PlatformClient.h"
#include "audit/LedgerAnchors.h"
#include "audit/LedgerKeeping.h"
#include "cli/AuditCommand.h"
#include "cli/CacheCommands.h"
#include "cli/CliLanguage.h"
#include "cli/CommandTable.h"
#include "cli/Commands.h"
#include "cli/CompletionScripts.h"
#include "cli/Connection.h"
#include "cli/ImportCommand.h"
#include "cli/LogsCommand.h"
#include "cli/PolicyCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/ProofCommand.h"
#include "cli/UsageCheck.h"
#include "cli/VersionCommand.h"
#include "core/ProcessHardening.h"
#include "core/ScrubbingMessageHandler.h"
#include "store/AuditLedger.h"
#include "store/CacheFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

// `dmctl logs export` may write a PDF report and `dmctl proof make` always does; their fonts and painter need Qt GUI,
// which needs a QGuiApplication. Only those commands get one, on the offscreen platform (dmctl never shows a window and
// must run without a display); every other command stays on QCoreApplication, with no platform plugin or font cache to
// load or to fail.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[], QCommandLineParser& parser)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const QStringList command = parser.parse(arguments) ? parser.positionalArguments().mid(0, 2) : QStringList();
    const bool drawsPdf = command == QStringList{QStringLiteral("logs"), QStringLiteral("export")} ||
                          command == QStringList{QStringLiteral("proof"), QStringLiteral("make")};
    if (drawsPdf) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

// dmctl: the command line for scripting and support. Exit codes: 0 success, 1 failure, 2 usage error.
int main(int argc, char* argv[])
{
    dm::disableCoreDumps(); // before anything secret is in memory
    dm::installScrubbingMessageHandler();
    // The parser knows every option of every command; which command takes which is the command table's business
    // (cli/CommandTable.h), checked once the command is known, and so is the help.
    QCommandLineParser parser;
    const QCommandLineOption helpOption({QStringLiteral("?"), QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("help"));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("version"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("lang"), QStringLiteral("LANG"));
    parser.addOptions({helpOption, versionOption, langOption});
    const dm::CliOptions cli;
    const dm::AccountOptions accountOptions;
    const dm::ProfileOptions profileOptions;
    const dm::SyncOptions syncOptions;
    const dm::LogOptions logOptions;
    const dm::ImportCliOptions importOptions;
    const dm::PolicyOptions policyOptions;
    const dm::ProofOptions proofOptions;
    const dm::AuditOptions auditOptions;
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QCoreApplication::translate("dmctl", "Log each request to stderr."));
    parser.addOptions({cli.sandboxConfig, cli.profile, cli.authCodeEnv, cli.authCodeStdin, cli.proxyUser,
                       cli.proxyPasswordEnv, verboseOption});
    parser.addOptions(accountOptions.all());
    parser.addOptions(profileOptions.all());
    parser.addOptions(syncOptions.all());
    parser.addOptions(logOptions.all());
    parser.addOptions(importOptions.all());
    parser.addOptions(policyOptions.all());
    parser.addOptions(proofOptions.all());
    parser.addOption(auditOptions.archive);

    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv, parser);
    QCoreApplication::setOrganizationName(QStringLiteral("dmadmin"));
    QCoreApplication::setApplicationName(QStringLiteral("dmadmin")); // shares the profiles with the app
    QCoreApplication::setApplicationVersion(QStringLiteral(DM_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Messages in the language asked for (--lang), else the system's; a bad --lang is told in the system's.
    const auto language = dm::cliLanguage(QCoreApplication::arguments());
    const dm::CliTranslators translators(language ? *language : dm::systemCliLanguage());
    if (!language) {
        err << language.error() << Qt::endl;
        return 2;
    }
    const dm::CommandTable table;
    const bool parsed = parser.parse(QCoreApplication::arguments());
    if (parsed && parser.isSet(versionOption)) {
        return dm::printVersions(out);
    }
    const dm::UsageDecision usage = dm::checkUsage(table, parser, parsed, out, err);
    if (usage.exitCode) {
        return *usage.exitCode;
    }
    // Scripts read stdout and stderr: only warnings unless asked (QT_LOGGING_RULES still wins when set).
    QLoggingCategory::setFilterRules(parser.isSet(verboseOption) ? QStringLiteral("dm.*=true")
                                                                 : QStringLiteral("dm.*.debug=false\ndm.*.info=false"));
    QStringList arguments = parser.positionalArguments();
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("completion")) {
        const QString shell = arguments.value(0);
        if (shell == QLatin1String("bash") && arguments.size() == 1) {
            out << dm::bashCompletion(table);
            return 0;
        }
        if (shell == QLatin1String("powershell") && arguments.size() == 1) {
            out << dm::powershellCompletion(table);
            return 0;
        }
        err << QCoreApplication::translate("dmctl", "Usage: dmctl completion bash|powershell") << Qt::endl;
        return 2;
    }
    QSettings settings;
    int exitCode = 0;
    dm::CommandIo io{out, err, [&exitCode](int code) {
                         exitCode = code;
                         QCoreApplication::exit(code);
                     }};

    if (command == QLatin1String("profile")) {
        QTimer::singleShot(0, [&] { dm::runProfile(arguments, parser, profileOptions, cli, settings, io); });
        QCoreApplication::exec();
        return exitCode;
    }
    const QString subcommand = arguments.value(0);
    if (command == QLatin1String("audit") && parser.isSet(auditOptions.archive)) {
        // A kept ledger belongs to a profile that may be gone: no connection, only its ledger key.
        QTimer::singleShot(0, [&] { dm::runArchiveVerify(parser, auditOptions, proofOptions, io); });
        QCoreApplication::exec();
        return exitCode;
    }
    auto connection = dm::resolveConnection(parser, cli, settings);
    if (!connection) {
        err << connection.error() << Qt::endl;
        return 2;
    }
    dm::PlatformClient client(connection->settings, connection->authCode);
    std::optional<dm::Db> cache;
    const dm::AuditContext auditContext{parser, proofOptions, accountOptions.limit, *connection};
    // What leaves the cache as a file is recorded in the ledger, whose head is then time-stamped (when a TSA is
    // known) before dmctl exits, so that no export is left outside the anchored history.
    const bool exports =
        (command == QLatin1String("logs") &&
         (subcommand == QLatin1String("export") || parser.value(accountOptions.format) != QLatin1String("table"))) ||
        (command == QLatin1String("proof") && subcommand == QLatin1String("make"));
    if (exports && (connection->sandbox || parser.isSet(proofOptions.tsa))) {
        const dm::Finish finishNow = io.finish;
        io.finish = [&cache, &auditContext, &io, finishNow](int code) {
            if (code != 0 || !cache) {
                finishNow(code);
                return;
            }
            dm::anchorAfterExport(*cache, auditContext, io, [finishNow, code] { finishNow(code); });
        };
    }
    // Everything but ping works on the local cache: syncs fill it, searches read it, and mutations queue in its
    // outbox so that an interrupted run neither loses nor doubles them.
    auto runOnCache = [&](dm::Db& db) {
        if (command == QLatin1String("sync") ||
            (command == QLatin1String("cache") && subcommand == QLatin1String("rebuild"))) {
            dm::runSync(client, db, parser, syncOptions, io);
        } else if (command == QLatin1String("cache")) {
            dm::runCacheVerify(client, db, io);
        } else if (command == QLatin1String("logs")) {
            // A report names the court by its mail domain (the platform tells no court name) and the profile.
            const dm::LogExportContext context{connection->settings.domain, parser.isSet(cli.profile)
                                                                                ? parser.value(cli.profile)
                                                                                : QStringLiteral("sandbox")};
            dm::runLogs(db, arguments, parser, logOptions, accountOptions, context, io);
        } else if (command == QLatin1String("policy") || command == QLatin1String("loginrules")) {
            const dm::PolicyContext context{parser, policyOptions, accountOptions, connection->cacheId,
                                            connection->readOnly};
            if (command == QLatin1String("policy")) {
                dm::runPolicy(client, db, arguments, context, io);
            } else {
                dm::runLoginRules(client, db, arguments, context, io);
            }
        } else if (command == QLatin1String("proof")) {
            const dm::ProofContext context{parser, proofOptions, logOptions, *connection,
                                           parser.isSet(cli.profile) ? parser.value(cli.profile)
                                                                     : QStringLiteral("sandbox")};
            dm::runProof(client, db, arguments, context, io);
        } else if (command == QLatin1String("audit")) {
            dm::runAudit(db, arguments, auditContext, io);
        } else if (command == QLatin1String("accounts") && subcommand == QLatin1String("import")) {
            dm::runImport(client, db, arguments, parser, importOptions, accountOptions, connection->readOnly, io);
        } else {
            dm::runAccounts(client, db, arguments, parser, accountOptions, connection->readOnly, io);
        }
    };
    QTimer::singleShot(0, [&] {
        if (command == QLatin1String("ping")) {
            dm::runPing(client, io);
            return;
        }
        auto opened = [&](dm::Expected<dm::Db, dm::CacheError> result) {
            if (!result) {
                err << result.error().message() << Qt::endl;
                if (result.error().rebuildHelps()) {
                    err << QCoreApplication::translate("dmctl", "To rebuild it: dmctl cache rebuild") << Qt::endl;
                }
                io.finish(1);
                return;
            }
            cache.emplace(std::move(*result));
            runOnCache(*cache);
        };
        const QString path = dm::CacheFile::defaultPath(connection->cacheId);
        if (command == QLatin1String("cache") && subcommand == QLatin1String("rebuild")) {
            // The ledger is kept before the file goes; if it cannot be, nothing is deleted.
            dm::LedgerKeeping::keep(
                *connection->secrets, path, dm::LedgerAnchors::folderFor(path), connection->cacheId, application.get(),
                [&, path, opened](const dm::Expected<dm::LedgerKeeping::Kept, QString>& kept) {
                    if (!kept) {
                        err << kept.error() << Qt::endl;
                        io.finish(1);
                        return;
                    }
                    if (!kept->message.isEmpty()) {
                        err << kept->message << Qt::endl;
                    }
                    const dm::AuditEntry record = dm::LedgerKeeping::rebuildEntry(*kept);
                    dm::CacheFile::rebuild(*connection->secrets, path, application.get(),
                                           [&, record, opened](dm::Expected<dm::Db, dm::CacheError> rebuilt) {
                                               if (rebuilt) {
                                                   if (auto recorded = dm::AuditLedger(*rebuilt).append(record);
                                                       !recorded) {
                                                       err << recorded.error().message() << Qt::endl;
                                                       io.finish(1);
                                                       return;
                                                   }
                                               }
                                               opened(std::move(rebuilt));
                                           });
                });
        } else {
            dm::CacheFile::open(*connection->secrets, path, application.get(), opened);
        }
    });
    QCoreApplication::exec();
    // Objects a command handed to deleteLater (sync engines and their streams) go now, while the cache and the
    // client they use still exist; the event loop has stopped, so nobody else would delete them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return exitCode;
}
