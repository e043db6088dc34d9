# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``entries`` of Data+ Server: ``Entries`` (documented), ``AsyncEntries`` and their ``with_raw_response`` twins.

Reached as ``DataPlusClient(...).entries``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, overload

import httpx

from .. import _columns, _facade, _results
from .._facade import AsyncPager, Pager, RawResponse
from ..api.database import add_comment_history_entry as _add_comment_history_entry
from ..api.database import bulk_insert_entries as _bulk_insert_entries
from ..api.database import bulk_update_entries as _bulk_update_entries
from ..api.database import bulk_upsert_entries as _bulk_upsert_entries
from ..api.database import delete_entries as _delete_entries
from ..api.database import get_entries as _get_entries
from ..api.database import insert_entry as _insert_entry
from ..api.database import update_entry as _update_entry
from ..api.database import upsert_entry as _upsert_entry
from ..client import AuthenticatedClient, Client
from ..models import (
    CommentHistoryEntry,
    DeleteEntriesRequest,
    EntriesPage,
    Row,
    RowInsert,
    RowUpdate,
    RowUpsert,
)
from ..types import UNSET, Unset

__all__ = [
    "EntriesRowsPage",
    "AsyncEntries",
    "AsyncEntriesWithRawResponse",
    "Entries",
    "EntriesWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


@dataclass(frozen=True)
class EntriesRowsPage:
    """A page of ``list`` (getEntries): the ``EntriesPage`` fields, ``data`` holding its rows as plain mappings of strings
    (the items the pager's iteration yields); ``model`` is the page as parsed."""

    data: builtins.list[dict[str, str]]
    count: int | Unset
    offset: int | Unset
    limit: int | Unset
    total: int | Unset
    model: EntriesPage

    @classmethod
    def of(cls, page: EntriesPage) -> EntriesRowsPage:
        return cls([_facade.row_of(row) for row in page.data], page.count, page.offset, page.limit, page.total, page)

    def to_dict(self) -> dict[str, Any]:
        return {**self.model.to_dict(), "data": [dict(row) for row in self.data]}


def _getEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> EntriesPage:
    parsed = _get_entries._build_response(client=client, response=response).parsed
    if isinstance(parsed, EntriesPage):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented EntriesPage")


def _insertEntry(client: AuthenticatedClient | Client, response: httpx.Response) -> dict[str, str]:
    parsed = _insert_entry._build_response(client=client, response=response).parsed
    if isinstance(parsed, Row):
        return _facade.row_of(parsed)
    raise _results.unexpected(client, response, "Response body is not the documented dict[str, str]")


def _updateEntry(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _upsertEntry(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


if TYPE_CHECKING:

    class _addCommentHistoryEntryFields(TypedDict, total=False):
        """``add_comment_history``'s keyword fields, those of a ``CommentHistoryEntry`` (shared by its four variants)."""

        id: Required[str]
        column: Required[str]
        text: Required[str]
        user: Required[str]
        img_url: str | Unset


def _addCommentHistoryEntry(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _bulkInsertEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> builtins.list[dict[str, str]]:
    parsed = _bulk_insert_entries._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return [_facade.row_of(row) for row in parsed]
    raise _results.unexpected(client, response, "Response body is not the documented builtins.list[dict[str, str]]")


def _bulkUpdateEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


def _bulkUpsertEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


if TYPE_CHECKING:

    class _deleteEntriesFields(TypedDict, total=False):
        """``delete``'s keyword fields, those of a ``DeleteEntriesRequest`` (shared by its four variants)."""

        table: Required[str]
        ids: Required[builtins.list[str]]


def _deleteEntries(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


class Entries:
    """Entries of Data+ Server."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> EntriesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return EntriesWithRawResponse(self._caller)

    def list(
        self, table: str, /, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET, columns: str | Unset = UNSET
    ) -> Pager[dict[str, str], EntriesRowsPage]:
        """Get entries of table.

        ``GET /api/db/getEntries`` (getEntries).

        Args:
            table: db table name
            limit: rows to return (max 10000)
            offset: get rows with offset x
            columns: comma separated list of columns to return

        Returns:
            A pager: iterating yields every row (a mapping) of every page, fetched lazily;
            ``.pages()`` yields the ``EntriesRowsPage`` pages themselves (their ``data``: the same rows).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        request = _get_entries._get_kwargs(table=table, limit=limit, offset=offset, columns=columns)
        caller = self._caller

        def fetch(request: dict[str, Any]) -> EntriesRowsPage:
            return EntriesRowsPage.of(_getEntries(caller.client, caller.send("getEntries", request)))

        def next_request(page: EntriesRowsPage, previous: dict[str, Any]) -> dict[str, Any] | None:
            count = 0 if isinstance(page.data, Unset) else len(page.data)
            return _facade.next_offset_request(previous, count, None if isinstance(page.total, Unset) else page.total)

        def items(page: EntriesRowsPage) -> builtins.list[dict[str, str]]:
            return page.data

        return Pager(fetch, request, next_request, items, limit_error=_results.page_limit)

    def insert(self, table: str, row: Mapping[str, str], /) -> dict[str, str]:
        """Insert a single entry in a table.

        Insert a single entry in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/insert`` (insertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value, every one a string (else ValueError naming the column;
                nothing is converted). An entry to insert. Every column value is a string.

        Returns:
            dict[str, str].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "insertEntry", _insert_entry._get_kwargs(table, body=_columns.row_body(RowInsert.from_dict, row, "insert"))
        )
        return _insertEntry(self._caller.client, response)

    def update(self, table: str, row: Mapping[str, str], /) -> None:
        """Update a single entry in a table.

        Update a single entry in a table.

        ``POST /api/db/table/{tableName}/update`` (updateEntry).

        Args:
            table: db table name
            row: the entry, column name -> value, every one a string (else ValueError naming the column;
                nothing is converted). An entry to update. Every column value is a string.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "updateEntry", _update_entry._get_kwargs(table, body=_columns.row_body(RowUpdate.from_dict, row, "update"))
        )
        _updateEntry(self._caller.client, response)

    def upsert(self, table: str, row: Mapping[str, str], /) -> None:
        """Updates or inserts (if id does not exist) a single entry in a table.

        Updates or inserts (if id does not exist) a single entry in a table.

        ``POST /api/db/table/{tableName}/upsert`` (upsertEntry).

        Args:
            table: db table name
            row: the entry, column name -> value, every one a string (else ValueError naming the column;
                nothing is converted). An entry to update, or to insert if the id does not exist. Every column value is a string.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "upsertEntry", _upsert_entry._get_kwargs(table, body=_columns.row_body(RowUpsert.from_dict, row, "upsert"))
        )
        _upsertEntry(self._caller.client, response)

    @overload
    def add_comment_history(self, table: str, body: CommentHistoryEntry | Mapping[str, Any], /) -> None: ...

    @overload
    def add_comment_history(self, table: str, /, **fields: Unpack[_addCommentHistoryEntryFields]) -> None: ...

    def add_comment_history(
        self,
        table: str,
        body: CommentHistoryEntry | Mapping[str, Any] | None = None,
        /,
        *,
        id: str | Unset = UNSET,
        column: str | Unset = UNSET,
        text: str | Unset = UNSET,
        user: str | Unset = UNSET,
        img_url: str | Unset = UNSET,
    ) -> None:
        """Adds a comment history entry for an existing field.

        Adds a comment history entry for an existing field. If the current content is not the expected
        format, it will be replaced with the posted single entry comment history.

        ``POST /api/db/table/{tableName}/commentHistoryEntry`` (addCommentHistoryEntry).

        Args:
            table: db table name
            body: a ``CommentHistoryEntry``, a mapping of its JSON fields, or its fields as keyword arguments:
            id: (required) row to update
            column: (required) column to update
            text: (required) Entry text
            user: (required) Entry user
            img_url: Entry img

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            CommentHistoryEntry, body, locals(), ("self", "body", "table"), "add_comment_history", UNSET
        )
        response = self._caller.send("addCommentHistoryEntry", _add_comment_history_entry._get_kwargs(table, body=body))
        _addCommentHistoryEntry(self._caller.client, response)

    def bulk_insert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> builtins.list[dict[str, str]]:
        """Inserts multiple entries in a table.

        Inserts multiple entries in a table. If no id is provided, the next db_id will be used.

        ``POST /api/db/table/{tableName}/bulk/insert`` (bulkInsertEntries).

        Args:
            table: db table name
            rows: the entries (a list or other iterable), each a mapping of column name -> value, every one a
                string (else ValueError naming the row's index and the column; nothing is converted).

        Returns:
            list[dict[str, str]].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "bulkInsertEntries",
            _bulk_insert_entries._get_kwargs(table, body=_columns.rows_body(RowInsert.from_dict, rows, "bulk_insert")),
        )
        return _bulkInsertEntries(self._caller.client, response)

    def bulk_update(self, table: str, rows: Iterable[Mapping[str, str]], /) -> None:
        """Updates multiple entries in a table.

        Updates multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/update`` (bulkUpdateEntries).

        Args:
            table: db table name
            rows: the entries (a list or other iterable), each a mapping of column name -> value, every one a
                string (else ValueError naming the row's index and the column; nothing is converted).

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "bulkUpdateEntries",
            _bulk_update_entries._get_kwargs(table, body=_columns.rows_body(RowUpdate.from_dict, rows, "bulk_update")),
        )
        _bulkUpdateEntries(self._caller.client, response)

    def bulk_upsert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> None:
        """Updates or inserts (if id does not exist) multiple entries in a table.

        Updates or inserts (if id does not exist) multiple entries in a table.

        ``POST /api/db/table/{tableName}/bulk/upsert`` (bulkUpsertEntries).

        Args:
            table: db table name
            rows: the entries (a list or other iterable), each a mapping of column name -> value, every one a
                string (else ValueError naming the row's index and the column; nothing is converted).

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "bulkUpsertEntries",
            _bulk_upsert_entries._get_kwargs(table, body=_columns.rows_body(RowUpsert.from_dict, rows, "bulk_upsert")),
        )
        _bulkUpsertEntries(self._caller.client, response)

    @overload
    def delete(self, body: DeleteEntriesRequest | Mapping[str, Any], /) -> None: ...

    @overload
    def delete(self, /, **fields: Unpack[_deleteEntriesFields]) -> None: ...

    def delete(
        self,
        body: DeleteEntriesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        table: str | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
    ) -> None:
        """Delete table entries with the provided ids.

        Delete table entries with the provided ids. Using ["*"] for ids will delete all rows and reset the
        db_id counter.

        ``DELETE /api/db/deleteEntries`` (deleteEntries).

        Args:
            body: a ``DeleteEntriesRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            table: (required) db table name
            ids: (required) list of ids to delete. Using ["*"] deletes all rows and resets the db_id counter.

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(DeleteEntriesRequest, body, locals(), ("self", "body"), "delete", UNSET)
        response = self._caller.send("deleteEntries", _delete_entries._get_kwargs(body=body))
        _deleteEntries(self._caller.client, response)


class EntriesWithRawResponse:
    """``entries`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(
        self, table: str, /, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET, columns: str | Unset = UNSET
    ) -> RawResponse[EntriesPage]:
        """``Entries.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getEntries", _get_entries._get_kwargs(table=table, limit=limit, offset=offset, columns=columns)
        )
        return RawResponse.of(response, _getEntries(self._caller.client, response))

    def insert(self, table: str, row: Mapping[str, str], /) -> RawResponse[dict[str, str]]:
        """``Entries.insert`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "insertEntry", _insert_entry._get_kwargs(table, body=_columns.row_body(RowInsert.from_dict, row, "insert"))
        )
        return RawResponse.of(response, _insertEntry(self._caller.client, response))

    def update(self, table: str, row: Mapping[str, str], /) -> RawResponse[None]:
        """``Entries.update`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "updateEntry", _update_entry._get_kwargs(table, body=_columns.row_body(RowUpdate.from_dict, row, "update"))
        )
        _updateEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    def upsert(self, table: str, row: Mapping[str, str], /) -> RawResponse[None]:
        """``Entries.upsert`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "upsertEntry", _upsert_entry._get_kwargs(table, body=_columns.row_body(RowUpsert.from_dict, row, "upsert"))
        )
        _upsertEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    @overload
    def add_comment_history(
        self, table: str, body: CommentHistoryEntry | Mapping[str, Any], /
    ) -> RawResponse[None]: ...

    @overload
    def add_comment_history(
        self, table: str, /, **fields: Unpack[_addCommentHistoryEntryFields]
    ) -> RawResponse[None]: ...

    def add_comment_history(
        self, table: str, body: CommentHistoryEntry | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[None]:
        """``Entries.add_comment_history`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(CommentHistoryEntry, body, fields, "add_comment_history", UNSET)
        response = self._caller.send("addCommentHistoryEntry", _add_comment_history_entry._get_kwargs(table, body=body))
        _addCommentHistoryEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    def bulk_insert(
        self, table: str, rows: Iterable[Mapping[str, str]], /
    ) -> RawResponse[builtins.list[dict[str, str]]]:
        """``Entries.bulk_insert`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "bulkInsertEntries",
            _bulk_insert_entries._get_kwargs(table, body=_columns.rows_body(RowInsert.from_dict, rows, "bulk_insert")),
        )
        return RawResponse.of(response, _bulkInsertEntries(self._caller.client, response))

    def bulk_update(self, table: str, rows: Iterable[Mapping[str, str]], /) -> RawResponse[None]:
        """``Entries.bulk_update`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "bulkUpdateEntries",
            _bulk_update_entries._get_kwargs(table, body=_columns.rows_body(RowUpdate.from_dict, rows, "bulk_update")),
        )
        _bulkUpdateEntries(self._caller.client, response)
        return RawResponse.of(response, None)

    def bulk_upsert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> RawResponse[None]:
        """``Entries.bulk_upsert`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "bulkUpsertEntries",
            _bulk_upsert_entries._get_kwargs(table, body=_columns.rows_body(RowUpsert.from_dict, rows, "bulk_upsert")),
        )
        _bulkUpsertEntries(self._caller.client, response)
        return RawResponse.of(response, None)

    @overload
    def delete(self, body: DeleteEntriesRequest | Mapping[str, Any], /) -> RawResponse[None]: ...

    @overload
    def delete(self, /, **fields: Unpack[_deleteEntriesFields]) -> RawResponse[None]: ...

    def delete(
        self, body: DeleteEntriesRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[None]:
        """``Entries.delete`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DeleteEntriesRequest, body, fields, "delete", UNSET)
        response = self._caller.send("deleteEntries", _delete_entries._get_kwargs(body=body))
        _deleteEntries(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncEntries:
    """Entries of Data+ Server (async: the methods of ``Entries``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncEntriesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncEntriesWithRawResponse(self._caller)

    def list(
        self, table: str, /, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET, columns: str | Unset = UNSET
    ) -> AsyncPager[dict[str, str], EntriesRowsPage]:
        """``Entries.list`` (documented there), async: the pager takes ``async for``."""
        request = _get_entries._get_kwargs(table=table, limit=limit, offset=offset, columns=columns)
        caller = self._caller

        async def fetch(request: dict[str, Any]) -> EntriesRowsPage:
            return EntriesRowsPage.of(_getEntries(caller.client, await caller.send_async("getEntries", request)))

        def next_request(page: EntriesRowsPage, previous: dict[str, Any]) -> dict[str, Any] | None:
            count = 0 if isinstance(page.data, Unset) else len(page.data)
            return _facade.next_offset_request(previous, count, None if isinstance(page.total, Unset) else page.total)

        def items(page: EntriesRowsPage) -> builtins.list[dict[str, str]]:
            return page.data

        return AsyncPager(fetch, request, next_request, items, limit_error=_results.page_limit)

    async def insert(self, table: str, row: Mapping[str, str], /) -> dict[str, str]:
        """``Entries.insert`` (documented there), async."""
        response = await self._caller.send_async(
            "insertEntry", _insert_entry._get_kwargs(table, body=_columns.row_body(RowInsert.from_dict, row, "insert"))
        )
        return _insertEntry(self._caller.client, response)

    async def update(self, table: str, row: Mapping[str, str], /) -> None:
        """``Entries.update`` (documented there), async."""
        response = await self._caller.send_async(
            "updateEntry", _update_entry._get_kwargs(table, body=_columns.row_body(RowUpdate.from_dict, row, "update"))
        )
        _updateEntry(self._caller.client, response)

    async def upsert(self, table: str, row: Mapping[str, str], /) -> None:
        """``Entries.upsert`` (documented there), async."""
        response = await self._caller.send_async(
            "upsertEntry", _upsert_entry._get_kwargs(table, body=_columns.row_body(RowUpsert.from_dict, row, "upsert"))
        )
        _upsertEntry(self._caller.client, response)

    @overload
    async def add_comment_history(self, table: str, body: CommentHistoryEntry | Mapping[str, Any], /) -> None: ...

    @overload
    async def add_comment_history(self, table: str, /, **fields: Unpack[_addCommentHistoryEntryFields]) -> None: ...

    async def add_comment_history(
        self, table: str, body: CommentHistoryEntry | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> None:
        """``Entries.add_comment_history`` (documented there), async."""
        body = _facade.model_from_keywords(CommentHistoryEntry, body, fields, "add_comment_history", UNSET)
        response = await self._caller.send_async(
            "addCommentHistoryEntry", _add_comment_history_entry._get_kwargs(table, body=body)
        )
        _addCommentHistoryEntry(self._caller.client, response)

    async def bulk_insert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> builtins.list[dict[str, str]]:
        """``Entries.bulk_insert`` (documented there), async."""
        response = await self._caller.send_async(
            "bulkInsertEntries",
            _bulk_insert_entries._get_kwargs(table, body=_columns.rows_body(RowInsert.from_dict, rows, "bulk_insert")),
        )
        return _bulkInsertEntries(self._caller.client, response)

    async def bulk_update(self, table: str, rows: Iterable[Mapping[str, str]], /) -> None:
        """``Entries.bulk_update`` (documented there), async."""
        response = await self._caller.send_async(
            "bulkUpdateEntries",
            _bulk_update_entries._get_kwargs(table, body=_columns.rows_body(RowUpdate.from_dict, rows, "bulk_update")),
        )
        _bulkUpdateEntries(self._caller.client, response)

    async def bulk_upsert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> None:
        """``Entries.bulk_upsert`` (documented there), async."""
        response = await self._caller.send_async(
            "bulkUpsertEntries",
            _bulk_upsert_entries._get_kwargs(table, body=_columns.rows_body(RowUpsert.from_dict, rows, "bulk_upsert")),
        )
        _bulkUpsertEntries(self._caller.client, response)

    @overload
    async def delete(self, body: DeleteEntriesRequest | Mapping[str, Any], /) -> None: ...

    @overload
    async def delete(self, /, **fields: Unpack[_deleteEntriesFields]) -> None: ...

    async def delete(self, body: DeleteEntriesRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        """``Entries.delete`` (documented there), async."""
        body = _facade.model_from_keywords(DeleteEntriesRequest, body, fields, "delete", UNSET)
        response = await self._caller.send_async("deleteEntries", _delete_entries._get_kwargs(body=body))
        _deleteEntries(self._caller.client, response)


class AsyncEntriesWithRawResponse:
    """``entries`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(
        self, table: str, /, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET, columns: str | Unset = UNSET
    ) -> RawResponse[EntriesPage]:
        """``Entries.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getEntries", _get_entries._get_kwargs(table=table, limit=limit, offset=offset, columns=columns)
        )
        return RawResponse.of(response, _getEntries(self._caller.client, response))

    async def insert(self, table: str, row: Mapping[str, str], /) -> RawResponse[dict[str, str]]:
        """``Entries.insert`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "insertEntry", _insert_entry._get_kwargs(table, body=_columns.row_body(RowInsert.from_dict, row, "insert"))
        )
        return RawResponse.of(response, _insertEntry(self._caller.client, response))

    async def update(self, table: str, row: Mapping[str, str], /) -> RawResponse[None]:
        """``Entries.update`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "updateEntry", _update_entry._get_kwargs(table, body=_columns.row_body(RowUpdate.from_dict, row, "update"))
        )
        _updateEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    async def upsert(self, table: str, row: Mapping[str, str], /) -> RawResponse[None]:
        """``Entries.upsert`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "upsertEntry", _upsert_entry._get_kwargs(table, body=_columns.row_body(RowUpsert.from_dict, row, "upsert"))
        )
        _upsertEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    @overload
    async def add_comment_history(
        self, table: str, body: CommentHistoryEntry | Mapping[str, Any], /
    ) -> RawResponse[None]: ...

    @overload
    async def add_comment_history(
        self, table: str, /, **fields: Unpack[_addCommentHistoryEntryFields]
    ) -> RawResponse[None]: ...

    async def add_comment_history(
        self, table: str, body: CommentHistoryEntry | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[None]:
        """``Entries.add_comment_history`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(CommentHistoryEntry, body, fields, "add_comment_history", UNSET)
        response = await self._caller.send_async(
            "addCommentHistoryEntry", _add_comment_history_entry._get_kwargs(table, body=body)
        )
        _addCommentHistoryEntry(self._caller.client, response)
        return RawResponse.of(response, None)

    async def bulk_insert(
        self, table: str, rows: Iterable[Mapping[str, str]], /
    ) -> RawResponse[builtins.list[dict[str, str]]]:
        """``Entries.bulk_insert`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "bulkInsertEntries",
            _bulk_insert_entries._get_kwargs(table, body=_columns.rows_body(RowInsert.from_dict, rows, "bulk_insert")),
        )
        return RawResponse.of(response, _bulkInsertEntries(self._caller.client, response))

    async def bulk_update(self, table: str, rows: Iterable[Mapping[str, str]], /) -> RawResponse[None]:
        """``Entries.bulk_update`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "bulkUpdateEntries",
            _bulk_update_entries._get_kwargs(table, body=_columns.rows_body(RowUpdate.from_dict, rows, "bulk_update")),
        )
        _bulkUpdateEntries(self._caller.client, response)
        return RawResponse.of(response, None)

    async def bulk_upsert(self, table: str, rows: Iterable[Mapping[str, str]], /) -> RawResponse[None]:
        """``Entries.bulk_upsert`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "bulkUpsertEntries",
            _bulk_upsert_entries._get_kwargs(table, body=_columns.rows_body(RowUpsert.from_dict, rows, "bulk_upsert")),
        )
        _bulkUpsertEntries(self._caller.client, response)
        return RawResponse.of(response, None)

    @overload
    async def delete(self, body: DeleteEntriesRequest | Mapping[str, Any], /) -> RawResponse[None]: ...

    @overload
    async def delete(self, /, **fields: Unpack[_deleteEntriesFields]) -> RawResponse[None]: ...

    async def delete(
        self, body: DeleteEntriesRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[None]:
        """``Entries.delete`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DeleteEntriesRequest, body, fields, "delete", UNSET)
        response = await self._caller.send_async("deleteEntries", _delete_entries._get_kwargs(body=body))
        _deleteEntries(self._caller.client, response)
        return RawResponse.of(response, None)
