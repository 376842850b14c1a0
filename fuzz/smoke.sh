#!/usr/bin/env bash
# Runs each libFuzzer target of a fuzz build briefly: its checked-in regressions (fuzz/regressions/
# TARGET/*) once each, then RUNS inputs mutated from its seed corpus (fuzz/corpus/TARGET/). The
# corpus is copied first, so the checked-in seeds are never modified. Fails on any crash.
#
# Usage: fuzz/smoke.sh [BUILD_DIR] [RUNS]   (defaults: build-fuzz, 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-fuzz}
runs=${2:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for corpus in fuzz/corpus/*/; do
  target=$(basename "$corpus")
  binary="$build/fuzz/$target"
  if [ ! -x "$binary" ]; then
    echo "fuzz/smoke.sh: $binary is missing; build it with make fuzz-build" >&2
    exit 1
  fi
  mkdir -p "$work/$target"
  cp "$corpus"* "$work/$target/"
  start=$SECONDS
  regressions=()
  if [ -d "fuzz/regressions/$target" ]; then
    mapfile -t regressions < <(find "fuzz/regressions/$target" -type f | sort)
  fi
  if [ ${#regressions[@]} -gt 0 ] &&
     ! "$binary" "${regressions[@]}" > "$work/$target.log" 2>&1; then
    echo "fuzz/smoke.sh: $target FAILED on a checked-in regression:" >&2
    tail -n 40 "$work/$target.log" >&2
    status=1
    continue
  fi
  if "$binary" "$work/$target" -runs="$runs" -timeout=25 -artifact_prefix="$work/$target-" \
       > "$work/$target.log" 2>&1; then
    echo "fuzz/smoke.sh: $target ok: ${#regressions[@]} regressions, $runs runs, $((SECONDS - start)) s"
  else
    echo "fuzz/smoke.sh: $target FAILED; the log ends with:" >&2
    tail -n 40 "$work/$target.log" >&2
    for crash in "$work/$target"-*; do
      [ -e "$crash" ] || continue
      mkdir -p "fuzz/regressions/$target"
      cp "$crash" "fuzz/regressions/$target/"
      echo "  input saved to fuzz/regressions/$target/$(basename "$crash")" >&2
    done
    status=1
  fi
done
exit $status
