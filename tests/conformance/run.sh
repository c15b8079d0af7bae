#!/usr/bin/env bash
# Runs the conformance suite through a runner and compares with what real PyTorch printed.
#   tests/conformance/run.sh RUNNER...       e.g. run.sh build/native/autograd-run
# Object addresses (0x...) are the only thing allowed to differ.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -lt 1 ]; then
  echo "usage: $0 RUNNER [ARGS...]" >&2
  exit 2
fi
runner=("$@")
# Programs run from this folder: make a relative runner path absolute first.
if [ -e "${runner[0]}" ]; then runner[0]="$(cd "$(dirname "${runner[0]}")" && pwd)/$(basename "${runner[0]}")"; fi
normalize() { sed -E 's/0x[0-9a-fA-F]+/0x…/g'; }
passed=0
failed=0
failures=()
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for program in "$here"/[0-9][0-9][0-9]_*.py; do
  name="$(basename "$program" .py)"
  expected_out="$here/$name.out"
  expected_err="$here/$name.err"
  (cd "$here" && timeout 60 "${runner[@]}" "$name.py" >"$tmp/out" 2>"$tmp/err")
  status=$?
  ok=1
  if ! diff -q <(normalize <"$expected_out") <(normalize <"$tmp/out") >/dev/null; then ok=0; fi
  if [ -f "$expected_err" ]; then
    want_status="$(sed -n 1p "$expected_err" | cut -d' ' -f2)"
    want_line="$(sed -n 2p "$expected_err")"
    got_line="$(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1)"
    if [ "$status" != "$want_status" ] || [ "$(normalize <<<"$want_line")" != "$(normalize <<<"$got_line")" ]; then ok=0; fi
  elif [ "$status" != 0 ]; then
    ok=0
  fi
  if [ $ok = 1 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
    if [ "${VERBOSE:-0}" = 1 ]; then
      echo "--- $name (exit $status)"
      diff <(normalize <"$expected_out") <(normalize <"$tmp/out") | head -20
      [ -f "$expected_err" ] && echo "expected stderr: $(sed -n 2p "$expected_err")" && echo "got stderr:      $(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1)"
    fi
  fi
done
for f in "${failures[@]}"; do echo "FAILED: $f"; done
echo "conformance: $passed passed, $failed failed"
[ "$failed" = 0 ]
