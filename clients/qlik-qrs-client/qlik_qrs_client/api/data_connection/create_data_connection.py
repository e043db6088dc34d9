# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``POST /dataconnection``: Qlik Sense Enterprise Create data connection.

The low-level functions of ``QrsClient.data_connections.create``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.data_connection import DataConnection
from ...models.data_connection_create import DataConnectionCreate
from ...models.error import Error
from ...types import Response, decode_json


def _get_kwargs(*, body: DataConnectionCreate) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dataconnection",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataConnection | Error | None:
    if response.status_code == 201:
        return DataConnection.from_dict(decode_json(response.content))

    if response.status_code == 400:
        return Error.from_dict(decode_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(decode_json(response.content))

    _runtime.undocumented(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataConnection | Error]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, body: DataConnectionCreate
) -> Response[DataConnection | Error]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(client=client, response=_runtime.send(client, _get_kwargs(body=body)))


def sync(*, client: AuthenticatedClient | Client, body: DataConnectionCreate) -> DataConnection | Error | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(client=client, body=body).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, body: DataConnectionCreate
) -> Response[DataConnection | Error]:
    """``sync_detailed``, async."""
    return _build_response(client=client, response=await _runtime.send_async(client, _get_kwargs(body=body)))


async def asyncio(*, client: AuthenticatedClient | Client, body: DataConnectionCreate) -> DataConnection | Error | None:
    """``sync``, async."""
    return (await asyncio_detailed(client=client, body=body)).parsed
