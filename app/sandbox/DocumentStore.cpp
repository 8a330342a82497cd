#include "sandbox/DocumentStore.h"

#include "core/AccountName.h"
#include "sandbox/AccountRecords.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace dm::sandbox {
namespace {

Q_LOGGING_CATEGORY(lcDocuments, "dm.sandbox.documents")

} // namespace

QString levelName(DocumentLevel level)
{
    switch (level) {
    case DocumentLevel::Domain:
        return QStringLiteral("domain");
    case DocumentLevel::Unit:
        return QStringLiteral("unit");
    case DocumentLevel::Account:
        return QStringLiteral("account");
    }
    return {};
}

DocumentStore::DocumentStore(PlatformContext& context, QString kind)
    : m_context(context)
    , m_kind(std::move(kind))
{}

ApiError DocumentStore::systemError(const DbError& error)
{
    qCWarning(lcDocuments) << "database error:" << error.detail;
    return ApiError{code::SystemError, QStringLiteral("SYSTEM.ERROR")};
}

Expected<DocumentTarget, ApiError> DocumentStore::parseTarget(const QJsonObject& body, bool allowUnit) const
{
    auto level = stringField(body, QStringLiteral("level"), Presence::Required, 16);
    if (!level) {
        return Unexpected{level.error()};
    }
    DocumentTarget target;
    if (**level == QLatin1String("domain")) {
        target.level = DocumentLevel::Domain;
    } else if (**level == QLatin1String("unit") && allowUnit) {
        target.level = DocumentLevel::Unit;
    } else if (**level == QLatin1String("account")) {
        target.level = DocumentLevel::Account;
    } else {
        return Unexpected{parameterError(QStringLiteral("level"), QStringLiteral("value"))};
    }
    if (target.level == DocumentLevel::Account) {
        auto name = parseAccountName(body, QStringLiteral("targetId"));
        if (!name) {
            return Unexpected{name.error()};
        }
        target.targetId = *name;
        return target;
    }
    auto id = stringField(body, QStringLiteral("targetId"), Presence::Required, 255);
    if (!id) {
        return Unexpected{id.error()};
    }
    // Domains compare without case (DNS); unit ids are opaque and compare exactly.
    target.targetId = target.level == DocumentLevel::Domain ? id->value().toLower() : id->value();
    return target;
}

Expected<QString, ApiError> DocumentStore::parseAccountName(const QJsonObject& body, const QString& field)
{
    auto text = stringField(body, field, Presence::Required, 64);
    if (!text) {
        return Unexpected{text.error()};
    }
    auto name = AccountName::parse(**text);
    if (!name) {
        return Unexpected{parameterError(field, QStringLiteral("format"))};
    }
    return name->localPart();
}

Expected<QString, ApiError> DocumentStore::accountUnit(const QString& accountName)
{
    auto select = db().prepare("SELECT unit_id FROM accounts WHERE account_name = ? AND status <> 'deleted'");
    if (!select) {
        return Unexpected{systemError(select.error())};
    }
    auto row = select->bind(1, accountName).step();
    if (!row) {
        return Unexpected{systemError(row.error())};
    }
    if (!*row) {
        return Unexpected{notFound(QStringLiteral("ACCOUNT"))};
    }
    return select->text(0);
}

Expected<void, ApiError> DocumentStore::requireTarget(const DocumentTarget& target)
{
    switch (target.level) {
    case DocumentLevel::Domain:
        if (target.targetId != domain().toLower()) {
            return Unexpected{notFound(QStringLiteral("DOMAIN"))};
        }
        return {};
    case DocumentLevel::Unit: {
        auto select = db().prepare("SELECT 1 FROM units WHERE unit_id = ?");
        if (!select) {
            return Unexpected{systemError(select.error())};
        }
        auto row = select->bind(1, target.targetId).step();
        if (!row) {
            return Unexpected{systemError(row.error())};
        }
        if (!*row) {
            return Unexpected{notFound(QStringLiteral("UNIT"))};
        }
        return {};
    }
    case DocumentLevel::Account:
        if (auto unit = accountUnit(target.targetId); !unit) {
            return Unexpected{unit.error()};
        }
        return {};
    }
    return {};
}

Expected<StoredDocument, ApiError> DocumentStore::load(const DocumentTarget& target)
{
    auto select =
        db().prepare("SELECT body, version, updated_at FROM documents WHERE kind = ? AND level = ? AND target_id = ?");
    if (!select) {
        return Unexpected{systemError(select.error())};
    }
    auto row = select->bind(1, m_kind).bind(2, levelName(target.level)).bind(3, target.targetId).step();
    if (!row) {
        return Unexpected{systemError(row.error())};
    }
    StoredDocument document;
    if (*row) {
        document.body = QJsonDocument::fromJson(select->text(0).toUtf8()).object();
        document.version = select->int64(1);
        document.updatedAt = select->int64(2);
    }
    return document;
}

Expected<StoredDocument, ApiError> DocumentStore::loadDomain(const QJsonObject& defaults, qint64 nowMs)
{
    const DocumentTarget target{DocumentLevel::Domain, domain().toLower()};
    auto document = load(target);
    if (!document || document->version > 0) {
        return document;
    }
    if (auto saved = save(target, defaults, 1, nowMs); !saved) {
        return Unexpected{saved.error()};
    }
    return StoredDocument{defaults, 1, nowMs};
}

Expected<void, ApiError> DocumentStore::save(const DocumentTarget& target, const QJsonObject& body, qint64 version,
                                             qint64 nowMs)
{
    auto upsert = db().prepare(
        "INSERT INTO documents(kind, level, target_id, body, version, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(kind, level, target_id) DO UPDATE SET body = excluded.body, version = excluded.version, "
        "updated_at = excluded.updated_at");
    if (!upsert) {
        return Unexpected{systemError(upsert.error())};
    }
    const QString json = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    auto done = upsert->bind(1, m_kind)
                    .bind(2, levelName(target.level))
                    .bind(3, target.targetId)
                    .bind(4, json)
                    .bind(5, version)
                    .bind(6, nowMs)
                    .run();
    if (!done) {
        return Unexpected{systemError(done.error())};
    }
    return {};
}

Expected<StoredDocument, ApiError> DocumentStore::loadAny(const DocumentTarget& target,
                                                          const QJsonObject& domainDefaults, qint64 nowMs)
{
    return target.level == DocumentLevel::Domain ? loadDomain(domainDefaults, nowMs) : load(target);
}

Expected<std::pair<DocumentTarget, StoredDocument>, ApiError>
DocumentStore::loadRequested(const QJsonObject& body, bool allowUnit, const QJsonObject& domainDefaults, qint64 nowMs)
{
    auto target = parseTarget(body, allowUnit);
    if (!target) {
        return Unexpected{target.error()};
    }
    if (auto exists = requireTarget(*target); !exists) {
        return Unexpected{exists.error()};
    }
    auto document = loadAny(*target, domainDefaults, nowMs);
    if (!document) {
        return Unexpected{document.error()};
    }
    return std::pair{*target, *document};
}

Expected<void, ApiError> DocumentStore::appendOperationLog(qint64 nowMs, const QString& action, const QString& target,
                                                           bool success, const QString& remark)
{
    auto done = sandbox::appendOperationLog(db(), m_context.identity, nowMs,
                                            OperationLogEntry{action, target, success, remark});
    if (!done) {
        return Unexpected{systemError(done.error())};
    }
    return {};
}

QString DocumentStore::logTarget(const DocumentTarget& target) const
{
    if (target.level == DocumentLevel::Account) {
        return target.targetId + QLatin1Char('@') + domain();
    }
    return target.targetId;
}

} // namespace dm::sandbox
