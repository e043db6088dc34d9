# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``POST /tasks/{id}/external-events``: Add or update external event.

The low-level functions of ``QalyptusClient.tasks.add_or_update_external_event``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any
from uuid import UUID

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.api_response import ApiResponse
from ...models.task_external_event_request import TaskExternalEventRequest
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    id: UUID | str, *, body: TaskExternalEventRequest, task_external_event_id: UUID | str | Unset = UNSET
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_task_external_event_id: str | Unset = UNSET
    if not isinstance(task_external_event_id, Unset):
        json_task_external_event_id = str(task_external_event_id)
    params["taskExternalEventID"] = json_task_external_event_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks/{id}/external-events".format(id=_runtime.path_param("id", id)),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if params:  # an empty dict would still make httpx re-parse and rebuild the URL
        _kwargs["params"] = params
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiResponse | None:
    if response.status_code == 200:
        return ApiResponse.from_dict(decode_json(response.content))

    _runtime.undocumented(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiResponse]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(
    id: UUID | str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskExternalEventRequest,
    task_external_event_id: UUID | str | Unset = UNSET,
) -> Response[ApiResponse]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(
        client=client,
        response=_runtime.send(client, _get_kwargs(id=id, body=body, task_external_event_id=task_external_event_id)),
    )


def sync(
    id: UUID | str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskExternalEventRequest,
    task_external_event_id: UUID | str | Unset = UNSET,
) -> ApiResponse | None:
    """The parsed body (None only for a documented error status with ``raise_on_error=False``)."""
    return sync_detailed(id=id, client=client, body=body, task_external_event_id=task_external_event_id).parsed


async def asyncio_detailed(
    id: UUID | str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskExternalEventRequest,
    task_external_event_id: UUID | str | Unset = UNSET,
) -> Response[ApiResponse]:
    """``sync_detailed``, async."""
    return _build_response(
        client=client,
        response=await _runtime.send_async(
            client, _get_kwargs(id=id, body=body, task_external_event_id=task_external_event_id)
        ),
    )


async def asyncio(
    id: UUID | str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskExternalEventRequest,
    task_external_event_id: UUID | str | Unset = UNSET,
) -> ApiResponse | None:
    """``sync``, async."""
    return (
        await asyncio_detailed(id=id, client=client, body=body, task_external_event_id=task_external_event_id)
    ).parsed
