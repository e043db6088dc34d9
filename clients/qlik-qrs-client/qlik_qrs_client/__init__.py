# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""A client library for accessing Qlik Sense Enterprise Qlik Sense Data Connection API"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .resources import AsyncPager, AsyncQrsClient, Pager, QrsClient, RawResponse

__version__ = "0.1.0"

# The resource clients import every operation module: loaded on first use (PEP 562), so that importing the
# package, or one operation of it, stays as quick as before.
_FROM_RESOURCES = frozenset({"AsyncQrsClient", "AsyncPager", "Pager", "RawResponse", "QrsClient"})

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name not in _FROM_RESOURCES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from . import resources

        value = getattr(resources, name)
        globals()[name] = value
        return value


__all__ = (
    "AsyncQrsClient",
    "AsyncPager",
    "QrsClient",
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
    "redact_http_logs",
)
