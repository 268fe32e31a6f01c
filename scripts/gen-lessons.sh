#!/usr/bin/env bash
# Regenerate tests/diff/lessons/SLUG.out: the output CPython 3.11 prints for each lesson's program.
# (The program itself is read from src/lessons/files by the test; only the output is kept here.)
set -euo pipefail
cd "$(dirname "$0")/.."
ver=$(python3 --version 2>&1)
case "$ver" in "Python 3.11."*) ;; *) echo "gen-lessons: needs python3 3.11, found: $ver" >&2; exit 2 ;; esac
out=tests/diff/lessons
mkdir -p "$out"
rm -f "$out"/*.py "$out"/*.out "$out"/*.err
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in src/lessons/files/*.py; do
  slug=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline().split("lesson:",1)[1])["slug"])' "$f")
  python3 - "$f" > "$tmp/$slug.py" <<'PY'
import sys
lines = open(sys.argv[1]).read().split('\n')
i = 1
while i < len(lines) and lines[i].startswith('#'):
    i += 1
sys.stdout.write('\n'.join(lines[i:]).rstrip('\n') + '\n')
PY
  (cd "$tmp" && env -i PATH="$PATH" HOME="${HOME:-/root}" PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 python3 "$slug.py" > "$slug.out" 2> "$slug.stderr" || true)
  cp "$tmp/$slug.out" "$out/$slug.out"
done
echo "lessons regenerated in $out"
