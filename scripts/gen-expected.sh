#!/usr/bin/env bash
# Regenerate the expected outputs of the differential test cases.
#
# For every tests/diff/cases/NAME.py this writes:
#   NAME.out  exact stdout of `python3 NAME.py` (run from inside tests/diff/cases)
#   NAME.err  only when the exit status is non-zero: the LAST non-empty line of stderr
#
# Expectations come from CPython 3.11 only: the script refuses any other version.
# Usage: scripts/gen-expected.sh [NAME ...]   (default: all cases)
#        PYTHON=/path/to/python3.11 scripts/gen-expected.sh
#        scripts/gen-expected.sh VERSION [NAME ...]   the per-version cases of tests/diff/versions
#          (VERSION 3.11 3.12 3.13 3.14 2.7 or all; see scripts/gen-expected-versions.sh)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  3.11|3.12|3.13|3.14|2.7|all) exec bash "$root/scripts/gen-expected-versions.sh" "$@" ;;
esac
cases="$root/tests/diff/cases"
python="${PYTHON:-python3}"

if ! command -v "$python" >/dev/null 2>&1; then
  echo "gen-expected: $python not found" >&2
  exit 2
fi
version="$("$python" --version 2>&1)"
case "$version" in
  "Python 3.11."*) ;;
  *) echo "gen-expected: need CPython 3.11.x, got '$version'" >&2; exit 2 ;;
esac
impl="$("$python" -c 'import sys; print(sys.implementation.name)')"
if [ "$impl" != "cpython" ]; then
  echo "gen-expected: need CPython, got '$impl'" >&2
  exit 2
fi
# Resolve the real executable so that the fixed environment below (env -i)
# does not depend on shims such as pyenv's.
exe="$("$python" -c 'import sys; print(sys.executable)')"

cd "$cases"
if [ "$#" -gt 0 ]; then
  files=()
  for n in "$@"; do files+=("${n%.py}.py"); done
else
  shopt -s nullglob
  files=(*.py)
  # drop expectations whose program no longer exists
  for e in *.out *.err; do
    [ -f "${e%.*}.py" ] || rm -f "$e"
  done
fi

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
count=0
fails=0
for f in "${files[@]}"; do
  name="${f%.py}"
  [ -f "$f" ] || { echo "gen-expected: no such case $f" >&2; exit 2; }
  status=0
  env -i PATH=/usr/bin:/bin PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 \
    timeout 60 "$exe" "$f" >"$name.out" 2>"$tmp" </dev/null || status=$?
  if [ "$status" -ne 0 ]; then
    if [ "$status" -eq 124 ]; then
      echo "gen-expected: $f timed out" >&2
      exit 1
    fi
    # last non-empty line of stderr, without trailing whitespace
    awk 'NF { last = $0 } END { sub(/[ \t\r]+$/, "", last); print last }' "$tmp" >"$name.err"
    fails=$((fails + 1))
  else
    rm -f "$name.err"
  fi
  count=$((count + 1))
done
echo "gen-expected: $count cases ($fails with non-zero exit) using $version at $exe"
