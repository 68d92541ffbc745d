#!/usr/bin/env bash
# Whole-tool comparison: `wenshu extract` against the segmentation
# floor (benches/jieba-cut: jieba-rs 0.11 cutting every file, line by line, in
# parallel, nothing else), optionally against the Python pipeline a user would
# write (benches/python_pipeline.py: jieba + OpenCC + regex, two processes), plus
# `wenshu check` MB/s, peak memory at 1× and 4× the corpus, one 100 MB file,
# start-up, `-j 1`/`-j 2` and 1×/2×/4× scaling. Runs alternate; medians reported.
#
#   benches/compare.sh [--python] [CORPUS]     (default ../shared/corpus/reports)
#   RUNS=5 benches/compare.sh                  (runs per timing, default 3)
#
# Needs GNU time (/usr/bin/time -v; installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PYTHON=0
CORPUS=../shared/corpus/reports
for a in "$@"; do
  case "$a" in
    --python) PYTHON=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) CORPUS=$a ;;
  esac
done
RUNS=${RUNS:-3}
if [ ! -d "$CORPUS" ]; then
  echo "compare.sh: corpus $CORPUS not found; nothing to measure" >&2
  exit 0
fi
CORPUS=$(cd "$CORPUS" && pwd)

if [ ! -c /dev/null ]; then
  # A wenshu before the streamed-output fix renamed its result over `-o /dev/null`.
  echo "compare.sh: /dev/null is not a character device (restore it: rm /dev/null; mknod -m 666 /dev/null c 1 3)" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "compare.sh: installing GNU time" >&2
  (apt-get install -y time >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1)) \
    || { echo "compare.sh: /usr/bin/time is required (apt-get install time)" >&2; exit 2; }
fi

echo "== building (release)" >&2
cargo build --release --quiet
WENSHU=$ROOT/target/release/wenshu
CARGO_TARGET_DIR=$ROOT/target/jieba-cut cargo build --release --quiet --manifest-path benches/jieba-cut/Cargo.toml
JIEBA=$ROOT/target/jieba-cut/release/jieba-cut

TMP=$(mktemp -d "${TMPDIR:-/tmp}/wenshu-compare.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# run NAME CMD...: one timed run; appends "seconds kbytes" to $TMP/NAME.
run() {
  local name=$1; shift
  /usr/bin/time -v -o "$TMP/time.txt" "$@" >/dev/null 2>"$TMP/stderr.txt" || {
    local rc=$?
    # `check` exits 1 when it finds placeholders: a result, not a failure.
    if [ "$name" != check ] || [ "$rc" != 1 ]; then
      echo "compare.sh: $name failed (exit $rc):" >&2; tail -5 "$TMP/stderr.txt" >&2; return $rc
    fi
  }
  local wall kb
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$TMP/time.txt")
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$TMP/time.txt")
  echo "$wall $kb $cpu" >>"$TMP/rec.$name"
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
med_time() { cut -d" " -f1 "$TMP/rec.$1" | median; }
# CPU seconds (user + system): steadier than wall time on a shared machine.
med_cpu() { cut -d" " -f3 "$TMP/rec.$1" | median; }
max_mem_mib() { cut -d' ' -f2 "$TMP/rec.$1" | sort -n | tail -1 | awk '{printf "%.0f", $1/1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
mbs() { awk -v b="$1" -v s="$2" 'BEGIN {printf "%.1f", b/1e6/s}'; }

BYTES=$(find -L "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
FILES=$(find -L "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
CORES=$(nproc)
echo "== corpus $CORPUS: $FILES files, $BYTES bytes; $CORES cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# wx NAME ARGS...: one timed `wenshu extract ARGS... --format jsonl -o /dev/null`.
wx() { local name=$1; shift; run "$name" "$WENSHU" extract "$@" --format jsonl -o /dev/null -q; }

echo "== extract vs jieba-rs cut, $RUNS alternating runs" >&2
for _ in $(seq "$RUNS"); do
  run jieba "$JIEBA" "$CORPUS"
  wx extract "$CORPUS"
done

echo "== extract --tokens (every line cut and tagged, every token written)" >&2
for _ in $(seq "$RUNS"); do
  wx tokens --tokens "$CORPUS"
done

echo "== -j 1 / -j 2" >&2
for _ in $(seq "$RUNS"); do
  wx j1 -j 1 "$CORPUS"
  wx j2 -j 2 "$CORPUS"
  run jieba1 "$JIEBA" -j 1 "$CORPUS"
  run jieba2 "$JIEBA" -j 2 "$CORPUS"
done

echo "== 2× and 4× corpus (symbolic links)" >&2
for k in 2 4; do
  mkdir -p "$TMP/x$k"
  for i in $(seq "$k"); do ln -s "$CORPUS" "$TMP/x$k/copy$i"; done
done
for _ in $(seq "$RUNS"); do
  wx x2 "$TMP/x2"
  wx x4 "$TMP/x4"
done

echo "== one 100 MB file" >&2
BIG=$TMP/big/one-100mb.txt
mkdir -p "$TMP/big"
while [ "$(stat -c %s "$BIG" 2>/dev/null || echo 0)" -lt 100000000 ]; do
  find -L "$CORPUS" -type f -name '*.txt' | sort | while read -r f; do cat "$f"; done >>"$BIG"
done
head -c 100000000 "$BIG" >"$BIG.cut" && mv "$BIG.cut" "$BIG"
# Cut at a line break so the file stays valid UTF-8.
python3 - "$BIG" <<'PY'
import sys
p = sys.argv[1]
b = open(p, 'rb').read()
open(p, 'wb').write(b[:b.rfind(b'\n') + 1])
PY
BIG_BYTES=$(stat -c %s "$BIG")
wx big "$BIG"

echo "== start-up (a tiny file)" >&2
printf '2025年社区活动总结\n一、基本情况\n走访困难家庭6户。\n' >"$TMP/tiny.txt"
# GNU time counts in 10 ms steps: time these with the shell's microsecond clock.
for _ in $(seq 7); do
  t0=$EPOCHREALTIME
  "$WENSHU" extract "$TMP/tiny.txt" --format jsonl -o /dev/null -q
  t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f 0\n", b-a}' >>"$TMP/rec.startup"
done

echo "== wenshu check" >&2
CHECK="not available"
if "$WENSHU" check "$TMP/tiny.txt" >/dev/null 2>&1 || [ $? = 1 ]; then
  for _ in $(seq "$RUNS"); do run check "$WENSHU" check "$CORPUS"; done
  CHECK="$(mbs "$BYTES" "$(med_time check)") MB/s (median $(med_time check) s)"
fi

PY_LINE="not measured (run with --python)"
if [ "$PYTHON" = 1 ]; then
  VENV=$ROOT/target/py-venv
  if ! "$VENV/bin/python" -c 'import jieba, opencc' 2>/dev/null; then
    echo "== installing Python jieba + opencc into $VENV" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check jieba 'opencc==1.4.2'
  fi
  echo "== Python pipeline (jieba + OpenCC + regex, two processes), 1 run" >&2
  rm -rf "$TMP/py"
  run py_convert "$VENV/bin/python" benches/python_pipeline.py convert "$CORPUS" "$TMP/py"
  run py_extract "$VENV/bin/python" benches/python_pipeline.py extract "$TMP/py" "$TMP/py.jsonl"
  PY_S=$(awk -v a="$(med_time py_convert)" -v b="$(med_time py_extract)" 'BEGIN {printf "%.2f", a+b}')
  PY_LINE="$PY_S s → extract is $(ratio "$PY_S" "$(med_time extract)")× faster"
fi

J=$(med_time jieba); E=$(med_time extract)
J1=$(med_time j1); J2=$(med_time j2); X2=$(med_time x2); X4=$(med_time x4)
cat <<EOF2

## wenshu performance ($(date -u +%Y-%m-%d), $CORES cores, load $(cut -d' ' -f1-3 /proc/loadavg), medians of $RUNS runs)

Corpus: $CORPUS — $FILES files, $(mbs "$BYTES" 1) MB.

| measure | result | target |
|---|---|---|
| bare jieba-rs cut (benches/jieba-cut) | $J s ($(mbs "$BYTES" "$J") MB/s) | |
| \`wenshu extract --format jsonl -o /dev/null\` | $E s ($(mbs "$BYTES" "$E") MB/s) | |
| extract / jieba ratio (wall) | **$(ratio "$E" "$J")×** | ≤ 1.5× (stretch 1.3×) |
| extract / jieba ratio (CPU seconds, user + system) | $(med_cpu extract) s / $(med_cpu jieba) s = $(ratio "$(med_cpu extract)" "$(med_cpu jieba)")× | |
| \`extract --tokens\` (every line cut and tagged, 6–7 M tokens written) | $(med_time tokens) s: $(ratio "$(med_time tokens)" "$J")× the cut | |
| Python jieba + OpenCC + regex | $PY_LINE | ≥ 25× |
| \`wenshu check\` | $CHECK | ≥ 150 MB/s |
| peak memory, 1× corpus | $(max_mem_mib extract) MiB | ≤ 200 MiB |
| peak memory, 4× corpus | $(max_mem_mib x4) MiB | flat |
| one $(mbs "$BIG_BYTES" 1) MB file | peak $(max_mem_mib big) MiB ($(awk -v m="$(max_mem_mib big)" -v b="$BIG_BYTES" 'BEGIN {printf "%.2f", m*1048576/b}')× its size), $(med_time big) s | ≤ 4× |
| start-up (extract of a 3-line file) | $(awk -v s="$(med_time startup)" 'BEGIN {printf "%.0f", s*1000}') ms | ≤ 100 ms |
| \`-j 1\` / \`-j 2\` | $J1 s / $J2 s: $(ratio "$J1" "$J2")× (CPU $(med_cpu j1) s / $(med_cpu j2) s) | ≈ 2× |
| the bare cut, \`-j 1\` / \`-j 2\` (what this machine's two cores give) | $(med_time jieba1) s / $(med_time jieba2) s: $(ratio "$(med_time jieba1)" "$(med_time jieba2)")× | |
| corpus 1× / 2× / 4× | $E s / $X2 s / $X4 s ($(ratio "$X2" "$E")×, $(ratio "$X4" "$E")×) | linear |

Reproduce: \`RUNS=$RUNS benches/compare.sh$([ "$PYTHON" = 1 ] && echo " --python" || true)\`; per stage: \`cargo bench\`.
EOF2
