# Copied from generator/runtime/_columns.py into the client generated from specs/qlik-cloud-data-stores.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Table rows: mappings of column name -> value where every value is a string (Data+ Server's entries).

One rule each way. Sent: every column name and value must be a string, else ``ValueError`` naming the row and
the column (nothing is converted: ``120`` and ``"120.0"`` or ``True`` and ``"true"`` are different texts, only
the caller knows which one is meant). Read: a value the server sends as another JSON value comes back as its
JSON text (``120`` -> ``"120"``, ``true`` -> ``"true"``, an object or list -> its compact JSON); a ``null``
column is left out, so ``row.get(column)`` is None. Rows read back are thus always ``dict[str, str]``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

__all__ = ["check_text_values", "row_body", "rows_body", "text_of", "text_values"]

T = TypeVar("T")
_ROW = "a mapping of column name -> string value"


def text_of(value: object) -> str | None:
    """A read value as the string the types promise (see the module docstring); None for JSON null."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def text_values(values: Mapping[str, Any]) -> dict[str, str]:
    """A row read from the server, every value a string (JSON nulls left out)."""
    if all(isinstance(value, str) for value in values.values()):
        return dict(values)
    texts = {column: text_of(value) for column, value in values.items()}
    return {column: text for column, text in texts.items() if text is not None}


def check_text_values(values: Mapping[Any, object], where: str) -> Mapping[str, str]:
    """``values`` (a row to send) when every column name and value is a string, else a ValueError naming it."""
    for column, value in values.items():
        if not isinstance(column, str):
            raise ValueError(f"{where}: column names must be strings, got {type(column).__name__} {column!r}")
        if not isinstance(value, str):
            raise ValueError(
                f"{where}[{column!r}] is {_a(value)}, not a string: column values are strings "
                "(convert it yourself, e.g. str(value))"
            )
    return values  # type: ignore[return-value]  # checked just above


def row_body(from_dict: Callable[[Mapping[str, Any]], T], row: object, what: str) -> T:
    """The request model of one row argument, checked first (``what``: the method, for the message)."""
    if not isinstance(row, Mapping):
        raise ValueError(f"{what}(): row must be {_ROW}, got {_a(row)}")
    return from_dict(check_text_values(row, f"{what}(): row"))


def rows_body(from_dict: Callable[[Mapping[str, Any]], T], rows: object, what: str) -> list[T]:
    """The request models of a rows argument (an iterable of rows), each checked first."""
    if isinstance(rows, (str, bytes, bytearray, Mapping)) or not isinstance(rows, Iterable):
        raise ValueError(f"{what}(): rows must be a list (or other iterable) of rows, each {_ROW}; got {_a(rows)}")
    models = []
    for index, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise ValueError(f"{what}(): rows[{index}] must be {_ROW}, got {_a(row)}")
        models.append(from_dict(check_text_values(row, f"{what}(): rows[{index}]")))
    return models


def _a(value: object) -> str:
    """The type of a wrong value, for a message (the value itself may be table data)."""
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"
