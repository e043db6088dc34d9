# Copied from generator/runtime/_qlik_cloud_client.py into the client generated from specs/qlik-cloud-data-stores.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Clients for Qlik Cloud: ``https://<tenant>.<region>.qlikcloud.com/api`` with a Bearer API key, optional
pacing per rate-limit tier, and error bodies read as Qlik Cloud's ``{"errors": [...], "traceId": ...}``."""

from __future__ import annotations

from typing import Any, Self, Unpack

from ._base_client import DEFAULT_TIMEOUT, BaseAuthenticatedClient, BaseClient, ClientOptions, RetryConfig
from ._tenant_url import tenant_api_url
from ._tier_pacing import PacingHooks, RateLimiter
from .errors import ErrorBody

__all__ = ["DEFAULT_TIMEOUT", "AuthenticatedClient", "Client", "RetryConfig", "qlik_cloud_api_url"]


class QlikCloudHooks(PacingHooks):
    """Tier pacing, and the error envelope's ``errors`` and ``traceId``."""

    def read_error_body(self, body: Any) -> ErrorBody:
        if not isinstance(body, dict):
            return ErrorBody()
        trace_id = body.get("traceId") if isinstance(body.get("traceId"), str) else None
        listed = body.get("errors")
        parts = []
        for item in listed if isinstance(listed, list) else ():
            if isinstance(item, dict):
                text = " - ".join(str(item[key]) for key in ("code", "title", "detail") if item.get(key))
                if text:
                    parts.append(text)
        if not parts:
            return ErrorBody(trace_id=trace_id)
        detail = "; ".join(parts) + (f" (traceId {trace_id})" if trace_id else "")
        return ErrorBody(detail=detail, trace_id=trace_id)


def _hooks(rate_limit: bool) -> QlikCloudHooks:
    return QlikCloudHooks(RateLimiter() if rate_limit else None)


class Client(BaseClient):
    """Connection settings for Qlik Cloud without a credential (see ``AuthenticatedClient``).

    Args:
        rate_limit: pace requests per the documented rate-limit tier of each operation (Tier 1: 1000/min,
            Tier 2: 100/min), shared by every thread and task using this client. Off by default.
        Other arguments: as ``BaseClient``.
    """

    def __init__(self, base_url: str, *, rate_limit: bool = False, **options: Unpack[ClientOptions]) -> None:
        super().__init__(base_url, hooks=_hooks(rate_limit), **options)

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The tier pacing shared by this client's calls, or None when built without ``rate_limit``."""
        return _limiter_of(self)


class AuthenticatedClient(BaseAuthenticatedClient):
    """A Qlik Cloud client sending a Bearer API key; build it with ``AuthenticatedClient.for_tenant(...)``.

    Args:
        token: the API key; never shown in repr, logs or error messages.
        rate_limit: as for ``Client``.
        Other arguments: as ``BaseAuthenticatedClient``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        rate_limit: bool = False,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            base_url,
            token=token,
            prefix=prefix,
            auth_header_name=auth_header_name,
            hooks=_hooks(rate_limit),
            **options,
        )

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The tier pacing shared by this client's calls, or None when built without ``rate_limit``."""
        return _limiter_of(self)

    @classmethod
    def for_tenant(
        cls, tenant: str, *, region: str | None = None, token: str, rate_limit: bool = False, **options: Any
    ) -> Self:
        """``https://<tenant>.<region>.qlikcloud.com/api`` with a Bearer API key.

        ``tenant`` is the tenant name (``acme``, with ``region="eu"``) or the tenant URL as shown in the browser
        (``https://acme.eu.qlikcloud.com``, with or without ``/api``). Other keyword arguments are the ``Client`` ones.
        """
        return cls(qlik_cloud_api_url(tenant, region), token=token, rate_limit=rate_limit, **options)


def _limiter_of(client: BaseClient) -> RateLimiter | None:
    hooks = client.service_hooks
    return hooks.limiter if isinstance(hooks, PacingHooks) else None


def qlik_cloud_api_url(tenant: str, region: str | None) -> str:
    if "://" not in tenant and region is None:
        raise ValueError(
            "region is required with a tenant name (e.g. region='eu' for acme.eu.qlikcloud.com), "
            "or pass the tenant URL instead"
        )
    return tenant_api_url(tenant, domain="qlikcloud.com", api_path="/api", with_region=True, region=region)
