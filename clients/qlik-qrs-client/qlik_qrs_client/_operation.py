# Copied from generator/runtime/_operation.py into the client generated from specs/qlik-qrs-data-connection.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""What every generated operation module (``api/<tag>/<operation>.py``) repeats, written once.

``response`` builds an operation's ``types.Response`` (passed in: this module imports nothing generated) from the
HTTP response and the operation's own parser, through ``_runtime``'s status check and robust parsing.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import TYPE_CHECKING, TypeVar

import httpx

from ._runtime import parse, status_of

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["response"]

T = TypeVar("T")
R = TypeVar("R")


def response(
    response_type: Callable[[HTTPStatus, bytes, httpx.Headers, T | None], R],
    parser: Callable[..., T],
    client: BaseClient,
    http_response: httpx.Response,
) -> R:
    """``response_type(status, content, headers, parsed)``: the status as ``HTTPStatus`` (a code the standard
    does not name raises ``UnexpectedStatus``) and ``parser``'s result through ``_runtime.parse``."""
    return response_type(
        status_of(client, http_response),
        http_response.content,
        http_response.headers,
        parse(parser, client=client, response=http_response),
    )
