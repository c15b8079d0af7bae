#!/usr/bin/env bash
# The benchmark peers, installed only by `npm run bench`: libtorch and PyTorch from Debian,
# TensorFlow.js (wasm backend) from npm into bench/node_modules.
set -euo pipefail
cd "$(dirname "$0")"
missing=()
for pkg in libtorch-dev python3-torch; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
[ -d node_modules/@tensorflow/tfjs-backend-wasm ] || npm install --no-audit --no-fund
