#include "audit/LedgerAnchors.h"

#include "store/Db.h"
#include "timestamp/TimestampReply.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <map>

namespace dm {

namespace {

constexpr qint64 kMaxFileBytes = 1024 * 1024; // a token or a chain is a few kilobytes

// Written whole or not at all, readable by the owner only: the folder lives beside the user's other data.
bool writePrivateFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(bytes) == bytes.size() && file.commit();
}

QByteArray readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        return {};
    }
    return file.readAll();
}

QString anchorFile(const QString& folder, qint64 sequence, const char* suffix)
{
    return QDir(folder).filePath(QStringLiteral("anchor-%1.%2").arg(sequence).arg(QLatin1String(suffix)));
}

} // namespace

LedgerAnchors::LedgerAnchors(Db& db, QString folder)
    : m_db(db)
    , m_folder(std::move(folder))
{}

QString LedgerAnchors::folderFor(const QString& cachePath)
{
    const QFileInfo cache(cachePath);
    return cache.absolutePath() + QStringLiteral("/ledger/") + cache.completeBaseName();
}

QString LedgerAnchors::digestText(qint64 sequence, const QByteArray& entryHash)
{
    return QStringLiteral("dmadmin audit ledger anchor v1\nentry %1\nseal %2\n")
        .arg(sequence)
        .arg(QString::fromLatin1(entryHash.toHex()));
}

Expected<void, QString> LedgerAnchors::record(const LedgerAnchor& anchor, const QByteArray& tsaChainPem)
{
    auto insert = m_db.prepare("INSERT INTO audit_anchor (sequence, entry_hash, digest_text, stamped_at, tsa_url, "
                               "reply) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert) {
        return Unexpected(insert.error().message());
    }
    insert->bind(1, anchor.sequence)
        .bindBlob(2, anchor.entryHash)
        .bind(3, anchor.digestText)
        .bind(4, anchor.stampedAt.toMSecsSinceEpoch())
        .bind(5, anchor.tsaUrl)
        .bindBlob(6, anchor.reply);
    if (auto done = insert->run(); !done) {
        return Unexpected(done.error().message());
    }
    if (!QDir().mkpath(m_folder)) {
        return Unexpected(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder)));
    }
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QList<std::pair<QString, QByteArray>> files{
        {anchorFile(m_folder, anchor.sequence, "tsr"), anchor.reply},
        {anchorFile(m_folder, anchor.sequence, "txt"), anchor.digestText.toUtf8()},
        {QDir(m_folder).filePath(QStringLiteral("tsa-chain.pem")), tsaChainPem},
    };
    for (const auto& [path, bytes] : files) {
        if (bytes.isEmpty()) {
            continue;
        }
        if (!writePrivateFile(path, bytes)) {
            return Unexpected(tr("The anchor cannot be written to %1.").arg(QDir::toNativeSeparators(path)));
        }
    }
    return {};
}

Expected<std::optional<LedgerAnchor>, DbError> LedgerAnchors::newest()
{
    auto anchors = inCache();
    if (!anchors) {
        return Unexpected(anchors.error());
    }
    if (anchors->isEmpty()) {
        return std::optional<LedgerAnchor>();
    }
    return std::optional<LedgerAnchor>(anchors->constLast());
}

Expected<QList<LedgerAnchor>, DbError> LedgerAnchors::inCache()
{
    auto rows = m_db.prepare("SELECT sequence, entry_hash, digest_text, stamped_at, tsa_url, reply FROM audit_anchor "
                             "ORDER BY sequence");
    if (!rows) {
        return Unexpected(rows.error());
    }
    QList<LedgerAnchor> anchors;
    while (true) {
        auto row = rows->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        LedgerAnchor anchor;
        anchor.sequence = rows->int64(0);
        anchor.entryHash = rows->blob(1);
        anchor.digestText = rows->text(2);
        anchor.stampedAt = QDateTime::fromMSecsSinceEpoch(rows->int64(3), QTimeZone::utc());
        anchor.tsaUrl = rows->text(4);
        anchor.reply = rows->blob(5);
        anchors.append(std::move(anchor));
    }
    return anchors;
}

QList<LedgerAnchor> LedgerAnchors::inFolder() const
{
    static const QRegularExpression kName(QStringLiteral("^anchor-([1-9][0-9]{0,17})\\.tsr$"));
    static const QRegularExpression kSeal(QStringLiteral("\nseal ([0-9a-f]{64})\n"));
    QList<LedgerAnchor> anchors;
    if (m_folder.isEmpty()) {
        return anchors; // the cache's copies only
    }
    const QStringList names = QDir(m_folder).entryList({QStringLiteral("anchor-*.tsr")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = kName.match(name);
        if (!match.hasMatch()) {
            continue;
        }
        LedgerAnchor anchor;
        anchor.sequence = match.captured(1).toLongLong();
        anchor.reply = readSmallFile(QDir(m_folder).filePath(name));
        anchor.digestText = QString::fromUtf8(readSmallFile(anchorFile(m_folder, anchor.sequence, "txt")));
        if (const QRegularExpressionMatch seal = kSeal.match(anchor.digestText); seal.hasMatch()) {
            anchor.entryHash = QByteArray::fromHex(seal.captured(1).toLatin1());
        }
        if (auto reply = parseTimestampReply(anchor.reply); reply && reply->info) {
            anchor.stampedAt = reply->info->genTime;
        }
        anchors.append(std::move(anchor));
    }
    return anchors;
}

Expected<QList<LedgerAnchors::Found>, QString> LedgerAnchors::all()
{
    auto cached = inCache();
    if (!cached) {
        return Unexpected(cached.error().message());
    }
    std::map<qint64, Found> bySequence;
    for (LedgerAnchor& anchor : *cached) {
        Found& found = bySequence[anchor.sequence];
        found.anchor = std::move(anchor);
        found.inCache = true;
    }
    for (LedgerAnchor& anchor : inFolder()) {
        Found& found = bySequence[anchor.sequence];
        found.inFolder = true;
        if (!found.inCache) {
            found.anchor = std::move(anchor);
        } else if (found.anchor.reply != anchor.reply || found.anchor.digestText != anchor.digestText) {
            found.copiesDiffer = true;
            found.folderCopy = std::move(anchor);
        }
    }
    QList<Found> all;
    for (auto& [sequence, found] : bySequence) {
        all.append(std::move(found));
    }
    return all;
}

QByteArray LedgerAnchors::keptChain() const
{
    return readSmallFile(QDir(m_folder).filePath(QStringLiteral("tsa-chain.pem")));
}

} // namespace dm
