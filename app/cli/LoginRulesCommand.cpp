#include "api/LoginRuleJson.h"
#include "api/LoginRuleService.h"
#include "cli/PolicyCommand.h"
#include "cli/PolicySupport.h"
#include "core/AccountName.h"
#include "core/LoginRuleEvaluator.h"
#include "core/LoginRuleInput.h"
#include "store/PolicyRepository.h"
#include "sync/LoginRuleDryRun.h"
#include "sync/OutboxPayload.h"
#include "sync/PolicyDocumentJson.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>

#include <memory>

namespace dm {
namespace {

using namespace policycli;

const QString kConflict = QStringLiteral("LOGINRULE.VERSION.CONFLICT");
constexpr int kDefaultDryRunDays = 30;
constexpr int kMaxDryRunDays = 366; // a leap year: what a court looks back on at most
constexpr int kDryRunExamples = 20;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QJsonValue defaultToJson(const std::optional<LoginAction>& action)
{
    return action ? QJsonValue(toString(*action)) : QJsonValue(QJsonValue::Null);
}

QJsonObject documentToJson(const LoginRuleDocument& document)
{
    return QJsonObject{{QStringLiteral("level"), toString(document.level)},
                       {QStringLiteral("targetId"), document.targetId},
                       {QStringLiteral("rules"), loginRulesToJson(document.rules)},
                       {QStringLiteral("defaultAction"), defaultToJson(document.defaultAction)},
                       {QStringLiteral("version"), document.version},
                       {QStringLiteral("updatedAt"),
                        document.updatedAt ? QJsonValue(*document.updatedAt) : QJsonValue(QJsonValue::Null)}};
}

QString ruleText(const LoginRule& rule)
{
    return toString(rule.action) + QLatin1Char(' ') + toString(rule.kind) + QLatin1Char(' ') + rule.value;
}

QString defaultText(const std::optional<LoginAction>& action)
{
    return action ? toString(*action) : CliText::tr("(the domain's default)");
}

QString documentName(const LoginRuleDocument& document)
{
    return QStringLiteral("login rules of ") + toString(document.level) + QLatin1Char(' ') + document.targetId;
}

void printRules(QTextStream& out, const QList<LoginRule>& rules)
{
    if (rules.isEmpty()) {
        out << "    " << CliText::tr("(no rules)") << '\n';
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        out << "    " << i << ": " << ruleText(rules.at(i)) << '\n';
    }
}

// --account NAME, checked before anything is sent; empty for the domain's list.
Expected<QString, QString> accountOption(const PolicyContext& context)
{
    if (!context.parser.isSet(context.accountOptions.account)) {
        return QString();
    }
    auto name = AccountName::parse(context.parser.value(context.accountOptions.account));
    if (!name) {
        return Unexpected{QString(QStringLiteral("--account: ") + name.error().message())};
    }
    return name->localPart();
}

void get(PlatformClient& client, const PolicyContext& context, const CommandIo& io)
{
    auto account = accountOption(context);
    if (!account) {
        return usage(io, account.error());
    }
    auto format = documentFormat(context.parser, context.accountOptions);
    if (!format) {
        return usage(io, format.error());
    }
    auto service = std::make_shared<LoginRuleService>(client);
    const LoginRuleLevel level = account->isEmpty() ? LoginRuleLevel::Domain : LoginRuleLevel::Account;
    service->get(level, *account, nullptr,
                 [io, service, format = *format](const Expected<LoginRuleDocument, ApiError>& document) {
                     if (!document) {
                         return failApi(io, document.error());
                     }
                     if (format == OutputFormat::Json) {
                         printJson(io.out, documentToJson(*document));
                     } else {
                         io.out << documentName(*document) << ", version " << document->version << '\n';
                         printRules(io.out, document->rules);
                         io.out << "  default: " << defaultText(document->defaultAction) << '\n';
                     }
                     io.finish(0);
                 });
}

// The update that turns `current` into what `draft` asks for; nothing set when nothing changes.
LoginRuleUpdate changeFrom(const LoginRuleDocument& current, const LoginRuleDraft& draft)
{
    LoginRuleUpdate update;
    update.level = current.level;
    update.targetId = current.targetId;
    update.expectedVersion = current.version;
    if (draft.rules && *draft.rules != current.rules) {
        update.rules = draft.rules;
    }
    if (draft.defaultGiven && draft.defaultAction != current.defaultAction) {
        update.defaultChange =
            draft.defaultAction ? LoginRuleUpdate::DefaultChange::Set : LoginRuleUpdate::DefaultChange::FollowDomain;
        update.defaultAction = draft.defaultAction.value_or(LoginAction::Allow);
    }
    return update;
}

bool changesNothing(const LoginRuleUpdate& update)
{
    return !update.rules && update.defaultChange == LoginRuleUpdate::DefaultChange::Keep;
}

void printDiff(QTextStream& out, const LoginRuleDocument& current, const LoginRuleUpdate& update)
{
    out << documentName(current) << ", version " << current.version << '\n';
    if (changesNothing(update)) {
        out << CliText::tr("No change.") << '\n';
        return;
    }
    if (update.rules) {
        out << "  rules:\n";
        printRules(out, current.rules);
        out << QStringLiteral("  → \n");
        printRules(out, *update.rules);
    }
    if (update.defaultChange != LoginRuleUpdate::DefaultChange::Keep) {
        const std::optional<LoginAction> after = update.defaultChange == LoginRuleUpdate::DefaultChange::Set
                                                     ? std::optional<LoginAction>(update.defaultAction)
                                                     : std::nullopt;
        out << "  defaultAction: " << defaultText(current.defaultAction) << QStringLiteral(" → ") << defaultText(after)
            << '\n';
    }
    out.flush();
}

void apply(PlatformClient& client, Db& db, const LoginRuleUpdate& update, const CommandIo& io)
{
    applyOne(client, db, outboxpayload::updateLoginRules(update), io,
             [&client, &db, update, io](const OutboxResult& result) {
                 auto service = std::make_shared<LoginRuleService>(client);
                 service->get(update.level, update.targetId, nullptr,
                              [&db, io, service, result, update](const Expected<LoginRuleDocument, ApiError>& now) {
                                  if (now) {
                                      (void)PolicyRepository(db).save(DocumentKind::LoginRules, toStoredDocument(*now));
                                  }
                                  reportVersioned(io, result, kConflict, now ? documentName(*now) : update.targetId,
                                                  update.expectedVersion,
                                                  now ? std::optional(now->version) : std::nullopt);
                              });
             });
}

// --days N of a dry run: 1..366, default 30; refused without --dry-run, where it would silently do nothing.
Expected<int, QString> dryRunDays(const PolicyContext& context, bool dryRun)
{
    if (!context.parser.isSet(context.options.days)) {
        return kDefaultDryRunDays;
    }
    if (!dryRun) {
        return Unexpected{CliText::tr("--days only applies to a dry run (--dry-run).")};
    }
    bool ok = false;
    const int days = context.parser.value(context.options.days).toInt(&ok);
    if (!ok || days < 1 || days > kMaxDryRunDays) {
        return Unexpected{CliText::tr("--days must be a whole number of days from 1 to %1, not %2.")
                              .arg(kMaxDryRunDays)
                              .arg(context.parser.value(context.options.days))};
    }
    return days;
}

// The whole document the platform would hold after the change: the parts the file leaves out stay as they are.
LoginRuleDocument draftDocument(const LoginRuleDocument& current, const LoginRuleDraft& draft)
{
    LoginRuleDocument document = current;
    if (draft.rules) {
        document.rules = *draft.rules;
    }
    if (draft.defaultGiven) {
        document.defaultAction = draft.defaultAction;
    }
    return document;
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString placeText(const LoginRecord& login)
{
    return login.city == login.province ? login.province : login.province + login.city;
}

QString decisionText(const LoginDecision& decision)
{
    if (decision.matchedRule) {
        return CliText::tr("%1 by rule %2 of the %3 list")
            .arg(toString(decision.action))
            .arg(*decision.matchedRule)
            .arg(toString(decision.level));
    }
    return CliText::tr("%1 by the %2's default").arg(toString(decision.action), toString(decision.level));
}

QJsonObject decisionToJson(const LoginDecision& decision)
{
    return QJsonObject{{QStringLiteral("action"), toString(decision.action)},
                       {QStringLiteral("level"), toString(decision.level)},
                       {QStringLiteral("matchedRule"),
                        decision.matchedRule ? QJsonValue(*decision.matchedRule) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject changeToJson(const LoginRuleDryRunChange& change)
{
    QJsonArray ids;
    for (const qint64 id : change.ids) {
        ids.append(id);
    }
    QJsonArray examples;
    for (const LoginRuleDryRunRow& row : change.examples) {
        examples.append(QJsonObject{{QStringLiteral("id"), row.login.id},
                                    {QStringLiteral("time"), row.login.time},
                                    {QStringLiteral("accountName"), row.login.accountName},
                                    {QStringLiteral("ip"), row.login.ip},
                                    {QStringLiteral("province"), row.login.province},
                                    {QStringLiteral("city"), row.login.city},
                                    {QStringLiteral("result"), toString(row.login.result)},
                                    {QStringLiteral("today"), decisionToJson(row.today)},
                                    {QStringLiteral("draft"), decisionToJson(row.draft)}});
    }
    return QJsonObject{{QStringLiteral("count"), qint64(change.ids.size())},
                       {QStringLiteral("accounts"), change.accounts},
                       {QStringLiteral("ids"), ids},
                       {QStringLiteral("examples"), examples}};
}

void printExamples(QTextStream& out, const QString& title, const LoginRuleDryRunChange& change)
{
    if (change.examples.isEmpty()) {
        return;
    }
    out << title.arg(change.examples.size()).arg(change.ids.size()) << '\n';
    for (const LoginRuleDryRunRow& row : change.examples) {
        out << "  " << localTime(row.login.time) << "  " << row.login.accountName << "  " << row.login.ip << "  "
            << placeText(row.login) << "  ("
            << CliText::tr("today: %1; draft: %2").arg(decisionText(row.today), decisionText(row.draft)) << ")\n";
    }
}

// Replays the cached logins of the last `days` days under today's rules and under `draft`, and prints what would
// change and what the lint finds in the draft. Reads the cache only; false when the cache cannot answer.
bool printDryRun(Db& db, const LoginRuleDocument& current, const LoginRuleDocument& draft, int days, bool json,
                 const CommandIo& io)
{
    LoginRuleDryRunRequest request;
    request.draft = draft;
    request.current = current;
    request.range.fromMs = QDateTime::currentMSecsSinceEpoch() - days * kDayMs;
    request.maxExamples = kDryRunExamples;
    auto report = LoginRuleDryRun::run(db, request);
    if (!report) {
        io.err << report.error() << Qt::endl;
        return false;
    }
    const QList<LoginRuleWarning> warnings = analyse(draft, report->provinceOfCity);
    if (json) {
        QJsonArray lint;
        for (const LoginRuleWarning& warning : warnings) {
            lint.append(QJsonObject{
                {QStringLiteral("rule"), warning.rule ? QJsonValue(*warning.rule) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("message"), warning.message}});
        }
        const auto optionalMs = [](const std::optional<qint64>& ms) {
            return ms ? QJsonValue(*ms) : QJsonValue(QJsonValue::Null);
        };
        printJson(io.out, QJsonObject{{QStringLiteral("days"), days},
                                      {QStringLiteral("from"), *request.range.fromMs},
                                      {QStringLiteral("scanned"), report->scanned},
                                      {QStringLiteral("wouldRefuse"), changeToJson(report->newlyRefused)},
                                      {QStringLiteral("wouldAllow"), changeToJson(report->newlyAllowed)},
                                      {QStringLiteral("loginsSyncedTo"), optionalMs(report->loginsSyncedTo)},
                                      {QStringLiteral("rulesSyncedAt"), optionalMs(report->rulesSyncedAt)},
                                      {QStringLiteral("warnings"), lint}});
        return true;
    }
    QTextStream& out = io.out;
    out << CliText::tr("Cached logins of the last %1 days (since %2): %3 scanned.")
               .arg(days)
               .arg(localTime(*request.range.fromMs))
               .arg(report->scanned)
        << '\n';
    if (report->loginsSyncedTo) {
        out << CliText::tr("The cached login log is complete up to %1.").arg(localTime(*report->loginsSyncedTo))
            << '\n';
    } else {
        out << CliText::tr("The login log has not been synced completely yet: the counts cover what the cache holds.")
            << '\n';
    }
    out << CliText::tr("This draft would have refused %1 logins of %2 accounts, and allowed %3 that are refused today.")
               .arg(report->newlyRefused.ids.size())
               .arg(report->newlyRefused.accounts)
               .arg(report->newlyAllowed.ids.size())
        << '\n';
    printExamples(out, CliText::tr("Would be refused (%1 of %2):"), report->newlyRefused);
    printExamples(out, CliText::tr("Would be allowed (%1 of %2):"), report->newlyAllowed);
    for (const LoginRuleWarning& warning : warnings) {
        out << CliText::tr("Warning: %1").arg(warning.message) << '\n';
    }
    out.flush();
    return true;
}

void set(PlatformClient& client, Db& db, const PolicyContext& context, const CommandIo& io)
{
    auto account = accountOption(context);
    if (!account) {
        return usage(io, account.error());
    }
    if (!context.parser.isSet(context.options.file)) {
        return usage(io, CliText::tr("--file is required: the login rules to set, as JSON."));
    }
    auto expected = expectedVersion(context.parser, context.options.expectedVersion);
    if (!expected) {
        return usage(io, expected.error());
    }
    const LoginRuleLevel level = account->isEmpty() ? LoginRuleLevel::Domain : LoginRuleLevel::Account;
    const QString path = context.parser.value(context.options.file);
    auto object = readJsonFile(path);
    if (!object) {
        return usage(io, object.error());
    }
    auto draft = loginRuleDraftFromJson(*object, level);
    if (!draft) {
        return usage(io, path + QStringLiteral(": ") + draft.error().message());
    }
    std::optional<qint64> basedOn = *expected;
    const QJsonValue fileVersion = object->value(QStringLiteral("version"));
    if (!basedOn && fileVersion.isDouble() && fileVersion.toDouble() >= 0) {
        basedOn = fileVersion.toInteger(); // the version the file was read at, as `loginrules get` prints it
    }
    const bool dryRun = context.parser.isSet(QStringLiteral("dry-run"));
    if (context.readOnly && !dryRun) {
        return usage(io, CliText::tr("This profile is read-only (auditor): it cannot change login rules."));
    }
    auto days = dryRunDays(context, dryRun);
    if (!days) {
        return usage(io, days.error());
    }
    // Only a dry run has output of its own to format; a change prints its diff and result as before.
    bool json = false;
    if (dryRun && context.parser.isSet(context.accountOptions.format)) {
        auto format = documentFormat(context.parser, context.accountOptions);
        if (!format) {
            return usage(io, format.error());
        }
        json = *format == OutputFormat::Json;
    }
    auto service = std::make_shared<LoginRuleService>(client);
    service->get(level, *account, nullptr,
                 [&client, &db, io, service, draft = *draft, basedOn, dryRun, days = *days,
                  json](const Expected<LoginRuleDocument, ApiError>& now) {
                     if (!now) {
                         return failApi(io, now.error());
                     }
                     const LoginRuleUpdate update = changeFrom(*now, draft);
                     // With --format json stdout holds the summary alone, so that a script can parse it.
                     printDiff(json ? io.err : io.out, *now, update);
                     if (basedOn && *basedOn != now->version) {
                         io.err << conflictMessage(kConflict, documentName(*now), *basedOn, now->version) << Qt::endl;
                         return io.finish(1);
                     }
                     if (dryRun) {
                         if (!printDryRun(db, *now, draftDocument(*now, draft), days, json, io)) {
                             return io.finish(1);
                         }
                         (json ? io.err : io.out) << CliText::tr("Dry run: nothing was sent or queued.") << Qt::endl;
                         return io.finish(0);
                     }
                     if (changesNothing(update)) {
                         return io.finish(0);
                     }
                     apply(client, db, update, io);
                 });
}

// An address as the evaluate endpoint takes it: a dotted quad without leading zeros, or IPv6 without zone or
// embedded dotted quad.
bool isPlainIpAddress(const QString& text)
{
    if (!text.contains(QLatin1Char(':'))) {
        return isCanonicalCidr(QString(text + QStringLiteral("/32")));
    }
    QHostAddress address;
    return !text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('%')) && address.setAddress(text) &&
           address.protocol() == QAbstractSocket::IPv6Protocol;
}

void test(PlatformClient& client, const QString& ip, const PolicyContext& context, const CommandIo& io)
{
    auto account = accountOption(context);
    if (!account) {
        return usage(io, account.error());
    }
    if (account->isEmpty()) {
        return usage(io, CliText::tr("--account is required: the platform decides a login of one account (its own "
                                     "rules first, then the domain's)."));
    }
    if (!isPlainIpAddress(ip)) {
        return usage(io, CliText::tr("IP: %1 is not an IPv4 or IPv6 address (no prefix, no zone).").arg(ip));
    }
    // A decision is read by a person unless asked for JSON; documents (get) default to JSON so that they round-trip.
    auto format = documentFormat(context.parser, context.accountOptions);
    if (!format) {
        return usage(io, format.error());
    }
    if (!context.parser.isSet(context.accountOptions.format)) {
        format = OutputFormat::Table;
    }
    const QString region = context.parser.value(context.options.region).trimmed();
    auto service = std::make_shared<LoginRuleService>(client);
    service->evaluate(
        *account, ip, region, nullptr,
        [io, service, account = *account, format = *format](const Expected<LoginDecision, ApiError>& decision) {
            if (!decision) {
                return failApi(io, decision.error());
            }
            // The rule that decided, from the list it belongs to, so the answer can be read without a second call.
            const QString target = decision->level == LoginRuleLevel::Account ? account : QString();
            service->get(
                decision->level, target, nullptr,
                [io, service, decision = *decision, format](const Expected<LoginRuleDocument, ApiError>& list) {
                    std::optional<LoginRule> rule;
                    if (list && decision.matchedRule && *decision.matchedRule < list->rules.size()) {
                        rule = list->rules.at(*decision.matchedRule);
                    }
                    if (format == OutputFormat::Json) {
                        QJsonObject json{{QStringLiteral("action"), toString(decision.action)},
                                         {QStringLiteral("level"), toString(decision.level)},
                                         {QStringLiteral("matchedRule"), decision.matchedRule
                                                                             ? QJsonValue(*decision.matchedRule)
                                                                             : QJsonValue(QJsonValue::Null)}};
                        json.insert(QStringLiteral("rule"),
                                    rule ? loginRulesToJson({*rule}).at(0) : QJsonValue(QJsonValue::Null));
                        printJson(io.out, json);
                    } else if (decision.matchedRule) {
                        io.out << CliText::tr("%1: rule %2 of the %3 list decides (%4).")
                                      .arg(toString(decision.action))
                                      .arg(*decision.matchedRule)
                                      .arg(toString(decision.level), rule ? ruleText(*rule) : QString())
                               << Qt::endl;
                    } else {
                        io.out << CliText::tr("%1: no rule matches; the %2's default decides.")
                                      .arg(toString(decision.action), toString(decision.level))
                               << Qt::endl;
                    }
                    io.finish(0);
                });
        });
}

} // namespace

void runLoginRules(PlatformClient& client, Db& db, const QStringList& arguments, const PolicyContext& context,
                   const CommandIo& io)
{
    const QString verb = arguments.value(0);
    if (arguments.size() == 1 && verb == QLatin1String("get")) {
        return get(client, context, io);
    }
    if (arguments.size() == 1 && verb == QLatin1String("set")) {
        return set(client, db, context, io);
    }
    if (arguments.size() == 2 && verb == QLatin1String("test")) {
        return test(client, arguments.at(1), context, io);
    }
    usage(
        io,
        CliText::tr(
            "Usage: dmctl loginrules get [--account NAME] [--format json|table] | set [--account NAME] "
            "--file FILE [--expected-version N] [--dry-run [--days N] [--format json|table]] | test IP --account NAME "
            "[--region R]"));
}

} // namespace dm
