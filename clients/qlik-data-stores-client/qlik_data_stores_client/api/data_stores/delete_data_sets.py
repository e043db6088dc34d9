# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``DELETE /v1/data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets``: Delete data sets by data-store IDs and data-asset IDs..

The low-level functions of ``DataStoresClient.data_sets.delete``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any, cast

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response, decode_json


def _get_kwargs(data_store_ids: str, data_asset_ids: str) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets".format(
            data_store_ids=_runtime.path_param("data-store-ids", data_store_ids),
            data_asset_ids=_runtime.path_param("data-asset-ids", data_asset_ids),
        ),
        "extensions": {"rate_limit_tier": 2},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(
    data_store_ids: str, data_asset_ids: str, *, client: AuthenticatedClient | Client
) -> Response[Any | ErrorResponse]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(
        client=client,
        response=_runtime.send(client, _get_kwargs(data_store_ids=data_store_ids, data_asset_ids=data_asset_ids)),
    )


def sync(
    data_store_ids: str, data_asset_ids: str, *, client: AuthenticatedClient | Client
) -> Any | ErrorResponse | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(data_store_ids=data_store_ids, data_asset_ids=data_asset_ids, client=client).parsed


async def asyncio_detailed(
    data_store_ids: str, data_asset_ids: str, *, client: AuthenticatedClient | Client
) -> Response[Any | ErrorResponse]:
    """``sync_detailed``, async."""
    return _build_response(
        client=client,
        response=await _runtime.send_async(
            client, _get_kwargs(data_store_ids=data_store_ids, data_asset_ids=data_asset_ids)
        ),
    )


async def asyncio(
    data_store_ids: str, data_asset_ids: str, *, client: AuthenticatedClient | Client
) -> Any | ErrorResponse | None:
    """``sync``, async."""
    return (await asyncio_detailed(data_store_ids=data_store_ids, data_asset_ids=data_asset_ids, client=client)).parsed
