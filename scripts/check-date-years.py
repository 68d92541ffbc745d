#!/usr/bin/env python3
"""List the dates whose year a reader would doubt: after the article's own date
plus 15 years, or before 1900, where the fact's text does not write that year
(as digits, Chinese digits, or an ROC year in a Taiwan document).

    target/release/wenshu extract ../shared/corpus/reports --format jsonl -o /tmp/out.jsonl -q
    python3 scripts/check-date-years.py /tmp/out.jsonl

Prints one line per doubtful date (file, line, text, value, why) and a count;
exits 1 when there is any. Standard library only.
"""

import json
import re
import sys

FORWARD = 15
EARLIEST = 1900
CN = "〇一二三四五六七八九"


def years_of(value):
    """The years of an ISO value (`2016-05-01`, `2016`, `XXXX-05`)."""
    if not isinstance(value, str):
        return []
    m = re.match(r"(\d{4})", value)
    return [int(m.group(1))] if m else []


def writes_year(text, year, region):
    """Does the text write `year` itself (or the century or millennium it
    stands for: `本世纪末`, `两千年`)?"""
    if "世纪" in text or "世紀" in text:
        return True
    if year == 2000 and re.search("[两二兩]千年", text):
        return True
    t = text.translate({0xFF10 + d: str(d) for d in range(10)})
    if str(year) in t:
        return True
    if "".join(CN[int(c)] for c in str(year)) in t.replace("零", "〇").replace("○", "〇"):
        return True
    if region == "tw" and 0 < year - 1911 < 200 and re.search(rf"(?<!\d){year - 1911}(?!\d)", t):
        return True
    return False


def main(path):
    doubtful = 0
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        region = doc["source"].get("region")
        articles = doc.get("articles", [])
        for f in doc.get("facts", []):
            if f["kind"] != "date":
                continue
            art = articles[f["article"]] if f.get("article") is not None else None
            own = (art or {}).get("date") or {}
            limit = (years_of(own.get("value")) or [None])[0]
            for key in ("value", "end"):
                for y in years_of(f.get(key)):
                    late = limit is not None and y > limit + FORWARD
                    early = y < EARLIEST
                    if (late or early) and not writes_year(f["text"], y, region):
                        doubtful += 1
                        why = f"after {limit}+{FORWARD}" if late else f"before {EARLIEST}"
                        print(
                            f'{doc["source"]["path"]}:{f["line"]}\t{f["text"]!r}\t'
                            f'{f.get("value")}..{f.get("end")}\t{why}'
                        )
    print(f"{doubtful} doubtful date years", file=sys.stderr)
    return 1 if doubtful else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
