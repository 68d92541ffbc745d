"""wenshu (文书): turn archived Chinese reports into structured data.

Every function runs the same library as the ``wenshu`` command and gives what
the command writes: :func:`extract` the JSON document of one file or text,
:func:`extract_many` those of many files as they are done, :func:`facts` and
:func:`table` the long tables as ``pyarrow.Table``, :func:`check` the
placeholder findings, :func:`convert` Simplified/Traditional conversion.
The dictionaries are loaded once per process; the work runs without the GIL.
"""

from __future__ import annotations

from ._wenshu import Documents, InputError, check, convert, extract, extract_many
from ._wenshu import table_columns as _table_columns

__all__ = [
    "Documents",
    "InputError",
    "check",
    "convert",
    "extract",
    "extract_many",
    "facts",
    "table",
    "TABLES",
]

#: The tables :func:`table` builds, as the command names them.
TABLES = ("documents", "articles", "sections", "facts", "placeholders", "keywords")


def _arrow_type(pa, kind):
    return {
        "text": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }[kind]


def table(name, paths, **options):
    """One long table of the files ``paths`` (files or folders) as a ``pyarrow.Table``.

    The same rows and columns as ``wenshu extract --format csv --table NAME``,
    typed: counts and positions ``int64``, values ``float64``, dates ``date32``,
    flags ``bool``. Options are those of :func:`extract_many`.
    """
    import pyarrow as pa

    columns = _table_columns(name, paths, **options)
    fields = [pa.field(col, _arrow_type(pa, kind)) for col, kind, _ in columns]
    arrays = [pa.array(values, type=f.type) for f, (_, _, values) in zip(fields, columns)]
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def facts(paths, **options):
    """The facts table of the files ``paths`` (files or folders) as a ``pyarrow.Table``:
    one row per fact, with its document, article, section and typed value
    (``.to_pandas()`` for a DataFrame)."""
    return table("facts", paths, **options)
