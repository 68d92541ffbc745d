#!/bin/sh
# Headings (sections that are neither item nor inline) of two builds over a corpus:
# what the new build no longer calls a heading, and whether each is now an item.
# Usage: scripts/compare-headings.sh OLD_WENSHU NEW_WENSHU [CORPUS] (default ../shared/corpus/reports)
set -e
OLD=$1; NEW=$2; C=${3:-../shared/corpus/reports}
T=$(mktemp -d)
"$OLD" extract "$C" -q -j 1 --format jsonl -o "$T/before.jsonl"
"$NEW" extract "$C" -q -j 1 --format jsonl -o "$T/after.jsonl"
python3 - "$T" <<'PY'
import json, sys
t = sys.argv[1]
def load(f):
    out = {}
    for ln in open(f, encoding="utf-8"):
        d = json.loads(ln)
        p = d["source"]["path"]
        for s in d["sections"]:
            out[(p, s["line"])] = s
    return out
b, a = load(t + "/before.jsonl"), load(t + "/after.jsonl")
head = lambda s: not s.get("item") and not s.get("inline")
hb = {k for k, s in b.items() if head(s)}
ha = {k for k, s in a.items() if head(s)}
lost = sorted(hb - ha)
print(f"headings before {len(hb)}, after {len(ha)}; no longer headings {len(lost)} "
      f"(now items {sum(1 for k in lost if a.get(k, {}).get('item'))}, gone {sum(1 for k in lost if k not in a)}); "
      f"new headings {len(ha - hb)}")
for k in lost:
    s = a.get(k)
    print("lost", k[0], k[1], "item" if s and s.get("item") else "GONE", (s or b[k])["marker"] + (s or b[k])["title"][:40])
for k in sorted(ha - hb):
    print("new", k[0], k[1], a[k]["marker"] + a[k]["title"][:40])
PY
rm -rf "$T"
