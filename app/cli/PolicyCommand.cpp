#include "cli/PolicyCommand.h"

#include "api/PlatformClient.h"
#include "api/PolicyService.h"
#include "cli/PolicySupport.h"
#include "core/AccountName.h"
#include "core/PolicyBaseline.h"
#include "core/PolicyInput.h"
#include "store/PolicyRepository.h"
#include "sync/OutboxPayload.h"
#include "sync/PolicyDocumentJson.h"

#include <QJsonArray>

#include <memory>

namespace dm {
namespace {

using namespace policycli;

QJsonValue orNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject documentToJson(const PolicyDocument& document)
{
    return QJsonObject{{QStringLiteral("level"), toString(document.level)},
                       {QStringLiteral("targetId"), document.targetId},
                       {QStringLiteral("policy"), policyToJson(document.policy)},
                       {QStringLiteral("version"), document.version},
                       {QStringLiteral("updatedAt"), orNull(document.updatedAt)}};
}

QJsonObject effectiveToJson(const EffectivePolicy& effective)
{
    QJsonObject sources;
    for (PolicyField field : allPolicyFields()) {
        putPolicyField(sources, field, toString(effective.sources.of(field)));
    }
    return QJsonObject{
        {QStringLiteral("accountName"), effective.accountName},
        {QStringLiteral("unitId"), effective.unitId},
        {QStringLiteral("policy"), policyToJson(effective.policy)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("versions"), QJsonObject{{QStringLiteral("domain"), effective.versions.domain},
                                                 {QStringLiteral("unit"), effective.versions.unit},
                                                 {QStringLiteral("account"), effective.versions.account}}}};
}

// "unit 1002", "the domain court.sandbox.test": how messages name a document.
QString documentName(PolicyLevel level, const QString& targetId)
{
    return toString(level) + QLatin1Char(' ') + targetId;
}

// Where a command points: --level and --target, checked before anything is sent.
struct Target
{
    PolicyLevel level = PolicyLevel::Domain;
    QString targetId; // empty at domain level: the profile's domain
};

Expected<Target, QString> readTarget(const QCommandLineParser& parser, const PolicyOptions& options)
{
    if (!parser.isSet(options.level)) {
        return Unexpected{CliText::tr("--level is required: domain, unit or account.")};
    }
    const auto level = policyLevelFromString(parser.value(options.level));
    if (!level) {
        return Unexpected{CliText::tr("--level must be domain, unit or account.")};
    }
    Target target{*level, parser.value(QStringLiteral("target")).trimmed()};
    if (*level != PolicyLevel::Domain && target.targetId.isEmpty()) {
        return Unexpected{
            CliText::tr("--target is required at unit and account level (a unit id or an account name).")};
    }
    if (*level == PolicyLevel::Account) {
        auto name = AccountName::parse(target.targetId);
        if (!name) {
            return Unexpected{QString(QStringLiteral("--target: ") + name.error().message())};
        }
        target.targetId = name->localPart();
    }
    return target;
}

void printDocumentTable(QTextStream& out, const DeliveryPolicy& policy, const PolicySources* sources)
{
    QList<QStringList> rows;
    for (PolicyField field : allPolicyFields()) {
        if (policy.has(field)) {
            QStringList row{policyFieldPath(field), policyFieldText(policy, field)};
            if (sources) {
                row << toString(sources->of(field));
            }
            rows << row;
        }
    }
    QStringList header{QStringLiteral("field"), QStringLiteral("value")};
    if (sources) {
        header << QStringLiteral("source");
    }
    printRows(out, header, rows, OutputFormat::Table, true);
}

void get(PlatformClient& client, const PolicyContext& context, const CommandIo& io)
{
    auto target = readTarget(context.parser, context.options);
    if (!target) {
        return usage(io, target.error());
    }
    auto format = documentFormat(context.parser, context.accountOptions);
    if (!format) {
        return usage(io, format.error());
    }
    auto service = std::make_shared<PolicyService>(client);
    if (context.parser.isSet(context.options.effective)) {
        if (target->level != PolicyLevel::Account) {
            return usage(io,
                         CliText::tr("--effective needs --level account: only an account has an effective policy."));
        }
        service->getEffective(target->targetId, nullptr,
                              [io, service, format = *format](const Expected<EffectivePolicy, ApiError>& effective) {
                                  if (!effective) {
                                      return failApi(io, effective.error());
                                  }
                                  if (format == OutputFormat::Json) {
                                      printJson(io.out, effectiveToJson(*effective));
                                  } else {
                                      printDocumentTable(io.out, effective->policy, &effective->sources);
                                  }
                                  io.finish(0);
                              });
        return;
    }
    service->get(target->level, target->targetId, nullptr,
                 [io, service, format = *format](const Expected<PolicyDocument, ApiError>& document) {
                     if (!document) {
                         return failApi(io, document.error());
                     }
                     if (format == OutputFormat::Json) {
                         printJson(io.out, documentToJson(*document));
                     } else {
                         io.out << documentName(document->level, document->targetId) << ", version "
                                << document->version << '\n';
                         printDocumentTable(io.out, document->policy, nullptr);
                     }
                     io.finish(0);
                 });
}

// What a policy file asks for, before it is compared with the platform's document.
struct PolicyFile
{
    PolicyChange change;
    bool wholeDocument = false;    // the level's overrides become exactly the file's
    std::optional<qint64> basedOn; // the document version the file names
};

Expected<PolicyFile, QString> readPolicyFile(const QString& path, const Target& target)
{
    auto object = readJsonFile(path);
    if (!object) {
        return Unexpected{object.error()};
    }
    const PolicyNulls nulls = target.level == PolicyLevel::Domain ? PolicyNulls::Refused : PolicyNulls::Inherit;
    PolicyFile file;
    QJsonValue policy = *object;
    if (object->contains(QStringLiteral("policy"))) {
        // A document as `policy get` prints it.
        static const QStringList keys = {QStringLiteral("level"), QStringLiteral("targetId"), QStringLiteral("policy"),
                                         QStringLiteral("version"), QStringLiteral("updatedAt")};
        for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
            if (!keys.contains(it.key())) {
                return Unexpected{CliText::tr("%1: %2: is not a key of a policy document").arg(path, it.key())};
            }
        }
        const QJsonValue level = object->value(QStringLiteral("level"));
        if (!level.isUndefined() && level.toString() != toString(target.level)) {
            return Unexpected{CliText::tr("%1: level: the file is for another level than --level").arg(path)};
        }
        const QJsonValue targetId = object->value(QStringLiteral("targetId"));
        if (!targetId.isUndefined() && target.level != PolicyLevel::Domain &&
            targetId.toString().toLower() != target.targetId.toLower()) {
            return Unexpected{CliText::tr("%1: targetId: the file is for another target than --target").arg(path)};
        }
        const QJsonValue version = object->value(QStringLiteral("version"));
        if (!version.isUndefined()) {
            if (!version.isDouble() || version.toDouble() < 0 || version.toDouble() != double(version.toInteger())) {
                return Unexpected{CliText::tr("%1: version: must be a whole number from 0").arg(path)};
            }
            file.basedOn = version.toInteger();
        }
        policy = object->value(QStringLiteral("policy"));
        file.wholeDocument = target.level != PolicyLevel::Domain;
        if (policy.isObject() && policy.toObject().isEmpty() && file.wholeDocument) {
            return file; // no overrides at all: everything inherits
        }
    }
    auto change = policyChangeFromJson(policy, nulls);
    if (!change) {
        return Unexpected{QString(path + QStringLiteral(": ") + change.error().message())};
    }
    file.change = *change;
    return file;
}

// The fields that really change, given the document as it is now.
PolicyChange effectiveChange(const PolicyDocument& current, const PolicyFile& file)
{
    PolicyChange change;
    for (PolicyField field : allPolicyFields()) {
        if (file.change.set.has(field)) {
            if (policyFieldToJson(file.change.set, field) != policyFieldToJson(current.policy, field)) {
                copyPolicyField(field, file.change.set, change.set);
            }
        } else if (current.policy.has(field) && (file.change.inherit.contains(field) || file.wholeDocument)) {
            change.inherit.append(field);
        }
    }
    return change;
}

void printDiff(QTextStream& out, const PolicyDocument& current, const PolicyChange& change)
{
    out << documentName(current.level, current.targetId) << ", version " << current.version << '\n';
    if (change.isEmpty()) {
        out << CliText::tr("No change.") << '\n';
        return;
    }
    const QString inherited = CliText::tr("(inherited)");
    for (PolicyField field : allPolicyFields()) {
        const bool set = change.set.has(field);
        if (!set && !change.inherit.contains(field)) {
            continue;
        }
        const QString before = current.policy.has(field) ? policyFieldText(current.policy, field) : inherited;
        const QString after = set ? policyFieldText(change.set, field) : inherited;
        out << "  " << policyFieldPath(field) << ": " << before << QStringLiteral(" → ") << after << '\n';
    }
    out.flush();
}

// Sends the change through the outbox and reports how it ended; the cache keeps the document the platform returns.
void apply(PlatformClient& client, Db& db, const PolicyUpdate& update, const CommandIo& io)
{
    applyOne(
        client, db, outboxpayload::updatePolicy(update), io, [&client, &db, update, io](const OutboxResult& result) {
            auto service = std::make_shared<PolicyService>(client);
            service->get(update.level, update.targetId, nullptr,
                         [&db, io, service, result, update](const Expected<PolicyDocument, ApiError>& now) {
                             if (now) {
                                 (void)PolicyRepository(db).save(DocumentKind::Policy, toStoredDocument(*now));
                             }
                             reportVersioned(io, result, QStringLiteral("POLICY.VERSION.CONFLICT"),
                                             documentName(update.level, now ? now->targetId : update.targetId),
                                             update.expectedVersion, now ? std::optional(now->version) : std::nullopt);
                         });
        });
}

void set(PlatformClient& client, Db& db, const PolicyContext& context, const CommandIo& io)
{
    auto target = readTarget(context.parser, context.options);
    if (!target) {
        return usage(io, target.error());
    }
    if (!context.parser.isSet(context.options.file)) {
        return usage(io, CliText::tr("--file is required: the policy to set, as JSON."));
    }
    auto expected = expectedVersion(context.parser, context.options.expectedVersion);
    if (!expected) {
        return usage(io, expected.error());
    }
    auto file = readPolicyFile(context.parser.value(context.options.file), *target);
    if (!file) {
        return usage(io, file.error());
    }
    const bool dryRun = context.parser.isSet(QStringLiteral("dry-run"));
    if (context.readOnly && !dryRun) {
        return usage(io, CliText::tr("This profile is read-only (auditor): it cannot change the policy."));
    }
    const std::optional<qint64> basedOn = expected->has_value() ? *expected : file->basedOn;
    auto service = std::make_shared<PolicyService>(client);
    service->get(
        target->level, target->targetId, nullptr,
        [&client, &db, io, service, file = *file, basedOn, dryRun](const Expected<PolicyDocument, ApiError>& now) {
            if (!now) {
                return failApi(io, now.error());
            }
            const PolicyChange change = effectiveChange(*now, file);
            printDiff(io.out, *now, change);
            if (basedOn && *basedOn != now->version) {
                io.err << conflictMessage(QStringLiteral("POLICY.VERSION.CONFLICT"),
                                          documentName(now->level, now->targetId), *basedOn, now->version)
                       << Qt::endl;
                return io.finish(1);
            }
            if (dryRun) {
                io.out << CliText::tr("Dry run: nothing was sent or queued.") << Qt::endl;
                return io.finish(0);
            }
            if (change.isEmpty()) {
                return io.finish(0);
            }
            PolicyUpdate update;
            update.level = now->level;
            update.targetId = now->targetId;
            update.expectedVersion = now->version;
            update.set = change.set;
            update.inherit = change.inherit;
            apply(client, db, update, io);
        });
}

} // namespace

void runPolicy(PlatformClient& client, Db& db, const QStringList& arguments, const PolicyContext& context,
               const CommandIo& io)
{
    const QString verb = arguments.value(0);
    if (arguments.size() == 1 && verb == QLatin1String("get")) {
        return get(client, context, io);
    }
    if (arguments.size() == 1 && verb == QLatin1String("set")) {
        return set(client, db, context, io);
    }
    if (arguments.size() == 1 && (verb == QLatin1String("drift") || verb == QLatin1String("fix-drift"))) {
        const bool fix = verb == QLatin1String("fix-drift") || context.parser.isSet(context.options.fix);
        if (fix && context.readOnly) {
            return usage(io, CliText::tr("This profile is read-only (auditor): it cannot change the policy."));
        }
        return runPolicyDrift(client, db, fix, context, io);
    }
    usage(io, CliText::tr("Usage: dmctl policy get --level domain|unit|account [--target ID] [--effective] "
                          "[--format json|table] | set --level L [--target ID] --file FILE [--expected-version N] "
                          "[--dry-run] | drift [--baseline FILE] [--offline] [--format table|json|csv] [--fix] | "
                          "fix-drift [--baseline FILE]"));
}

} // namespace dm
