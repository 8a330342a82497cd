#include "sandbox/PlatformDb.h"

#include "sandbox/AccountAddressBasis.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace dm::sandbox {
namespace {

// Times are milliseconds since the Unix epoch (UTC). Every log has an INTEGER PRIMARY KEY `id` that only grows, so
// (time, id) is a total, stable order for keyset paging. Accounts carry `updated_at` for incremental listing.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY,
    unit_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_unit_id TEXT,                 -- NULL for the root unit
    created_at INTEGER NOT NULL,
    unit_desc TEXT NOT NULL DEFAULT '',  -- the vendor's unitDesc
    unit_rank INTEGER NOT NULL DEFAULT 1 -- the vendor's rank (sort weight among siblings)
);

CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY,
    account_name TEXT NOT NULL UNIQUE,   -- local part, lower case
    name TEXT NOT NULL,                  -- the recipient's name
    job_number TEXT NOT NULL DEFAULT '', -- the platform's jobNumber; courts put the case number here
    id_number TEXT NOT NULL DEFAULT '',  -- GB 11643 ID number, empty when not given
    mobile TEXT NOT NULL DEFAULT '',     -- bindMobile, 11 digits
    unit_id TEXT NOT NULL REFERENCES units(unit_id),
    status TEXT NOT NULL DEFAULT 'enabled' CHECK (status IN ('enabled', 'disabled', 'deleted')),
    visible_in_addr INTEGER NOT NULL DEFAULT 0,
    pass_change_first_login INTEGER NOT NULL DEFAULT 1,
    password_hash BLOB,                  -- salted SHA-256 of the current password; never returned
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    sms_sent_at INTEGER,                 -- the last activation SMS
    first_login_at INTEGER,
    activated_at INTEGER,
    reminder_count INTEGER NOT NULL DEFAULT 0, -- activation SMS resent after the first
    open_id TEXT,                        -- the vendor's accountOpenId; NULL: derived (seeded rows)
    address_basis_kind TEXT,             -- confirmed, provided, courtFound; NULL: none (staff, or never set)
    address_basis_date TEXT,             -- yyyy-MM-dd
    address_basis_reference TEXT         -- e.g. the 送达地址确认书's reference
);
CREATE INDEX IF NOT EXISTS accounts_updated ON accounts(updated_at, id);
CREATE INDEX IF NOT EXISTS accounts_unit ON accounts(unit_id, id);
CREATE INDEX IF NOT EXISTS accounts_created ON accounts(created_at, id);

-- Policy and login-rule documents: kind 'policy' or 'loginRules'; level 'domain', 'unit' or 'account'.
CREATE TABLE IF NOT EXISTS documents (
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    target_id TEXT NOT NULL,             -- the domain, a unitId or an accountName
    body TEXT NOT NULL,                  -- JSON as the contract defines it
    version INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (kind, level, target_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS operation_logs (
    id INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    operator TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('success', 'failure')),
    remark TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS operation_logs_time ON operation_logs(time, id);

CREATE TABLE IF NOT EXISTS login_logs (
    id INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    account_name TEXT NOT NULL,
    method TEXT NOT NULL,                -- webmail, mailmaster, proprietary, wechat, imap, pop, smtp
    ip TEXT NOT NULL,
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL CHECK (result IN ('success', 'failure')),
    abnormal INTEGER NOT NULL DEFAULT 0,
    fail_reason TEXT                     -- failures only: password, loginRule, clientNotAllowed
);
CREATE INDEX IF NOT EXISTS login_logs_time ON login_logs(time, id);
CREATE INDEX IF NOT EXISTS login_logs_account ON login_logs(account_name, time, id);

CREATE TABLE IF NOT EXISTS mail_logs (
    id INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    message_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    sender TEXT NOT NULL,
    recipient TEXT NOT NULL,
    status TEXT NOT NULL,                -- delivered, failed, bounced, deferred, received, intercepted, spam
    read_at INTEGER,
    read_client TEXT,
    updated_at INTEGER NOT NULL          -- changes when the recipient reads it
);
CREATE INDEX IF NOT EXISTS mail_logs_time ON mail_logs(time, id);
CREATE INDEX IF NOT EXISTS mail_logs_updated ON mail_logs(updated_at, id);
CREATE INDEX IF NOT EXISTS mail_logs_recipient ON mail_logs(recipient, time, id);
-- A document by its message id (delivery evidence, attachments), and the replies a recipient sent.
CREATE INDEX IF NOT EXISTS mail_logs_message ON mail_logs(message_id);
CREATE INDEX IF NOT EXISTS mail_logs_sender ON mail_logs(sender, time, id);
)sql";

QByteArray loadOrCreateKey(const QString& path, QString* error)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray key = existing.readAll();
        if (key.size() != Db::KeySize) {
            *error = QStringLiteral("%1 is damaged; remove the data dir to start afresh").arg(path);
            return {};
        }
        return key;
    }
    QByteArray key = Db::generateKey();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key);
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    return key;
}

// Data dirs made before accounts had an address basis get its columns, and their seeded recipients the basis the
// seeder gives them today (the seed and epoch are facts of the seeding; an unseeded platform has no recipients yet).
Expected<void, QString> addAddressBasis(Db& db)
{
    if (db.prepare("SELECT address_basis_kind, address_basis_date, address_basis_reference FROM accounts LIMIT 0")) {
        return {};
    }
    if (!db.exec("ALTER TABLE accounts ADD COLUMN address_basis_kind TEXT;"
                 "ALTER TABLE accounts ADD COLUMN address_basis_date TEXT;"
                 "ALTER TABLE accounts ADD COLUMN address_basis_reference TEXT;")) {
        return Unexpected{QStringLiteral("cannot add the account address basis columns")};
    }
    const auto seed = db.queryText("SELECT value FROM facts WHERE key = 'seed'");
    const auto epoch = db.queryText("SELECT value FROM facts WHERE key = 'epochMs'");
    if (!seed || !epoch || seed->isEmpty() || epoch->isEmpty()) {
        return {};
    }
    if (!fillSeededAddressBases(db, seed->toULongLong(), epoch->toLongLong())) {
        return Unexpected{QStringLiteral("cannot give the seeded recipients their address basis")};
    }
    return {};
}

} // namespace

PlatformDb::PlatformDb(Db db)
    : m_db(std::move(db))
{}

Expected<PlatformDb, QString> PlatformDb::open(const QString& dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        return Unexpected{QStringLiteral("cannot create %1").arg(dataDir)};
    }
    const QDir dir(dataDir);
    QString error;
    const QByteArray key = loadOrCreateKey(dir.filePath(QStringLiteral("platform.key")), &error);
    if (key.isEmpty()) {
        return Unexpected{error};
    }
    auto db = Db::open(dir.filePath(QStringLiteral("platform.db")), key);
    if (!db) {
        return Unexpected{QStringLiteral("cannot open the platform database: %1").arg(db.error().detail)};
    }
    if (auto schema = db->exec(kSchema); !schema) {
        return Unexpected{QStringLiteral("cannot create the platform schema: %1").arg(schema.error().detail)};
    }
    // Data dirs made before units had a description and a rank get the two columns (SQLite has no ADD COLUMN IF NOT
    // EXISTS: a failing probe tells).
    if (!db->prepare("SELECT unit_desc, unit_rank FROM units LIMIT 0")) {
        if (!db->exec("ALTER TABLE units ADD COLUMN unit_desc TEXT NOT NULL DEFAULT '';"
                      "ALTER TABLE units ADD COLUMN unit_rank INTEGER NOT NULL DEFAULT 1;")) {
            return Unexpected{QStringLiteral("cannot add the unit description and rank columns")};
        }
    }
    if (!db->prepare("SELECT open_id FROM accounts LIMIT 0")) {
        if (!db->exec("ALTER TABLE accounts ADD COLUMN open_id TEXT;")) {
            return Unexpected{QStringLiteral("cannot add the account open id column")};
        }
    }
    // Data dirs made before failed logins said why: their failures were wrong passwords (nothing else refused one).
    // Column and reasons in one transaction, so a kill between them cannot leave failures without a reason.
    if (!db->prepare("SELECT fail_reason FROM login_logs LIMIT 0")) {
        auto transaction = Transaction::begin(*db);
        if (!transaction ||
            !db->exec("ALTER TABLE login_logs ADD COLUMN fail_reason TEXT;"
                      "UPDATE login_logs SET fail_reason = 'password' WHERE result = 'failure';") ||
            !transaction->commit()) {
            return Unexpected{QStringLiteral("cannot add the login failure reason column")};
        }
    }
    if (auto added = addAddressBasis(*db); !added) {
        return Unexpected{added.error()};
    }
    // Every organisation has a root unit; accounts created without a unitId land there. The seeder names it.
    auto root =
        db->prepare("INSERT OR IGNORE INTO units(unit_id, name, parent_unit_id, created_at) VALUES (?, ?, NULL, ?)");
    if (!root || !root->bind(1, QStringLiteral("root"))
                      .bind(2, QStringLiteral("本院"))
                      .bind(3, QDateTime::currentMSecsSinceEpoch())
                      .run()) {
        return Unexpected{QStringLiteral("cannot create the root unit")};
    }
    return PlatformDb(std::move(db).value());
}

std::optional<QString> PlatformDb::fact(const QString& key)
{
    auto select = m_db.prepare("SELECT value FROM facts WHERE key = ?");
    if (!select || !select->bind(1, key).step().value()) {
        return std::nullopt;
    }
    return select->text(0);
}

bool PlatformDb::setFact(const QString& key, const QString& value)
{
    auto upsert = m_db.prepare("INSERT INTO facts(key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    return upsert && upsert->bind(1, key).bind(2, value).run().hasValue();
}

} // namespace dm::sandbox
