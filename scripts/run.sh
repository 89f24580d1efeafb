#!/usr/bin/env bash
# Builds Sumud (release) and runs it on http://127.0.0.1:3000 with a SQLite file in data/.
# The first start creates a secretariat account and prints the link to set its password.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo leptos build --release --precompress
exec "$SUMUD_BIN" "$@"
