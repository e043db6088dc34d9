# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``GET /api/task/info/{task_id}``: Get information of a specific task, returns a list of QMC TaskOperational Objects (which should be 1).

The low-level functions of ``DataPlusClient.tasks.get``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.task_operational import TaskOperational
from ...types import Response, decode_items, decode_json


def _get_kwargs(task_id: str) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/task/info/{task_id}".format(task_id=_runtime.path_param("taskId", task_id)),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[TaskOperational] | None:
    if response.status_code == 200:
        return decode_items(decode_json(response.content), TaskOperational._decode)

    _runtime.undocumented(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[TaskOperational]]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(task_id: str, *, client: AuthenticatedClient | Client) -> Response[list[TaskOperational]]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(client=client, response=_runtime.send(client, _get_kwargs(task_id=task_id)))


def sync(task_id: str, *, client: AuthenticatedClient | Client) -> list[TaskOperational] | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(task_id=task_id, client=client).parsed


async def asyncio_detailed(task_id: str, *, client: AuthenticatedClient | Client) -> Response[list[TaskOperational]]:
    """``sync_detailed``, async."""
    return _build_response(client=client, response=await _runtime.send_async(client, _get_kwargs(task_id=task_id)))


async def asyncio(task_id: str, *, client: AuthenticatedClient | Client) -> list[TaskOperational] | None:
    """``sync``, async."""
    return (await asyncio_detailed(task_id=task_id, client=client)).parsed
