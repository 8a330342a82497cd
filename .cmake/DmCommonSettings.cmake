# One place for the compiler settings every dmadmin target shares.
include_guard(GLOBAL)

# ASan + UBSan for everything configured after this file is included (our targets, the test fixtures and the SQLCipher
# amalgamation built from source, so that misuse of its API is caught on both sides). Use the "asan" preset and
# tests/sanitize.sh rather than setting it by hand; never combine it with a release package.
option(DM_SANITIZE "Build every target with -fsanitize=address,undefined (tests/sanitize.sh)" OFF)
if(DM_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "DM_SANITIZE is for GCC and Clang")
    endif()
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
set(DM_SANITIZE_TIMEOUT_FACTOR 3 CACHE STRING "With DM_SANITIZE, each dm_add_test time limit is multiplied by this")

function(dm_apply_common_settings target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        QT_MESSAGELOGCONTEXT)
    if(MSVC)
        # /we4062: an enumerator not handled by a switch is an error, so new result codes cannot slip through.
        target_compile_options(${target} PRIVATE /utf-8 /W4 /permissive- /we4062)
        if(DM_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
        if(DM_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# A library of our own: static, settings applied, headers found as "folder/Header.h" from app/ or ui/.
function(dm_add_library target)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    dm_apply_common_settings(${target})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR})
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
endfunction()

# A Qt Test executable registered with ctest under one label (unit, integration or gui).
function(dm_add_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT;COMMAND_PREFIX" ${ARGN})
    if(NOT ARG_LABEL)
        message(FATAL_ERROR "dm_add_test(${name}) needs a LABEL")
    endif()
    add_executable(${name} ${ARG_SOURCES})
    dm_apply_common_settings(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE DM_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${ARG_COMMAND_PREFIX} $<TARGET_FILE:${name}>)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(slowdown 1)
    if(DM_SANITIZE)
        # Instrumented code runs two to three times slower; ctest --timeout cannot lengthen a TIMEOUT property.
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * ${DM_SANITIZE_TIMEOUT_FACTOR}")
        set(slowdown ${DM_SANITIZE_TIMEOUT_FACTOR})
        # A test's own per-function limit grows with it.
        if(ARG_ENVIRONMENT MATCHES "QTEST_FUNCTION_TIMEOUT=([0-9]+)")
            math(EXPR function_timeout "${CMAKE_MATCH_1} * ${DM_SANITIZE_TIMEOUT_FACTOR}")
            string(REGEX REPLACE "QTEST_FUNCTION_TIMEOUT=[0-9]+" "QTEST_FUNCTION_TIMEOUT=${function_timeout}"
                ARG_ENVIRONMENT "${ARG_ENVIRONMENT}")
        else()
            math(EXPR function_timeout "300000 * ${DM_SANITIZE_TIMEOUT_FACTOR}") # Qt Test's default: 5 min
            set(ARG_ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=${function_timeout};${ARG_ENVIRONMENT}")
        endif()
    endif()
    # DM_TEST_SLOWDOWN: what the tests multiply their own waits by (tests/support/TestSlowdown.h).
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABEL}" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;DM_TEST_SLOWDOWN=${slowdown};${ARG_ENVIRONMENT}")
endfunction()
