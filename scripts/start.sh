#!/usr/bin/env bash
# `npm start`: set up, build, and serve the playground at http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node scripts/serve.mjs build/web "${PORT:-8080}"
