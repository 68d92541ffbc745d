"""The package gives what the command gives: the same JSON for a file, the same
facts table for the corpus, the same check findings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pytest

import wenshu
from conftest import REPO, relative


@pytest.fixture(autouse=True)
def at_command_folder(monkeypatch):
    # Both sides read the same relative paths, so `source.path` agrees.
    monkeypatch.chdir(REPO.parent)


def test_seed_report_is_the_commands_document(cli, seed):
    path = relative(seed)
    [expected] = cli.jsonl(path)
    doc = wenshu.extract(path)
    assert doc["facts"] == expected["facts"]
    assert doc == expected
    # The seed's facts users read first: the date, the money and the turnout.
    kinds = {f["kind"] for f in doc["facts"]}
    assert {"date", "money"} <= kinds, kinds


def test_options_are_the_commands_flags(cli, seed):
    path = relative(seed)
    [expected] = cli.jsonl("--reference-date", "2024-09", "--to", "traditional", "--keywords", "5", path)
    doc = wenshu.extract(path, reference_date="2024-09", to="hant", keywords=5)
    assert doc == expected
    assert doc["source"]["path"] == path
    assert all(a["keywords"] for a in doc["articles"])


def test_text_gives_the_files_facts(seed):
    text = seed.read_text(encoding="utf-8")
    from_text = wenshu.extract(text=text, name="seed.txt")
    from_file = wenshu.extract(relative(seed))
    assert from_text["source"]["path"] == "seed.txt"
    assert from_text["facts"] == from_file["facts"]
    assert from_text["sections"] == from_file["sections"]
    # Every fact's text is the original at its span.
    for f in from_text["facts"]:
        assert text[f["span"][0] : f["span"][1]] == f["text"]


def test_check_gives_the_commands_findings(cli, seed, tmp_path):
    path = relative(seed)
    out = cli.run("check", "--no-config", "--format", "json", "--quiet", path)
    assert out.returncode in (0, 1), out.stderr
    expected = json.loads(out.stdout)["placeholders"]
    assert wenshu.check(path) == expected
    # A template's blanks, as a string.
    found = wenshu.check(text="活动时间：XX月XX日\n负责人：____\n", name="template.txt")
    assert [f["kind"] for f in found][:1] == ["masked_number"]
    assert all(f["path"] == "template.txt" for f in found)


def test_convert_is_the_commands(cli, seed):
    text = seed.read_text(encoding="utf-8")
    out = cli.run("convert", "--quiet", "--to", "simplified", "-o", "-", relative(seed))
    assert out.returncode == 0, out.stderr
    assert wenshu.convert(text, to="simplified") == out.stdout
    assert wenshu.convert("发展与建设", to="hant") == "發展與建設"
    assert wenshu.convert("發展與建設", to="hans") == "发展与建设"
    with pytest.raises(ValueError, match="hans"):
        wenshu.convert("x", to="klingon")


# The reference table: the command's CSV read with pyarrow. To compare with a
# Parquet file instead, write it with `--format parquet -o facts.parquet` and read
# it with `pyarrow.parquet.read_table` in `reference_table`.
REFERENCE = os.environ.get("WENSHU_TABLE_REFERENCE", "csv")


def reference_table(cli, inputs: str, schema: pa.Schema, out: Path) -> pa.Table:
    if REFERENCE == "parquet":
        import pyarrow.parquet as pq

        dest = out / "facts.parquet"
        run = cli.run("extract", "--quiet", "--format", "parquet", "--table", "facts", "-o", str(dest), inputs)
        assert run.returncode == 0, run.stderr
        return pq.read_table(dest)
    dest = out / "facts.csv"
    run = cli.run("extract", "--quiet", "--format", "csv", "--table", "facts", "-o", str(dest), inputs)
    assert run.returncode == 0, run.stderr
    # The CSV's types are the package's: text columns stay text ("1.10" is a
    # section id, not a number).
    # A date cut by a hard line wrap keeps its line break: such cells are quoted
    # and hold a newline, which pyarrow reads only when told.
    return pacsv.read_csv(
        dest,
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(column_types=schema, true_values=["true"], false_values=["false"]),
    )


def _blank_is_null(col: pa.ChunkedArray) -> pa.ChunkedArray:
    # A CSV cannot tell an empty text from no text.
    if pa.types.is_string(col.type):
        return pc.if_else(pc.equal(col, ""), pa.scalar(None, pa.string()), col)
    return col


def test_corpus_facts_table_is_the_commands(cli, reports, tmp_path):
    inputs = relative(reports)
    table = wenshu.facts(inputs)
    ref = reference_table(cli, inputs, table.schema, tmp_path)
    assert table.column_names == ref.column_names
    assert table.num_rows == ref.num_rows
    assert table.num_rows > 50_000, table.num_rows
    documents = wenshu.table("documents", inputs)
    assert documents.num_rows == 476
    assert pc.count_distinct(table["path"]).as_py() > 470
    for name in table.column_names:
        mine = _blank_is_null(table[name])
        theirs = _blank_is_null(ref[name].cast(table[name].type))
        if not mine.equals(theirs):
            diff = pc.invert(pc.fill_null(pc.equal(mine, theirs), False))
            row = pc.index(diff, True).as_py()
            pytest.fail(f"{name}: row {row}: {mine[row]!r} != {theirs[row]!r}")
    # What an analyst computes first: money per document, through pandas.
    df = table.to_pandas()
    money = df[df.kind == "money"].groupby("path")["value_number"].sum()
    assert money.dtype.kind == "f" and (money > 0).any()


def test_tables_have_the_commands_columns(seed):
    for name in wenshu.TABLES:
        t = wenshu.table(name, relative(seed), keywords=5)
        assert t.num_columns > 3, name
    docs = wenshu.table("documents", relative(seed))
    assert docs["facts"].to_pylist() == [len(wenshu.extract(relative(seed))["facts"])]
    with pytest.raises(ValueError, match="facts"):
        wenshu.table("fact", relative(seed))
