# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from typing import Any

import httpx

from ... import _runtime
from ...client import AuthenticatedClient, Client
from ...models.entries_page import EntriesPage
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    table: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["table"] = table

    params["limit"] = limit

    params["offset"] = offset

    params["columns"] = columns

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/db/getEntries",
    }

    if params:  # an empty dict would still make httpx re-parse and rebuild the URL
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EntriesPage | None:
    if response.status_code == 200:
        return EntriesPage.from_dict(decode_json(response.content))

    _runtime.undocumented(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EntriesPage]:
    return Response(
        status_code=_runtime.status_of(client, response),
        content=response.content,
        headers=response.headers,
        parsed=_runtime.parse(_parse_response, client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    table: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: str | Unset = UNSET,
) -> Response[EntriesPage]:
    """Get entries of table

     Get entries of table

    Args:
        table (str): db table name
        limit (int | Unset): rows to return (max 10000)
        offset (int | Unset): get rows with offset x
        columns (str | Unset): comma separated list of columns to return

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[EntriesPage]
    """

    kwargs = _get_kwargs(
        table=table,
        limit=limit,
        offset=offset,
        columns=columns,
    )

    response = _runtime.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    table: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: str | Unset = UNSET,
) -> EntriesPage | None:
    """Get entries of table

     Get entries of table

    Args:
        table (str): db table name
        limit (int | Unset): rows to return (max 10000)
        offset (int | Unset): get rows with offset x
        columns (str | Unset): comma separated list of columns to return

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        EntriesPage
    """

    return sync_detailed(
        client=client,
        table=table,
        limit=limit,
        offset=offset,
        columns=columns,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    table: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: str | Unset = UNSET,
) -> Response[EntriesPage]:
    """Get entries of table

     Get entries of table

    Args:
        table (str): db table name
        limit (int | Unset): rows to return (max 10000)
        offset (int | Unset): get rows with offset x
        columns (str | Unset): comma separated list of columns to return

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[EntriesPage]
    """

    kwargs = _get_kwargs(
        table=table,
        limit=limit,
        offset=offset,
        columns=columns,
    )

    response = await _runtime.send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    table: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: str | Unset = UNSET,
) -> EntriesPage | None:
    """Get entries of table

     Get entries of table

    Args:
        table (str): db table name
        limit (int | Unset): rows to return (max 10000)
        offset (int | Unset): get rows with offset x
        columns (str | Unset): comma separated list of columns to return

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        EntriesPage
    """

    return (
        await asyncio_detailed(
            client=client,
            table=table,
            limit=limit,
            offset=offset,
            columns=columns,
        )
    ).parsed
