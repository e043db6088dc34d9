# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``GET /dataconnection/count``: Qlik Sense Enterprise Count data connections.

The low-level functions of ``QrsClient.data_connections.count``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.entity_count import EntityCount
from ...models.error import Error
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(*, filter_: str | Unset = UNSET) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dataconnection/count",
    }

    if params:  # an empty dict would still make httpx re-parse and rebuild the URL
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EntityCount | Error | None:
    if response.status_code == 200:
        return EntityCount.from_dict(decode_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(decode_json(response.content))

    _runtime.undocumented(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EntityCount | Error]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, filter_: str | Unset = UNSET
) -> Response[EntityCount | Error]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(client=client, response=_runtime.send(client, _get_kwargs(filter_=filter_)))


def sync(*, client: AuthenticatedClient | Client, filter_: str | Unset = UNSET) -> EntityCount | Error | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(client=client, filter_=filter_).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, filter_: str | Unset = UNSET
) -> Response[EntityCount | Error]:
    """``sync_detailed``, async."""
    return _build_response(client=client, response=await _runtime.send_async(client, _get_kwargs(filter_=filter_)))


async def asyncio(*, client: AuthenticatedClient | Client, filter_: str | Unset = UNSET) -> EntityCount | Error | None:
    """``sync``, async."""
    return (await asyncio_detailed(client=client, filter_=filter_)).parsed
