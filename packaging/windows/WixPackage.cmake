# The Windows package; packaging/CMakeLists.txt includes this file on Windows only. packaging/WINDOWS.md explains
# each step. `cmake --install` (which cpack runs) lays out a folder that runs on a PC with nothing else installed:
#   bin/           dmadmin.exe, dmctl.exe, dmsandbox.exe, qt.conf and every DLL they and the Qt plugins load
#   plugins/       Qt plugins (platforms, styles, tls, ...)
#   translations/  Qt's own catalogues, merged by windeployqt into qt_<language>.qm
#   licenses/      the copyright file of every vcpkg port
# and `cpack -G WIX` turns that folder into a per-user MSI.

if(Qt6_VERSION VERSION_LESS 6.5)
    message(FATAL_ERROR "The Windows package needs Qt 6.5 or later (qt_generate_deploy_app_script with OUTPUT_SCRIPT "
                        "and NO_COMPILER_RUNTIME); this is Qt ${Qt6_VERSION}")
endif()
if(CMAKE_VERSION VERSION_LESS 4.3)
    message(WARNING "CMake ${CMAKE_VERSION} can build and test dmadmin, but the per-user MSI needs CMake 4.3 or later "
                    "(CPACK_WIX_INSTALL_SCOPE perUser); cpack -G WIX stops with an error until then")
endif()

set(dm_packaged_programs dmadmin dmctl dmsandbox)

# 1. Qt's deployment script runs windeployqt on each installed program: Qt's DLLs, the plugins, Qt's translations and
#    bin/qt.conf. The compiler runtime comes from step 3 as plain DLLs, which a user without administrator rights can
#    install.
foreach(program IN LISTS dm_packaged_programs)
    qt_generate_deploy_app_script(TARGET ${program} OUTPUT_SCRIPT dm_deploy_script NO_COMPILER_RUNTIME)
    install(SCRIPT "${dm_deploy_script}")
endforeach()

# 2. windeployqt copies Qt's own libraries only. Everything else the programs and the deployed plugins load (OpenSSL,
#    QtKeychain, QuaZip, libqrencode and the libraries Qt links: zlib, pcre2, FreeType, ...) is found with
#    file(GET_RUNTIME_DEPENDENCIES) in the folder Qt's DLLs come from (vcpkg's bin folder for the chosen
#    configuration) and copied into bin/. Windows' own DLLs and the api-ms-*/ext-ms-* API sets stay out; a DLL that
#    cannot be found stops the installation instead of producing a package that does not start.
set(dm_program_files)
foreach(program IN LISTS dm_packaged_programs)
    list(APPEND dm_program_files "$<TARGET_FILE_NAME:${program}>")
endforeach()
install(CODE "set(dm_program_files \"${dm_program_files}\")
set(dm_bin_dir \"${CMAKE_INSTALL_BINDIR}\")
set(dm_dll_dir \"$<TARGET_FILE_DIR:Qt6::Core>\")")
install(CODE [[
set(dm_prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(dm_bin "${dm_prefix}/${dm_bin_dir}")
list(TRANSFORM dm_program_files PREPEND "${dm_bin}/")
file(GLOB_RECURSE dm_plugins "${dm_prefix}/plugins/*.dll")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${dm_program_files}
    MODULES ${dm_plugins}
    DIRECTORIES "${dm_bin}" "${dm_dll_dir}"
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\]"
    RESOLVED_DEPENDENCIES_VAR dm_resolved
    UNRESOLVED_DEPENDENCIES_VAR dm_unresolved)
if(dm_unresolved)
    message(FATAL_ERROR "No DLL found in ${dm_dll_dir} for: ${dm_unresolved}")
endif()
file(REAL_PATH "${dm_bin}" dm_bin_real)
foreach(dm_dll IN LISTS dm_resolved)
    get_filename_component(dm_dll_folder "${dm_dll}" DIRECTORY)
    file(REAL_PATH "${dm_dll_folder}" dm_dll_folder)
    if(NOT dm_dll_folder STREQUAL dm_bin_real)
        file(INSTALL "${dm_dll}" DESTINATION "${dm_bin}")
    endif()
endforeach()
]])

# 3. The MSVC runtime (msvcp140.dll, vcruntime140.dll, ...) next to the programs, from the Visual Studio in use.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# 4. The licence terms of what the package redistributes: vcpkg installs each port's as share/<port>/copyright.
install(CODE "set(dm_vcpkg_share \"${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share\")")
install(CODE [[
if(IS_DIRECTORY "${dm_vcpkg_share}")
    file(GLOB dm_notices RELATIVE "${dm_vcpkg_share}" "${dm_vcpkg_share}/*/copyright")
    foreach(dm_notice IN LISTS dm_notices)
        get_filename_component(dm_port "${dm_notice}" DIRECTORY)
        file(INSTALL "${dm_vcpkg_share}/${dm_notice}" DESTINATION "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/licenses"
             RENAME "${dm_port}.txt")
    endforeach()
endif()
]])

# 5. The MSI. Per user: it installs into %LOCALAPPDATA%\<CPACK_PACKAGE_INSTALL_DIRECTORY> and needs no administrator.
#    The folder name differs from %LOCALAPPDATA%\dmadmin, where dmadmin keeps the sandbox's data. The components' key
#    paths go to HKEY_CURRENT_USER\<CPACK_WIX_COMPONENT_KEYS_REGISTRY_PATH>, beside the key where QSettings keeps
#    dmadmin's settings, HKEY_CURRENT_USER\Software\dmadmin\dmadmin (only the Start-menu shortcut's value "installed"
#    lands in that one: CPack fixes its place). An uninstall removes what the MSI installed and nothing else: caches,
#    settings, logs and keychain entries stay (WINDOWS.md lists where they are). The upgrade code never changes, so a
#    newer MSI replaces an older one.
set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Delivery Mailbox Admin")
set(CPACK_PACKAGE_EXECUTABLES dmadmin "Delivery Mailbox Admin")
set(CPACK_WIX_INSTALL_SCOPE perUser)
set(CPACK_WIX_COMPONENT_KEYS_REGISTRY_PATH "Software/dmadmin/Installer")
set(CPACK_WIX_UPGRADE_GUID "DDF009F9-A367-4D3F-98AC-99ED7B6010F9")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/license.rtf")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/dmadmin.ico")
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/CPackWixCheck.cmake")
