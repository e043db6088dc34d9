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
from typing import Any

from ._offset_paging import DEFAULT_MAX_PAGES, apaginate_offsets, check_page_arguments, paginate_offsets
from .api.database import get_entries
from .client import AuthenticatedClient, Client
from .models import Row
from .types import UNSET, Unset

__all__ = ["MAX_PAGE_SIZE", "apaginate", "paginate"]

MAX_PAGE_SIZE = 10000


def paginate(
    client: AuthenticatedClient | Client,
    *,
    table: str,
    columns: str | Unset = UNSET,
    limit: int = MAX_PAGE_SIZE,
    offset: int = 0,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Iterator[Row]:
    """Yield every row from ``offset`` on, ``limit`` rows per request (at most ``max_pages`` requests)."""
    check_page_arguments(limit, offset, max_limit=MAX_PAGE_SIZE, max_pages=max_pages)

    def fetch(page_offset: int, page_limit: int) -> Any:
        return get_entries.sync_detailed(
            client=client, table=table, columns=columns, limit=page_limit, offset=page_offset
        )

    return paginate_offsets(fetch, limit=limit, offset=offset, max_pages=max_pages)


def apaginate(
    client: AuthenticatedClient | Client,
    *,
    table: str,
    columns: str | Unset = UNSET,
    limit: int = MAX_PAGE_SIZE,
    offset: int = 0,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> AsyncIterator[Row]:
    """The async twin of ``paginate``."""
    check_page_arguments(limit, offset, max_limit=MAX_PAGE_SIZE, max_pages=max_pages)

    async def fetch(page_offset: int, page_limit: int) -> Any:
        return await get_entries.asyncio_detailed(
            client=client, table=table, columns=columns, limit=page_limit, offset=page_offset
        )

    return apaginate_offsets(fetch, limit=limit, offset=offset, max_pages=max_pages)
