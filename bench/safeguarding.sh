#!/usr/bin/env bash
# Prints how the detection of a child's details does on the labelled cases
# kept with the tests (tests/fixtures/safeguarding_cases.tsv): per language,
# how many details were expected, found and missed, and how many false
# alarms were raised. No server is needed: the rules are read directly.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --quiet --lib detection_figures_on_the_labelled_cases -- --nocapture 2>/dev/null \
    | sed -n '/^language/,/^$/p' | grep -v '^test \|^$\|^\.'
