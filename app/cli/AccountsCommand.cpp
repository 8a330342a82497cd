#include "api/AccountService.h"
#include "api/PlatformClient.h"
#include "cli/Commands.h"
#include "core/AccountName.h"
#include "core/IdCard.h"
#include "core/InitialPassword.h"
#include "core/Mobile.h"

#include <QCoreApplication>

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

void create(AccountService& service, const QCommandLineParser& parser, const AccountOptions& options,
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
    auto mobile = Mobile::parse(parser.value(options.mobile));
    if (!mobile) {
        return usage(io, QStringLiteral("--mobile: ") + mobile.error().message());
    }
    NewAccount account;
    account.accountName = accountName->localPart();
    account.name = name;
    account.mobile = mobile->number();
    if (parser.isSet(options.idNumber)) {
        auto idCard = IdCard::parse(parser.value(options.idNumber));
        if (!idCard) {
            return usage(io, QStringLiteral("--id-number: ") + idCard.error().message());
        }
        account.idNumber = idCard->number();
    }
    account.jobNumber = parser.value(options.caseNumber).trimmed();
    account.unitId = parser.value(options.unit).trimmed();
    // The recipient sets a password of their own when activating by SMS; this one is never shown or kept.
    account.initialPassword = generateInitialPassword();
    service.create(account, nullptr, [io](const Expected<Account, ApiError>& created) {
        if (!created) {
            return fail(io, created.error());
        }
        printAccountDetails(io.out, *created);
        io.finish(0);
    });
}

void list(std::shared_ptr<AccountService> service, const QCommandLineParser& parser, const AccountOptions& options,
          const CommandIo& io)
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
    filter.pageSize = std::min(limit, 500);
    // Pages are fetched one after another; a table is printed once, so its columns line up.
    auto collected = std::make_shared<QList<Account>>();
    auto next = std::make_shared<std::function<void(const QString&)>>();
    *next = [service, filter, limit, format, collected, next, io](const QString& cursor) {
        service->list(filter, cursor, nullptr,
                      [service, limit, format, collected, next, io](const Expected<Page<Account>, ApiError>& page) {
                          if (!page) {
                              *next = nullptr;
                              return fail(io, page.error());
                          }
                          for (const Account& account : page->items) {
                              if (collected->size() < limit) {
                                  collected->append(account);
                              }
                          }
                          if (page->nextCursor && collected->size() < limit) {
                              (*next)(*page->nextCursor);
                              return;
                          }
                          printAccounts(io.out, *collected, format, true);
                          *next = nullptr; // breaks the self-reference
                          io.finish(0);
                      });
    };
    (*next)(QString());
}

} // namespace

void runAccounts(PlatformClient& client, const QStringList& arguments, const QCommandLineParser& parser,
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
        create(*service, parser, options, io); // the calls hold the client, not the service
        return;
    }
    if (verb == QLatin1String("list") && arguments.size() == 1) {
        list(service, parser, options, io);
        return;
    }
    usage(io, CliText::tr("Usage: dmctl accounts get ACCOUNT | create --account A --name N --mobile M [--id-number X] "
                          "[--unit U] [--case-number C] | list [--status S] [--activation S] [--unit U] [--keyword K] "
                          "[--limit N] [--format table|json|csv]"));
}

} // namespace dm
