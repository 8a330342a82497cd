#include "store/MemoryTempVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace dm {
namespace {

// A temporary file's bytes, in chunks: a sort's spill grows to tens of megabytes, and one growing buffer would copy
// itself each time it doubles. Bytes never written read as zeros, as a sparse file's do.
class TempBytes
{
public:
    sqlite3_int64 size() const { return m_size; }

    // False when fewer than `amount` bytes were there: the rest of `out` is zeros.
    bool read(void* out, int amount, sqlite3_int64 offset) const
    {
        auto* to = static_cast<char*>(out);
        const sqlite3_int64 available = std::clamp<sqlite3_int64>(m_size - offset, 0, amount);
        copyOut(to, available, offset);
        std::memset(to + available, 0, size_t(amount - available));
        return available == amount;
    }

    void write(const void* in, int amount, sqlite3_int64 offset) // throws std::bad_alloc
    {
        reserve(offset + amount);
        const auto* from = static_cast<const char*>(in);
        while (amount > 0) {
            const auto [chunk, within] = locate(offset);
            const int part = int(std::min<sqlite3_int64>(amount, ChunkSize - within));
            std::memcpy(m_chunks[chunk].get() + within, from, size_t(part));
            from += part;
            offset += part;
            amount -= part;
        }
        m_size = std::max(m_size, offset);
    }

    void truncate(sqlite3_int64 size) // throws std::bad_alloc
    {
        if (size > m_size) {
            reserve(size);
            m_size = size;
            return;
        }
        m_chunks.resize(size_t((size + ChunkSize - 1) / ChunkSize));
        if (const auto within = size % ChunkSize; within != 0) {
            // A later write past `size` leaves a gap that must read as zeros.
            std::memset(m_chunks.back().get() + within, 0, size_t(ChunkSize - within));
        }
        m_size = size;
    }

private:
    static constexpr sqlite3_int64 ChunkSize = 256 * 1024;

    static std::pair<size_t, sqlite3_int64> locate(sqlite3_int64 offset)
    {
        return {size_t(offset / ChunkSize), offset % ChunkSize};
    }

    void reserve(sqlite3_int64 size)
    {
        while (sqlite3_int64(m_chunks.size()) * ChunkSize < size) {
            m_chunks.push_back(std::make_unique<char[]>(size_t(ChunkSize))); // zeroed
        }
    }

    void copyOut(char* to, sqlite3_int64 amount, sqlite3_int64 offset) const
    {
        while (amount > 0) {
            const auto [chunk, within] = locate(offset);
            const sqlite3_int64 part = std::min(amount, ChunkSize - within);
            std::memcpy(to, m_chunks[chunk].get() + within, size_t(part));
            to += part;
            offset += part;
            amount -= part;
        }
    }

    std::vector<std::unique_ptr<char[]>> m_chunks;
    sqlite3_int64 m_size = 0;
};

// What SQLite allocates for an open file (sqlite3_vfs::szOsFile bytes, never constructed): its methods first.
struct TempFile
{
    sqlite3_file base;
    TempBytes* bytes;
};

TempBytes& bytesOf(sqlite3_file* file)
{
    return *reinterpret_cast<TempFile*>(file)->bytes;
}

int closeTemp(sqlite3_file* file)
{
    delete reinterpret_cast<TempFile*>(file)->bytes;
    return SQLITE_OK;
}

int readTemp(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    return bytesOf(file).read(out, amount, offset) ? SQLITE_OK : SQLITE_IOERR_SHORT_READ;
}

int writeTemp(sqlite3_file* file, const void* in, int amount, sqlite3_int64 offset)
{
    try {
        bytesOf(file).write(in, amount, offset);
        return SQLITE_OK;
    } catch (const std::bad_alloc&) {
        return SQLITE_IOERR_NOMEM; // an exception must not cross SQLite's C frames
    }
}

int truncateTemp(sqlite3_file* file, sqlite3_int64 size)
{
    try {
        bytesOf(file).truncate(size);
        return SQLITE_OK;
    } catch (const std::bad_alloc&) {
        return SQLITE_IOERR_NOMEM;
    }
}

int fileSizeOfTemp(sqlite3_file* file, sqlite3_int64* size)
{
    *size = bytesOf(file).size();
    return SQLITE_OK;
}

// One connection uses a temporary file, and never from two threads at once: SQLite's sorter gives each helper thread
// files of its own and reads them after joining it. TempBytes relies on that (a write may move its chunk list).
int syncNothing(sqlite3_file*, int)
{
    return SQLITE_OK;
}
int lockNothing(sqlite3_file*, int)
{
    return SQLITE_OK;
}
int noReservedLock(sqlite3_file*, int* reserved)
{
    *reserved = 0;
    return SQLITE_OK;
}
int noFileControl(sqlite3_file*, int, void*)
{
    return SQLITE_NOTFOUND;
}
int defaultSectorSize(sqlite3_file*)
{
    return 0; // SQLite's default
}
int noDeviceCharacteristics(sqlite3_file*)
{
    return 0;
}

// Version 1: no shared memory, no memory mapping.
const sqlite3_io_methods kTempMethods = {
    .iVersion = 1,
    .xClose = closeTemp,
    .xRead = readTemp,
    .xWrite = writeTemp,
    .xTruncate = truncateTemp,
    .xSync = syncNothing,
    .xFileSize = fileSizeOfTemp,
    .xLock = lockNothing,
    .xUnlock = lockNothing,
    .xCheckReservedLock = noReservedLock,
    .xFileControl = noFileControl,
    .xSectorSize = defaultSectorSize,
    .xDeviceCharacteristics = noDeviceCharacteristics,
    .xShmMap = nullptr,
    .xShmLock = nullptr,
    .xShmBarrier = nullptr,
    .xShmUnmap = nullptr,
    .xFetch = nullptr,
    .xUnfetch = nullptr,
};

// Everything but a temporary file's open goes to the platform's VFS, kept in pAppData.
sqlite3_vfs* platformOf(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

int openFile(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    if (name != nullptr) {
        return platformOf(vfs)->xOpen(platformOf(vfs), name, file, flags, outFlags);
    }
    file->pMethods = nullptr; // SQLite closes only what opened
    auto* bytes = new (std::nothrow) TempBytes;
    if (!bytes) {
        return SQLITE_NOMEM;
    }
    reinterpret_cast<TempFile*>(file)->bytes = bytes;
    file->pMethods = &kTempMethods;
    if (outFlags) {
        *outFlags = flags;
    }
    return SQLITE_OK;
}

int deleteFile(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return platformOf(vfs)->xDelete(platformOf(vfs), name, syncDir);
}
int accessFile(sqlite3_vfs* vfs, const char* name, int flags, int* result)
{
    return platformOf(vfs)->xAccess(platformOf(vfs), name, flags, result);
}
int fullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    return platformOf(vfs)->xFullPathname(platformOf(vfs), name, size, out);
}
void* dlOpen(sqlite3_vfs* vfs, const char* name)
{
    return platformOf(vfs)->xDlOpen(platformOf(vfs), name);
}
void dlError(sqlite3_vfs* vfs, int size, char* out)
{
    platformOf(vfs)->xDlError(platformOf(vfs), size, out);
}
void (*dlSym(sqlite3_vfs* vfs, void* library, const char* symbol))(void)
{
    return platformOf(vfs)->xDlSym(platformOf(vfs), library, symbol);
}
void dlClose(sqlite3_vfs* vfs, void* library)
{
    platformOf(vfs)->xDlClose(platformOf(vfs), library);
}
int randomness(sqlite3_vfs* vfs, int size, char* out)
{
    return platformOf(vfs)->xRandomness(platformOf(vfs), size, out);
}
int sleepFor(sqlite3_vfs* vfs, int microseconds)
{
    return platformOf(vfs)->xSleep(platformOf(vfs), microseconds);
}
int currentTime(sqlite3_vfs* vfs, double* now)
{
    return platformOf(vfs)->xCurrentTime(platformOf(vfs), now);
}
int lastError(sqlite3_vfs* vfs, int size, char* out)
{
    return platformOf(vfs)->xGetLastError(platformOf(vfs), size, out);
}
int currentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* now)
{
    sqlite3_vfs* platform = platformOf(vfs);
    if (platform->iVersion >= 2 && platform->xCurrentTimeInt64) {
        return platform->xCurrentTimeInt64(platform, now);
    }
    double days = 0;
    const int rc = platform->xCurrentTime(platform, &days);
    *now = sqlite3_int64(days * 86400000.0);
    return rc;
}

const char* registerVfs()
{
    static sqlite3_vfs vfs{};
    sqlite3_vfs* platform = sqlite3_vfs_find(nullptr);
    if (!platform) {
        return nullptr;
    }
    vfs.iVersion = 2;
    vfs.szOsFile = std::max(platform->szOsFile, int(sizeof(TempFile)));
    vfs.mxPathname = platform->mxPathname;
    vfs.zName = "dm-memory-temp";
    vfs.pAppData = platform;
    vfs.xOpen = openFile;
    vfs.xDelete = deleteFile;
    vfs.xAccess = accessFile;
    vfs.xFullPathname = fullPathname;
    vfs.xDlOpen = dlOpen;
    vfs.xDlError = dlError;
    vfs.xDlSym = dlSym;
    vfs.xDlClose = dlClose;
    vfs.xRandomness = randomness;
    vfs.xSleep = sleepFor;
    vfs.xCurrentTime = currentTime;
    vfs.xGetLastError = lastError;
    vfs.xCurrentTimeInt64 = currentTimeInt64;
    return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK ? vfs.zName : nullptr;
}

} // namespace

const char* memoryTempVfs()
{
    static const char* const name = registerVfs();
    return name;
}

} // namespace dm
