#!/usr/bin/env bash
# The large sandbox's court as a user meets it, for tests/bench/run.sh, inside with-keyring.sh (a throwaway HOME and
# keychain): dmctl syncs the whole court into a new cache (timed by /usr/bin/time: peak memory and seconds), then the
# real dmadmin opens that cache and shows every page one after the other (dmadmin --show-page with a list, as
# packaging/screenshots.sh uses it) while this script reads its peak resident memory from /proc.
#   large-session.sh BUILD CONNECTION_FILE OUT_DIR
# Writes OUT_DIR/time.txt ("peak_kb seconds" of the sync), sync.out, sync.err, and browse.txt ("peak_kb pages").
set -euo pipefail
build=$1 connection=$2 out=$3

LANG=C LC_ALL=C /usr/bin/time -f '%M %e' -o "$out/time.txt" \
    "$build/app/cli/dmctl" sync --sandbox-config "$connection" --history-days 200 >"$out/sync.out" 2>"$out/sync.err" ||
    { cat "$out/sync.err" >&2; exit 1; }

pages=accounts,activation,permissions,logs.logins,logs.mail,logs.operations,statistics,settings
count=$(printf '%s\n' "$pages" | tr ',' '\n' | wc -l)
: >"$out/browse.log"
QT_QPA_PLATFORM=offscreen "$build/ui/dmadmin" --sandbox-config "$connection" --show-page "$pages" \
    >"$out/browse.log" 2>"$out/browse.err" &
app=$!
# dmadmin waits 8 s after the session opens, then 2.5 s on each page.
for _ in $(seq 1 1200); do
    [ "$(grep -c '^dmadmin: showing page' "$out/browse.log" || true)" -ge "$count" ] && break
    kill -0 "$app" 2>/dev/null || { cat "$out/browse.err" >&2; exit 1; }
    sleep 0.1
done
shown=$(grep -c '^dmadmin: showing page' "$out/browse.log" || true)
peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$app/status" 2>/dev/null) ||
    { echo "dmadmin ended before its memory was read; see $out/browse.err" >&2; exit 1; }
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
[ "$shown" -ge "$count" ] || { echo "dmadmin showed $shown of $count pages; see $out/browse.err" >&2; exit 1; }
echo "$peak_kb $shown" >"$out/browse.txt"
