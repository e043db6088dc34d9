# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from typing import Any, cast

import httpx

from ... import _runtime
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response, decode_json


def _get_kwargs(
    data_store_ids: str,
    data_asset_ids: str,
) -> dict[str, Any]:

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
) -> Response[Any | ErrorResponse]:
    """Delete data sets by data-store IDs and data-asset IDs.

     Delete data sets by data-store IDs and data-asset IDs.

    Args:
        data_store_ids (str): Comma-separated data store IDs or * to include all data stores.
        data_asset_ids (str): Comma-separated data asset IDs or * to include all data assets.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_ids=data_store_ids,
        data_asset_ids=data_asset_ids,
    )

    response = _runtime.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    data_store_ids: str,
    data_asset_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Delete data sets by data-store IDs and data-asset IDs.

     Delete data sets by data-store IDs and data-asset IDs.

    Args:
        data_store_ids (str): Comma-separated data store IDs or * to include all data stores.
        data_asset_ids (str): Comma-separated data asset IDs or * to include all data assets.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        data_store_ids=data_store_ids,
        data_asset_ids=data_asset_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    data_store_ids: str,
    data_asset_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse]:
    """Delete data sets by data-store IDs and data-asset IDs.

     Delete data sets by data-store IDs and data-asset IDs.

    Args:
        data_store_ids (str): Comma-separated data store IDs or * to include all data stores.
        data_asset_ids (str): Comma-separated data asset IDs or * to include all data assets.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_ids=data_store_ids,
        data_asset_ids=data_asset_ids,
    )

    response = await _runtime.send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_ids: str,
    data_asset_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Delete data sets by data-store IDs and data-asset IDs.

     Delete data sets by data-store IDs and data-asset IDs.

    Args:
        data_store_ids (str): Comma-separated data store IDs or * to include all data stores.
        data_asset_ids (str): Comma-separated data asset IDs or * to include all data assets.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_store_ids=data_store_ids,
            data_asset_ids=data_asset_ids,
            client=client,
        )
    ).parsed
