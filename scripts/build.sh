#!/usr/bin/env bash
# Builds the native tools and the WebAssembly module.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset native
cmake --build --preset native
cmake --preset wasm
cmake --build --preset wasm
node scripts/build-web.mjs
