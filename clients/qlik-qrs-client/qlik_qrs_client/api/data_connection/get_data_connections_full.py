# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from typing import Any

import httpx

from ... import _runtime
from ...client import AuthenticatedClient, Client
from ...models.data_connection import DataConnection
from ...models.error import Error
from ...types import UNSET, Response, Unset, decode_items, decode_json


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    privileges: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["orderby"] = orderby

    params["privileges"] = privileges

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dataconnection/full",
    }

    if params:  # an empty dict would still make httpx re-parse and rebuild the URL
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[DataConnection] | None:
    if response.status_code == 200:
        return decode_items(decode_json(response.content), DataConnection._decode)

    if response.status_code == 401:
        return Error.from_dict(decode_json(response.content))

    _runtime.undocumented(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[DataConnection]]:
    return Response(
        status_code=_runtime.status_of(client, response),
        content=response.content,
        headers=response.headers,
        parsed=_runtime.parse(_parse_response, client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    privileges: bool | Unset = False,
) -> Response[Error | list[DataConnection]]:
    """Qlik Sense Enterprise List data connections with full details

     Retrieves a list of all data connections in full format including owner, tags, custom properties,
    and connection string details.

    Args:
        filter_ (str | Unset): Filter expression using syntax: property operator value (e.g., name
            eq 'MyConnection')
        orderby (str | Unset): Property name to order results by
        privileges (bool | Unset): Whether to append privilege information to returned entities
            Default: False.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[Error | list[DataConnection]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        orderby=orderby,
        privileges=privileges,
    )

    response = _runtime.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    privileges: bool | Unset = False,
) -> Error | list[DataConnection] | None:
    """Qlik Sense Enterprise List data connections with full details

     Retrieves a list of all data connections in full format including owner, tags, custom properties,
    and connection string details.

    Args:
        filter_ (str | Unset): Filter expression using syntax: property operator value (e.g., name
            eq 'MyConnection')
        orderby (str | Unset): Property name to order results by
        privileges (bool | Unset): Whether to append privilege information to returned entities
            Default: False.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Error | list[DataConnection]
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        orderby=orderby,
        privileges=privileges,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    privileges: bool | Unset = False,
) -> Response[Error | list[DataConnection]]:
    """Qlik Sense Enterprise List data connections with full details

     Retrieves a list of all data connections in full format including owner, tags, custom properties,
    and connection string details.

    Args:
        filter_ (str | Unset): Filter expression using syntax: property operator value (e.g., name
            eq 'MyConnection')
        orderby (str | Unset): Property name to order results by
        privileges (bool | Unset): Whether to append privilege information to returned entities
            Default: False.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[Error | list[DataConnection]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        orderby=orderby,
        privileges=privileges,
    )

    response = await _runtime.send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    privileges: bool | Unset = False,
) -> Error | list[DataConnection] | None:
    """Qlik Sense Enterprise List data connections with full details

     Retrieves a list of all data connections in full format including owner, tags, custom properties,
    and connection string details.

    Args:
        filter_ (str | Unset): Filter expression using syntax: property operator value (e.g., name
            eq 'MyConnection')
        orderby (str | Unset): Property name to order results by
        privileges (bool | Unset): Whether to append privilege information to returned entities
            Default: False.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Error | list[DataConnection]
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            orderby=orderby,
            privileges=privileges,
        )
    ).parsed
