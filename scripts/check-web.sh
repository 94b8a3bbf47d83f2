#!/usr/bin/env bash
# Lints and builds the browser build, then loads it in headless Chromium and checks it as a
# user would (web/test/check.mjs): first frame, a click, a lesson, share links, timing.
# Needs the wasm32-unknown-unknown target, Chromium (/usr/bin/chromium or $CHROMIUM) and
# Node.js; without them it says what is missing and how to install it, and does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown ||
    missing+=("the wasm target (rustup target add wasm32-unknown-unknown)")
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] ||
    missing+=("Chromium (apt-get install chromium)")
command -v npm > /dev/null || missing+=("Node.js and npm (apt-get install nodejs npm)")
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIPPED the browser check: missing ${missing[*]}" >&2
    exit 0
fi

cargo clippy --target wasm32-unknown-unknown -- -D warnings
scripts/build-web.sh dist
(cd web/test && npm ci --no-audit --no-fund && node check.mjs ../../dist "${1:-web-check.png}")
