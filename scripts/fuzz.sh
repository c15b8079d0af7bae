#!/usr/bin/env bash
# Fuzz the cell language: `bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]`.
# Builds the libFuzzer targets (clang-14, ASan+UBSan), seeds each corpus from the conformance
# programs and the saved regressions, and runs every target for the given time (default 60 s).
# A crash, sanitizer report or timeout fails the run and leaves the input in
# build/fuzz/artifacts/ — copy it to tests/fuzz/regressions/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_parse fuzz_run)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"
mkdir -p build/fuzz/artifacts
for target in "${targets[@]}"; do
  corpus=build/fuzz/corpus/$target
  mkdir -p "$corpus"
  cp tests/conformance/*.py tests/fuzz/regressions/* "$corpus"/ 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s"
  # Leak detection is off: Python code can build reference cycles (a.append(a)) and, like
  # CPython without its cycle collector, we do not reclaim them before the session ends.
  log=build/fuzz/$target.log
  status=0
  ASAN_OPTIONS=detect_leaks=0 "build/fuzz/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=4096 -detect_leaks=0 -print_final_stats=1 \
    -artifact_prefix=build/fuzz/artifacts/ >"$log" 2>&1 || status=$?
  grep -E "DONE|stat::number_of_executed_units|ERROR|runtime error|SUMMARY|artifact" "$log" || true
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target failed (see $log)"
    exit "$status"
  fi
done
