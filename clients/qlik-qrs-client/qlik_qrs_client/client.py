# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Clients for Qlik Sense QRS data connections: connection settings shared by every operation."""

from __future__ import annotations

import contextlib
import copy
import os
import re
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
    """Connection settings for Qlik Sense QRS data connections and the httpx clients built from them.

    Args:
        base_url: the API root; every operation path is relative to it. http or https, no credentials,
            query or fragment.
        cookies: cookies sent with every request.
        headers: headers sent with every request.
        timeout: an ``httpx.Timeout`` or seconds; default ``DEFAULT_TIMEOUT`` (connect 5 s, read 60 s).
        verify_ssl: True (system CAs), False, a CA bundle path or an ``ssl.SSLContext``.
        follow_redirects: follow 3xx responses (default False).
        httpx_args: extra ``httpx.Client``/``httpx.AsyncClient`` arguments; a ``transport`` given here is
            wrapped by the runtime (retries, Xrfkey), not replaced.
        raise_on_error: raise ``errors.ApiError`` subclasses for 4xx/5xx responses (after retries). False gives back the plain generated
            behaviour: documented error statuses are returned as parsed models.
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` for success statuses the spec does not document.
        max_retries: retries after the first attempt (default 2, 0 disables). See ``RetryConfig``.
        retry_config: full retry settings; overrides ``max_retries``.
        xrfkey: a fixed 16-character Xrfkey to send on every request; by default each request gets a fresh one.
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
        xrfkey: str | None = None,
    ) -> None:
        parsed = _runtime.parse_url(base_url)
        self._base_url = parsed.origin + parsed.path
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        for name, value in self._headers.items():
            _runtime.reject_blank_or_control(f"header name {name!r}", name)
            if any(c in value for c in "\r\n\x00"):
                raise ValueError(f"header {name!r} must not contain CR, LF or NUL characters")
        self.xrfkey = _runtime.validate_xrfkey(xrfkey) if xrfkey is not None else None
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
        """Use your own httpx.Client as is: no retries unless you set them up (each call still gets its Xrfkey)."""
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
        """Use your own httpx.AsyncClient as is: no retries unless you set them up (each call still gets its Xrfkey)."""
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

    # -- constructors -----------------------------------------------------------------------------------

    @classmethod
    def for_server(
        cls,
        host: str,
        *,
        client_cert: str | os.PathLike[str],
        client_key: str | os.PathLike[str],
        root_ca: str | os.PathLike[str] | None = None,
        port: int = 4242,
        user_directory: str = "INTERNAL",
        user_id: str = "sa_repository",
        client_key_password: str | None = None,
        **options: Any,
    ) -> Self:
        """Connect straight to the repository service with the certificates exported from the QMC.

        Talks to ``https://host:4242/qrs`` with mutual TLS (``client.pem``, ``client_key.pem``, and
        ``root.pem`` to trust the server; system CAs when ``root_ca`` is None) and identifies as
        ``X-Qlik-User: UserDirectory=...; UserId=...``. Other keyword arguments are the ``Client`` ones.
        """
        if "://" in str(host) or "/" in str(host):
            raise ValueError(f"host must be a hostname such as 'qlik.example.com', not a URL ({host!r})")
        host = _runtime.validate_hostname(host)
        port = _runtime.validate_port(port)
        header = qlik_user_header(user_directory, user_id)
        context = _mutual_tls_context(client_cert, client_key, root_ca, client_key_password)
        headers = {"X-Qlik-User": header, **options.pop("headers", {})}
        client = cls(f"https://{host}:{port}/qrs", verify_ssl=context, headers=headers, **options)
        client._client_key_password = client_key_password
        return client

    @classmethod
    def via_proxy(cls, base_url: str, *, virtual_proxy: str | None = None, **options: Any) -> Self:
        """Go through the Qlik Sense proxy with an authenticated session: ``https://host/<prefix>/qrs``.

        ``base_url`` is the proxy address (``https://qlik.example.com``); ``virtual_proxy`` its prefix, if any.
        Session headers, cookies (e.g. ``X-Qlik-Session``) or an ``httpx`` auth in ``httpx_args`` are passed
        through as given.
        """
        parsed = _runtime.parse_url(base_url)
        if parsed.port == 4242:
            raise ValueError(
                "port 4242 is the repository's certificate port, not the proxy: use Client.for_server() for it"
            )
        segments = [s for s in parsed.path.split("/") if s]
        if virtual_proxy is not None:
            prefix = virtual_proxy.strip("/")
            if not _VIRTUAL_PROXY.match(prefix):
                raise ValueError(
                    f"virtual_proxy {virtual_proxy!r} must be one path segment of letters, digits, '-', '_', '.' or '~'"
                )
            segments.append(prefix)
        if not segments or segments[-1] != "qrs":
            segments.append("qrs")
        return cls(f"{parsed.origin}/{'/'.join(segments)}", **options)


_VIRTUAL_PROXY = re.compile(r"^[A-Za-z0-9_.~-]+$")


def qlik_user_header(user_directory: str, user_id: str) -> str:
    """``UserDirectory=<dir>; UserId=<id>``: values may not contain ';', '=', CR or LF (they would forge fields)."""
    for what, value in (("user_directory", user_directory), ("user_id", user_id)):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{what} must be a non-empty string")
        bad = sorted({c for c in value if c in ";=\r\n" or ord(c) < 0x20 or ord(c) == 0x7F})
        if bad:
            raise ValueError(f"{what} {value!r} must not contain {', '.join(repr(c) for c in bad)}")
    return f"UserDirectory={user_directory}; UserId={user_id}"


def _mutual_tls_context(
    client_cert: str | os.PathLike[str],
    client_key: str | os.PathLike[str],
    root_ca: str | os.PathLike[str] | None,
    password: str | None,
) -> ssl.SSLContext:
    for what, path in (("client_cert", client_cert), ("client_key", client_key), ("root_ca", root_ca)):
        if path is not None and not os.path.isfile(path):
            raise ValueError(f"{what}: no such file {os.fspath(path)!r}")
    try:
        context = ssl.create_default_context(cafile=os.fspath(root_ca) if root_ca is not None else None)
        context.load_cert_chain(os.fspath(client_cert), os.fspath(client_key), password=password)
    except ssl.SSLError as error:
        # The reason names the failure (bad PEM, key mismatch, wrong password) without file contents.
        raise ValueError(f"cannot load the client certificate or key: {error.reason or error}") from None
    return context


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
