#!/usr/bin/env python3
"""Reference conversions with OpenCC 1.4.2 (the `opencc` package on PyPI).

Usage: opencc_ref.py --version
       opencc_ref.py CONFIG SRC_DIR OUT_DIR

Converts every .txt and .md file under SRC_DIR (UTF-8, an optional BOM dropped)
with OpenCC configuration CONFIG (t2s, s2t, s2twp, s2hk…) and writes the result
as UTF-8 to the same relative path under OUT_DIR. Used by tests/convert_parity.rs;
.ci/run installs the package into target/opencc-venv.
"""

import os
import sys

import opencc


def main(argv):
    if argv[1:] == ["--version"]:
        print(opencc.__version__)
        return 0
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    config, src, out = argv[1:]
    converter = opencc.OpenCC(config)
    count = 0
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith((".txt", ".md")):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src)
            with open(path, "rb") as f:
                data = f.read()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                print(f"skipped (not UTF-8): {rel}", file=sys.stderr)
                continue
            dest = os.path.join(out, rel)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "w", encoding="utf-8", newline="") as f:
                f.write(converter.convert(text))
            count += 1
    print(f"{count} files converted with OpenCC {opencc.__version__} {config}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
