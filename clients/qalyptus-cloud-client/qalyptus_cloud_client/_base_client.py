# Copied from generator/runtime/_base_client.py into the client generated from specs/qalyptus-cloud.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""The connection settings shared by every operation, and the httpx clients built from them.

Each package's ``client`` module subclasses these with the API's own constructors and service hooks. The
interface is openapi-python-client's (base_url, cookies, headers, timeout, verify_ssl, follow_redirects,
httpx_args, raise_on_unexpected_status, with_*, get_/set_ httpx clients, context managers) plus validation,
redaction, retries and the runtime transport.
"""

from __future__ import annotations

import contextlib
import copy
import platform
import ssl
import sys
import threading
from collections.abc import Iterator
from typing import Any, Self, TypedDict, Unpack

import httpx

from ._hooks import ServiceHooks
from ._redaction import secrets_of_headers
from ._retry import RetryConfig
from ._transport import AsyncRuntimeTransport, RuntimeTransport
from ._transport import call_timeout as timeout_override
from ._validation import (
    check_header_value,
    environment_proxy,
    parse_url,
    reject_blank_or_control,
    validate_cookies,
    validate_headers,
)

__all__ = ["DEFAULT_TIMEOUT", "BaseAuthenticatedClient", "BaseClient", "ClientOptions", "RetryConfig"]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""Connect within 5 s, and no more than 60 s for each read, write or pool wait."""

DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
"""The largest response body read (after decompression); a larger one raises ResponseTooLargeError."""

# httpx.Client arguments that configure the connection itself; they go to our wrapped transport.
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "proxy", "retries", "local_address", "uds", "socket_options")


class ClientOptions(TypedDict, total=False):
    """The keyword options of every client constructor (see ``BaseClient``)."""

    cookies: dict[str, str] | None
    headers: dict[str, str] | None
    timeout: httpx.Timeout | float | None
    verify_ssl: str | bool | ssl.SSLContext
    follow_redirects: bool
    httpx_args: dict[str, Any] | None
    raise_on_error: bool
    raise_on_unexpected_status: bool
    max_retries: int
    retry_config: RetryConfig | None
    max_response_bytes: int | None
    call_timeout: float | None


# This package ("qlik_qrs_client", ...): its name and version make the User-Agent.
_PACKAGE = __name__.rpartition(".")[0]


def user_agent() -> str:
    """``<project>/<version> httpx/<version> python/<version>``, so that server logs tell which client called."""
    version = getattr(sys.modules.get(_PACKAGE), "__version__", "0")
    return f"{_PACKAGE.replace('_', '-')}/{version} httpx/{httpx.__version__} python/{platform.python_version()}"


def _as_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout | None:
    return timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)


class BaseClient:
    """Connection settings and the httpx clients built from them.

    Args:
        base_url: the API root; every operation path is relative to it. http or https, no credentials,
            query or fragment.
        cookies: cookies sent with every request.
        headers: headers sent with every request.
        timeout: an ``httpx.Timeout`` or seconds; default ``DEFAULT_TIMEOUT`` (connect 5 s, read 60 s).
        verify_ssl: True (system CAs), False, a CA bundle path or an ``ssl.SSLContext``.
        follow_redirects: follow 3xx responses (default False).
        httpx_args: extra ``httpx.Client``/``httpx.AsyncClient`` arguments; a ``transport`` given here is
            wrapped by the runtime (retries and the API's own request steps), not replaced.
        raise_on_error: raise ``errors.ApiError`` subclasses for 4xx/5xx responses (after retries) and for
            success bodies that report a failure. False gives back the plain generated behaviour: documented
            error statuses are returned as parsed models.
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` for success statuses the spec does not document.
        max_retries: retries after the first attempt (default 2, 0 disables). See ``RetryConfig``.
        retry_config: full retry settings; overrides ``max_retries``.
        max_response_bytes: the largest body read, decompressed (default 256 MiB; None: no limit). A larger one
            raises ``errors.ResponseTooLargeError`` and the connection is closed.
        call_timeout: seconds a whole call may take, retries and waits included (default None: no overall
            limit; ``timeout`` still bounds each connect and read). Past it: ``errors.ApiTimeoutError``.
        hooks: the API's own steps (set by the package's client classes).
    """

    _repr_fields: tuple[str, ...] = ()
    # The API's steps when none are given: a subclass whose hooks take no options names their class here.
    _default_hooks: type[ServiceHooks] = ServiceHooks

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
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        call_timeout: float | None = None,
        hooks: ServiceHooks | None = None,
    ) -> None:
        parsed = parse_url(base_url)
        self._base_url = parsed.origin + parsed.path
        self._cookies = validate_cookies(dict(cookies or {}))
        self._headers = validate_headers(dict(headers or {}))
        if max_response_bytes is not None and (
            isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1
        ):
            raise ValueError("max_response_bytes must be a positive integer or None")
        if call_timeout is not None and (isinstance(call_timeout, bool) or not call_timeout > 0):
            raise ValueError("call_timeout must be a positive number of seconds or None")
        self.max_response_bytes = max_response_bytes
        self.call_deadline = float(call_timeout) if call_timeout is not None else None
        self._timeout = _as_timeout(timeout)
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self.raise_on_error = raise_on_error
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.retry_config = retry_config if retry_config is not None else RetryConfig(max_retries=max_retries)
        self.service_hooks = hooks if hooks is not None else self._default_hooks()
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._client_key_password: str | None = None
        self._build_lock = threading.Lock()  # threads sharing a client must share one connection pool

    @property
    def base_url(self) -> str:
        return self._base_url

    # -- secrets and repr -------------------------------------------------------------------------------

    def secret_values(self) -> tuple[str, ...]:
        """Values that must never be shown: scrubbed from error messages built by this package. Every value of a
        header named like a credential (and the bare token of ``Bearer x``), every cookie value, key passwords."""
        values = secrets_of_headers(self._request_headers())
        values.extend(self._cookies.values())
        if self._client_key_password:
            values.append(self._client_key_password)
        return tuple(dict.fromkeys(v for v in values if v))

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
        return self._evolve(_headers=validate_headers({**self._headers, **headers}))

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client matching this one with additional cookies."""
        return self._evolve(_cookies=validate_cookies({**self._cookies, **cookies}))

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A new client matching this one with another timeout."""
        return self._evolve(_timeout=_as_timeout(timeout))

    @contextlib.contextmanager
    def call_timeout(self, timeout: httpx.Timeout | float | None) -> Iterator[None]:
        """Use another timeout for the calls made with this client inside the ``with`` block (this thread or task).

        with client.call_timeout(300):
            big = get_something.sync(client=client)
        """
        value = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        token = timeout_override.set((id(self), value))
        try:
            yield
        finally:
            timeout_override.reset(token)

    # -- httpx clients ----------------------------------------------------------------------------------

    def _request_headers(self) -> dict[str, str]:
        """The headers every request carries: the User-Agent (unless the caller set one) and the caller's."""
        if any(name.lower() == "user-agent" for name in self._headers):
            return dict(self._headers)
        return {"User-Agent": user_agent(), **self._headers}

    def _split_httpx_args(self) -> tuple[dict[str, Any], dict[str, Any]]:
        client_args = dict(self._httpx_args)
        transport_args = {name: client_args.pop(name) for name in _TRANSPORT_ARGS if name in client_args}
        if "proxy" not in transport_args and client_args.get("trust_env", True):
            proxy = environment_proxy(self._base_url)
            if proxy is not None:
                transport_args["proxy"] = proxy
        return client_args, transport_args

    def _transport_options(self) -> dict[str, Any]:
        return {
            "retry": self.retry_config,
            "hooks": self.service_hooks,
            "origin": httpx.URL(self._base_url),
            "max_response_bytes": self.max_response_bytes,
        }

    def _new_transport(self, transport_args: dict[str, Any]) -> httpx.BaseTransport:
        """The connection pool, when httpx_args gives no transport (a subclass may pool differently)."""
        return httpx.HTTPTransport(verify=self._verify_ssl, **transport_args)

    def _new_async_transport(self, transport_args: dict[str, Any]) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(verify=self._verify_ssl, **transport_args)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own httpx.Client as is: no retries or request hooks unless you set them up (calls still get
        what is added before the request is built, such as the QRS Xrfkey)."""
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
            inner = client_args.pop("transport", None) or self._new_transport(transport_args)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=RuntimeTransport(inner, **self._transport_options()),
                **client_args,
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own httpx.AsyncClient as is (see ``set_httpx_client``)."""
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
                inner = self._new_async_transport(transport_args)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=AsyncRuntimeTransport(inner, **self._transport_options()),
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


class BaseAuthenticatedClient(BaseClient):
    """A client that sends a credential with every request.

    Args:
        token: the credential; never shown in repr, logs or error messages.
        prefix: put before the token in the header (default ``Bearer``; empty for none).
        auth_header_name: the header carrying it (default ``Authorization``).
        Other arguments: as ``BaseClient``.
    """

    _repr_fields = ("token",)

    def __init__(
        self,
        base_url: str,
        *,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        hooks: ServiceHooks | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, hooks=hooks, **options)
        reject_blank_or_control("token", token, secret=True)
        check_header_value("token", token)
        check_header_value("prefix", prefix)
        validate_headers({auth_header_name: "x"}, what="auth_header_name")
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def secret_values(self) -> tuple[str, ...]:
        return (self.token, *super().secret_values())

    def _request_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**super()._request_headers(), self.auth_header_name: value}
