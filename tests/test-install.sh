#!/bin/sh
# tests/test-install.sh: meson install puts everything in place (into a DESTDIR)
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

build="$G_TEST_BUILDDIR/.."
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

if ! meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >"$dest.log" 2>&1; then
  echo "1..1"
  echo "not ok 1 - meson install"
  sed 's/^/# /' "$dest.log"
  exit 1
fi
rm -f "$dest.log"
prefix=$(meson introspect "$build" --buildoptions |
         python3 -c 'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
root="$dest$prefix"

n=0
failed=0
expect () {
  n=$((n + 1))
  if [ -e "$root/$1" ]; then
    echo "ok $n - installed $1"
  else
    echo "not ok $n - installed $1"
    failed=1
  fi
}

echo "1..10"
expect bin/backmap
expect share/applications/io.github.backmap.Backmap.desktop
expect share/metainfo/io.github.backmap.Backmap.metainfo.xml
expect share/glib-2.0/schemas/io.github.backmap.Backmap.gschema.xml
expect share/icons/hicolor/scalable/apps/io.github.backmap.Backmap.svg
expect share/icons/hicolor/symbolic/apps/io.github.backmap.Backmap-symbolic.svg
expect share/locale/de/LC_MESSAGES/backmap.mo
expect share/locale/es/LC_MESSAGES/backmap.mo

# The installed program works from its own files: resources are compiled in.
n=$((n + 1))
if "$root/bin/backmap" --list-regions | grep -q '^lower '; then
  echo "ok $n - installed program runs"
else
  echo "not ok $n - installed program runs"
  failed=1
fi
n=$((n + 1))
if glib-compile-schemas --strict --dry-run "$root/share/glib-2.0/schemas"; then
  echo "ok $n - installed schema compiles"
else
  echo "not ok $n - installed schema compiles"
  failed=1
fi
exit $failed
