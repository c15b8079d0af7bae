#!/usr/bin/env bash
# `npm test`: set up, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh

# Native: Catch2 suites and the conformance suite through build/native/autograd-run.
ctest --preset native
# WebAssembly: the JS API tests and the conformance suite through the Node runner.
node --test tests/js/
bash tests/conformance/run.sh node "$PWD/wasm/autograd-run.mjs"
# The browser: Debian's Chromium, headless.
node --test tests/browser/
