# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``POST /api/mail/send``: Send a mail.

The low-level functions of ``DataPlusClient.mail.send``, which documents the operation and its arguments.

What they return and raise: the ``api`` package's docstring.
"""

from typing import Any

import httpx

from ... import _operation, _runtime
from ...client import AuthenticatedClient, Client
from ...models.send_mail_request import SendMailRequest
from ...types import Response


def _get_kwargs(*, body: SendMailRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/mail/send",
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


def sync_detailed(*, client: AuthenticatedClient | Client, body: SendMailRequest) -> Response[Any]:
    """The ``Response``: status, headers, raw body and ``parsed``."""
    return _build_response(client=client, response=_runtime.send(client, _get_kwargs(body=body)))


async def asyncio_detailed(*, client: AuthenticatedClient | Client, body: SendMailRequest) -> Response[Any]:
    """``sync_detailed``, async."""
    return _build_response(client=client, response=await _runtime.send_async(client, _get_kwargs(body=body)))
