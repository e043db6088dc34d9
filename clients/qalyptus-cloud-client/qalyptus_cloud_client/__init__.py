# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""A client library for accessing Qalyptus Cloud API"""

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

__version__ = "0.1.0"

__all__ = (
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
