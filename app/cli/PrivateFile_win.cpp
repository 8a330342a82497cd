#include "cli/Commands.h"
#include "cli/PrivateFile.h"
#include "core/OwnerOnlyFile.h"

#include <QDir>

#include <aclapi.h>
#include <string>
#include <vector>
#include <windows.h>

namespace dm {
namespace {

// SYSTEM and the Administrators group can read every file of the machine whatever its access list says, so an entry
// granting them access does not make a file less private.
bool isMachineAuthority(PSID sid)
{
    return IsWellKnownSid(sid, WinLocalSystemSid) || IsWellKnownSid(sid, WinBuiltinAdministratorsSid);
}

constexpr ACCESS_MASK kReadRights = FILE_READ_DATA | GENERIC_READ | GENERIC_ALL | MAXIMUM_ALLOWED;

// True when the access list lets anyone but `user` and the machine's authorities read the file.
bool othersMayRead(PACL dacl, PSID user)
{
    if (dacl == nullptr) {
        return true; // a null DACL grants everyone everything
    }
    for (DWORD index = 0; index < dacl->AceCount; ++index) {
        void* entry = nullptr;
        if (!GetAce(dacl, index, &entry)) {
            return true;
        }
        const auto* header = static_cast<ACE_HEADER*>(entry);
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE || (header->AceFlags & INHERIT_ONLY_ACE) != 0) {
            continue; // denials narrow access; inherit-only entries apply to children, not to this file
        }
        const auto* allowed = static_cast<ACCESS_ALLOWED_ACE*>(entry);
        const PSID trustee = const_cast<DWORD*>(&allowed->SidStart);
        if ((allowed->Mask & kReadRights) != 0 && !EqualSid(trustee, user) && !isMachineAuthority(trustee)) {
            return true;
        }
    }
    return false;
}

} // namespace

Expected<void, QString> checkPrivateToUser(QFile& file, const QString& shownName)
{
    const auto notPrivate = [&shownName] {
        return Unexpected{CliText::tr("%1 may be read by other users of this machine: make it private first "
                                      "(Properties, Security: only your own user may read it).")
                              .arg(shownName)};
    };
    std::vector<BYTE> user = currentUserSid();
    if (user.empty()) {
        return notPrivate();
    }
    // By name: QFile opens files on Windows without FILE_SHARE_DELETE, so while it is open nobody can rename or
    // replace the file, and the name still denotes the file being read.
    const std::wstring path = QDir::toNativeSeparators(file.fileName()).toStdWString();
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                              &owner, nullptr, &dacl, nullptr, &descriptor) != ERROR_SUCCESS) {
        return notPrivate();
    }
    const bool mine = owner != nullptr && EqualSid(owner, user.data());
    const bool shared = othersMayRead(dacl, user.data());
    LocalFree(descriptor);
    if (!mine || shared) {
        return notPrivate();
    }
    return {};
}

} // namespace dm
