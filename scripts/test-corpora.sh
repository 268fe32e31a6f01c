#!/usr/bin/env bash
# The shared differential corpora (../shared beside the checkout, as CI lays it out), each
# through the real command line. On a clone without ../shared they are skipped, saying so.
set -u
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -f "$shared/corpus/check.sh" ]; then
    echo "test:corpus: no ../shared beside this checkout: the shared corpora were skipped (CI runs them)"
    exit 0
fi
node scripts/build-cli.mjs || exit 1
status=0
run() {
    local label=$1; shift
    echo "== $label"
    "$@" || status=1
}
run "corpus (3.11)" bash "$shared/corpus/check.sh" "$shared/corpus"
exit $status
