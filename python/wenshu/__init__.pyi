"""Type stubs of the wenshu package."""

import os
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Literal, Optional, Union

import pyarrow

_Path = Union[str, "os.PathLike[str]"]
_Paths = Union[_Path, Iterable[_Path]]
_Target = Literal[
    "simplified", "hans", "zh-hans", "s",
    "traditional", "hant", "zh-hant", "t",
    "taiwan", "tw", "zh-tw",
    "hongkong", "hk", "zh-hk",
]
_Region = Literal["cn", "tw", "hk"]
_OnError = Literal["raise", "skip", "record"]
_Table = Literal["documents", "articles", "sections", "facts", "placeholders", "keywords"]

TABLES: tuple[str, ...]

class InputError(OSError):
    """An input that could not be read or decoded."""

    path: str
    code: str

class Documents(Iterator[dict[str, Any]]):
    """The documents of a batch, in input order, as they are done."""

    def __iter__(self) -> "Documents": ...
    def __next__(self) -> dict[str, Any]: ...
    def close(self) -> None: ...
    def __enter__(self) -> "Documents": ...
    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None: ...

def extract(
    path: Optional[_Path] = None,
    *,
    text: Optional[str] = None,
    name: Optional[str] = None,
    reference_date: Optional[str] = None,
    to: Optional[_Target] = None,
    tokens: bool = False,
    keywords: int = 0,
    include_text: bool = False,
    region: Optional[_Region] = None,
    encoding: Optional[str] = None,
    dicts: Iterable[_Path] = ...,
) -> dict[str, Any]: ...
def extract_many(
    paths: _Paths,
    *,
    jobs: Optional[int] = None,
    errors: _OnError = "raise",
    glob: Iterable[str] = ...,
    reference_date: Optional[str] = None,
    to: Optional[_Target] = None,
    tokens: bool = False,
    keywords: int = 0,
    include_text: bool = False,
    region: Optional[_Region] = None,
    encoding: Optional[str] = None,
    dicts: Iterable[_Path] = ...,
) -> Documents: ...
def table(
    name: _Table,
    paths: _Paths,
    *,
    jobs: Optional[int] = None,
    errors: _OnError = "raise",
    glob: Iterable[str] = ...,
    reference_date: Optional[str] = None,
    to: Optional[_Target] = None,
    keywords: int = 0,
    include_text: bool = False,
    region: Optional[_Region] = None,
    encoding: Optional[str] = None,
    dicts: Iterable[_Path] = ...,
) -> pyarrow.Table: ...
def facts(
    paths: _Paths,
    *,
    jobs: Optional[int] = None,
    errors: _OnError = "raise",
    glob: Iterable[str] = ...,
    reference_date: Optional[str] = None,
    to: Optional[_Target] = None,
    region: Optional[_Region] = None,
    encoding: Optional[str] = None,
    dicts: Iterable[_Path] = ...,
) -> pyarrow.Table: ...
def check(
    paths: Optional[_Paths] = None,
    *,
    text: Optional[str] = None,
    name: Optional[str] = None,
    config: Optional[_Path] = None,
    jobs: Optional[int] = None,
    glob: Iterable[str] = ...,
) -> list[dict[str, Any]]: ...
def convert(text: str, *, to: _Target = "simplified") -> str: ...
