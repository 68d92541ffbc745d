"""Run the pandas, pyarrow and DuckDB examples of a Markdown file and print what they print,
as JSON, for tests/tables_snippets.rs to check against the JSON documents.

usage: python run_snippets.py DOC.md WORKDIR

Every ```python block runs as written, in WORKDIR (one namespace per block); each
object passed to print() is recorded (a pandas Series as a list of [key, value]).
Every ```sql block runs statement by statement in one DuckDB connection; each
query's rows are recorded. Output: {"python": [[...], ...], "sql": [[...], ...]}
one list of printed objects per block, in order.
"""

import datetime
import json
import os
import re
import sys


def plain(x):
    """A printed object as JSON: Series → [[key, value]...], DataFrame → rows."""
    try:
        import pandas as pd
        import numpy as np
    except ImportError:  # pragma: no cover
        pd = np = None
    if pd is not None and isinstance(x, pd.Series):
        return [[plain(k), plain(v)] for k, v in x.items()]
    if pd is not None and isinstance(x, pd.DataFrame):
        return [[plain(v) for v in row] for row in x.itertuples(index=True)]
    if isinstance(x, tuple):
        return [plain(v) for v in x]
    if np is not None and isinstance(x, np.generic):
        return x.item()
    if isinstance(x, float) and x != x:
        return None
    if isinstance(x, (datetime.date, datetime.datetime)):
        return x.isoformat()
    if pd is not None and x is pd.NaT:
        return None
    return x


def blocks(text, lang):
    return re.findall(r"^```" + lang + r"\n(.*?)^```", text, flags=re.S | re.M)


def main():
    doc, workdir = sys.argv[1], sys.argv[2]
    text = open(doc, encoding="utf-8").read()
    os.chdir(workdir)
    out = {"python": [], "sql": []}
    for code in blocks(text, "python"):
        printed = []
        env = {"print": lambda *a, **k: printed.extend(plain(x) for x in a)}
        exec(compile(code, doc, "exec"), env)
        out["python"].append(printed)
    import duckdb

    con = duckdb.connect()
    for code in blocks(text, "sql"):
        printed = []
        for stmt in (s.strip() for s in code.split(";")):
            if not stmt:
                continue
            rel = con.sql(stmt)
            # What a query prints; CREATE and the like print nothing.
            if stmt.split(None, 1)[0].upper() in ("SELECT", "WITH", "FROM", "SUMMARIZE", "DESCRIBE"):
                printed.append([[plain(v) for v in row] for row in rel.fetchall()])
        out["sql"].append(printed)
    json.dump(out, sys.stdout, default=str)


if __name__ == "__main__":
    main()
