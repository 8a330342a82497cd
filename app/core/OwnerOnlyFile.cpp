#include "core/OwnerOnlyFile.h"

#include <QFile>

#if defined(Q_OS_WIN)
#include <aclapi.h>
#include <memory>
#include <vector>
#include <windows.h>
#endif

namespace dm {

#if defined(Q_OS_WIN)
std::vector<unsigned char> currentUserSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        return {};
    }
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    const bool read = size > 0 && GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    CloseHandle(token);
    if (!read) {
        return {};
    }
    const PSID sid = reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid;
    std::vector<BYTE> copy(GetLengthSid(sid));
    return CopySid(DWORD(copy.size()), copy.data(), sid) ? copy : std::vector<BYTE>();
}
#endif

bool restrictToOwner(const QString& path)
{
#if defined(Q_OS_WIN)
    std::vector<BYTE> sid = currentUserSid();
    if (sid.empty()) {
        return false;
    }
    EXPLICIT_ACCESS_W access{};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = reinterpret_cast<LPWSTR>(sid.data());
    PACL acl = nullptr;
    if (SetEntriesInAclW(1, &access, nullptr, &acl) != ERROR_SUCCESS) {
        return false;
    }
    std::wstring name = path.toStdWString();
    // PROTECTED: the folder's inherited entries (Users, Everyone...) no longer apply to this file.
    const DWORD done = SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT,
                                             DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
                                             nullptr, acl, nullptr);
    LocalFree(acl);
    return done == ERROR_SUCCESS;
#else
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

} // namespace dm
