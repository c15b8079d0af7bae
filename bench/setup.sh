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
# OpenBLAS for the mlp-native-openblas row: the BLAS a user's PyTorch would usually have. Unpacked
# from Debian's package into build/bench/openblas, not installed: installing it would switch the
# system's libblas.so.3 (and so the oracle PyTorch's mm order) away from the reference BLAS.
openblas=../build/bench/openblas
if [ ! -f "$openblas/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3" ]; then
  mkdir -p "$openblas"
  (cd "$openblas" && apt-get download libopenblas0-pthread 2>/dev/null && dpkg -x libopenblas0-pthread_*.deb .)
fi
