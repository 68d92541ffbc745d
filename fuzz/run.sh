#!/usr/bin/env bash
# Run the fuzz targets, each for SECONDS (default 1800), JOBS at a time (default:
# all at once), with a per-input time limit low enough that a scan quadratic in
# the line length fails instead of crawling (libFuzzer's default is 20 minutes).
#
#   fuzz/run.sh [SECONDS] [TARGET...]        JOBS=2 fuzz/run.sh 600 check dates
#
# Needs cargo-fuzz (cargo install cargo-fuzz); uses the stable toolchain through
# RUSTC_BOOTSTRAP. Findings go to fuzz/artifacts/TARGET/, logs to fuzz/logs/. A reader's
# target (read_docx…) is seeded with the test fixtures of its format.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1800}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v '^wenshu-fuzz$')
fi
jobs=${JOBS:-${#targets[@]}}
export RUSTC_BOOTSTRAP=1
# Build each target once, one after the other, with the flags `cargo fuzz run` uses
# (`cargo fuzz build` uses others, and eight runs starting at once would each
# rebuild): a run of no inputs builds it.
mkdir -p fuzz/corpus
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  # A reader's target (read_docx, read_pdf…) starts from the test fixtures of its format.
  case "$t" in
    read_*) find tests/fixtures -type f -name "*.${t#read_}" -size -64k -exec cp -n {} "fuzz/corpus/$t/" \; ;;
  esac
  cargo fuzz run "$t" -- -runs=0 >/dev/null 2>&1 || { echo "fuzz/run.sh: $t does not build" >&2; exit 2; }
done
mkdir -p fuzz/logs
status=0
run() {
  local t=$1
  mkdir -p "fuzz/corpus/$t"
  # -timeout: seconds per input. A 1 MB line through check or extract takes well
  # under a second; a quadratic path takes minutes.
  cargo fuzz run "$t" -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 >"fuzz/logs/$t.log" 2>&1
}
running=0
for t in "${targets[@]}"; do
  run "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done
for t in "${targets[@]}"; do
  printf '%-14s %s\n' "$t" "$(grep -E 'stat::number_of_executed_units|Done [0-9]+ runs' "fuzz/logs/$t.log" | tail -1)"
done
exit $status
