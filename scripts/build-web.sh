#!/usr/bin/env bash
# Builds Losscape for the browser into dist/: index.html, losscape.js, losscape_bg.wasm and
# worker.js (the web worker that measures lessons and draws exported pictures),
# a static site any file server can host (python3 -m http.server -d dist).
#
# Needs the wasm target and wasm-bindgen-cli at the version of the wasm-bindgen crate in
# Cargo.lock; both come from the Rust registries, and this script installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-dist}"
profile="${PROFILE:-web}"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
fi
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$wanted" ]; then
    echo "installing wasm-bindgen-cli $wanted (it must match the wasm-bindgen crate)" >&2
    cargo install wasm-bindgen-cli --version "$wanted"
fi

cargo build --profile "$profile" --target wasm32-unknown-unknown --bin losscape
target_dir="${CARGO_TARGET_DIR:-target}"
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
    "$target_dir/wasm32-unknown-unknown/$profile/losscape.wasm"
cp web/index.html web/favicon.svg web/worker.js "$out/"
raw=$(stat -c %s "$out/losscape_bg.wasm")
zipped=$(gzip -9 -c "$out/losscape_bg.wasm" | wc -c)
echo "built $out/: losscape_bg.wasm $((raw / 1024)) KiB, $((zipped / 1024)) KiB gzipped" >&2
