# Copied from generator/runtime/_dataplus_client.py into the client generated from specs/dataplus-server.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Clients for a Data+ Server (default ``http://localhost:7766``): the API key goes raw in ``Authorization``,
with no ``Bearer`` prefix."""

from __future__ import annotations

from typing import Self, Unpack

from ._base_client import DEFAULT_TIMEOUT, BaseAuthenticatedClient, BaseClient, ClientOptions, RetryConfig

__all__ = ["DEFAULT_TIMEOUT", "DEFAULT_BASE_URL", "AuthenticatedClient", "Client", "RetryConfig"]

DEFAULT_BASE_URL = "http://localhost:7766"


class Client(BaseClient):
    """Connection settings for a Data+ Server without a credential (see ``AuthenticatedClient``)."""


class AuthenticatedClient(BaseAuthenticatedClient):
    """A Data+ Server client sending the API key; build it with ``AuthenticatedClient.for_server(api_key)``.

    Built directly, the key is sent raw (``prefix=""``), as Data+ expects.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        token: str,
        prefix: str = "",
        auth_header_name: str = "Authorization",
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, token=token, prefix=prefix, auth_header_name=auth_header_name, **options)

    @classmethod
    def for_server(cls, api_key: str, *, base_url: str = DEFAULT_BASE_URL, **options: Unpack[ClientOptions]) -> Self:
        """A Data+ Server (default ``http://localhost:7766``); the API key goes raw in ``Authorization``."""
        return cls(base_url, token=api_key, **options)
