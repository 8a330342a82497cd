#include "secrets/MemorySecretStore.h"
#include "store/AuditLedger.h"
#include "store/CacheFile.h"
#include "store/KeyBytes.h"
#include "store/LedgerKey.h"
#include "store/LogRepository.h"
#include "store/Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>
#include <type_traits>

using namespace dm;

namespace {

// A keychain whose job keeps the buffer it was given or handed out, as QtKeychain's jobs do (QByteArray shares it):
// what the cache does to its copy of a key's text shows in these.
class SharingSecretStore : public SecretStore
{
public:
    SharingSecretStore()
        : SecretStore(QUuid::createUuid())
    {}

    QList<QByteArray> handedOut; // every value read, sharing the buffer the reader was given
    QList<QByteArray> received;  // every value written, sharing the buffer the writer passed

protected:
    void startRead(const QString& name, ReadCallback done) override
    {
        const auto it = m_stored.find(name);
        if (it == m_stored.end()) {
            QTimer::singleShot(0, this, [done] { done(Unexpected(makeError(SecretError::Kind::NotFound))); });
            return;
        }
        const QByteArray value(it->second.constData(), it->second.size());
        handedOut.append(value);
        QTimer::singleShot(0, this, [done, value] { done(value); });
    }
    void startWrite(const QString& name, const QByteArray& value, DoneCallback done) override
    {
        received.append(value);
        m_stored[name] = QByteArray(value.constData(), value.size());
        QTimer::singleShot(0, this, [done] { done(SecretStatus{}); });
    }
    void startRemove(const QString& name, DoneCallback done) override
    {
        m_stored.erase(name);
        QTimer::singleShot(0, this, [done] { done(SecretStatus{}); });
    }

private:
    std::map<QString, QByteArray> m_stored;
};

bool allZero(const QByteArray& bytes)
{
    return !bytes.isEmpty() && bytes.count('\0') == bytes.size();
}

} // namespace

// Opening a profile's cache: the key's life in the keychain, and every way opening can fail, each with a message a
// user can act on.
class TestCacheFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstUseStoresTheKeyThenMakesTheFile();
    void reopeningFindsWhatWasWritten();
    void missingKeyIsReportedWithARebuildOffer();
    void wrongKeyIsReported();
    void noKeychainIsReportedAndNothingIsCreated();
    void damagedPagesAreFoundAndRebuildStartsAfresh();
    void fullDiskLeavesNoPartialBatch();
    void theLedgerKeyIsKeptApartAndOutlivesARebuild();
    void aLostLedgerKeyIsNotForgivenByANewOne();
    void keyTextsAreWipedInEveryCopy();
    void keyBytesAreOneWipedBuffer();

    void recordAction(Db& db, const QString& action);

private:
    [[nodiscard]] Expected<Db, CacheError> open();
    [[nodiscard]] Expected<Db, CacheError> openWith(SecretStore& secrets);
    [[nodiscard]] Expected<Db, CacheError> rebuild();
    void writeLogins(Db& db, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<MemoryKeychain> m_keychain;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QString m_path;
};

void TestCacheFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keychain = std::make_shared<MemoryKeychain>();
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid(), m_keychain);
    m_path = m_dir->filePath(QStringLiteral("cache/profile.sqlite"));
}

Expected<Db, CacheError> TestCacheFile::open()
{
    return openWith(*m_secrets);
}

Expected<Db, CacheError> TestCacheFile::openWith(SecretStore& secrets)
{
    std::optional<Expected<Db, CacheError>> result;
    CacheFile::open(secrets, m_path, this, [&](Expected<Db, CacheError> opened) { result.emplace(std::move(opened)); });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000); // a timeout is reported below
    return result ? std::move(*result) : Unexpected(CacheError{CacheError::Kind::Other, QStringLiteral("timeout")});
}

Expected<Db, CacheError> TestCacheFile::rebuild()
{
    std::optional<Expected<Db, CacheError>> result;
    CacheFile::rebuild(*m_secrets, m_path, this,
                       [&](Expected<Db, CacheError> opened) { result.emplace(std::move(opened)); });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000); // a timeout is reported below
    return result ? std::move(*result) : Unexpected(CacheError{CacheError::Kind::Other, QStringLiteral("timeout")});
}

void TestCacheFile::writeLogins(Db& db, int count)
{
    QList<LoginRecord> rows;
    for (int i = 1; i <= count; ++i) {
        LoginRecord row;
        row.id = i;
        row.time = 1'790'000'000'000 + i * 1000;
        row.accountName = QStringLiteral("user%1").arg(i % 500);
        row.ip = QStringLiteral("10.0.%1.%2").arg(i % 250).arg(i % 200);
        row.province = QStringLiteral("广东");
        row.city = QStringLiteral("广州");
        rows.append(row);
    }
    auto transaction = Transaction::begin(db);
    QVERIFY(transaction);
    QVERIFY(LogRepository(db).insertLogins(rows));
    QVERIFY(transaction->commit());
}

void TestCacheFile::firstUseStoresTheKeyThenMakesTheFile()
{
    QVERIFY(!QFile::exists(m_path));
    auto db = open();
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
    QVERIFY(QFile::exists(m_path));
#ifndef Q_OS_WIN
    // Nobody but the owner may list, read or enter the cache folder.
    QCOMPARE(QFileInfo(QFileInfo(m_path).absolutePath()).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                  QFileDevice::WriteOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
#endif
    const auto key = m_keychain->value(m_secrets->keyFor(CacheFile::keyName()));
    QVERIFY(key.has_value());
    QCOMPARE(QByteArray::fromHex(*key).size(), Db::KeySize);
    QCOMPARE(*schema::version(*db), schema::latestVersion());
}

void TestCacheFile::reopeningFindsWhatWasWritten()
{
    {
        auto db = open();
        QVERIFY(db);
        writeLogins(*db, 10);
    }
    auto db = open();
    QVERIFY(db);
    QCOMPARE(*LogRepository(*db).loginRowCount(), 10);
}

void TestCacheFile::recordAction(Db& db, const QString& action)
{
    AuditEntry entry;
    entry.action = action;
    auto appended = AuditLedger(db).append(entry);
    QVERIFY2(appended, appended ? "" : qPrintable(appended.error().message()));
}

void TestCacheFile::theLedgerKeyIsKeptApartAndOutlivesARebuild()
{
    {
        auto db = open();
        QVERIFY(db);
        QVERIFY(db->ledgerKey() != nullptr);
        recordAction(*db, QStringLiteral("createAccount"));
    }
    const auto ledgerKey = m_keychain->value(m_secrets->keyFor(LedgerKey::keychainName()));
    const auto cacheKey = m_keychain->value(m_secrets->keyFor(CacheFile::keyName()));
    QVERIFY(ledgerKey && cacheKey);
    QCOMPARE(ledgerKey->size(), 2 * LedgerKey::Size);
    QVERIFY(*ledgerKey != *cacheKey);
    {
        auto db = open();
        QVERIFY(db);
        auto verdict = AuditLedger(*db).verify();
        QVERIFY(verdict && verdict->intact());
        QCOMPARE(verdict->entries, 1);
    }
    auto rebuilt = rebuild();
    QVERIFY(rebuilt);
    QCOMPARE(m_keychain->value(m_secrets->keyFor(LedgerKey::keychainName())), ledgerKey);
    QVERIFY(m_keychain->value(m_secrets->keyFor(CacheFile::keyName())) != cacheKey);
    recordAction(*rebuilt, QStringLiteral("rebuildCache"));
    QVERIFY(AuditLedger(*rebuilt).verify()->intact());
}

void TestCacheFile::aLostLedgerKeyIsNotForgivenByANewOne()
{
    {
        auto db = open();
        QVERIFY(db);
        recordAction(*db, QStringLiteral("createAccount"));
        recordAction(*db, QStringLiteral("deleteAccount"));
    }
    // Whoever deletes the ledger key to have a fresh one seal a rewritten ledger gains nothing: the entries sealed
    // with the old key are not an unsealed older chain, so the new key seals nothing and verify() keeps failing.
    QVERIFY(m_keychain->remove(m_secrets->keyFor(LedgerKey::keychainName())));
    auto db = open();
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
    auto verdict = AuditLedger(*db).verify();
    QVERIFY(verdict);
    QVERIFY(!verdict->intact());
    QCOMPARE(*verdict->firstBadSequence, 1);
    auto newest = AuditLedger(*db).recent(1);
    QVERIFY(newest && !newest->isEmpty());
    QCOMPARE(newest->constFirst().action, QStringLiteral("sealLedger"));
    QVERIFY(newest->constFirst().result.startsWith(QStringLiteral("failed:")));
}

void TestCacheFile::keyTextsAreWipedInEveryCopy()
{
    SharingSecretStore secrets;
    {
        auto made = openWith(secrets);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message()));
        recordAction(*made, QStringLiteral("exportLogs"));
    }
    // The cache key's and the ledger key's texts, once written: zeros wherever the keychain's job still holds them.
    QCOMPARE(secrets.received.size(), 2);
    for (const QByteArray& written : std::as_const(secrets.received)) {
        QVERIFY2(allZero(written), "a written key text was left as it was");
    }
    auto reopened = openWith(secrets);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message()));
    QVERIFY(AuditLedger(*reopened).verify()->intact()); // the same two keys, read back
    QCOMPARE(secrets.handedOut.size(), 2);
    for (const QByteArray& read : std::as_const(secrets.handedOut)) {
        QVERIFY2(allZero(read), "a key text read was left as it was");
    }
}

void TestCacheFile::keyBytesAreOneWipedBuffer()
{
    static_assert(!std::is_copy_constructible_v<KeyBytes> && !std::is_copy_assignable_v<KeyBytes>);
    const auto key = KeyBytes::random();
    QVERIFY(key);
    QByteArray text = key->toHex();
    const QByteArray sharer = text;
    const auto decoded = KeyBytes::fromHex(text);
    QVERIFY(decoded);
    QVERIFY(std::equal(key->data(), key->data() + KeyBytes::Size, decoded->data()));
    QVERIFY(text.isEmpty());
    QVERIFY(allZero(sharer));

    QByteArray notHex(64, 'g');
    const QByteArray notHexSharer = notHex;
    QVERIFY(!KeyBytes::fromHex(notHex));
    QVERIFY(allZero(notHexSharer)); // wiped whatever the outcome
    QByteArray tooShort = key->toHex().left(62);
    QVERIFY(!KeyBytes::fromHex(tooShort));
    QByteArray literal = QByteArrayLiteral("not a key, and in read-only memory");
    QVERIFY(!KeyBytes::fromHex(literal)); // let go, not written to
    QVERIFY(literal.isEmpty());
}

void TestCacheFile::missingKeyIsReportedWithARebuildOffer()
{
    QVERIFY(open());
    QVERIFY(m_keychain->remove(m_secrets->keyFor(CacheFile::keyName())));
    auto db = open();
    QVERIFY(!db);
    QCOMPARE(db.error().kind, CacheError::Kind::KeyMissing);
    QVERIFY(db.error().rebuildHelps());
    QVERIFY2(db.error().message().contains(QLatin1String("cannot be opened")), qPrintable(db.error().message()));
    QVERIFY(QFile::exists(m_path)); // nothing deleted behind the user's back
}

void TestCacheFile::wrongKeyIsReported()
{
    QVERIFY(open());
    m_keychain->setValue(m_secrets->keyFor(CacheFile::keyName()), Db::generateKey().toHex());
    auto db = open();
    QVERIFY(!db);
    QCOMPARE(db.error().kind, CacheError::Kind::WrongKeyOrDamaged);
    QVERIFY(db.error().rebuildHelps());
}

void TestCacheFile::noKeychainIsReportedAndNothingIsCreated()
{
    m_keychain->setFailure(SecretError::Kind::NoKeychain);
    auto db = open();
    QVERIFY(!db);
    QCOMPARE(db.error().kind, CacheError::Kind::KeychainUnavailable);
    QVERIFY(!db.error().rebuildHelps());
    QVERIFY(!QFile::exists(m_path)); // never a file whose key could not be kept
}

void TestCacheFile::damagedPagesAreFoundAndRebuildStartsAfresh()
{
    {
        auto db = open();
        QVERIFY(db);
        writeLogins(*db, 20000);
        QVERIFY(CacheFile::checkIntegrity(*db)->isEmpty());
    }
    const QByteArray oldKey = *m_keychain->value(m_secrets->keyFor(CacheFile::keyName()));
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 20);
        QVERIFY(file.seek((pages / 2) * 4096 + 512));
        QCOMPARE(file.write(QByteArray(16, '\x5a')), 16);
    }
    {
        auto db = open(); // the first page is sound, so opening works...
        QVERIFY(db);
        auto problems = CacheFile::checkIntegrity(*db); // ...and the full check finds the damaged page by its HMAC
        if (problems) {
            QVERIFY(!problems->isEmpty());
        } else {
            QCOMPARE(CacheError::fromDb(problems.error()).kind, CacheError::Kind::Corrupt);
        }
        // Reading every row meets the damaged page as an error, never as made-up rows.
        LogPageRequest page;
        page.order = LogOrder::OldestFirst;
        page.limit = 1000;
        qint64 seen = 0;
        bool failed = false;
        while (true) {
            auto rows = LogRepository(*db).logins({}, page);
            if (!rows) {
                QVERIFY2(CacheError::fromDb(rows.error()).kind == CacheError::Kind::Corrupt,
                         qPrintable(QStringLiteral("%1 %2").arg(rows.error().sqliteCode).arg(rows.error().detail)));
                failed = true;
                break;
            }
            for (const LoginRecord& row : std::as_const(*rows)) {
                QCOMPARE(row.id, seen + 1); // every row read is a row that was written, in order
                ++seen;
            }
            if (rows->size() < page.limit) {
                break;
            }
            page.after = LogPosition{rows->constLast().time, rows->constLast().id};
        }
        QVERIFY(failed || seen == 20000);
    }

    auto rebuilt = rebuild();
    QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error().message()));
    QCOMPARE(*LogRepository(*rebuilt).loginRowCount(), 0);
    QVERIFY(CacheFile::checkIntegrity(*rebuilt)->isEmpty());
    QVERIFY(*m_keychain->value(m_secrets->keyFor(CacheFile::keyName())) != oldKey); // a new key for a new file
}

void TestCacheFile::fullDiskLeavesNoPartialBatch()
{
    auto db = open();
    QVERIFY(db);
    writeLogins(*db, 100);
    // A quota on the file's pages stands in for a full disk: SQLite reports both as SQLITE_FULL.
    auto pages = db->queryText("PRAGMA page_count");
    QVERIFY(pages);
    const std::string limit = "PRAGMA max_page_count = " + std::to_string(pages->toInt() + 5);
    QVERIFY(db->exec(limit));

    QList<LoginRecord> rows;
    for (int i = 1000; i < 30000; ++i) {
        LoginRecord row;
        row.id = i;
        row.time = 1'800'000'000'000 + i;
        row.accountName = QStringLiteral("bulk%1").arg(i);
        rows.append(row);
    }
    DbError failure;
    {
        auto transaction = Transaction::begin(*db);
        QVERIFY(transaction);
        auto inserted = LogRepository(*db).insertLogins(rows);
        if (inserted) {
            auto committed = transaction->commit();
            QVERIFY(!committed);
            failure = committed.error();
        } else {
            failure = inserted.error();
        }
    } // rolled back
    QCOMPARE(failure.kind, DbError::Kind::DiskFull);
    const CacheError error = CacheError::fromDb(failure);
    QCOMPARE(error.kind, CacheError::Kind::DiskFull);
    QVERIFY2(error.message().contains(QLatin1String("disk is full")), qPrintable(error.message()));
    QCOMPARE(*LogRepository(*db).loginRowCount(), 100); // nothing of the failed batch is left
}

QTEST_GUILESS_MAIN(TestCacheFile)
#include "tst_cachefile.moc"
