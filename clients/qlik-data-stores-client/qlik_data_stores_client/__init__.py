# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""A client library for accessing Qlik Cloud Data Stores API"""

from ._runtime import RetryConfig
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
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from .resources import AsyncDataStoresClient, AsyncPager, DataStoresClient, Pager, RawResponse

__version__ = "0.1.0"

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
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryConfig",
    "ServerError",
    "UnexpectedResponseError",
)
