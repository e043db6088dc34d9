# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``GET /status/scheduled-tasks/{id}``: Get scheduled task status.

The low-level functions of ``QalyptusClient.status.get_scheduled_task``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any
from uuid import UUID

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.api_response import ApiResponse
from ...types import Response, decode_json


def _get_kwargs(id: UUID | str) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/status/scheduled-tasks/{id}".format(id=_runtime.path_param("id", id)),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiResponse | None:
    if response.status_code == 200:
        return ApiResponse.from_dict(decode_json(response.content))

    _runtime.undocumented(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiResponse]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(id: UUID | str, *, client: AuthenticatedClient | Client) -> Response[ApiResponse]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(client=client, response=_runtime.send(client, _get_kwargs(id=id)))


def sync(id: UUID | str, *, client: AuthenticatedClient | Client) -> ApiResponse | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(id=id, client=client).parsed


async def asyncio_detailed(id: UUID | str, *, client: AuthenticatedClient | Client) -> Response[ApiResponse]:
    """``sync_detailed``, async."""
    return _build_response(client=client, response=await _runtime.send_async(client, _get_kwargs(id=id)))


async def asyncio(id: UUID | str, *, client: AuthenticatedClient | Client) -> ApiResponse | None:
    """``sync``, async."""
    return (await asyncio_detailed(id=id, client=client)).parsed
