"""Walking a list operation page by page by the server's next links (``links.next.href``).

The package's ``pagination`` module binds this to its paged operations. Next links must stay on the API's
host and under its base path (credentials never leave it, no dot segments escape it); a link seen before ends
the walk (a server repeating one would loop), and ``max_pages`` ends a server that never stops.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from . import _runtime, errors
from ._validation import next_link_url

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["DEFAULT_MAX_PAGES", "ParsedResponse", "apaginate_links", "check_max_pages", "paginate_links"]

DEFAULT_MAX_PAGES = 10_000


class ParsedResponse(Protocol):
    """The generated ``Response`` wrapper, as far as paging needs it."""

    @property
    def status_code(self) -> int: ...
    @property
    def content(self) -> bytes: ...
    @property
    def headers(self) -> Any: ...
    @property
    def parsed(self) -> Any: ...


def _page(response: ParsedResponse, page_types: tuple[type, ...]) -> Any:
    parsed = response.parsed
    if isinstance(parsed, page_types):
        return parsed
    # Only with raise_on_error=False: an error page cannot be iterated over, so raise it anyway.
    raise errors.error_class_for(int(response.status_code))(
        status_code=int(response.status_code),
        headers=httpx.Headers(response.headers),
        content=response.content,
        method="GET",
        url="(page of a list operation)",
    )


def _items(page: Any) -> list[Any]:
    data = getattr(page, "data", None)
    return data if isinstance(data, list) else []


def check_max_pages(max_pages: int) -> None:
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise ValueError("max_pages must be an integer >= 1")


def _next_url(client: BaseClient, page: Any, seen: set[str]) -> str | None:
    href = getattr(getattr(getattr(page, "links", None), "next_", None), "href", None)
    if not isinstance(href, str) or not href:
        return None
    try:
        text = next_link_url(client.base_url, href)
    except ValueError as refused:
        raise errors.UnexpectedResponseError(
            f"{refused}; it is not followed so that credentials stay with the API",
            status_code=200,
            content=href.encode(),
        ) from None
    if text in seen:
        return None
    seen.add(text)
    return text


def _count_page(seen: set[str], max_pages: int) -> None:
    """`seen` holds every next link followed so far: the first page plus those are the pages requested."""
    if len(seen) + 1 > max_pages:
        raise errors.PageLimitError(
            f"The list kept answering further pages past max_pages={max_pages}; iteration stopped",
            status_code=200,
            content=b"",
        )


def paginate_links(
    client: BaseClient,
    first: Callable[[], ParsedResponse],
    build_response: Callable[[httpx.Response], ParsedResponse],
    *,
    page_types: tuple[type, ...],
    extensions: dict[str, Any],
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Iterator[Any]:
    """Yield the items of the first page (``first()``), then of each next page; only one page is held."""
    check_max_pages(max_pages)
    seen: set[str] = set()
    response = first()
    while True:
        page = _page(response, page_types)
        next_url = _next_url(client, page, seen)
        items = _items(page)
        del page, response  # hold only the items of the current page while they are consumed
        yield from items
        if next_url is None:
            return
        _count_page(seen, max_pages)
        raw = _runtime.send(client, {"method": "GET", "url": next_url, "extensions": dict(extensions)})
        response = build_response(raw)


async def apaginate_links(
    client: BaseClient,
    first: Callable[[], Awaitable[ParsedResponse]],
    build_response: Callable[[httpx.Response], ParsedResponse],
    *,
    page_types: tuple[type, ...],
    extensions: dict[str, Any],
    max_pages: int = DEFAULT_MAX_PAGES,
) -> AsyncIterator[Any]:
    """The async twin of ``paginate_links``."""
    check_max_pages(max_pages)
    seen: set[str] = set()
    response = await first()
    while True:
        page = _page(response, page_types)
        next_url = _next_url(client, page, seen)
        items = _items(page)
        del page, response
        for item in items:
            yield item
        if next_url is None:
            return
        _count_page(seen, max_pages)
        raw = await _runtime.send_async(client, {"method": "GET", "url": next_url, "extensions": dict(extensions)})
        response = build_response(raw)
