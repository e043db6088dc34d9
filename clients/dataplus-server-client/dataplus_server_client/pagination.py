# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Every row of a table, fetched with getEntries page by page (offset/limit) as you iterate.

    from dataplus_server_client.pagination import paginate

    for row in paginate(client, table="orders"):
        print(row.id, row.additional_properties)

Pages are ``limit`` rows (default the documented maximum, 10000); iteration stops at the reported
``total`` (or at a short or empty page when the server reports none). Only the current page is held.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from .api.database import get_entries
from .client import AuthenticatedClient, Client
from .errors import UnexpectedResponseError
from .models import EntriesPage, Row
from .types import UNSET, Response, Unset

__all__ = ["MAX_PAGE_SIZE", "apaginate", "paginate"]

MAX_PAGE_SIZE = 10000


def _check_arguments(limit: int, offset: int) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValueError(f"limit must be an integer from 1 to {MAX_PAGE_SIZE}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError("offset must be an integer >= 0")


def _rows(response: Response[EntriesPage]) -> tuple[list[Row], int | None]:
    page = response.parsed
    if page is None:
        raise UnexpectedResponseError(
            "getEntries returned no page", status_code=int(response.status_code), content=response.content
        )
    rows = [] if isinstance(page.data, Unset) else page.data
    total = None if isinstance(page.total, Unset) else page.total
    return rows, total


def _done(count: int, limit: int, offset: int, total: int | None) -> bool:
    if count == 0:
        return True
    return offset >= total if total is not None else count < limit


def paginate(
    client: AuthenticatedClient | Client,
    *,
    table: str,
    columns: str | Unset = UNSET,
    limit: int = MAX_PAGE_SIZE,
    offset: int = 0,
) -> Iterator[Row]:
    """Yield every row of ``table`` from ``offset`` on, ``limit`` rows per request."""
    _check_arguments(limit, offset)
    while True:
        response = get_entries.sync_detailed(client=client, table=table, limit=limit, offset=offset, columns=columns)
        rows, total = _rows(response)
        del response
        offset += len(rows)
        yield from rows
        if _done(len(rows), limit, offset, total):
            return


async def apaginate(
    client: AuthenticatedClient | Client,
    *,
    table: str,
    columns: str | Unset = UNSET,
    limit: int = MAX_PAGE_SIZE,
    offset: int = 0,
) -> AsyncIterator[Row]:
    """The async twin of ``paginate``."""
    _check_arguments(limit, offset)
    while True:
        response = await get_entries.asyncio_detailed(
            client=client, table=table, limit=limit, offset=offset, columns=columns
        )
        rows, total = _rows(response)
        del response
        offset += len(rows)
        for row in rows:
            yield row
        if _done(len(rows), limit, offset, total):
            return
