"""Clients for Qalyptus Cloud: ``https://<tenant>.qalyptus.net/api/v1`` with a Bearer token; every response
is an envelope whose ``isSuccess: false`` raises ``ApiError`` even on HTTP 200 (``_envelope``)."""

from __future__ import annotations

from typing import Any, Self

from ._base_client import DEFAULT_TIMEOUT, BaseAuthenticatedClient, BaseClient, RetryConfig
from ._envelope import EnvelopeHooks
from ._tenant_url import tenant_api_url

__all__ = ["DEFAULT_TIMEOUT", "AuthenticatedClient", "Client", "RetryConfig"]


class Client(BaseClient):
    """Connection settings for Qalyptus Cloud without a credential (see ``AuthenticatedClient``)."""

    _default_hooks = EnvelopeHooks


class AuthenticatedClient(BaseAuthenticatedClient):
    """A Qalyptus Cloud client sending a Bearer token; build it with ``AuthenticatedClient.for_tenant(...)``."""

    _default_hooks = EnvelopeHooks

    @classmethod
    def for_tenant(cls, tenant: str, *, token: str, **options: Any) -> Self:
        """``https://<tenant>.qalyptus.net/api/v1`` with a Bearer token.

        ``tenant`` is the tenant name (``acme``) or its URL (``https://acme.qalyptus.net``, with or without
        ``/api/v1``). Other keyword arguments are the ``Client`` ones.
        """
        return cls(tenant_api_url(tenant, domain="qalyptus.net", api_path="/api/v1"), token=token, **options)
