#!/usr/bin/env bash
# Installs what building and testing Sumud needs on a Debian machine; skips what is already there.
#   scripts/setup.sh          tools to build and run
#   scripts/setup.sh --test   also Chromium, PostgreSQL and the end-to-end packages
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=false
[ "${1:-}" = "--test" ] && with_tests=true

log() { printf '\n== %s\n' "$*"; }

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "Rust wasm target"
  rustup target add wasm32-unknown-unknown
fi

# cargo-leptos 0.3.10: the newest that builds with this toolchain; --debug installs in a third of
# the time and builds just as fast.
if ! cargo leptos --version 2>/dev/null | grep -q '0\.3\.10'; then
  log "cargo-leptos 0.3.10 (about 12 minutes, once)"
  cargo install cargo-leptos --version 0.3.10 --locked --debug
fi

# wasm-bindgen-cli must match the wasm-bindgen version in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q "$bindgen_version"; then
  log "wasm-bindgen-cli $bindgen_version"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# npm packages: binaryen's wasm-opt for release builds (Debian's is too old and breaks
# hydration), and Playwright for the browser tests. Never a browser download.
if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  log "npm packages"
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

if $with_tests; then
  # leptosfmt formats the view! macros; the tests check them (about 5 minutes, once).
  if ! leptosfmt --version 2>/dev/null | grep -q '0\.1\.33'; then
    log "leptosfmt 0.1.33"
    cargo install leptosfmt --version 0.1.33 --locked
  fi
  if [ ! -x /usr/bin/chromium ]; then
    log "Debian's Chromium"
    apt_install chromium
  fi
  if ! command -v pg_ctlcluster >/dev/null; then
    log "PostgreSQL"
    apt_install postgresql
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    log "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
fi
