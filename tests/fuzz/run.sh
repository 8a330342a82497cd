#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz in build/fuzz (clang) and fuzzes each of them for [seconds] (default 60),
# after replaying its regression inputs. Prints a summary table; exits non-zero when any target crashed, leaked, ran
# out of memory or timed out (tests/fuzz/CMakeLists.txt says what each target covers).
#
#   tests/fuzz/run.sh [seconds]
#
# Working corpora stay in build/fuzz/corpus/<target>/ between runs (what one run finds seeds the next); each run adds
# the seeds again: tests/fuzz/seeds/<target>/, the reply bodies of tests/golden/vendor/*.json for the reply readers
# and tests/unit/core/data for the importers. Whatever fails is kept in build/fuzz/crashes/<target>/ with its log.
set -euo pipefail

seconds=${1:-60}
if [[ ! $seconds =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [seconds per target, default 60]" >&2
    exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$root/build/fuzz

for tool in clang clang++ cmake ninja jq; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run.sh: $tool is missing (Debian: apt-get install clang cmake ninja-build jq)" >&2
        exit 2
    fi
done

# One target per tests/fuzz/fuzz_<name>.cpp, as dm_add_fuzzer names them.
targets=()
for source in "$here"/fuzz_*.cpp; do
    targets+=("$(basename "$source" .cpp)")
done

# Only the fuzz targets are built; the rest of the tree is configured but left alone. -O1 keeps the inputs fast
# while the sanitizers still see through inlining; assertions stay on (no NDEBUG).
mkdir -p "$build"
nice -n 10 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE= -DCMAKE_C_FLAGS="-O1 -g" -DCMAKE_CXX_FLAGS="-O1 -g" -DDM_BUILD_FUZZERS=ON \
    >"$build/configure.log" 2>&1 ||
    {
        cat "$build/configure.log" >&2
        echo "run.sh: configuring $build failed (log above)" >&2
        exit 1
    }
nice -n 10 cmake --build "$build" -j 2 --target "${targets[@]}"

# Seeds. Every reply goes through the envelope reader; the typed readers get the replies of their own endpoints.
golden_target() {
    case $1 in
    */token/*) echo fuzz_reply_token ;;
    */logquery/*) echo fuzz_reply_logs ;;
    */account/* | */unit/*) echo fuzz_reply_accounts ;;
    esac
}
mkdir -p "$build/corpus" "$build/crashes"
shopt -s nullglob # an empty seed folder adds nothing rather than a literal pattern
for target in "${targets[@]}"; do
    mkdir -p "$build/corpus/$target"
    seeds=("$here/seeds/$target"/*)
    if ((${#seeds[@]} > 0)); then
        cp -f "${seeds[@]}" "$build/corpus/$target/"
    fi
done
for exchange in "$root"/tests/golden/vendor/*.json; do
    name=golden-$(basename "$exchange")
    jq -c '.response' "$exchange" >"$build/corpus/fuzz_reply_envelope/$name"
    target=$(golden_target "$(jq -r '.path' "$exchange")")
    if [[ -n $target ]]; then
        jq -c '.response' "$exchange" >"$build/corpus/$target/$name"
    fi
done
cp -f "$root"/tests/unit/core/data/*.csv "$build/corpus/fuzz_csv_import/"
cp -f "$root"/tests/unit/core/data/*.xlsx "$build/corpus/fuzz_xlsx_import/"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# fuzz_sandbox_config rewrites a temporary file for every input: in memory it runs several times faster.
if [[ -d /dev/shm && -w /dev/shm ]]; then
    export TMPDIR=/dev/shm
fi
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-"*.debug=false;*.warning=false"}

# Per input: 10 s is a hang for readers that should take microseconds; 2 GiB of RSS is a runaway allocation.
common=(-rss_limit_mb=2048 -timeout=10 -print_final_stats=1)
failed=0
rows=()
for target in "${targets[@]}"; do
    binary=$build/tests/fuzz/$target
    crashes=$build/crashes/$target
    log=$crashes/fuzz.log
    mkdir -p "$crashes"
    options=("${common[@]}" "-artifact_prefix=$crashes/")
    if [[ $target == fuzz_reply_* || $target == fuzz_sandbox_config ]]; then
        options+=("-dict=$here/reply.dict")
    fi
    result=ok
    inputs=("$build/corpus/$target")

    # Inputs that once failed must pass before anything new is looked for.
    regressions=$here/regressions/$target
    if [[ -d $regressions ]] && compgen -G "$regressions/*" >/dev/null; then
        if ! "$binary" "${common[@]}" "$regressions"/* >"$crashes/regressions.log" 2>&1; then
            result=regression
            echo "$target: a regression input fails again, see $crashes/regressions.log" >&2
        else
            inputs+=("$regressions")
        fi
    fi

    echo "== $target: fuzzing for $seconds s" >&2
    start=$(date +%s)
    status=0
    "$binary" "${options[@]}" -max_total_time="$seconds" "${inputs[@]}" >"$log" 2>&1 || status=$?
    elapsed=$(($(date +%s) - start))

    if ((status != 0)); then
        # libFuzzer names the input it kept after what went wrong: crash-, leak-, timeout- or oom-<sha1>.
        artifact=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
        case $(basename "${artifact:-none}") in
        leak-*) result=leak ;;
        timeout-*) result=timeout ;;
        oom-*) result=oom ;;
        *) if grep -q 'ERROR: LeakSanitizer' "$log"; then result=leak; else result=crash; fi ;;
        esac
        echo "$target: $result (exit $status)${artifact:+, input $artifact}, see $log" >&2
        tail -n 40 "$log" >&2
    fi
    [[ $result == ok ]] || failed=1

    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true) # none when it failed at once
    corpus=$(find "$build/corpus/$target" -type f | wc -l)
    rows+=("$(printf '%-22s %7s %10s %6s %7s  %s' "$target" "$elapsed" "${execs:--}" "${coverage:--}" "$corpus" \
        "$result")")
done

echo
printf '%-22s %7s %10s %6s %7s  %s\n' target seconds execs cov corpus result
for row in "${rows[@]}"; do
    echo "$row"
done
exit "$failed"
