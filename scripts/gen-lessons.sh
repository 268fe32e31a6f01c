#!/usr/bin/env bash
# Regenerate tests/diff/lessons: each lesson's program with the output CPython 3.11 prints for it.
set -euo pipefail
cd "$(dirname "$0")/.."
ver=$(python3 --version 2>&1)
case "$ver" in "Python 3.11."*) ;; *) echo "gen-lessons: needs python3 3.11, found: $ver" >&2; exit 2 ;; esac
out=tests/diff/lessons
mkdir -p "$out"
rm -f "$out"/*.py "$out"/*.out "$out"/*.err
for f in src/lessons/files/*.py; do
  slug=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline().split("lesson:",1)[1])["slug"])' "$f")
  python3 - "$f" > "$out/$slug.py" <<'PY'
import sys
lines = open(sys.argv[1]).read().split('\n')
i = 1
while i < len(lines) and lines[i].startswith('#'):
    i += 1
sys.stdout.write('\n'.join(lines[i:]).rstrip('\n') + '\n')
PY
  (cd "$out" && env -i PATH="$PATH" HOME="${HOME:-/root}" PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 python3 "$slug.py" > "$slug.out" 2> "$slug.stderr" || true)
  rm -f "$out/$slug.stderr"
done
echo "lessons regenerated in $out"
