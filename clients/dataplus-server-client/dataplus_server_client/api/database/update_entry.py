# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``POST /api/db/table/{table_name}/update``: Update a single entry in a table.

The low-level functions of ``DataPlusClient.entries.update``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.row_update import RowUpdate
from ...types import Response


def _get_kwargs(table_name: str, *, body: RowUpdate) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/db/table/{table_name}/update".format(table_name=_runtime.path_param("tableName", table_name)),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    _runtime.undocumented(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return _operation.response(Response, _parse_response, client, response)


def sync_detailed(table_name: str, *, client: AuthenticatedClient | Client, body: RowUpdate) -> Response[Any]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(client=client, response=_runtime.send(client, _get_kwargs(table_name=table_name, body=body)))


async def asyncio_detailed(table_name: str, *, client: AuthenticatedClient | Client, body: RowUpdate) -> Response[Any]:
    """``sync_detailed``, async."""
    return _build_response(
        client=client, response=await _runtime.send_async(client, _get_kwargs(table_name=table_name, body=body))
    )
