#!/usr/bin/env bash
# Builds the benchmarks, runs every one and prints one table of the performance budgets (README, Performance): metric,
# measured, budget, the limit measured in the same run (the same work on unencrypted SQLite, the sandbox's own serving rate), and the ratio.
# Not part of the test command: the figures need a quiet machine, and a full run takes a quarter of an hour.
#   tests/bench/run.sh [--quick] [--work DIR]
# --quick: 100k rows instead of 1M (and no 3M scaling step), for a first look. --work keeps the seeded sandboxes
# between runs (default ~/.cache/dmadmin-bench; seeding three million log rows takes a minute).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
quick=0
work="${XDG_CACHE_HOME:-$HOME/.cache}/dmadmin-bench"
while [ "$#" -gt 0 ]; do
    case "$1" in
    --quick) quick=1 ;;
    --work) work="$2"; shift ;;
    *) echo "usage: $0 [--quick] [--work DIR]" >&2; exit 2 ;;
    esac
    shift
done
mkdir -p "$work"
for tool in /usr/bin/time column; do
    command -v "$tool" >/dev/null || { echo "$0 needs $tool (Debian: apt-get install time bsdextrautils)" >&2; exit 1; }
done
build="$root/build/ci"
bench="$build/tests/bench"
rows=1000000
scaling=(100000 1000000 3000000)
creates=10000 # DESIGN §8: bulk create of 10,000 accounts
if [ "$quick" = 1 ]; then
    rows=100000
    scaling=(100000)
    creates=2000
fi

echo "building..." >&2
[ -f "$build/CMakeCache.txt" ] || cmake --preset ci >/dev/null
targets=(bench_cache bench_serving bench_accounts_model bench_log_pages bench_log_export bench_bulk_create dmsandbox dmctl
    dmadmin)
[ -f "$root/tests/bench/bench_cold_start.cpp" ] && targets+=(bench_cold_start)
cmake --build --preset ci --target "${targets[@]}" >"$work/build.log" || { tail -40 "$work/build.log" >&2; exit 1; }

table="$work/table.tsv"
: >"$table"
# Runs one benchmark, keeps its output in $work/<name>.log and its @row lines (prefixed by $2) in the table.
run() {
    local name="$1" prefix="$2"
    shift 2
    echo "running $name $*..." >&2
    "$@" >"$work/$name.log" 2>"$work/$name.err" || { echo "$name failed; see $work/$name.err" >&2; exit 1; }
    grep -P '^@row\t' "$work/$name.log" | sed "s/^@row\t/$prefix/" >>"$table" || true
}

# The cache at each size: ingest (bulk load) and queries beside the unencrypted copy; the sync beside the sandbox's
# serving rate at the default size.
for size in "${scaling[@]}"; do
    extra=(--no-e2e)
    [ "$size" = "$rows" ] && extra=()
    run "bench_cache_$size" "[$size] " "$bench/bench_cache" "$size" --work "$work/cache-$size" "${extra[@]}"
done

# A full sync of the large sandbox (1M logins, 500k mails, 100k operations, 20k accounts) by dmctl, the client's own
# sync path, under a throwaway keychain: rows per second and peak resident memory.
if [ "$quick" = 0 ]; then
    echo "full sync of the large sandbox..." >&2
    sync # the cache benchmarks' gigabytes go to the disk now, not while the sync below writes its own
    large="$work/large"
    mkdir -p "$large"
    "$build/app/sandbox/dmsandbox" --data-dir "$large/platform" --scale large --listen 127.0.0.1:0 --speed 0 \
        --rate-limit 0 >"$large/conn.json" 2>"$large/sandbox.err" &
    sandbox=$!
    trap 'kill $sandbox 2>/dev/null || true' EXIT
    for _ in $(seq 1 600); do
        [ -s "$large/conn.json" ] && break
        kill -0 "$sandbox" 2>/dev/null || { cat "$large/sandbox.err" >&2; exit 1; }
        sleep 1
    done
    [ -s "$large/conn.json" ] || { echo "dmsandbox did not start in 10 minutes" >&2; exit 1; }
    # The limit beside the sync, first (as bench_cache serves before it syncs): what the same sandbox serves of the
    # same 200 days to a reader paced and windowed as dmctl is.
    "$bench/bench_serving" "$large/conn.json" 200 >"$large/serving.txt" 2>"$large/serving.err" ||
        { cat "$large/serving.err" >&2; exit 1; }
    # with-keyring.sh gives the sync and dmadmin a throwaway HOME (the cache goes there) and keychain.
    /bin/sh "$root/tests/integration/secrets/with-keyring.sh" \
        bash "$root/tests/bench/large-session.sh" "$build" "$large/conn.json" "$large"
    kill "$sandbox" 2>/dev/null || true
    wait "$sandbox" 2>/dev/null || true
    trap - EXIT
    read -r peak_kb seconds <"$large/time.txt"
    synced=$(awk '/ rows written/ { sum += $2 } END { print sum + 0 }' "$large/sync.out")
    read -r _ served_rows served_seconds < <(grep -P '^@served\t' "$large/serving.txt") ||
        { echo "bench_serving printed no @served line; see $large/serving.err" >&2; exit 1; }
    sync_rate=$(awk -v rows="$synced" -v s="$seconds" 'BEGIN { printf "%d", rows / s }')
    serve_rate=$(awk -v rows="$served_rows" -v s="$served_seconds" 'BEGIN { printf "%d", rows / s }')
    printf '%s\t%s\t%s\t%s\t%s\n' \
        "full sync of the large sandbox by dmctl over HTTPS: $synced rows" "$sync_rate rows/s" \
        ">= 20000 rows/s, >= 80% of serving" "$serve_rate rows/s served" \
        "$(awk -v a="$sync_rate" -v b="$serve_rate" 'BEGIN { printf "%.0f%% of serving", 100 * a / b }')" >>"$table"
    printf '%s\t%s\t%s\t%s\t%s\n' "peak resident memory of that sync" "$((peak_kb / 1024)) MB" "<= 300 MB" "-" "-" \
        >>"$table"
    read -r browse_kb pages <"$large/browse.txt"
    printf '%s\t%s\t%s\t%s\t%s\n' "peak resident memory of dmadmin opening that cache and showing its $pages top-level pages" \
        "$((browse_kb / 1024)) MB" "<= 250 MB" "-" "-" >>"$table"
fi

run bench_accounts_model "" "$bench/bench_accounts_model" "$rows"
run bench_log_pages "" "$bench/bench_log_pages" "$rows" "$((rows / 2))"
run bench_log_export "" "$bench/bench_log_export" "$rows" --work "$work/export"
run bench_bulk_create "" "$bench/bench_bulk_create" "$creates" 8
if [ -x "$bench/bench_cold_start" ]; then
    run bench_cold_start "" "$bench/bench_cold_start" "$rows"
fi

echo
echo "dmadmin $(git -C "$root" describe --always --dirty 2>/dev/null || echo "(not a git checkout)") on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
(printf 'metric\tmeasured\tbudget\tlimit (same run)\tratio\n'; cat "$table") | column -t -s $'\t' -o ' | '
