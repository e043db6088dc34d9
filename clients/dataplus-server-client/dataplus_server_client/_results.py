# Copied from generator/runtime/_results.py into the client generated from specs/dataplus-server.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""The errors the resource methods raise for a success response that is not what the docs promise.

Shared by every resource module of a package (``resources/<resource>.py``), so that none repeats them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from . import errors
from ._facade import url_without_query

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["page_limit", "unexpected"]


def unexpected(client: BaseClient, response: httpx.Response, reason: str) -> errors.UnexpectedResponseError:
    """A success response whose body is not the documented type (no query and no secret in the message)."""
    return errors.UnexpectedResponseError(
        reason,
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        method=response.request.method,
        url=url_without_query(response.request.url),
        secrets=client.secret_values(),
    )


def page_limit(reason: str) -> errors.PageLimitError:
    """A pager stopped by its page limit (the last page itself was a 200)."""
    return errors.PageLimitError(reason, status_code=200, content=b"")
