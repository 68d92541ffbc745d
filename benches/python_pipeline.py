#!/usr/bin/env python3
"""The pipeline a user would write instead of wenshu: Python jieba + OpenCC +
regular expressions, in two processes (convert, then extract). The baseline of
`benches/compare.sh` (optional step, when `jieba` and `opencc` import).

    python_pipeline.py convert SRC_DIR TMP_DIR     # OpenCC t2s, tree mirrored
    python_pipeline.py extract TMP_DIR OUT.jsonl   # jieba + regex, one JSON per line
"""

import hashlib
import json
import os
import re
import sys

HEADING = re.compile(r"^\s*(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[）)]|(\d+)[.．、])\s*(.*)$")
DATE = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日")
MONEY = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?元")
PERCENT = re.compile(r"\d+(?:\.\d+)?[%％]")
COUNT = re.compile(r"(\d+)(户|人次|人|场|次|个|家|项|件|所|名)")


def files(root):
    for base, _, names in os.walk(root):
        for n in sorted(names):
            if n.endswith((".txt", ".md")):
                yield os.path.join(base, n)


def convert(src, dst):
    import opencc

    cc = opencc.OpenCC("t2s")
    for path in files(src):
        rel = os.path.relpath(path, src)
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        out = os.path.join(dst, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(cc.convert(text))


def extract(src, out_path):
    import jieba

    jieba.setLogLevel(60)
    with open(out_path, "w", encoding="utf-8") as out:
        for path in files(src):
            with open(path, "rb") as f:
                raw = f.read()
            text = raw.decode("utf-8", errors="replace")
            sections, tokens, facts = [], 0, []
            for lineno, line in enumerate(text.splitlines(), 1):
                tokens += sum(1 for _ in jieba.cut(line))
                m = HEADING.match(line)
                if m:
                    sections.append({"line": lineno, "title": m.group(4)[:120]})
                for kind, rx in (("date", DATE), ("money", MONEY), ("percent", PERCENT), ("count", COUNT)):
                    for f in rx.finditer(line):
                        facts.append({"kind": kind, "text": f.group(0), "line": lineno})
            doc = {
                "source": {"path": os.path.relpath(path, src), "bytes": len(raw),
                           "sha256": hashlib.sha256(raw).hexdigest()},
                "sections": sections,
                "facts": facts,
                "tokens": tokens,
            }
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("convert", "extract"):
        sys.exit(__doc__)
    {"convert": convert, "extract": extract}[sys.argv[1]](sys.argv[2], sys.argv[3])
