"""Walking a table page by page by offset and limit, until the reported total (or a short or empty page).

The package's ``pagination`` module binds this to its row-listing operation.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from .errors import PageLimitError, UnexpectedResponseError

__all__ = ["DEFAULT_MAX_PAGES", "apaginate_offsets", "check_page_arguments", "paginate_offsets"]

DEFAULT_MAX_PAGES = 10_000

# fetch(offset, limit) -> the generated Response wrapper of one page
Fetch = Callable[[int, int], Any]


def check_page_arguments(limit: int, offset: int, *, max_limit: int, max_pages: int = DEFAULT_MAX_PAGES) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= max_limit:
        raise ValueError(f"limit must be an integer from 1 to {max_limit}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError("offset must be an integer >= 0")
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise ValueError("max_pages must be an integer >= 1")


def _count_page(pages: int, max_pages: int) -> None:
    if pages > max_pages:
        raise PageLimitError(
            f"The table kept answering further pages past max_pages={max_pages}; iteration stopped",
            status_code=200,
            content=b"",
        )


def _rows(response: Any) -> tuple[list[Any], int | None]:
    page = response.parsed
    if page is None:
        raise UnexpectedResponseError(
            "the list operation returned no page", status_code=int(response.status_code), content=response.content
        )
    rows = getattr(page, "data", None)
    total = getattr(page, "total", None)
    return (rows if isinstance(rows, list) else []), (total if isinstance(total, int) else None)


def _done(count: int, limit: int, offset: int, total: int | None) -> bool:
    if count == 0:
        return True
    return offset >= total if total is not None else count < limit


def paginate_offsets(fetch: Fetch, *, limit: int, offset: int, max_pages: int = DEFAULT_MAX_PAGES) -> Iterator[Any]:
    """Yield every row from ``offset`` on, ``limit`` rows per request; only one page is held."""
    pages = 0
    while True:
        pages += 1
        _count_page(pages, max_pages)
        rows, total = _rows(fetch(offset, limit))
        offset += len(rows)
        yield from rows
        if _done(len(rows), limit, offset, total):
            return


async def apaginate_offsets(
    fetch: Callable[[int, int], Awaitable[Any]], *, limit: int, offset: int, max_pages: int = DEFAULT_MAX_PAGES
) -> AsyncIterator[Any]:
    """The async twin of ``paginate_offsets``."""
    pages = 0
    while True:
        pages += 1
        _count_page(pages, max_pages)
        rows, total = _rows(await fetch(offset, limit))
        offset += len(rows)
        for row in rows:
            yield row
        if _done(len(rows), limit, offset, total):
            return
