# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from typing import Any
from uuid import UUID

import httpx

from ... import _runtime
from ...client import AuthenticatedClient, Client
from ...models.data_connection import DataConnection
from ...models.data_connection_request import DataConnectionRequest
from ...models.error import Error
from ...types import Response, decode_json


def _get_kwargs(
    id: UUID,
    *,
    body: DataConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dataconnection/{id}".format(
            id=_runtime.path_param("id", id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataConnection | Error | None:
    if response.status_code == 200:
        return DataConnection.from_dict(decode_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(decode_json(response.content))

    if response.status_code == 404:
        return Error.from_dict(decode_json(response.content))

    if response.status_code == 409:
        return Error.from_dict(decode_json(response.content))

    _runtime.undocumented(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataConnection | Error]:
    return Response(
        status_code=_runtime.status_of(client, response),
        content=response.content,
        headers=response.headers,
        parsed=_runtime.parse(_parse_response, client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataConnectionRequest,
) -> Response[DataConnection | Error]:
    """Qlik Sense Enterprise Update data connection

     Updates an existing data connection. The complete entity including the unchanged modifiedDate must
    be provided in the request body.

    Args:
        id (UUID): Unique identifier (GUID) of the data connection
        body (DataConnectionRequest): DataConnection. As sent in a request (the spec's
            DataConnection).

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[DataConnection | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = _runtime.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataConnectionRequest,
) -> DataConnection | Error | None:
    """Qlik Sense Enterprise Update data connection

     Updates an existing data connection. The complete entity including the unchanged modifiedDate must
    be provided in the request body.

    Args:
        id (UUID): Unique identifier (GUID) of the data connection
        body (DataConnectionRequest): DataConnection. As sent in a request (the spec's
            DataConnection).

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        DataConnection | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataConnectionRequest,
) -> Response[DataConnection | Error]:
    """Qlik Sense Enterprise Update data connection

     Updates an existing data connection. The complete entity including the unchanged modifiedDate must
    be provided in the request body.

    Args:
        id (UUID): Unique identifier (GUID) of the data connection
        body (DataConnectionRequest): DataConnection. As sent in a request (the spec's
            DataConnection).

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[DataConnection | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await _runtime.send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataConnectionRequest,
) -> DataConnection | Error | None:
    """Qlik Sense Enterprise Update data connection

     Updates an existing data connection. The complete entity including the unchanged modifiedDate must
    be provided in the request body.

    Args:
        id (UUID): Unique identifier (GUID) of the data connection
        body (DataConnectionRequest): DataConnection. As sent in a request (the spec's
            DataConnection).

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        DataConnection | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
