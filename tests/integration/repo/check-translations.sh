#!/usr/bin/env bash
# Fails when a user-visible string in app/ or ui/ lacks a finished zh_CN or English translation: runs lupdate over
# the sources into copies of translations/*.ts and looks for anything new, unfinished or empty.
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/translations/*.ts "$work/"
"$lupdate" -silent -locations none -no-obsolete -I "$source_dir/app" -I "$source_dir" \
    "$source_dir/app" "$source_dir/ui" -ts "$work"/*.ts
fail=0
for ts in "$work"/*.ts; do
    name=$(basename "$ts")
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    empty=$(grep -Ec '<(translation|numerusform)>[[:space:]]*</(translation|numerusform)>' "$ts" || true)
    if [ "$unfinished" != 0 ] || [ "$empty" != 0 ]; then
        echo "$name: $unfinished unfinished and $empty empty translations; e.g.:" >&2
        grep -B2 -E 'type="unfinished"|<(translation|numerusform)>[[:space:]]*</' "$ts" | grep '<source>' | head -n 5 >&2
        fail=1
    fi
    if ! cmp -s "$ts" "$source_dir/translations/$name"; then
        echo "$name is not up to date with the sources: run the update_translations target" >&2
        diff "$source_dir/translations/$name" "$ts" | head -n 10 >&2
        fail=1
    fi
done
((fail == 0)) && echo "translations complete: $(grep -c '<source>' "$work/dmadmin_zh_CN.ts") strings"
exit $fail
