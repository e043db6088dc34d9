# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``GET /status/on-demand-requests/{id}/smtp-log``: Download on-demand request SMTP log file.

The low-level functions of ``QalyptusClient.status.download_on_demand_request_smtp_log``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

import os
from io import BytesIO
from typing import Any
from uuid import UUID

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _get_kwargs(id: UUID | str) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/status/on-demand-requests/{id}/smtp-log".format(id=_runtime.path_param("id", id)),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        return File(payload=BytesIO(response.content), mime_type=response.headers.get("content-type"))

    _runtime.undocumented(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(id: UUID | str, *, client: AuthenticatedClient | Client) -> Response[File]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(client=client, response=_runtime.send(client, _get_kwargs(id=id)))


def sync(id: UUID | str, *, client: AuthenticatedClient | Client) -> File | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(id=id, client=client).parsed


async def asyncio_detailed(id: UUID | str, *, client: AuthenticatedClient | Client) -> Response[File]:
    """``sync_detailed``, async."""
    return _build_response(client=client, response=await _runtime.send_async(client, _get_kwargs(id=id)))


async def asyncio(id: UUID | str, *, client: AuthenticatedClient | Client) -> File | None:
    """``sync``, async."""
    return (await asyncio_detailed(id=id, client=client)).parsed


def download_to(
    destination: str | os.PathLike[str], id: UUID | str, *, client: AuthenticatedClient | Client
) -> _runtime.Download:
    """Like ``sync``, but the body is streamed into the file `destination` instead of held in memory.

    The file is written whole or not at all (a failure leaves no partial file under that name); the body is
    bounded by the client's ``max_response_bytes`` and ``call_timeout``. Returns the path, the size and the
    response's ``Content-Type``. Any status other than 2xx raises the package's error.
    """
    return _runtime.download(client, _get_kwargs(id=id), destination)


async def adownload_to(
    destination: str | os.PathLike[str], id: UUID | str, *, client: AuthenticatedClient | Client
) -> _runtime.Download:
    """The async twin of ``download_to``."""
    return await _runtime.download_async(client, _get_kwargs(id=id), destination)
