#!/usr/bin/env bash
# Builds the Debian package from this build tree and checks what a user would install from it.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log" >&2; exit 1; }
deb=$(find "$out" -maxdepth 1 -name 'dmadmin_*.deb' | head -n 1)
[ -n "$deb" ] || { echo "cpack produced no dmadmin .deb" >&2; exit 1; }
contents=$(dpkg-deb -c "$deb")
fail=0
for path in ./usr/bin/dmadmin ./usr/bin/dmctl ./usr/share/applications/dmadmin.desktop \
            ./usr/share/icons/hicolor/scalable/apps/dmadmin.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path" >&2; fail=1; }
done
if grep -Eq '\.(a|h)$' <<<"$contents"; then echo "the package ships build artefacts (.a/.h)" >&2; fail=1; fi
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6network6 libssl3; do
    grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib: $depends" >&2; fail=1; }
done
desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/dmadmin.desktop)
grep -q '^Exec=dmadmin' <<<"$desktop" || { echo ".desktop does not start dmadmin" >&2; fail=1; }
grep -q '^Name\[zh_CN\]=' <<<"$desktop" || { echo ".desktop has no zh_CN name" >&2; fail=1; }
((fail == 0)) && echo "ok: $(basename "$deb")"
exit $fail
