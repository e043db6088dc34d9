# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``GET /v1/data-stores/{data_store_ids}/data-assets``: Get all data assets belonging to the data store(s)..

The low-level functions of ``DataStoresClient.data_assets.list``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.data_asset_page import DataAssetPage
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    data_store_ids: str,
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_projections: list[str] | Unset = UNSET
    if not isinstance(projections, Unset):
        json_projections = projections

    params["projections"] = json_projections

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(params.get("projections"), list):
        # style: form, explode: false - one comma-separated value, as the API documents
        params["projections"] = ",".join(str(v) for v in params["projections"])
    if isinstance(params.get("sort"), list):
        # style: form, explode: false - one comma-separated value, as the API documents
        params["sort"] = ",".join(str(v) for v in params["sort"])

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/data-stores/{data_store_ids}/data-assets".format(
            data_store_ids=_runtime.path_param("data-store-ids", data_store_ids)
        ),
        "extensions": {"rate_limit_tier": 1},
    }

    if params:  # an empty dict would still make httpx re-parse and rebuild the URL
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataAssetPage | ErrorResponse | None:
    if response.status_code == 200:
        return DataAssetPage.from_dict(decode_json(response.content))

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
) -> Response[DataAssetPage | ErrorResponse]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(
    data_store_ids: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Response[DataAssetPage | ErrorResponse]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(
        client=client,
        response=_runtime.send(
            client,
            _get_kwargs(data_store_ids=data_store_ids, limit=limit, page=page, projections=projections, sort=sort),
        ),
    )


def sync(
    data_store_ids: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> DataAssetPage | ErrorResponse | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(
        data_store_ids=data_store_ids, client=client, limit=limit, page=page, projections=projections, sort=sort
    ).parsed


async def asyncio_detailed(
    data_store_ids: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Response[DataAssetPage | ErrorResponse]:
    """``sync_detailed``, async."""
    return _build_response(
        client=client,
        response=await _runtime.send_async(
            client,
            _get_kwargs(data_store_ids=data_store_ids, limit=limit, page=page, projections=projections, sort=sort),
        ),
    )


async def asyncio(
    data_store_ids: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> DataAssetPage | ErrorResponse | None:
    """``sync``, async."""
    return (
        await asyncio_detailed(
            data_store_ids=data_store_ids, client=client, limit=limit, page=page, projections=projections, sort=sort
        )
    ).parsed
