#!/usr/bin/env bash
# Runs every test: unit, services on SQLite and PostgreSQL, HTTP, and the browser tests in
# Debian's Chromium against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
start=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - start ))"; }

step "import cycles between app modules (ARCHITECTURE.md)"
python3 scripts/area-cycles.py .

step "formatting (rustfmt, and leptosfmt for view! macros)"
cargo fmt --all --check
leptosfmt --check --quiet app/src frontend/src

step "release build (server and wasm)"
cargo leptos build --release --precompress

step "unit, service and HTTP tests (SQLite and PostgreSQL)"
# Per crate and with the server's features only: never ssr and hydrate together.
INSTA_UPDATE=no cargo test --release -p migrations -p app -p server --features app/ssr

step "clippy with the workspace lints: server build, then browser build"
cargo clippy -p app -p server -p migrations -p testing --features app/ssr --tests -- -D warnings
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

step "browser tests (Chromium, JavaScript on and off)"
(cd end2end && npx playwright test)

step "done"
