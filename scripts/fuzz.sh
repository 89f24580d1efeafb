#!/usr/bin/env bash
# Fuzzes the parsers at the edge and the text writers for a fixed time each (not run by CI):
#   scripts/fuzz.sh            60 seconds per target
#   FUZZ_SECONDS=600 scripts/fuzz.sh
# Needs nightly Rust (rustup toolchain install nightly) and cargo-fuzz (installed here when
# missing). A finding stops the run with the input that broke a rule (fuzz/artifacts/); fix it,
# then keep the input as a regression test beside the parser.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
seconds=${FUZZ_SECONDS:-60}
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$HOME/.cache/sumud/fuzz-target}"
# The fuzz workspace resolves from the project's lock, so it builds what the project builds.
[ -f fuzz/Cargo.lock ] || cp Cargo.lock fuzz/Cargo.lock
for target in text_fields csv_cells ics_lines; do
  echo "== $target, ${seconds}s"
  cargo +nightly fuzz run --fuzz-dir fuzz "$target" -- -max_total_time="$seconds" -max_len=4096 2>&1 | tail -n 4
done
