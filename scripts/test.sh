#!/usr/bin/env bash
# Runs every test: unit, services on SQLite and PostgreSQL, HTTP, and the browser tests in
# Debian's Chromium against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
start=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - start ))"; }

step "release build (server and wasm)"
cargo leptos build --release

step "unit, service and HTTP tests (SQLite and PostgreSQL)"
# Per crate and with the server's features only: never ssr and hydrate together.
cargo test --release -p migrations -p app -p server --features app/ssr

step "browser tests (Chromium, JavaScript on and off)"
(cd end2end && npx playwright test)

step "done"
