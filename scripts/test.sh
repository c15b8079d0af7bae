#!/usr/bin/env bash
# `npm test`: set up, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh

# Native: Catch2 suites and the conformance suite through build/native/autograd-run.
ctest --preset native
# Sanitizers: the Catch2 and conformance suites again, built by clang-14 with ASan and UBSan.
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
# Fuzz smoke: each libFuzzer target for 30 s, seeded with the conformance programs and every
# input a fuzzer ever crashed on (tests/fuzz/regressions/).
bash scripts/fuzz.sh 30
# WebAssembly: the JS API tests and the conformance suite through the Node runner.
node --test tests/js/
bash tests/conformance/run.sh node "$PWD/wasm/autograd-run.mjs"
# The browser: Debian's Chromium, headless.
node --test tests/browser/
