"""Errors carry their path; batches stream; the GIL is free while wenshu works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import wenshu
from conftest import relative


def test_a_bad_path_raises_with_its_name(tmp_path):
    missing = tmp_path / "没有这份报告.txt"
    with pytest.raises(wenshu.InputError) as e:
        wenshu.extract(missing)
    assert isinstance(e.value, OSError)
    assert e.value.path == str(missing)
    assert str(e.value).startswith(f"{missing}: cannot read")
    assert e.value.code == "not_found"
    assert "没有这份报告.txt" in str(e.value)
    with pytest.raises(wenshu.InputError, match="没有这份报告"):
        wenshu.facts([missing])
    with pytest.raises(wenshu.InputError, match="没有这份报告"):
        wenshu.check([missing])


def test_a_binary_file_is_an_input_error(tmp_path):
    blob = tmp_path / "image.txt"
    blob.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(wenshu.InputError) as e:
        wenshu.extract(blob)
    assert e.value.code == "binary"
    assert e.value.path == str(blob)


def test_extract_many_streams_in_order_and_reports_failures(seed, tmp_path):
    missing = tmp_path / "gone.txt"
    paths = [seed, missing, seed]
    docs = wenshu.extract_many(paths, jobs=2)
    first = next(docs)
    assert first == wenshu.extract(seed)
    with pytest.raises(wenshu.InputError, match="gone.txt"):
        next(docs)
    # The batch goes on after a failed input.
    assert next(docs)["source"]["path"] == str(seed)
    assert list(docs) == []
    records = list(wenshu.extract_many(paths, errors="record"))
    assert records[1] == {
        "source": {"path": str(missing)},
        "error": {"code": "not_found", "message": records[1]["error"]["message"]},
    }
    assert len(list(wenshu.extract_many(paths, errors="skip"))) == 2


def test_extract_many_can_stop_early(reports):
    with wenshu.extract_many([reports], jobs=2) as docs:
        head = [next(docs) for _ in range(3)]
    assert len({d["source"]["path"] for d in head}) == 3
    assert list(docs) == []


def test_the_gil_is_released_while_wenshu_works(reports):
    # A Python thread counts while facts() runs: it only gets the interpreter
    # if the call lets go of it.
    ticks = 0
    running = True

    def count():
        nonlocal ticks
        while running:
            ticks += 1

    t = threading.Thread(target=count)
    t.start()
    try:
        before = ticks
        wenshu.facts([reports], jobs=1)
        during = ticks - before
    finally:
        running = False
        t.join()
    assert during > 1000, during


PEAK_RSS = r"""
import resource, sys, wenshu
paths = sys.argv[2:] * int(sys.argv[1])
n = sum(1 for _ in wenshu.extract_many(paths, jobs=2))
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _peak(times: int, files: list[str]) -> tuple[int, int]:
    out = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, str(times), *files],
        capture_output=True, text=True, check=True,
    )
    n, kib = out.stdout.split()
    return int(n), int(kib)


def test_extract_many_keeps_memory_flat(reports):
    files = sorted(str(p) for p in reports.rglob("*") if p.is_file() and p.suffix in (".txt", ".md"))
    n1, rss1 = _peak(1, files)
    n4, rss4 = _peak(4, files)
    assert (n1, n4) == (len(files), 4 * len(files))
    print(f"extract_many peak RSS: {rss1 / 1024:.0f} MiB over {n1} documents, {rss4 / 1024:.0f} MiB over {n4}")
    # Four times the documents, not four times the memory: what grows is
    # bounded by the window of documents in flight, not by the batch.
    assert rss4 < rss1 * 1.25 + 32 * 1024, (rss1, rss4)
