#!/usr/bin/env bash
# Compare every output of two wenshu binaries on a corpus: a restructure must
# leave them byte-identical (or the differences are the documented fixes).
#
#   scripts/compare-outputs.sh OLD_BINARY NEW_BINARY [CORPUS]   (default ../shared/corpus)
#
# Runs extract (json, jsonl with --to simplified and --tokens, csv, xlsx sheets),
# check (human, json, github, sarif) and convert (simplified, taiwan) with each
# binary and diffs the results. Exit 0 when identical, 1 when anything differs.
set -euo pipefail
old=$(realpath "$1"); new=$(realpath "$2")
corpus=$(realpath "${3:-../shared/corpus}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { # name binary
  local out="$work/$1" bin=$2
  mkdir -p "$out"
  (cd "$corpus" && {
    "$bin" extract . -q --format json -o "$out/json" || true
    "$bin" extract . -q --format jsonl --to simplified -o "$out/all.jsonl" || true
    "$bin" extract reports/cn-city-gwr -q --format jsonl --tokens --keywords 5 -o "$out/tokens.jsonl" || true
    "$bin" extract . -q --format csv -o "$out/csv" || true
    "$bin" extract . -q --format xlsx -o "$out/book.xlsx" || true
    for f in human json github sarif; do
      "$bin" check . --no-config --format "$f" -o "$out/check.$f" 2>/dev/null || true
    done
    "$bin" convert . -q --to simplified -o "$out/conv-s" || true
    "$bin" convert reports/tw-ly-proceedings -q --to taiwan -o "$out/conv-tw" || true
  })
  # A workbook is a zip with timestamps: compare its sheets' XML.
  if [ -f "$out/book.xlsx" ]; then
    mkdir -p "$out/book" && (cd "$out/book" && python3 -c 'import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall()' "$out/book.xlsx")
    rm -f "$out/book.xlsx" "$out/book/docProps/core.xml"
  fi
}
run old "$old"
run new "$new"
if diff -r -q "$work/old" "$work/new"; then
  echo "identical: $(find "$work/new" -type f | wc -l) output files"
else
  echo "outputs differ (see above)"; exit 1
fi
