# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Clients for Qalyptus Cloud: connection settings shared by every operation."""

from __future__ import annotations

import contextlib
import copy
import ssl
import threading
from collections.abc import Iterator
from typing import Any, Self

import httpx

from . import _runtime
from ._runtime import RetryConfig

__all__ = ["AuthenticatedClient", "Client", "DEFAULT_TIMEOUT", "RetryConfig"]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""Connect within 5 s, and no more than 60 s for each read, write or pool wait."""

# httpx.Client arguments that configure the connection itself; they go to our wrapped transport.
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "proxy", "retries", "local_address", "uds", "socket_options")


class Client:
    """Connection settings for Qalyptus Cloud and the httpx clients built from them.

    Args:
        base_url: the API root; every operation path is relative to it. http or https, no credentials,
            query or fragment.
        cookies: cookies sent with every request.
        headers: headers sent with every request.
        timeout: an ``httpx.Timeout`` or seconds; default ``DEFAULT_TIMEOUT`` (connect 5 s, read 60 s).
        verify_ssl: True (system CAs), False, a CA bundle path or an ``ssl.SSLContext``.
        follow_redirects: follow 3xx responses (default False).
        httpx_args: extra ``httpx.Client``/``httpx.AsyncClient`` arguments; a ``transport`` given here is
            wrapped by the runtime (retries), not replaced.
        raise_on_error: raise ``errors.ApiError`` subclasses for 4xx/5xx responses (after retries) and
            for envelopes saying ``isSuccess: false``. False gives back the plain generated
            behaviour: documented error statuses are returned as parsed models.
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` for success statuses the spec does not document.
        max_retries: retries after the first attempt (default 2, 0 disables). See ``RetryConfig``.
        retry_config: full retry settings; overrides ``max_retries``.
    """

    _repr_fields: tuple[str, ...] = ()

    def __init__(
        self,
        base_url: str,
        *,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
        raise_on_error: bool = True,
        raise_on_unexpected_status: bool = False,
        max_retries: int = 2,
        retry_config: RetryConfig | None = None,
    ) -> None:
        parsed = _runtime.parse_url(base_url)
        self._base_url = parsed.origin + parsed.path
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        for name, value in self._headers.items():
            _runtime.reject_blank_or_control(f"header name {name!r}", name)
            if any(c in value for c in "\r\n\x00"):
                raise ValueError(f"header {name!r} must not contain CR, LF or NUL characters")
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self.raise_on_error = raise_on_error
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.retry_config = retry_config if retry_config is not None else RetryConfig(max_retries=max_retries)
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._client_key_password: str | None = None
        self._build_lock = threading.Lock()  # threads sharing a client must share one connection pool

    @property
    def base_url(self) -> str:
        return self._base_url

    # -- secrets and repr -------------------------------------------------------------------------------

    def secret_values(self) -> tuple[str, ...]:
        """Values that must never be shown: scrubbed from error messages built by this package."""
        values = [v for k, v in self._headers.items() if k.lower() in _runtime.SENSITIVE_HEADERS]
        values.extend(self._cookies.values())
        if self._client_key_password:
            values.append(self._client_key_password)
        return tuple(v for v in values if v)

    def __repr__(self) -> str:
        parts = [f"base_url={self._base_url!r}"]
        parts.extend(f"{name}=<redacted>" for name in self._repr_fields)
        if self._headers:
            parts.append(f"headers={sorted(self._headers)!r}")
        if self._cookies:
            parts.append(f"cookies={sorted(self._cookies)!r}")
        parts.append(f"max_retries={self.retry_config.max_retries}")
        return f"{type(self).__name__}({', '.join(parts)})"

    # -- builders (each returns a new client; the original keeps working) -----------------------------------

    def _evolve(self, **changes: Any) -> Self:
        clone = copy.copy(self)
        for name, value in changes.items():
            setattr(clone, name, value)
        clone._client = None
        clone._async_client = None
        clone._build_lock = threading.Lock()
        return clone

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client matching this one with additional headers."""
        return self._evolve(_headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client matching this one with additional cookies."""
        return self._evolve(_cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A new client matching this one with another timeout."""
        return self._evolve(
            _timeout=timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
        )

    @contextlib.contextmanager
    def call_timeout(self, timeout: httpx.Timeout | float | None) -> Iterator[None]:
        """Use another timeout for the calls made with this client inside the ``with`` block (this thread or task).

        with client.call_timeout(300):
            big = get_something.sync(client=client)
        """
        value = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        token = _runtime.call_timeout.set((id(self), value))
        try:
            yield
        finally:
            _runtime.call_timeout.reset(token)

    # -- httpx clients ----------------------------------------------------------------------------------

    def _request_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def _split_httpx_args(self) -> tuple[dict[str, Any], dict[str, Any]]:
        client_args = dict(self._httpx_args)
        transport_args = {name: client_args.pop(name) for name in _TRANSPORT_ARGS if name in client_args}
        if "proxy" not in transport_args and client_args.get("trust_env", True):
            proxy = _runtime.environment_proxy(self._base_url)
            if proxy is not None:
                transport_args["proxy"] = proxy
        return client_args, transport_args

    def _transport_options(self) -> dict[str, Any]:
        return {"retry": self.retry_config}

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own httpx.Client as is: no retries unless you set them up."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, built on first use."""
        if self._client is not None:
            return self._client
        with self._build_lock:
            if self._client is not None:
                return self._client
            client_args, transport_args = self._split_httpx_args()
            inner = client_args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl, **transport_args)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=_runtime.RuntimeTransport(inner, **self._transport_options()),
                **client_args,
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own httpx.AsyncClient as is: no retries unless you set them up."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, built on first use."""
        if self._async_client is not None:
            return self._async_client
        with self._build_lock:
            if self._async_client is not None:
                return self._async_client
            client_args, transport_args = self._split_httpx_args()
            inner = client_args.pop("async_transport", None) or client_args.pop("transport", None)
            if inner is None:
                inner = httpx.AsyncHTTPTransport(verify=self._verify_ssl, **transport_args)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=_runtime.AsyncRuntimeTransport(inner, **self._transport_options()),
                **client_args,
            )
        return self._async_client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        """Enter a context manager for the internal httpx.Client (you cannot enter twice; see httpx docs)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


class AuthenticatedClient(Client):
    """A ``Client`` that sends a credential with every request.

    Args:
        token: the credential; never shown in repr, logs or error messages.
        prefix: put before the token in the header (default ``Bearer``; empty for none).
        auth_header_name: the header carrying it (default ``Authorization``).
        Other arguments: as ``Client``.
    """

    _repr_fields = ("token",)

    def __init__(
        self,
        base_url: str,
        *,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **options: Any,
    ) -> None:
        super().__init__(base_url, **options)
        _runtime.reject_blank_or_control("token", token, secret=True)
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def secret_values(self) -> tuple[str, ...]:
        return (self.token, *super().secret_values())

    def _request_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}

    @classmethod
    def for_tenant(cls, tenant: str, *, token: str, **options: Any) -> Self:
        """``https://<tenant>.qalyptus.net/api/v1`` with a Bearer token.

        ``tenant`` is the tenant name (``acme``) or its URL (``https://acme.qalyptus.net``, with or without
        ``/api/v1``). Other keyword arguments are the ``Client`` ones.
        """
        return cls(tenant_api_url(tenant, domain="qalyptus.net", api_path="/api/v1"), token=token, **options)


def tenant_api_url(
    tenant: str, *, domain: str, api_path: str, with_region: bool = False, region: str | None = None
) -> str:
    """The API root of a cloud tenant, from its name (and region) or its https URL; https only."""
    _runtime.reject_blank_or_control("tenant", tenant)
    shape = f"https://<tenant>.{'<region>.' if with_region else ''}{domain}"
    if "://" in tenant:
        parsed = _runtime.parse_url(tenant, what="tenant URL", schemes=("https",))
        if parsed.path not in ("", api_path):
            raise ValueError(f"tenant URL {tenant!r} must have no path other than {api_path!r}")
        if parsed.port is not None:
            raise ValueError(f"tenant URL {tenant!r} must not name a port")
        labels = parsed.host.removesuffix("." + domain).split(".")
        if not parsed.host.endswith("." + domain) or len(labels) != (2 if with_region else 1):
            raise ValueError(f"tenant URL {tenant!r} must look like {shape}")
        if region is not None and labels[-1] != region.lower():
            raise ValueError(f"region {region!r} does not match the tenant URL {tenant!r}")
        return f"https://{parsed.host}{api_path}"
    host_labels: list[str] = []
    for what, label in (("tenant", tenant), ("region", region if with_region else "")):
        if label is None:
            raise ValueError(f"{what} is required")
        if not with_region and what == "region":
            continue
        _runtime.reject_blank_or_control(what, label)
        if not _runtime.is_dns_label(label):
            raise ValueError(f"{what} {label!r} must be a single DNS label (letters, digits, hyphens), as in {shape}")
        host_labels.append(label)
    host = ".".join(host_labels) + "." + domain
    return f"https://{host.lower()}{api_path}"
