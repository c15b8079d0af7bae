#!/usr/bin/env bash
# `npm test`: set up, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

cmake --preset native
cmake --build --preset native
ctest --preset native
