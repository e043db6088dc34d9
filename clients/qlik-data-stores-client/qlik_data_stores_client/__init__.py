# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""A client library for accessing Qlik Cloud Data Stores API"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._facade import JsonObject, JsonValue
    from ._redaction import redact_http_logs
    from ._retry import RetryConfig
    from ._runtime import Download
    from .client import AuthenticatedClient, Client
    from .errors import (
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientError,
        ConflictError,
        NotFoundError,
        PageLimitError,
        PermissionDeniedError,
        RateLimitError,
        RedirectError,
        ResponseTooLargeError,
        ServerError,
        UnexpectedResponseError,
        UnexpectedStatus,
    )
    from .resources import AsyncDataStoresClient, AsyncPager, DataStoresClient, Pager, RawResponse
    from .types import UNSET, File, Unset

__version__ = "0.1.0"

# Every name is loaded on first use (PEP 562): importing the package, one operation of it, or starting its command
# line (`--help` must answer at once) imports httpx and the resource clients only when a name needs them.
_ERRORS = (
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "NotFoundError",
    "PageLimitError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ServerError",
    "UnexpectedResponseError",
    "UnexpectedStatus",
)
_LAZY: dict[str, str] = {
    "JsonObject": "._facade",
    "JsonValue": "._facade",
    "redact_http_logs": "._redaction",
    "RetryConfig": "._retry",
    "Download": "._runtime",
    "AuthenticatedClient": ".client",
    "Client": ".client",
    **dict.fromkeys(_ERRORS, ".errors"),
    **dict.fromkeys(("AsyncDataStoresClient", "AsyncPager", "Pager", "RawResponse", "DataStoresClient"), ".resources"),
    **dict.fromkeys(("UNSET", "File", "Unset"), ".types"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_LAZY})


__all__ = (
    "AsyncDataStoresClient",
    "AsyncPager",
    "DataStoresClient",
    "Pager",
    "RawResponse",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientError",
    "ConflictError",
    "Download",
    "File",
    "JsonObject",
    "JsonValue",
    "NotFoundError",
    "PageLimitError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "RetryConfig",
    "ServerError",
    "UnexpectedResponseError",
    "UnexpectedStatus",
    "UNSET",
    "Unset",
    "redact_http_logs",
)
