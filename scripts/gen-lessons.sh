#!/usr/bin/env bash
# Regenerate tests/diff/lessons/SLUG.out: the output CPython 3.11 prints for each lesson's program,
# and SLUG.out-3.12 / SLUG.out-3.13 from CPython 3.12 and 3.13 (pyenv's 3.12.1 and 3.13.0), so the
# lessons are checked in every version mode. SLUG.out-3.14 only for lessons whose header says
# "oracle314": true: 3.14's oracle is CPython 3.14.2 in WebAssembly (scripts/cpython314.mjs, or
# $PY314_ORACLE), a 32-bit build that never shuts down and has the incremental collector 3.14.5
# reverted, so only programs without exit-time output, collector figures or exact immortal counts
# can be recorded from it.
# (The program itself is read from src/lessons/files by the test; only the output is kept here.)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ver=$(python3 --version 2>&1)
case "$ver" in "Python 3.11."*) ;; *) echo "gen-lessons: needs python3 3.11, found: $ver" >&2; exit 2 ;; esac
out=tests/diff/lessons
mkdir -p "$out"
rm -f "$out"/*.py "$out"/*.out "$out"/*.out-3.1? "$out"/*.err
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a version's interpreter through pyenv, or nothing when it is not installed
pyenv_python() {
  command -v pyenv >/dev/null 2>&1 || return 1
  PYENV_VERSION="$1" pyenv which python 2>/dev/null
}
py314=${PY314_ORACLE:-$root/scripts/cpython314.mjs}
run_clean() { (cd "$tmp" && env -i PATH="$PATH" HOME="${HOME:-/root}" PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 "$@"); }
for f in src/lessons/files/*.py; do
  slug=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline().split("lesson:",1)[1])["slug"])' "$f")
  o314=$(python3 -c 'import json,sys; print(1 if json.loads(open(sys.argv[1]).readline().split("lesson:",1)[1]).get("oracle314") else 0)' "$f")
  python3 - "$f" > "$tmp/$slug.py" <<'PY'
import sys
lines = open(sys.argv[1]).read().split('\n')
i = 1
while i < len(lines) and lines[i].startswith('#'):
    i += 1
sys.stdout.write('\n'.join(lines[i:]).rstrip('\n') + '\n')
PY
  run_clean python3 "$slug.py" > "$tmp/$slug.out" 2> "$tmp/$slug.stderr" || true
  cp "$tmp/$slug.out" "$out/$slug.out"
  for v in 3.12.1 3.13.0; do
    exe=$(pyenv_python "$v") || { echo "gen-lessons: CPython $v not installed (pyenv): $slug.out-${v%.*} not recorded" >&2; continue; }
    run_clean "$exe" "$slug.py" > "$out/$slug.out-${v%.*}" 2> "$tmp/$slug.stderr" || true
  done
  if [ "$o314" = 1 ]; then
    if [ -f "$py314" ]; then
      run_clean node "$py314" "$slug.py" > "$out/$slug.out-3.14" 2> "$tmp/$slug.stderr" || { echo "gen-lessons: $slug failed under 3.14: $(tail -1 "$tmp/$slug.stderr")" >&2; exit 1; }
    else
      echo "gen-lessons: no 3.14 oracle at $py314: $slug.out-3.14 not recorded" >&2
    fi
  fi
done
echo "lessons regenerated in $out"
