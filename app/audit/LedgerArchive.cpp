#include "audit/LedgerArchive.h"

#include "audit/LedgerAnchors.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/Schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <limits>

namespace dm {

namespace {

constexpr char kFormat[] = "dmadmin-audit-ledger-archive";
constexpr qint64 kMaxLineBytes = 1024 * 1024;
constexpr int kPageSize = 500;

QJsonObject toJson(const AuditEntry& entry)
{
    return {
        {QStringLiteral("sequence"), entry.sequence},
        {QStringLiteral("time"), entry.time},
        {QStringLiteral("operator"), entry.operatorName},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("target"), entry.target},
        {QStringLiteral("result"), entry.result},
        {QStringLiteral("detail"), entry.detail},
        {QStringLiteral("previousHash"), QString::fromLatin1(entry.previousHash.toHex())},
        {QStringLiteral("hash"), QString::fromLatin1(entry.hash.toHex())},
    };
}

QByteArray lineOf(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

Expected<void, QString> LedgerArchive::write(Db& db, const QString& path, const QUuid& profile)
{
    AuditLedger ledger(db);
    QList<AuditEntry> all;
    std::optional<qint64> before;
    while (true) {
        auto page = ledger.recent(kPageSize, before);
        if (!page) {
            return Unexpected(page.error().message());
        }
        all.append(*page);
        if (page->size() < kPageSize) {
            break;
        }
        before = page->constLast().sequence;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Unexpected(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const AuditEntry head = all.isEmpty() ? AuditEntry{} : all.constFirst();
    file.write(lineOf({
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("profile"), profile.toString(QUuid::WithoutBraces)},
        {QStringLiteral("writtenAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("headSequence"), head.sequence},
        {QStringLiteral("headHash"), QString::fromLatin1(head.hash.toHex())},
    }));
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        file.write(lineOf(toJson(*it)));
    }
    // The anchors too, so that the archive carries its own copy of each beside the files kept with it.
    LedgerAnchors anchors(db, QString());
    auto found = anchors.all();
    if (!found) {
        return Unexpected(found.error());
    }
    for (const LedgerAnchors::Found& each : std::as_const(*found)) {
        const LedgerAnchor& anchor = each.anchor;
        file.write(lineOf({
            {QStringLiteral("anchor"), anchor.sequence},
            {QStringLiteral("entryHash"), QString::fromLatin1(anchor.entryHash.toHex())},
            {QStringLiteral("digestText"), anchor.digestText},
            {QStringLiteral("stampedAt"), anchor.stampedAt.toMSecsSinceEpoch()},
            {QStringLiteral("tsaUrl"), anchor.tsaUrl},
            {QStringLiteral("reply"), QString::fromLatin1(anchor.reply.toBase64())},
        }));
    }
    if (!file.commit()) {
        return Unexpected(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

namespace {

Expected<QJsonObject, QString> readLine(QFile& file, int number)
{
    const QByteArray line = file.readLine(kMaxLineBytes);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Unexpected(LedgerArchive::tr("Line %1 of %2 is not a ledger record.").arg(number).arg(file.fileName()));
    }
    return document.object();
}

Expected<QJsonObject, QString> header(QFile& file)
{
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected(LedgerArchive::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
    }
    auto first = readLine(file, 1);
    if (!first) {
        return first;
    }
    if (first->value(QStringLiteral("format")).toString() != QLatin1String(kFormat) ||
        first->value(QStringLiteral("version")).toInt() != 1) {
        return Unexpected(LedgerArchive::tr("%1 is not a ledger archive of this program.").arg(file.fileName()));
    }
    return first;
}

} // namespace

Expected<QUuid, QString> LedgerArchive::profileOf(const QString& archivePath)
{
    QFile file(archivePath);
    auto first = header(file);
    if (!first) {
        return Unexpected(first.error());
    }
    const QUuid profile(first->value(QStringLiteral("profile")).toString());
    if (profile.isNull()) {
        return Unexpected(tr("%1 names no profile.").arg(archivePath));
    }
    return profile;
}

Expected<Db, QString> LedgerArchive::load(const QString& archivePath, const QString& scratchPath,
                                          std::shared_ptr<const LedgerKey> key)
{
    QFile file(archivePath);
    auto first = header(file);
    if (!first) {
        return Unexpected(first.error());
    }
    auto db = Db::open(scratchPath, Db::generateKey());
    if (!db) {
        return Unexpected(db.error().message());
    }
    db->setLedgerKey(std::move(key));
    if (auto migrated = schema::migrate(*db); !migrated) {
        return Unexpected(migrated.error().message());
    }
    auto insert = db->prepare("INSERT INTO audit_ledger (sequence, time, operator, action, target, result, detail, "
                              "previous_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto insertAnchor = db->prepare("INSERT INTO audit_anchor (sequence, entry_hash, digest_text, stamped_at, tsa_url, "
                                    "reply) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert || !insertAnchor) {
        return Unexpected(!insert ? insert.error().message() : insertAnchor.error().message());
    }
    // Entries are loaded as they are written, even out of order or twice: judging them is verify()'s work.
    for (int number = 2; !file.atEnd(); ++number) {
        auto line = readLine(file, number);
        if (!line) {
            return Unexpected(line.error());
        }
        if (line->contains(QStringLiteral("anchor"))) {
            insertAnchor->reset();
            insertAnchor->bind(1, line->value(QStringLiteral("anchor")).toInteger())
                .bindBlob(2, QByteArray::fromHex(line->value(QStringLiteral("entryHash")).toString().toLatin1()))
                .bind(3, line->value(QStringLiteral("digestText")).toString())
                .bind(4, line->value(QStringLiteral("stampedAt")).toInteger())
                .bind(5, line->value(QStringLiteral("tsaUrl")).toString())
                .bindBlob(6, QByteArray::fromBase64(line->value(QStringLiteral("reply")).toString().toLatin1()));
            if (auto done = insertAnchor->run(); !done) {
                return Unexpected(tr("Line %1 of %2: %3").arg(number).arg(archivePath).arg(done.error().message()));
            }
            continue;
        }
        insert->reset();
        insert->bind(1, line->value(QStringLiteral("sequence")).toInteger())
            .bind(2, line->value(QStringLiteral("time")).toInteger())
            .bind(3, line->value(QStringLiteral("operator")).toString())
            .bind(4, line->value(QStringLiteral("action")).toString())
            .bind(5, line->value(QStringLiteral("target")).toString())
            .bind(6, line->value(QStringLiteral("result")).toString())
            .bind(7, line->value(QStringLiteral("detail")).toString())
            .bindBlob(8, QByteArray::fromHex(line->value(QStringLiteral("previousHash")).toString().toLatin1()))
            .bindBlob(9, QByteArray::fromHex(line->value(QStringLiteral("hash")).toString().toLatin1()));
        if (auto done = insert->run(); !done) {
            return Unexpected(tr("Line %1 of %2: %3").arg(number).arg(archivePath).arg(done.error().message()));
        }
    }
    const qint64 headSequence = first->value(QStringLiteral("headSequence")).toInteger();
    if (headSequence > 0) {
        auto head = db->prepare("INSERT INTO audit_ledger_head (id, sequence, hash) VALUES (1, ?1, ?2)");
        if (!head) {
            return Unexpected(head.error().message());
        }
        head->bind(1, headSequence)
            .bindBlob(2, QByteArray::fromHex(first->value(QStringLiteral("headHash")).toString().toLatin1()));
        if (auto done = head->run(); !done) {
            return Unexpected(done.error().message());
        }
    }
    return std::move(*db);
}

} // namespace dm
