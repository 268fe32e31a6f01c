#!/usr/bin/env bash
# Record the expected outputs of the per-version differential cases, from the real CPythons.
#
#   tests/diff/versions/NAME.py         -> NAME.out (3.11.7, python3), NAME.out-3.12 (3.12.1),
#                                          NAME.out-3.13 (3.13.0) via pyenv, NAME.out-3.14 (3.14.2:
#                                          the pyodide package in node, scripts/cpython314.mjs)
#   tests/diff/versions/legacy/NAME.py  -> NAME.out-2.7 (2.7.18 via pyenv: the collector before PEP 442)
# and NAME.err[-V] (the last stderr line) when the program exits non-zero.
#
# Usage: scripts/gen-expected.sh VERSION [NAME ...]   VERSION: 3.11 3.12 3.13 3.14 2.7 or all
# (scripts/gen-expected.sh hands a first argument that is a version to this script.)
# Pyodide never shuts the interpreter down: a 3.14 case must not print anything at exit.
# PYTHONUNBUFFERED is unset (stdout block-buffered, as gen-expected.sh's env -i leaves it): with it,
# print() keeps no pending list and gc.get_count() around it differs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/tests/diff/versions"
which="${1:?usage: gen-expected.sh VERSION [NAME ...]}"
shift

record() { # record VERSION SUFFIX FOLDER CMD... ; names from "$@" after --
  local ver="$1" suffix="$2" folder="$3"
  shift 3
  local cmd=()
  while [ "$1" != "--" ]; do cmd+=("$1"); shift; done
  shift
  cd "$folder"
  local files=()
  if [ "$#" -gt 0 ]; then
    for n in "$@"; do [ -f "${n%.py}.py" ] && files+=("${n%.py}.py"); done
  else
    shopt -s nullglob
    files=(*.py)
  fi
  local tmp count=0 fails=0
  tmp="$(mktemp)"
  for f in "${files[@]}"; do
    local name="${f%.py}" status=0
    env -u PYTHONUNBUFFERED PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 timeout 120 "${cmd[@]}" "$f" >"$name.out$suffix" 2>"$tmp" </dev/null || status=$?
    if [ "$status" -eq 124 ]; then echo "gen-expected: $f timed out under $ver" >&2; exit 1; fi
    if [ "$status" -ne 0 ]; then
      awk 'NF { last = $0 } END { sub(/[ \t\r]+$/, "", last); print last }' "$tmp" >"$name.err$suffix"
      fails=$((fails + 1))
    else
      rm -f "$name.err$suffix"
    fi
    count=$((count + 1))
  done
  rm -f "$tmp"
  echo "gen-expected: $count cases in ${folder#$root/} ($fails with non-zero exit) under CPython $ver"
}

check_version() { # check_version WANT CMD...
  local want="$1"
  shift
  local got
  got="$("$@" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null || true)"
  if [ "$got" != "$want" ]; then
    echo "gen-expected: need CPython $want, got '${got:-nothing}' from: $*" >&2
    exit 2
  fi
}

one() {
  local v="$1"
  shift
  case "$v" in
    3.11)
      check_version 3.11.7 python3
      record 3.11.7 "" "$dir" python3 -- "$@" ;;
    3.12|3.13)
      local full; full=$([ "$v" = 3.12 ] && echo 3.12.1 || echo 3.13.0)
      check_version "$full" env PYENV_VERSION="$full" pyenv exec python
      record "$full" "-$v" "$dir" env PYENV_VERSION="$full" pyenv exec python -- "$@" ;;
    3.14)
      if [ ! -d "$root/node_modules/pyodide" ]; then
        echo "gen-expected: 3.14 needs the pyodide package (npm i -D pyodide@314.0.8)" >&2
        exit 2
      fi
      record 3.14.2 "-3.14" "$dir" node "$root/scripts/cpython314.mjs" -- "$@" ;;
    2.7)
      check_version 2.7.18 env PYENV_VERSION=2.7.18 pyenv exec python
      record 2.7.18 "-2.7" "$dir/legacy" env PYENV_VERSION=2.7.18 pyenv exec python -- "$@" ;;
    *)
      echo "gen-expected: unknown version '$v' (3.11 3.12 3.13 3.14 2.7 all)" >&2
      exit 2 ;;
  esac
}

if [ "$which" = all ]; then
  for v in 3.11 3.12 3.13 3.14 2.7; do one "$v" "$@"; done
else
  one "$which" "$@"
fi
