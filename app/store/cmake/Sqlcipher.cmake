# How dm_store obtains SQLCipher 4 with FTS5.
#
# Debian 12 ships SQLCipher 3.4.1 (no FTS5) and vcpkg's port has no FTS5, so by default we compile the official
# SQLCipher amalgamation carried by the npm package @journeyapps/sqlcipher@6.0.0 (SQLCipher 4.14.0 on SQLite 3.51.3).
# The tarball is fetched once with `npm pack` into DM_DOWNLOAD_DIR, checked against the registry's pinned sha512 and
# compiled into the static library `dm_sqlcipher`; a no-change rebuild of the same build tree compiles nothing.
# With DM_SYSTEM_SQLCIPHER=ON a system SQLCipher >= 4 is used instead (checked at run time by Db::open).
include_guard(GLOBAL)

set(DM_SQLCIPHER_NPM_PACKAGE "@journeyapps/sqlcipher@6.0.0")
# The registry's integrity string is sha512-YmWSQIR4cnv+5L38lYJoS/dIF/+bEZBaACATbeTyq4XKjMHcxdIlFnElBLiIqa9rwseOIimIYjudgOOCovud3Q==
# which is this digest in hex (CMake's file(SHA512) prints hex).
set(DM_SQLCIPHER_SHA512
    "626592408478727bfee4bdfc9582684bf74817ff9b11905a0020136de4f2ab85ca8cc1dcc5d22516712504b888a9af6bc2c78e222988623b9d80e382a2fb9ddd")
set(DM_DOWNLOAD_DIR "${PROJECT_SOURCE_DIR}/.deps" CACHE PATH "Where pinned third-party sources are downloaded")
set(DM_SQLCIPHER_TARBALL "" CACHE FILEPATH "A local copy of the pinned @journeyapps/sqlcipher tarball (skips npm)")

function(dm_fetch_sqlcipher_amalgamation out_dir)
    set(tarball "${DM_SQLCIPHER_TARBALL}")
    if(NOT tarball)
        set(tarball "${DM_DOWNLOAD_DIR}/journeyapps-sqlcipher-6.0.0.tgz")
    endif()
    if(EXISTS "${tarball}")
        file(SHA512 "${tarball}" actual)
        if(NOT actual STREQUAL DM_SQLCIPHER_SHA512)
            message(STATUS "Discarding ${tarball}: its sha512 does not match the pinned one")
            file(REMOVE "${tarball}")
        endif()
    endif()
    if(NOT EXISTS "${tarball}")
        # Node.js on Windows installs npm as npm.cmd beside an extension-less shell script Windows cannot run.
        find_program(DM_NPM NAMES npm.cmd npm)
        if(NOT DM_NPM)
            message(FATAL_ERROR "npm is needed once to fetch ${DM_SQLCIPHER_NPM_PACKAGE} (run packaging/install-deps.sh), "
                                "or pass -DDM_SQLCIPHER_TARBALL=<file> or -DDM_SYSTEM_SQLCIPHER=ON")
        endif()
        file(MAKE_DIRECTORY "${DM_DOWNLOAD_DIR}")
        message(STATUS "Fetching ${DM_SQLCIPHER_NPM_PACKAGE} with npm pack")
        execute_process(COMMAND "${DM_NPM}" pack "${DM_SQLCIPHER_NPM_PACKAGE}" --loglevel=error
                        WORKING_DIRECTORY "${DM_DOWNLOAD_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
        if(NOT rc EQUAL 0 OR NOT EXISTS "${tarball}")
            message(FATAL_ERROR "npm pack ${DM_SQLCIPHER_NPM_PACKAGE} failed (${rc}): ${err}${out}")
        endif()
    endif()
    file(SHA512 "${tarball}" actual)
    if(NOT actual STREQUAL DM_SQLCIPHER_SHA512)
        message(FATAL_ERROR "${tarball} does not match the pinned sha512; refusing to build it")
    endif()

    set(dest "${CMAKE_BINARY_DIR}/_deps/sqlcipher")
    set(stamp "${dest}/.extracted-${DM_SQLCIPHER_SHA512}")
    if(NOT EXISTS "${stamp}")
        file(REMOVE_RECURSE "${dest}")
        file(MAKE_DIRECTORY "${dest}")
        file(ARCHIVE_EXTRACT INPUT "${tarball}" DESTINATION "${dest}"
             PATTERNS "package/deps/sqlcipher-amalgamation/*" "package/LICENSE")
        file(TOUCH "${stamp}")
    endif()
    set(${out_dir} "${dest}/package/deps/sqlcipher-amalgamation" PARENT_SCOPE)
endfunction()

# Defines the imported-or-built target dm::sqlcipher.
function(dm_provide_sqlcipher)
    if(DM_SYSTEM_SQLCIPHER)
        find_package(PkgConfig REQUIRED)
        pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=4.0)
        add_library(dm_sqlcipher INTERFACE)
        target_link_libraries(dm_sqlcipher INTERFACE PkgConfig::SQLCIPHER)
        # Debian and vcpkg install the header as <sqlcipher/sqlite3.h>; the pkg-config include dir already points there.
        target_compile_definitions(dm_sqlcipher INTERFACE SQLITE_HAS_CODEC)
    else()
        dm_fetch_sqlcipher_amalgamation(amalgamation)
        add_library(dm_sqlcipher STATIC "${amalgamation}/sqlite3.c")
        set_target_properties(dm_sqlcipher PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        target_include_directories(dm_sqlcipher SYSTEM PUBLIC "${amalgamation}")
        target_compile_definitions(dm_sqlcipher
            PUBLIC SQLITE_HAS_CODEC
            PRIVATE SQLCIPHER_CRYPTO_OPENSSL SQLITE_TEMP_STORE=2 SQLITE_ENABLE_FTS5 SQLITE_THREADSAFE=1
                    SQLITE_EXTRA_INIT=sqlcipher_extra_init SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
                    SQLITE_DEFAULT_WAL_SYNCHRONOUS=1 SQLITE_DQS=0 SQLITE_OMIT_LOAD_EXTENSION _GNU_SOURCE
                    # Memory statistics take a global mutex on every allocation and nothing reads them; no
                    # connection shares a cache (SQLite recommends both off where that holds).
                    SQLITE_DEFAULT_MEMSTATUS=0 SQLITE_OMIT_SHARED_CACHE
                    # Failures reach callers as typed errors; SQLCipher must not print on its own to stderr.
                    SQLCIPHER_OMIT_DEFAULT_LOGGING)
        if(NOT MSVC)
            # The amalgamation expects <stdint.h> before its own headers; it is not our code, so its warnings stay off.
            target_compile_options(dm_sqlcipher PRIVATE -include stdint.h -w)
        else()
            target_compile_options(dm_sqlcipher PRIVATE /FIstdint.h /w)
        endif()
        target_link_libraries(dm_sqlcipher PUBLIC OpenSSL::Crypto ${CMAKE_DL_LIBS})
        if(NOT WIN32)
            find_package(Threads REQUIRED)
            target_link_libraries(dm_sqlcipher PUBLIC Threads::Threads m)
        endif()
    endif()
    add_library(dm::sqlcipher ALIAS dm_sqlcipher)
endfunction()
