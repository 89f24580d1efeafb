# Sourced by the run and test scripts: one target directory and one set of build variables, so
# the release build, the tests and the browser tests share compiled crates.
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Reuse compiled crates across clones on the same machine (CI runs in a fresh clone).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/sumud/target}"
# cargo-leptos compiles these in; the tests must see the same values or everything rebuilds.
export LEPTOS_OUTPUT_NAME=sumud
export LEPTOS_SITE_ROOT="$PWD/target/site"
export LEPTOS_SITE_PKG_DIR=pkg
export SUMUD_BIN="$CARGO_TARGET_DIR/release/sumud"
