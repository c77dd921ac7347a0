#!/usr/bin/env bash
# Prints how well proposals are matched to the lines of work: on the
# labelled example proposals kept with the tests
# (tests/fixtures/matching_cases.tsv, in three languages), how often the
# expected line comes first and among the first three (targets: 80 % and
# 95 %), with the examples whose line did not come first.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --quiet --test integration the_matching_finds_the_right_line -- --nocapture 2>/dev/null \
    | grep '^matching:\|^  not first:'
