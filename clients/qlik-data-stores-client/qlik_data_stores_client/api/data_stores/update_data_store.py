# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``PUT /v1/data-stores/{data_store_id}``: Update data store..

The low-level functions of ``DataStoresClient.data_stores.update``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.data_store import DataStore
from ...models.data_store_request import DataStoreRequest
from ...models.error_response import ErrorResponse
from ...types import Response, decode_json


def _get_kwargs(data_store_id: str, *, body: DataStoreRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/data-stores/{data_store_id}".format(
            data_store_id=_runtime.path_param("data-store-id", data_store_id)
        ),
        "extensions": {"rate_limit_tier": 2},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataStore | ErrorResponse | None:
    if response.status_code == 200:
        return DataStore.from_dict(decode_json(response.content))

    if response.status_code == 400:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 401:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 403:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 404:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 409:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 500:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 503:
        return ErrorResponse.from_dict(decode_json(response.content))

    _runtime.undocumented(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataStore | ErrorResponse]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(
    data_store_id: str, *, client: AuthenticatedClient | Client, body: DataStoreRequest
) -> Response[DataStore | ErrorResponse]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(
        client=client, response=_runtime.send(client, _get_kwargs(data_store_id=data_store_id, body=body))
    )


def sync(
    data_store_id: str, *, client: AuthenticatedClient | Client, body: DataStoreRequest
) -> DataStore | ErrorResponse | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(data_store_id=data_store_id, client=client, body=body).parsed


async def asyncio_detailed(
    data_store_id: str, *, client: AuthenticatedClient | Client, body: DataStoreRequest
) -> Response[DataStore | ErrorResponse]:
    """``sync_detailed``, async."""
    return _build_response(
        client=client, response=await _runtime.send_async(client, _get_kwargs(data_store_id=data_store_id, body=body))
    )


async def asyncio(
    data_store_id: str, *, client: AuthenticatedClient | Client, body: DataStoreRequest
) -> DataStore | ErrorResponse | None:
    """``sync``, async."""
    return (await asyncio_detailed(data_store_id=data_store_id, client=client, body=body)).parsed
