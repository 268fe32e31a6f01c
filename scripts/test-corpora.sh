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
# each corpus under 3.11; corpus-versions also under 3.12, 3.13, 3.14 and corpus under 3.13 (its
# -3.13 files). Known failures of a version mode are listed as VERSION:FOLDER/NAME.
runs="3.11:corpus 3.11:corpus-breadth 3.11:corpus-versions 3.13:corpus 3.12:corpus-versions 3.13:corpus-versions 3.14:corpus-versions"
for r in $runs; do
    ver=${r%%:*}
    corpus=${r#*:}
    dir="$shared/$corpus"
    [ -d "$dir" ] || continue
    if [ "$ver" = 3.11 ]; then
        key="$corpus"
        out=$(bash "$shared/corpus/check.sh" "$dir")
    else
        key="$ver:$corpus"
        out=$(PY_VERSION=$ver bash "$shared/corpus/check.sh" "$dir")
    fi
    echo "== $corpus (CPython $ver): $(echo "$out" | tail -n 1)"
    while read -r line; do
        [ -z "$line" ] && continue
        name=$(echo "$line" | sed -E 's/^FAIL ([^:]+):.*/\1/')
        if echo "$known" | grep -qx "$key/$name"; then
            echo "   known: $line"
        else
            echo "   NEW FAILURE: $line"
            status=1
        fi
    done < <(echo "$out" | grep '^FAIL ')
    for k in $(echo "$known" | grep "^$key/" | sed "s#^$key/##"); do
        if ! echo "$out" | grep -q "^FAIL $k:"; then
            echo "   $key/$k passes now: take it off tests/corpora-known-failures.txt"
            status=1
        fi
    done
done
exit $status
