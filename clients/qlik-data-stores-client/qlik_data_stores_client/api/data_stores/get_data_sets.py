# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from typing import Any

import httpx

from ... import _runtime
from ...client import AuthenticatedClient, Client
from ...models.data_set_page import DataSetPage
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    data_store_ids: str,
    data_asset_ids: str,
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
        "url": "/v1/data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets".format(
            data_store_ids=_runtime.path_param("data-store-ids", data_store_ids),
            data_asset_ids=_runtime.path_param("data-asset-ids", data_asset_ids),
        ),
        "extensions": {"rate_limit_tier": 1},
    }

    if params:  # an empty dict would still make httpx re-parse and rebuild the URL
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSetPage | ErrorResponse | None:
    if response.status_code == 200:
        return DataSetPage.from_dict(decode_json(response.content))

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
) -> Response[DataSetPage | ErrorResponse]:
    return Response(
        status_code=_runtime.status_of(client, response),
        content=response.content,
        headers=response.headers,
        parsed=_runtime.parse(_parse_response, client=client, response=response),
    )


def sync_detailed(
    data_store_ids: str,
    data_asset_ids: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Response[DataSetPage | ErrorResponse]:
    """Get all data sets belonging to the data store(s) and data asset(s).

     Get all data sets belonging to the data store(s) and data asset(s).

    Args:
        data_store_ids (str): Comma-separated data store IDs or * to include all data stores.
        data_asset_ids (str): Comma-separated data asset IDs or * to include all data assets.
        limit (int | Unset): Page size limit.
        page (int | Unset):
        projections (list[str] | Unset): Comma-separated fields to return in the response.
        sort (list[str] | Unset): Comma-separated fields and field start with '-' character sorts
            the result set in descending order.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[DataSetPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_ids=data_store_ids,
        data_asset_ids=data_asset_ids,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    )

    response = _runtime.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    data_store_ids: str,
    data_asset_ids: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> DataSetPage | ErrorResponse | None:
    """Get all data sets belonging to the data store(s) and data asset(s).

     Get all data sets belonging to the data store(s) and data asset(s).

    Args:
        data_store_ids (str): Comma-separated data store IDs or * to include all data stores.
        data_asset_ids (str): Comma-separated data asset IDs or * to include all data assets.
        limit (int | Unset): Page size limit.
        page (int | Unset):
        projections (list[str] | Unset): Comma-separated fields to return in the response.
        sort (list[str] | Unset): Comma-separated fields and field start with '-' character sorts
            the result set in descending order.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        DataSetPage | ErrorResponse
    """

    return sync_detailed(
        data_store_ids=data_store_ids,
        data_asset_ids=data_asset_ids,
        client=client,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    data_store_ids: str,
    data_asset_ids: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Response[DataSetPage | ErrorResponse]:
    """Get all data sets belonging to the data store(s) and data asset(s).

     Get all data sets belonging to the data store(s) and data asset(s).

    Args:
        data_store_ids (str): Comma-separated data store IDs or * to include all data stores.
        data_asset_ids (str): Comma-separated data asset IDs or * to include all data assets.
        limit (int | Unset): Page size limit.
        page (int | Unset):
        projections (list[str] | Unset): Comma-separated fields to return in the response.
        sort (list[str] | Unset): Comma-separated fields and field start with '-' character sorts
            the result set in descending order.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[DataSetPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_ids=data_store_ids,
        data_asset_ids=data_asset_ids,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    )

    response = await _runtime.send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_ids: str,
    data_asset_ids: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> DataSetPage | ErrorResponse | None:
    """Get all data sets belonging to the data store(s) and data asset(s).

     Get all data sets belonging to the data store(s) and data asset(s).

    Args:
        data_store_ids (str): Comma-separated data store IDs or * to include all data stores.
        data_asset_ids (str): Comma-separated data asset IDs or * to include all data assets.
        limit (int | Unset): Page size limit.
        page (int | Unset):
        projections (list[str] | Unset): Comma-separated fields to return in the response.
        sort (list[str] | Unset): Comma-separated fields and field start with '-' character sorts
            the result set in descending order.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        DataSetPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_store_ids=data_store_ids,
            data_asset_ids=data_asset_ids,
            client=client,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
    ).parsed
