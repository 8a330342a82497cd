#include "api/AccountService.h"
#include "api/PlatformClient.h"
#include "cli/AccountListing.h"
#include "cli/AddressBasisOption.h"
#include "cli/Commands.h"
#include "cli/PersonalNumbers.h"
#include "core/AccountName.h"
#include "core/IdCard.h"
#include "core/InitialPassword.h"
#include "core/Mobile.h"
#include "store/Db.h"
#include "store/Outbox.h"
#include "sync/OutboxPayload.h"
#include "sync/OutboxRunner.h"

#include <QCoreApplication>
#include <QUuid>

namespace dm {
namespace {

void fail(const CommandIo& io, const ApiError& error)
{
    io.err << error.message();
    if (!error.platformMessage.isEmpty()) {
        io.err << " [" << error.platformCode << ' ' << error.platformMessage << ']';
    }
    if (!error.requestId.isEmpty()) {
        io.err << " (request " << error.requestId << ')';
    }
    io.err << Qt::endl;
    io.finish(1);
}

void usage(const CommandIo& io, const QString& message)
{
    io.err << message << Qt::endl;
    io.finish(2);
}

void storeFailed(const CommandIo& io, const DbError& error)
{
    io.err << error.message() << Qt::endl;
    io.finish(1);
}

// Runs the outbox's pending items (of `batchId`, or all) and calls `report` with the results when it is done. The
// runner belongs to the client, so it lives as long as the calls it makes.
void runOutbox(PlatformClient& client, Db& db, const QString& batchId, const CommandIo& io,
               std::function<void(const QList<OutboxResult>&)> report)
{
    auto* runner = new OutboxRunner(db, client, &client);
    QObject::connect(runner, &OutboxRunner::finished, runner, [runner, io, report = std::move(report)](bool) {
        runner->deleteLater();
        if (runner->storeError()) {
            return storeFailed(io, *runner->storeError());
        }
        report(runner->results());
    });
    runner->start(batchId);
}

// The end of a one-item outbox run: the account as the platform answered it (with its address basis when the answer
// tells it, or always when `basisAsked`), or the reason it was not done.
void finishWithAccount(const QList<OutboxResult>& results, const CommandIo& io, const QString& notRun, bool basisAsked)
{
    if (results.isEmpty()) {
        io.err << notRun << Qt::endl;
        return io.finish(1);
    }
    const OutboxResult& result = results.constFirst();
    if (result.state != OutboxState::Done) {
        io.err << result.errorMessage << " [" << result.errorCode << ']' << Qt::endl;
        return io.finish(1);
    }
    if (result.account) {
        printAccountDetails(io.out, *result.account);
        if (basisAsked || result.addressBasisKnown) {
            printAddressBasis(io.out, *result.account);
        }
    }
    io.finish(0);
}

void create(PlatformClient& client, Db& db, const QCommandLineParser& parser, const AccountOptions& options,
            const CommandIo& io)
{
    // Checked here first, so a bad row never reaches the platform and the message names the field.
    auto accountName = AccountName::parse(parser.value(options.account));
    if (!accountName) {
        return usage(io, QStringLiteral("--account: ") + accountName.error().message());
    }
    const QString name = parser.value(options.name).trimmed();
    if (name.isEmpty()) {
        return usage(io, QStringLiteral("--name: ") + CliText::tr("The recipient's name is required."));
    }
    if (parser.isSet(options.mobile) || parser.isSet(options.idNumber)) {
        return usage(
            io, CliText::tr("%1 is refused: a number on the command line can be read by every user of this "
                            "machine and stays in the shell's history. Put mobile=… and id-number=… lines "
                            "in a file only you can read and give --personal FILE, or pipe them to "
                            "--personal -.")
                    .arg(parser.isSet(options.mobile) ? QStringLiteral("--mobile") : QStringLiteral("--id-number")));
    }
    if (!parser.isSet(options.personal)) {
        return usage(io, QStringLiteral("--personal: ") +
                             CliText::tr("The recipient's mobile is required (a mobile=… line in FILE, or - for "
                                         "standard input)."));
    }
    if (parser.value(options.personal) == QLatin1String("-") && parser.isSet(QStringLiteral("auth-code-stdin"))) {
        return usage(io, QStringLiteral("--personal: ") +
                             CliText::tr("Standard input already carries the authorization code: give the numbers "
                                         "in a file."));
    }
    auto numbers = readPersonalNumbers(parser.value(options.personal));
    if (!numbers) {
        return usage(io, QStringLiteral("--personal: ") + numbers.error());
    }
    auto mobile = Mobile::parse(numbers->mobile);
    if (!mobile) {
        return usage(io, QStringLiteral("--personal: mobile: ") + mobile.error().message());
    }
    NewAccount account;
    account.accountName = accountName->localPart();
    account.name = name;
    account.mobile = mobile->number();
    if (!numbers->idNumber.isEmpty()) {
        auto idCard = IdCard::parse(numbers->idNumber);
        if (!idCard) {
            return usage(io, QStringLiteral("--personal: id-number: ") + idCard.error().message());
        }
        account.idNumber = idCard->number();
    }
    account.jobNumber = parser.value(options.caseNumber).trimmed();
    account.unitId = parser.value(options.unit).trimmed();
    const auto basis = addressBasisOption(parser, options, false);
    if (!basis) {
        return usage(io, basis.error());
    }
    // Through the outbox: if dmctl dies mid-call, `accounts resume` finishes it without creating it twice (and
    // records the basis). The initial password is made when the item runs; the recipient sets their own when
    // activating by SMS.
    OutboxRequest request = outboxpayload::createAccount(account, *basis);
    request.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto queued = Outbox(db).enqueue(request); !queued) {
        return storeFailed(io, queued.error());
    }
    runOutbox(client, db, request.batchId, io, [io](const QList<OutboxResult>& results) {
        finishWithAccount(results, io,
                          CliText::tr("The account was queued but not created; run `dmctl accounts resume`."), false);
    });
}

void setAddressBasis(PlatformClient& client, Db& db, const QCommandLineParser& parser, const AccountOptions& options,
                     const CommandIo& io)
{
    auto accountName = AccountName::parse(parser.value(options.account));
    if (!accountName) {
        return usage(io, QStringLiteral("--account: ") + accountName.error().message());
    }
    const auto basis = addressBasisOption(parser, options, true);
    if (!basis) {
        return usage(io, basis.error());
    }
    OutboxRequest request = outboxpayload::setAddressBasis(accountName->localPart(), *basis);
    request.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto queued = Outbox(db).enqueue(request); !queued) {
        return storeFailed(io, queued.error());
    }
    runOutbox(client, db, request.batchId, io, [io](const QList<OutboxResult>& results) {
        finishWithAccount(results, io, CliText::tr("The change was queued but not sent; run `dmctl accounts resume`."),
                          true);
    });
}

// Finishes what an earlier run left: items interrupted by a crash are reconciled with the platform first. With
// `retryFailed`, the failed items are sent again too (an ambiguous failure is reconciled before it is resent).
void resume(PlatformClient& client, Db& db, bool retryFailed, const CommandIo& io)
{
    Outbox outbox(db);
    if (retryFailed) {
        auto queued = outbox.retryFailed();
        if (!queued) {
            return storeFailed(io, queued.error());
        }
        io.err << CliText::tr("%n failed action(s) queued again.", nullptr, int(*queued)) << Qt::endl;
    }
    auto recovered = outbox.recoverInterrupted();
    if (!recovered) {
        return storeFailed(io, recovered.error());
    }
    runOutbox(client, db, QString(), io, [io](const QList<OutboxResult>& results) {
        int failed = 0;
        for (const OutboxResult& result : results) {
            if (result.state != OutboxState::Done) {
                ++failed;
                io.err << result.kind << ' ' << result.target << ": " << result.errorMessage << " [" << result.errorCode
                       << ']' << Qt::endl;
            }
        }
        io.out << CliText::tr("%1 done, %2 failed.").arg(results.size() - failed).arg(failed) << Qt::endl;
        io.finish(failed == 0 ? 0 : 1);
    });
}

void list(PlatformClient& client, const QCommandLineParser& parser, const AccountOptions& options, const CommandIo& io)
{
    AccountFilter filter;
    if (parser.isSet(options.status)) {
        filter.status = accountStatusFromString(parser.value(options.status));
        if (!filter.status) {
            return usage(io, CliText::tr("--status must be enabled, disabled or deleted."));
        }
    }
    if (parser.isSet(options.activation)) {
        filter.activationState = activationStateFromString(parser.value(options.activation));
        if (!filter.activationState) {
            return usage(io, CliText::tr("--activation must be created, smsSent, firstLogin or activated."));
        }
    }
    filter.unitId = parser.value(options.unit);
    filter.keyword = parser.value(options.keyword);
    bool ok = true;
    const int limit = parser.isSet(options.limit) ? parser.value(options.limit).toInt(&ok) : 1000000;
    if (!ok || limit <= 0) {
        return usage(io, CliText::tr("--limit must be a positive number."));
    }
    const QString formatName = parser.value(options.format);
    OutputFormat format = OutputFormat::Table;
    if (formatName == QLatin1String("json")) {
        format = OutputFormat::Json;
    } else if (formatName == QLatin1String("csv")) {
        format = OutputFormat::Csv;
    } else if (formatName != QLatin1String("table")) {
        return usage(io, CliText::tr("--format must be table, json or csv."));
    }
    // Pages are fetched one after another; a table is printed once, so its columns line up.
    AccountLister::list(client, filter, limit, [format, io](const ListingOutcome& outcome) {
        if (const auto* refusal = std::get_if<ListingRefusal>(&outcome)) {
            return usage(io, refusal->reason);
        }
        if (const auto* error = std::get_if<ApiError>(&outcome)) {
            return fail(io, *error);
        }
        const auto& listing = std::get<AccountListing>(outcome);
        if (listing.fromVendorListing) {
            io.err << CliText::tr("This platform lacks the delivery extension: listed from its own account listing, "
                                  "without activation.")
                   << Qt::endl;
        }
        printAccounts(io.out, listing.accounts, format, true);
        io.finish(0);
    });
}

} // namespace

void runAccounts(PlatformClient& client, Db& db, const QStringList& arguments, const QCommandLineParser& parser,
                 const AccountOptions& options, bool readOnly, const CommandIo& io)
{
    auto service = std::make_shared<AccountService>(client);
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("get") && arguments.size() == 2) {
        service->get(arguments.at(1), nullptr, [io, service](const Expected<Account, ApiError>& account) {
            if (!account) {
                return fail(io, account.error());
            }
            printAccountDetails(io.out, *account);
            io.finish(0);
        });
        return;
    }
    if (verb == QLatin1String("create") && arguments.size() == 1) {
        if (readOnly) {
            return usage(io, CliText::tr("This profile is read-only (auditor): it cannot create accounts."));
        }
        create(client, db, parser, options, io);
        return;
    }
    if (verb == QLatin1String("set-address-basis") && arguments.size() == 1) {
        if (readOnly) {
            return usage(io, CliText::tr("This profile is read-only (auditor): it cannot change accounts."));
        }
        setAddressBasis(client, db, parser, options, io);
        return;
    }
    if (verb == QLatin1String("resume") && arguments.size() == 1) {
        if (readOnly) {
            return usage(io, CliText::tr("This profile is read-only (auditor): it cannot change accounts."));
        }
        resume(client, db, parser.isSet(options.failed), io);
        return;
    }
    if (verb == QLatin1String("list") && arguments.size() == 1) {
        list(client, parser, options, io);
        return;
    }
    usage(io, CliText::tr("Usage: dmctl accounts get ACCOUNT | create --account A --name N --personal FILE|- "
                          "[--unit U] [--case-number C] [--basis KIND --basis-date YYYY-MM-DD [--basis-reference "
                          "TEXT]] | set-address-basis --account A --basis confirmed|provided|courtFound|none "
                          "[--basis-date YYYY-MM-DD] [--basis-reference TEXT] | resume [--failed] | list [--status S] "
                          "[--activation S] [--unit U] [--keyword K] [--limit N] [--format table|json|csv]"));
}

} // namespace dm
