#!/bin/sh
# tests/test-valgrind.sh: the command line under valgrind memcheck: no invalid access,
# no definite leak (library caches are suppressed in build-aux/valgrind.supp)
#
# Copyright 2026 The Backmap authors
# SPDX-License-Identifier: GPL-3.0-or-later

supp="$G_TEST_SRCDIR/../build-aux/valgrind.supp"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The diary commands read and write a diary of their own.
export XDG_DATA_HOME="$out/data"
n=0
failed=0

check () {
  n=$((n + 1))
  G_SLICE=always-malloc valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite \
    --suppressions="$supp" --error-exitcode=99 "$BACKMAP" "$@" >/dev/null 2>"$out/log"
  if [ $? -eq 99 ]; then
    echo "not ok $n - backmap $*"
    sed 's/^/# /' "$out/log" | head -60
    failed=1
  else
    echo "ok $n - backmap $*"
  fi
}

echo "1..10"
check --list-regions
check --region=lower:left --format=json
check --search="tennis ball knot" --format=json
check --region=nonsense
check --care-sheet="$out/sheet.pdf" --region=lower:left --technique=ball-against-wall --notes=Notes
check --care-sheet="$out/missing/sheet.pdf" --region=lower
check --care-sheet=- --region=neck
check --care-sheet="$out/a.pdf" --care-sheet="$out/b.pdf"
check --log=lower:left --log=sacrum --intensity=5 --quality=aching --note=Note
check --export-diary="$out/diary.csv"
exit $failed
