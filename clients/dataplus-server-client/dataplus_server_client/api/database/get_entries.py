# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``GET /api/db/getEntries``: Get entries of table.

The low-level functions of ``DataPlusClient.entries.list``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.entries_page import EntriesPage
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *, table: str, limit: int | Unset = UNSET, offset: int | Unset = UNSET, columns: str | Unset = UNSET
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
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    table: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: str | Unset = UNSET,
) -> Response[EntriesPage]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(
        client=client,
        response=_runtime.send(client, _get_kwargs(table=table, limit=limit, offset=offset, columns=columns)),
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    table: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: str | Unset = UNSET,
) -> EntriesPage | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(client=client, table=table, limit=limit, offset=offset, columns=columns).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    table: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: str | Unset = UNSET,
) -> Response[EntriesPage]:
    """``sync_detailed``, async."""
    return _build_response(
        client=client,
        response=await _runtime.send_async(
            client, _get_kwargs(table=table, limit=limit, offset=offset, columns=columns)
        ),
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    table: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: str | Unset = UNSET,
) -> EntriesPage | None:
    """``sync``, async."""
    return (await asyncio_detailed(client=client, table=table, limit=limit, offset=offset, columns=columns)).parsed
