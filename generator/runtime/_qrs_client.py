"""Clients for the Qlik Sense Repository Service (QRS): certificates on :4242, or through the proxy.

Every request carries a fresh Xrfkey (``_xrfkey``).
"""

from __future__ import annotations

import os
import re
import ssl
from typing import Any, Self, Unpack

from ._base_client import DEFAULT_TIMEOUT, BaseAuthenticatedClient, BaseClient, ClientOptions, RetryConfig
from ._validation import parse_url, validate_hostname, validate_port
from ._xrfkey import XrfkeyHooks

__all__ = ["DEFAULT_TIMEOUT", "AuthenticatedClient", "Client", "RetryConfig", "qlik_user_header"]

_VIRTUAL_PROXY = re.compile(r"^[A-Za-z0-9_.~-]+$")


class Client(BaseClient):
    """Connection settings for the Qlik Sense QRS and the httpx clients built from them.

    ``Client.for_server(...)`` talks to the repository with certificates; ``Client.via_proxy(...)`` goes
    through the Qlik Sense proxy. Arguments as ``BaseClient``, plus:

    Args:
        xrfkey: a fixed 16-character Xrfkey to send on every request; by default each request gets a fresh one.
    """

    def __init__(self, base_url: str, *, xrfkey: str | None = None, **options: Unpack[ClientOptions]) -> None:
        super().__init__(base_url, hooks=XrfkeyHooks(xrfkey), **options)

    @property
    def xrfkey(self) -> str | None:
        """The fixed Xrfkey, or None when each request draws its own."""
        hooks = self.service_hooks
        return hooks.fixed_key if isinstance(hooks, XrfkeyHooks) else None

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
        xrfkey: str | None = None,
        **options: Any,
    ) -> Self:
        """Connect straight to the repository service with the certificates exported from the QMC.

        Talks to ``https://host:4242/qrs`` with mutual TLS (``client.pem``, ``client_key.pem``, and
        ``root.pem`` to trust the server; system CAs when ``root_ca`` is None) and identifies as
        ``X-Qlik-User: UserDirectory=...; UserId=...``. Other keyword arguments are the ``Client`` ones.
        """
        if "://" in str(host) or "/" in str(host):
            raise ValueError(f"host must be a hostname such as 'qlik.example.com', not a URL ({host!r})")
        host = validate_hostname(host)
        port = validate_port(port)
        header = qlik_user_header(user_directory, user_id)
        context = _mutual_tls_context(client_cert, client_key, root_ca, client_key_password)
        headers = {"X-Qlik-User": header, **(options.pop("headers", None) or {})}
        client = cls(f"https://{host}:{port}/qrs", verify_ssl=context, headers=headers, xrfkey=xrfkey, **options)
        client._client_key_password = client_key_password
        return client

    @classmethod
    def via_proxy(
        cls, base_url: str, *, virtual_proxy: str | None = None, xrfkey: str | None = None, **options: Any
    ) -> Self:
        """Go through the Qlik Sense proxy with an authenticated session: ``https://host/<prefix>/qrs``.

        ``base_url`` is the proxy address (``https://qlik.example.com``); ``virtual_proxy`` its prefix, if any.
        Session headers, cookies (e.g. ``X-Qlik-Session``) or an ``httpx`` auth in ``httpx_args`` are passed
        through as given.
        """
        parsed = parse_url(base_url)
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
        return cls(f"{parsed.origin}/{'/'.join(segments)}", xrfkey=xrfkey, **options)


class AuthenticatedClient(BaseAuthenticatedClient):
    """A QRS client that sends a credential header with every request (e.g. behind a header-authenticated
    virtual proxy). Arguments as ``BaseAuthenticatedClient``, plus ``xrfkey`` as for ``Client``."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        xrfkey: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            base_url,
            token=token,
            prefix=prefix,
            auth_header_name=auth_header_name,
            hooks=XrfkeyHooks(xrfkey),
            **options,
        )


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
