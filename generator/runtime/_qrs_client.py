"""Clients for the Qlik Sense Repository Service (QRS): certificates on :4242, or through the proxy.

Every request carries a fresh Xrfkey (``_xrfkey``). Through the proxy, a Windows account can log in with NTLM
(``_ntlm``, needs the ``ntlm`` extra).
"""

from __future__ import annotations

import os
import re
import ssl
from typing import Any, Self, Unpack

import httpx

from ._base_client import DEFAULT_TIMEOUT, BaseAuthenticatedClient, BaseClient, ClientOptions, RetryConfig
from ._ntlm import (
    AsyncHeldConnections,
    HeldConnections,
    NtlmAuth,
    is_loopback,
    one_connection_each,
    validate_ntlm_credentials,
)
from ._validation import parse_url, validate_hostname, validate_port
from ._xrfkey import XrfkeyHooks

__all__ = ["DEFAULT_TIMEOUT", "AuthenticatedClient", "Client", "RetryConfig", "qlik_user_header"]

_VIRTUAL_PROXY = re.compile(r"^[A-Za-z0-9_.~-]+$")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_BASE_URL_FORMS = "https://host:4242/qrs, or https://host/<virtual proxy>/qrs through the proxy"


class QrsHooks(XrfkeyHooks):
    """The Xrfkey on every request, and a hint for the 404 a wrong base URL gets."""

    def error_hint(self, response: httpx.Response) -> str:
        if response.status_code != 404:
            return ""
        segments = [s for s in response.request.url.path.split("/") if s]
        if "qrs" not in (s.lower() for s in segments):
            return f"base_url should end with /qrs ({_BASE_URL_FORMS})"
        if segments and not _GUID.match(segments[-1]):
            # Only an entity (a GUID at the end) can be missing; a collection path 404s when the base is wrong.
            base = "/" + "/".join(segments[: [s.lower() for s in segments].index("qrs") + 1])
            return f"no QRS API answered under {base}: check base_url ({_BASE_URL_FORMS})"
        return ""


class Client(BaseClient):
    """Connection settings for the Qlik Sense QRS and the httpx clients built from them.

    ``Client.for_server(...)`` talks to the repository with certificates; ``Client.via_proxy(...)`` goes
    through the Qlik Sense proxy. Arguments as ``BaseClient``, plus:

    Args:
        xrfkey: a fixed 16-character Xrfkey to send on every request; by default each request gets a fresh one.
        ntlm: ``(user, password)`` of a Windows account (user as ``DOMAIN\\user`` or ``user@domain``) to answer
            the proxy's NTLM challenge with; needs ``pip install qlik-qrs-client[ntlm]``. https only, except to
            this machine (loopback). The password is never shown in repr, logs or error messages.
    """

    def __init__(
        self,
        base_url: str,
        *,
        xrfkey: str | None = None,
        ntlm: tuple[str, str] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, hooks=QrsHooks(xrfkey), **options)
        self._ntlm: NtlmAuth | None = None
        self._ntlm_password: str | None = None
        if ntlm is not None:
            user, password = validate_ntlm_credentials(ntlm)
            url = parse_url(base_url)
            if url.scheme != "https" and not is_loopback(url.host):
                # The AUTHENTICATE message can be cracked offline or relayed by anyone who sees it.
                raise ValueError("ntlm needs an https base_url (plain http is allowed only to this machine)")
            if "auth" in self._httpx_args:
                raise ValueError("give either ntlm or an auth in httpx_args, not both")
            self._ntlm = NtlmAuth(user, password)
            self._ntlm_password = password

    def secret_values(self) -> tuple[str, ...]:
        secrets = super().secret_values()
        return (*secrets, self._ntlm_password) if self._ntlm_password else secrets

    @property
    def ntlm_user(self) -> str | None:
        """The Windows account NTLM logs in as, or None."""
        return self._ntlm.user if self._ntlm is not None else None

    def __repr__(self) -> str:
        text = super().__repr__()
        if self._ntlm is None:
            return text
        return f"{text[:-1]}, ntlm=({self._ntlm.user!r}, <redacted>))"

    def _request_headers(self) -> dict[str, str]:
        headers = super()._request_headers()
        if self._ntlm is not None and not any(name.lower() == "user-agent" for name in self._headers):
            # The proxy offers Windows authentication only to a User-Agent containing the virtual proxy's
            # "Windows authentication pattern" (by default "Windows"); other agents get the login form.
            headers["User-Agent"] = f"{headers['User-Agent']} Windows"
        return headers

    def _new_transport(self, transport_args: dict[str, Any]) -> httpx.BaseTransport:
        if self._ntlm is None:
            return super()._new_transport(transport_args)
        limit, args = one_connection_each(transport_args)
        return HeldConnections(lambda: httpx.HTTPTransport(verify=self._verify_ssl, **args), limit)

    def _new_async_transport(self, transport_args: dict[str, Any]) -> httpx.AsyncBaseTransport:
        if self._ntlm is None:
            return super()._new_async_transport(transport_args)
        limit, args = one_connection_each(transport_args)
        return AsyncHeldConnections(lambda: httpx.AsyncHTTPTransport(verify=self._verify_ssl, **args), limit)

    def _split_httpx_args(self) -> tuple[dict[str, Any], dict[str, Any]]:
        client_args, transport_args = super()._split_httpx_args()
        if self._ntlm is not None:
            client_args["auth"] = self._ntlm
        return client_args, transport_args

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
        cls,
        base_url: str,
        *,
        virtual_proxy: str | None = None,
        xrfkey: str | None = None,
        ntlm: tuple[str, str] | None = None,
        **options: Any,
    ) -> Self:
        """Go through the Qlik Sense proxy with an authenticated session: ``https://host/<prefix>/qrs``.

        ``base_url`` is the proxy address (``https://qlik.example.com``); ``virtual_proxy`` its prefix, if any.
        Session headers, cookies (e.g. ``X-Qlik-Session``) or an ``httpx`` auth in ``httpx_args`` are passed
        through as given.

        ``ntlm=("DOMAIN\\user", password)`` logs in with a Windows account (NTLM challenge-response; needs
        ``pip install qlik-qrs-client[ntlm]``). Redirects are then followed by default, as the proxy sends the
        login through its own Windows authentication path; the session cookie it sets is kept for later calls.
        A refused login raises ``AuthenticationError`` (401).
        """
        if ntlm is not None:
            options.setdefault("follow_redirects", True)
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
        return cls(f"{parsed.origin}/{'/'.join(segments)}", xrfkey=xrfkey, ntlm=ntlm, **options)


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
            hooks=QrsHooks(xrfkey),
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
