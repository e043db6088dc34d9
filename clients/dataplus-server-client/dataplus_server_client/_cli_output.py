# Copied from generator/runtime/_cli_output.py into the client generated from specs/dataplus-server.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Output of the command-line tool: results as table, json, jsonl, csv or yaml, and progress on a terminal.

Lists are streamed: json, jsonl, csv and yaml write each item as it arrives (a long listing shows its first rows
while later pages are fetched); a table needs every row for its column widths, so it is printed at the end.
rich (tables, progress) and PyYAML are imported only when they are used.
"""

from __future__ import annotations

import csv
import datetime
import enum
import io
import json
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

__all__ = ["FORMATS", "Printer", "Progress", "counted", "default_format", "jsonable"]

FORMATS = ("table", "json", "jsonl", "csv", "yaml")


def default_format(stream: IO[str]) -> str:
    """A table for a person at a terminal, JSON for a pipe or a file."""
    return "table" if _isatty(stream) else "json"


def _isatty(stream: IO[Any]) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def jsonable(value: Any) -> Any:
    """A result (model, list, mapping, UUID, date, enum...) as plain JSON values."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return jsonable(to_dict())
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, (uuid.UUID, datetime.date, datetime.time)):
        return value.isoformat() if not isinstance(value, uuid.UUID) else str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _pick(item: Any, fields: list[str] | None) -> Any:
    """The chosen fields of an object (dotted names reach into nested objects), in the order given."""
    if not fields or not isinstance(item, dict):
        return item
    picked: dict[str, Any] = {}
    for name in fields:
        value: Any = item
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        picked[name] = value
    return picked


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Printer:
    """Writes results to `stream` in one format; `items()` streams a list, `one()` prints a single result."""

    def __init__(self, fmt: str, stream: IO[str], fields: list[str] | None = None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"--output must be one of {', '.join(FORMATS)}, not {fmt!r}")
        self.fmt = fmt
        self.stream = stream
        self.fields = fields or None

    def one(self, value: Any) -> None:
        data = _pick(jsonable(value), self.fields)
        if isinstance(data, list):
            self.items(iter(data))
            return
        if self.fmt == "json":
            self._write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        elif self.fmt == "jsonl":
            self._write(json.dumps(data, ensure_ascii=False) + "\n")
        elif self.fmt == "yaml":
            self._write(_yaml(data))
        elif self.fmt == "csv":
            self._csv(iter([data]) if isinstance(data, dict) else iter([{"value": data}]))
        elif isinstance(data, dict):
            self._table([{"field": key, "value": _cell(item)} for key, item in data.items()], ["field", "value"])
        else:
            self._write(_cell(data) + "\n")

    def items(self, values: Iterable[Any]) -> int:
        """Print each item as it comes; returns how many were printed."""
        rows = (_pick(jsonable(value), self.fields) for value in values)
        if self.fmt == "json":
            return self._json_array(rows)
        if self.fmt == "jsonl":
            count = 0
            for row in rows:
                self._write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
            return count
        if self.fmt == "yaml":
            count = 0
            for row in rows:
                self._write(_yaml([row]))
                count += 1
            if not count:
                self._write("[]\n")
            return count
        if self.fmt == "csv":
            return self._csv(rows)
        collected = [row if isinstance(row, dict) else {"value": row} for row in rows]
        columns = self.fields or _columns(collected)
        self._table([{c: _cell(row.get(c)) for c in columns} for row in collected], columns)
        return len(collected)

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()

    def _json_array(self, rows: Iterator[Any]) -> int:
        count = 0
        for row in rows:
            text = json.dumps(row, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            self._write(("[\n  " if count == 0 else ",\n  ") + text)
            count += 1
        self._write("\n]\n" if count else "[]\n")
        return count

    def _csv(self, rows: Iterator[Any]) -> int:
        writer: csv.DictWriter[str] | None = None
        count = 0
        for row in rows:
            record = row if isinstance(row, dict) else {"value": row}
            if writer is None:
                buffer = io.StringIO()
                columns = self.fields or list(record)
                writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
                writer.writeheader()
            writer.writerow({key: _cell(value) for key, value in record.items()})
            self._write(buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
            count += 1
        return count

    def _table(self, rows: list[dict[str, str]], columns: list[str]) -> None:
        if not rows:
            self._write("(no items)\n")
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(show_edge=False, pad_edge=False, highlight=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(row.get(column, "") for column in columns))
        Console(file=self.stream, soft_wrap=False).print(table)


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _yaml(data: Any) -> str:
    import yaml

    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False))


class Progress:
    """A status line on stderr, shown only when stderr is a terminal (never mixed into piped output)."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _isatty(self.stream)
        self._status: Any = None
        self._last = ""

    @contextmanager
    def status(self, text: str) -> Iterator[Progress]:
        if not self.enabled:
            yield self
            return
        from rich.console import Console
        from rich.markup import escape

        console = Console(file=self.stream)
        self._last = text.rstrip(".")
        with console.status(escape(text)) as status:
            self._status = status
            try:
                yield self
            finally:
                self._status = None
        # The last count stays on the terminal (the spinner line is redrawn only a few times a second).
        console.print(f"[dim]{escape(self._last)}: done[/dim]", highlight=False)

    def update(self, text: str) -> None:
        if self._status is not None:
            from rich.markup import escape

            self._last = text
            self._status.update(escape(text))

    def transfer(self, label: str, total: int | None) -> Callable[[int], None]:
        """A counter for a body going up or down: each call adds bytes and shows `label: done of total`."""
        done = 0

        def advance(size: int) -> None:
            nonlocal done
            done += size
            of = f" of {_size(total)}" if total is not None else ""
            self.update(f"{label}: {_size(done)}{of}")

        return advance


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} B"
    value = float(count)
    for unit in ("KiB", "MiB", "GiB"):
        value /= 1024
        if value < 1024 or unit == "GiB":
            break
    return f"{value:.1f} {unit}"


def counted(stream: Any, advance: Callable[[int], None], chunk_size: int | None = None) -> Any:
    """An httpx byte stream that reports each chunk's size to `advance` as it passes (a request body is cut into
    `chunk_size` pieces so that an upload moves in steps); replayable when `stream` is, as retries need."""
    import httpx

    class Counted(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            for chunk in stream:
                step = chunk_size or len(chunk) or 1
                for piece in (chunk[i : i + step] for i in range(0, len(chunk), step)):
                    advance(len(piece))
                    yield piece

        def close(self) -> None:
            close = getattr(stream, "close", None)
            if close is not None:
                close()

    return Counted()
