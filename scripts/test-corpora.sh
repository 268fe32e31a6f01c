#!/usr/bin/env bash
# The shared differential corpora (../shared beside the checkout, as CI lays it out), each run
# through the real command line by ../shared/corpus/check.sh. ../shared/corpus must pass whole;
# the wider corpora may fail only on the programs listed in tests/corpora-known-failures.txt
# (a ratchet: a new failure fails the run, a listed program that passes must come off the list).
# On a clone without ../shared they are skipped, saying so.
set -u
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -f "$shared/corpus/check.sh" ]; then
    echo "test:corpus: no ../shared beside this checkout: the shared corpora were skipped (CI runs them)"
    exit 0
fi
node scripts/build-cli.mjs || exit 1
known=$(grep -v '^#' tests/corpora-known-failures.txt | awk 'NF { print $1 }')
status=0
for corpus in corpus corpus-breadth corpus-versions; do
    dir="$shared/$corpus"
    [ -d "$dir" ] || continue
    out=$(bash "$shared/corpus/check.sh" "$dir")
    echo "== $corpus (CPython 3.11): $(echo "$out" | tail -n 1)"
    while read -r line; do
        [ -z "$line" ] && continue
        name=$(echo "$line" | sed -E 's/^FAIL ([^:]+):.*/\1/')
        if echo "$known" | grep -qx "$corpus/$name"; then
            echo "   known: $line"
        else
            echo "   NEW FAILURE: $line"
            status=1
        fi
    done < <(echo "$out" | grep '^FAIL ')
    for k in $(echo "$known" | grep "^$corpus/" | sed "s#^$corpus/##"); do
        if ! echo "$out" | grep -q "^FAIL $k:"; then
            echo "   $corpus/$k passes now: take it off tests/corpora-known-failures.txt"
            status=1
        fi
    done
done
exit $status
