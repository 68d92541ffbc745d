"""Unit tests of the Spark job's helpers (no JVM needed): run by tests/spark.rs as
`python -m unittest examples/spark/test_wenshu_spark.py`, or by hand."""

import base64
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import wenshu_spark  # noqa: E402
from pyspark.sql.types import _make_type_verifier  # noqa: E402

# Facts shaped as SPEC.md describes them.
DOC = {
    "id": "file:/a/b.txt",
    "schema": 1,
    "source": {"path": "/a/b.txt", "sha256": "ab" * 32},
    "facts": [
        {"kind": "date", "text": "9月17日", "value": "2025-09-17", "precision": "day",
         "inferred": ["year"], "article": 0, "section": "1.1", "line": 4, "column": 12,
         "span": [96, 101]},
        {"kind": "date", "text": "9月16日至18日", "value": "2025-09-16", "end": "2025-09-18",
         "precision": "day", "article": 0, "section": None, "line": 5, "column": 1, "span": [120, 129]},
        {"kind": "money", "text": "3.5萬元", "value": 35000, "currency": "CNY", "qualifier": "nearly",
         "article": 1, "section": "2", "line": 9, "column": 3, "span": [300, 305]},
        {"kind": "percent", "text": "12.5個百分點", "value": 12.5, "unit": "point",
         "article": 1, "section": "2", "line": 9, "column": 9, "span": [306, 314]},
        {"kind": "count", "text": "20xx餘人", "value": None, "incomplete": True, "unit": "人",
         "qualifier": "more_than", "article": None, "section": None, "line": 1, "column": 1,
         "span": [0, 6]},
    ],
}


class Helpers(unittest.TestCase):
    def test_fact_rows_fit_the_schema(self):
        verify = _make_type_verifier(wenshu_spark.FACTS_SCHEMA)
        rows = list(wenshu_spark.fact_rows(json.dumps(DOC, ensure_ascii=False)))
        self.assertEqual(len(rows), 5)
        for row in rows:
            verify(row)
        names = [f.name for f in wenshu_spark.FACTS_SCHEMA.fields]
        date, rng, money, pct, count = [dict(zip(names, r)) for r in rows]
        self.assertEqual(date["value_string"], "2025-09-17")
        self.assertIsNone(date["value_number"])
        self.assertEqual(date["inferred"], ["year"])
        self.assertEqual(rng["end"], "2025-09-18")
        self.assertEqual(money["value_number"], 35000.0)
        self.assertEqual(money["currency"], "CNY")
        self.assertEqual(pct["value_number"], 12.5)
        self.assertTrue(count["incomplete"])
        self.assertIsNone(count["value_number"])
        self.assertEqual((count["span_start"], count["span_end"]), (0, 6))
        self.assertEqual(money["path"], "/a/b.txt")

    def test_error_records_have_no_facts(self):
        line = json.dumps({"id": "x", "error": {"code": "binary", "message": "…"}, "line": 1})
        self.assertEqual(list(wenshu_spark.fact_rows(line)), [])

    def test_paths(self):
        self.assertEqual(wenshu_spark.display_path("file:/a/b c.txt"), "/a/b c.txt")
        self.assertEqual(wenshu_spark.display_path("file:///a/b.txt"), "/a/b.txt")
        self.assertEqual(wenshu_spark.display_path("hdfs://nn:8020/a/b.txt"), "hdfs://nn:8020/a/b.txt")
        ext = {"txt", "md"}
        self.assertTrue(wenshu_spark.wanted("file:/a/B.TXT", ext))
        self.assertTrue(wenshu_spark.wanted("file:/a/b.md", ext))
        self.assertFalse(wenshu_spark.wanted("file:/a/b.pdf", ext))
        self.assertFalse(wenshu_spark.wanted("file:/a/txt", ext))
        self.assertTrue(wenshu_spark.wanted("file:/a/b.pdf", None))

    def test_records_carry_the_bytes(self):
        raw = "報告".encode("big5")
        rec = json.loads(wenshu_spark.to_record(("file:/x/r.txt", bytearray(raw))))
        self.assertEqual(rec["id"], "file:/x/r.txt")
        self.assertEqual(rec["path"], "/x/r.txt")
        self.assertEqual(base64.b64decode(rec["base64"]), raw)


if __name__ == "__main__":
    unittest.main()
