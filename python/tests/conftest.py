"""Fixtures of the Python package's tests: the shared corpus and the command.

The corpus lives beside the repository (``../shared``). Without it the tests
that read it skip, except under ``CI=true``, where a missing corpus fails.
The command is ``$WENSHU_BIN`` when set, else the repository's built binary
(the newer of ``target/release`` and ``target/debug``), else ``cargo run``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def _need(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing (CI=true needs the shared corpus beside the repository)")
        pytest.skip(f"{path} is missing: put the shared corpus beside the repository")
    return path


@pytest.fixture(scope="session")
def seed() -> Path:
    return _need(SHARED / "corpus" / "seed" / "community-mid-autumn-2025.txt")


@pytest.fixture(scope="session")
def reports() -> Path:
    return _need(SHARED / "corpus" / "reports")


def _command() -> list[str]:
    if os.environ.get("WENSHU_BIN"):
        return [os.environ["WENSHU_BIN"]]
    # The most recently built of the release and debug binaries: an old build of
    # one profile must not stand in for the command as it is now.
    built = [REPO / "target" / p / "wenshu" for p in ("release", "debug")]
    built = [exe for exe in built if exe.exists()]
    if built:
        return [str(max(built, key=lambda exe: exe.stat().st_mtime))]
    cargo = shutil.which("cargo") or "cargo"
    return [cargo, "run", "--quiet", "--manifest-path", str(REPO / "Cargo.toml"), "--bin", "wenshu", "--"]


class Cli:
    """The ``wenshu`` command, run in the repository's parent folder so that
    paths read the same (``shared/…``) in its output and in the package's."""

    def __init__(self) -> None:
        self.command = _command()

    def run(self, *args: str, cwd: Path = REPO.parent) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.command, *args], cwd=cwd, capture_output=True, text=True, check=False
        )

    def jsonl(self, *args: str) -> list[dict]:
        out = self.run("extract", "--quiet", *args)
        assert out.returncode == 0, out.stderr
        return [json.loads(line) for line in out.stdout.splitlines() if line]


@pytest.fixture(scope="session")
def cli() -> Cli:
    return Cli()


def relative(path: Path) -> str:
    """A corpus path as the tests give it to both sides: relative to the
    repository's parent folder (the command's working folder)."""
    return os.path.relpath(path, REPO.parent)
