#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (the "asan" preset: DM_SANITIZE=ON, -O1 -g1,
# build/asan, SQLCipher instrumented too) and runs the whole ctest suite on it. Any sanitizer report fails its test:
# ASan errors and UBSan findings halt the process, LeakSanitizer fails it at exit (only third-party library leaks are
# suppressed, tests/sanitize/lsan.supp). dmctl and dmsandbox started by the tests inherit the same settings.
# Exits non-zero when the build or any test fails.
#   tests/sanitize.sh [ctest args...]        e.g. tests/sanitize.sh -L unit   or   tests/sanitize.sh -R tst_dmctl
# Environment: DM_SANITIZE_JOBS (build jobs, default: all cores).
# Time, measured on 2 cores (Debian 12, GCC 12): a first build takes well over an hour (65 min for all but the GUI
# while two other builds shared the cores, the GUI part about 30 min more); a no-change rebuild takes seconds.
# `tests/sanitize.sh -j2` ran all 123 tests in 40 min (unit 5 min, integration 59 min, GUI 14 min of test time).
# Instrumented code runs about three times slower than the dev build; tests scale their own waits by
# DM_TEST_SLOWDOWN, which dm_add_test sets to DM_SANITIZE_TIMEOUT_FACTOR here.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packaging/install-deps.sh
cmake --preset asan
cmake --build --preset asan ${DM_SANITIZE_JOBS:+-j "$DM_SANITIZE_JOBS"}

supp="$root/tests/sanitize"
# halt_on_error: stop at the first error; detect_leaks: LeakSanitizer at exit (exit code 23).
# fast_unwind_on_malloc=0: system libraries (OpenSSL, Qt, GLib) have no frame pointers, so the fast unwinder stops at
# their first frame and a leak inside them cannot be told from one of ours, nor matched by lsan.supp. Full unwinding
# makes the run about three times slower.
export ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:halt_on_error=1:abort_on_error=0:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1:print_summary=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# print_suppressions stays off: tests count the lines dmctl writes to stderr. To see which suppressions still match,
# send the reports to files instead: ASAN_OPTIONS=log_path=/tmp/asan/log LSAN_OPTIONS=print_suppressions=1 tests/sanitize.sh
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

# Tests registered with dm_add_test already have their time limits multiplied (DM_SANITIZE_TIMEOUT_FACTOR);
# --timeout only applies to tests without a limit of their own.
ctest --preset asan --timeout 900 "$@"
