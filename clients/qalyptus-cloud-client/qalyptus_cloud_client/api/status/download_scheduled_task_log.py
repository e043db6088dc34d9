# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
import os
from io import BytesIO
from typing import Any
from uuid import UUID

import httpx

from ... import _runtime
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/status/scheduled-tasks/{id}/log".format(
            id=_runtime.path_param("id", id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        return File(payload=BytesIO(response.content), mime_type=response.headers.get("content-type"))

    _runtime.undocumented(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
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
) -> Response[File]:
    """Download the scheduled task log file

     Download the log file of the specified scheduled task if available. The log file contains
    information about the execution of the task.

    Args:
        id (UUID): The ID of the scheduled task.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = _runtime.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """Download the scheduled task log file

     Download the log file of the specified scheduled task if available. The log file contains
    information about the execution of the task.

    Args:
        id (UUID): The ID of the scheduled task.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        File
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """Download the scheduled task log file

     Download the log file of the specified scheduled task if available. The log file contains
    information about the execution of the task.

    Args:
        id (UUID): The ID of the scheduled task.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await _runtime.send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """Download the scheduled task log file

     Download the log file of the specified scheduled task if available. The log file contains
    information about the execution of the task.

    Args:
        id (UUID): The ID of the scheduled task.

    Raises:
        errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
            the client has raise_on_error=False.
        errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
        errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
            (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
        errors.RedirectError: If a followed redirect points to another origin, or redirects loop.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


def download_to(
    destination: str | os.PathLike[str],
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> _runtime.Download:
    """Like ``sync``, but the body is streamed into the file `destination` instead of held in memory.

    The file is written whole or not at all (a failure leaves no partial file under that name); the body is
    bounded by the client's ``max_response_bytes`` and ``call_timeout``. Returns the path, the size and the
    response's ``Content-Type``. Any status other than 2xx raises the package's error.
    """
    kwargs = _get_kwargs(
        id=id,
    )
    return _runtime.download(client, kwargs, destination)


async def adownload_to(
    destination: str | os.PathLike[str],
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> _runtime.Download:
    """The async twin of ``download_to``."""
    kwargs = _get_kwargs(
        id=id,
    )
    return await _runtime.download_async(client, kwargs, destination)
