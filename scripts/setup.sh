#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build and test the project.
# Idempotent and quiet when everything is already there, so every npm script can call it.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages (Debian's apt is the only registry for them; nothing is downloaded at build time).
APT_PACKAGES=(
  cmake ninja-build g++          # native build
  libxtensor-dev xtl-dev libxsimd-dev nlohmann-json3-dev  # arrays, JSON for golden files
  catch2                         # native tests
  clang-14 libclang-rt-14-dev    # sanitizer and libFuzzer builds (asan and fuzz presets)
  emscripten                     # C++ -> WebAssembly
  chromium                       # browser tests (driven by npm playwright-core)
  hugo jekyll                    # browser tests: cells embedded in real Hugo and Jekyll posts
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages, from the lock file, only when they are missing or stale.
if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
fi
