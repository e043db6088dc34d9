"""Windows (NTLM) authentication through the Qlik Sense proxy: the challenge-response handshake as an ``httpx.Auth``.

The proxy answers an unauthenticated request with ``401`` and ``WWW-Authenticate: NTLM``; the client then sends
its NEGOTIATE message, gets the server's CHALLENGE in a second ``401``, and answers with the AUTHENTICATE
message. NTLM authenticates the TCP connection, so the three legs must use one connection, and no other call may
take it between two legs (it would get the 401 meant for the handshake, and the handshake's next leg would go out on
another connection): ``HeldConnections`` lends each connection to one request at a time, and a call answered
``401`` keeps its connection until its auth flow sends the next leg or gives up. The messages are computed by
pyspnego (an optional dependency, imported only when NTLM is asked for). A server that still answers ``401``
after the AUTHENTICATE message has refused the credentials: the flow ends there (no second try), and the caller
sees the ``401``.

Over https the client binds its answer to the server's certificate (``tls-server-end-point`` channel binding,
Extended Protection for Authentication), so a relaying machine in the middle cannot reuse it.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import struct
import threading
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from spnego import ContextProxy
    from spnego.channel_bindings import GssChannelBindings

__all__ = [
    "AsyncHeldConnections",
    "HeldConnections",
    "NtlmAuth",
    "is_loopback",
    "one_connection_each",
    "validate_ntlm_credentials",
]

# This package ("qlik_qrs_client"): the name of the extra that installs pyspnego.
_PROJECT = __name__.rpartition(".")[0].replace("_", "-")
_SCHEMES = ("NTLM", "Negotiate")  # in order of preference; Windows accepts raw NTLM messages under Negotiate too


def _import_spnego() -> Any:
    try:
        import spnego
    except ImportError:
        raise ImportError(
            f"Windows (NTLM) authentication needs the pyspnego package: pip install {_PROJECT}[ntlm]"
        ) from None
    return spnego


def spnego_errors() -> type[Exception]:
    """pyspnego's base error (a bad message from the server)."""
    errors: type[Exception] = _import_spnego().exceptions.SpnegoError
    return errors


def validate_ntlm_credentials(value: object) -> tuple[str, str]:
    """``(user, password)`` with the user as ``DOMAIN\\user`` or ``user@domain``; neither empty nor with control
    characters. The password is never shown in the error."""
    if not isinstance(value, tuple) or len(value) != 2:
        raise ValueError("ntlm must be a (user, password) tuple, the user as 'DOMAIN\\\\user' or 'user@domain'")
    user, password = value
    if not isinstance(user, str) or not user.strip():
        raise ValueError("ntlm user must be a non-empty string such as 'DOMAIN\\\\user' or 'user@domain'")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in user):
        raise ValueError(f"ntlm user {user!r} must not contain control characters")
    domain, backslash, name = user.partition("\\")
    local, at, realm = user.partition("@")
    if backslash and (not domain.strip() or not name.strip() or "\\" in name or "@" in user):
        raise ValueError(f"ntlm user {user!r} must be 'DOMAIN\\\\user' or 'user@domain'")
    if at and not backslash and (not local.strip() or not realm.strip() or "@" in realm):
        raise ValueError(f"ntlm user {user!r} must be 'DOMAIN\\\\user' or 'user@domain'")
    if not backslash and not at:
        raise ValueError(f"ntlm user {user!r} must name its domain: 'DOMAIN\\\\user' or 'user@domain'")
    if not isinstance(password, str) or not password:
        raise ValueError("ntlm password must be a non-empty string")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in password):
        raise ValueError("ntlm password must not contain control characters")
    return user, password


def is_loopback(host: str) -> bool:
    """Whether a URL's host is this machine (``localhost`` or a loopback address)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _offered_scheme(response: httpx.Response) -> str | None:
    """The scheme to answer with: ``WWW-Authenticate`` headers, or one header listing several (``Negotiate, NTLM``)."""
    values = response.headers.get_list("WWW-Authenticate", split_commas=True)
    offered = {value.strip().split(" ", 1)[0].lower() for value in values}
    return next((scheme for scheme in _SCHEMES if scheme.lower() in offered), None)


def _server_token(response: httpx.Response, scheme: str) -> bytes | None:
    for value in response.headers.get_list("WWW-Authenticate"):
        name, _, token = value.strip().partition(" ")
        if name.lower() == scheme.lower() and token.strip():
            try:
                return base64.b64decode(token.strip(), validate=True)
            except ValueError:
                return None
    return None


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


def _channel_bindings(response: httpx.Response) -> GssChannelBindings | None:
    """The ``tls-server-end-point`` binding (RFC 5929) of the TLS connection the response came on, if any."""
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    if ssl_object is None:
        return None
    der = ssl_object.getpeercert(True)  # the DER certificate (positional: the sync stream's object takes no keywords)
    if not der:
        return None
    from cryptography import x509  # a dependency of pyspnego
    from spnego.channel_bindings import GssChannelBindings

    try:
        algorithm = x509.load_der_x509_certificate(der).signature_hash_algorithm
    except (ValueError, TypeError):
        return None
    name = algorithm.name if algorithm is not None else "sha256"
    digest = hashlib.new("sha256" if name in ("md5", "sha1") else name, der).digest()
    return GssChannelBindings(application_data=b"tls-server-end-point:" + digest)


class NtlmAuth(httpx.Auth):
    """Answers the server's NTLM challenge with a user's credentials (pyspnego computes the messages).

    The first request goes out as it is; only a ``401`` offering NTLM (or Negotiate) from the same origin as the
    request starts the handshake, so a session cookie the proxy gave out keeps working without one.
    """

    requires_request_body = True  # the body is sent again on every leg

    def __init__(self, user: str, password: str) -> None:
        self.user, self._password = validate_ntlm_credentials((user, password))
        _import_spnego()

    def __repr__(self) -> str:
        return f"NtlmAuth(user={self.user!r}, password=<redacted>)"

    def _context(self, url: httpx.URL) -> ContextProxy:
        spnego = _import_spnego()
        context: ContextProxy = spnego.client(
            self.user,
            self._password,
            hostname=url.host,
            service="HTTP",
            protocol="ntlm",
            options=spnego.NegotiateOptions.use_ntlm,  # pyspnego's own NTLM, not whatever GSSAPI offers
        )
        return context

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        hold = _Hold()
        request.extensions[_HOLD] = hold  # shared by the redirect hops httpx builds from this request
        try:
            yield from self._handshake(request)
        finally:
            hold.end()

    def _handshake(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield request
        leg = response.request  # the request that was challenged (a redirect hop, for the proxy's login path)
        scheme = _offered_scheme(response) if response.status_code == 401 else None
        if scheme is None or not _same_origin(leg.url, request.url):
            return  # not an NTLM challenge, or one from another host: the credentials stay here
        bindings = _channel_bindings(response)
        context = self._context(leg.url)
        negotiate = context.step()
        if negotiate is None:
            return
        leg.headers["Authorization"] = f"{scheme} {base64.b64encode(negotiate).decode()}"
        response = yield leg
        challenge = _server_token(response, scheme) if response.status_code == 401 else None
        if challenge is None:
            return  # the server did not go on with the handshake: its answer stands
        try:
            authenticate = context.step(challenge, channel_bindings=bindings)
        except (spnego_errors(), ValueError, struct.error):
            return  # not a CHALLENGE message: the 401 stands
        if authenticate is None:
            return
        leg.headers["Authorization"] = f"{scheme} {base64.b64encode(authenticate).decode()}"
        yield leg
        # Whatever comes back now is final: a 401 means the credentials were refused.


# ---------------------------------------------------------------------------------------------- holding connections

# The request extension naming the call's _Hold: set by NtlmAuth, read by the pools below.
_HOLD = "ntlm_hold"


class _Hold:
    """A call's claim on the connection its last response came on, while its handshake may still need it."""

    def __init__(self) -> None:
        self.open = True
        self.kept: tuple[Any, Callable[[Any], None]] | None = None  # (transport, how to give it back)

    def keep(self, transport: Any, give_back: Callable[[Any], None]) -> None:
        if self.open:
            self.kept = (transport, give_back)
        else:
            give_back(transport)

    def take(self) -> Any:
        kept, self.kept = self.kept, None
        return kept[0] if kept is not None else None

    def end(self) -> None:
        """The auth flow is over: a connection still kept goes back to the pool."""
        self.open = False
        kept, self.kept = self.kept, None
        if kept is not None:
            kept[1](kept[0])


def one_connection_each(transport_args: dict[str, Any]) -> tuple[int | None, dict[str, Any]]:
    """The connection limit the caller asked for (httpx's default otherwise), and the arguments of a one-connection
    transport with the caller's other settings."""
    limits: httpx.Limits = transport_args.get("limits") or httpx.Limits(max_connections=100)
    one = httpx.Limits(max_connections=1, max_keepalive_connections=1, keepalive_expiry=limits.keepalive_expiry)
    return limits.max_connections, {**transport_args, "limits": one}


def _pool_deadline(request: httpx.Request) -> float | None:
    """When a call waiting for a free connection gives up (the request's pool timeout), or None for never."""
    value = (request.extensions.get("timeout") or {}).get("pool")
    return None if value is None else time.monotonic() + float(value)


def _held_for(request: httpx.Request) -> Any:
    """The connection this call's handshake holds, taken back for its next leg, or None."""
    hold = request.extensions.get(_HOLD)
    return hold.take() if isinstance(hold, _Hold) else None


def _kept_for(request: httpx.Request, status: int) -> _Hold | None:
    """The call's hold when this response may start (or continue) a handshake on its connection."""
    hold = request.extensions.get(_HOLD)
    return hold if isinstance(hold, _Hold) and status == 401 else None


class _Returning(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, done: Callable[[], None]) -> None:
        self.stream = stream
        self.done: Callable[[], None] | None = done

    def __iter__(self) -> Iterator[bytes]:
        yield from self.stream

    def close(self) -> None:
        try:
            self.stream.close()
        finally:
            done, self.done = self.done, None
            if done is not None:
                done()


class _AsyncReturning(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, done: Callable[[], None]) -> None:
        self.stream = stream
        self.done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self.stream.aclose()
        finally:
            done, self.done = self.done, None
            if done is not None:
                done()


class _Lending:
    """One-connection transports, each lent to one request at a time, at most `limit` of them."""

    def __init__(self, new: Callable[[], Any], limit: int | None) -> None:
        self.new = new
        self.limit = limit
        self.idle: list[Any] = []
        self.everyone: list[Any] = []
        self.changed = threading.Condition()

    def lend_now(self) -> Any:
        """An idle transport, a new one, or None when all `limit` are lent (call with `changed` held)."""
        if self.idle:
            return self.idle.pop()
        if self.limit is None or len(self.everyone) < self.limit:
            transport = self.new()
            self.everyone.append(transport)
            return transport
        return None

    def give_back(self, transport: Any) -> None:
        with self.changed:
            self.idle.append(transport)
            self.changed.notify()

    def done_with(self, request: httpx.Request, transport: Any, status: int) -> Callable[[], None]:
        hold = _kept_for(request, status)
        if hold is None:
            return lambda: self.give_back(transport)
        return lambda: hold.keep(transport, self.give_back)


class HeldConnections(httpx.BaseTransport):
    """A connection pool where a call's NTLM handshake keeps its connection from one leg to the next."""

    def __init__(self, new: Callable[[], httpx.BaseTransport], limit: int | None) -> None:
        self.lending = _Lending(new, limit)

    def _lend(self, request: httpx.Request) -> httpx.BaseTransport:
        kept = _held_for(request)
        if kept is not None:
            return kept  # type: ignore[no-any-return]
        deadline = _pool_deadline(request)
        with self.lending.changed:
            while (transport := self.lending.lend_now()) is None:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise httpx.PoolTimeout("no connection became free in time", request=request)
                self.lending.changed.wait(left)
        return transport  # type: ignore[no-any-return]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._lend(request)
        try:
            response = transport.handle_request(request)
        except BaseException:
            self.lending.give_back(transport)
            raise
        done = self.lending.done_with(request, transport, response.status_code)
        response.stream = _Returning(response.stream, done)  # type: ignore[arg-type]
        return response

    def close(self) -> None:
        for transport in self.lending.everyone:
            transport.close()


class AsyncHeldConnections(httpx.AsyncBaseTransport):
    """The async twin of HeldConnections (one event loop: a full pool waits by sleeping a little at a time)."""

    def __init__(self, new: Callable[[], httpx.AsyncBaseTransport], limit: int | None) -> None:
        self.lending = _Lending(new, limit)

    async def _lend(self, request: httpx.Request) -> httpx.AsyncBaseTransport:
        import anyio  # httpx's own dependency; works under asyncio and trio

        kept = _held_for(request)
        if kept is not None:
            return kept  # type: ignore[no-any-return]
        deadline = _pool_deadline(request)
        while True:
            with self.lending.changed:
                transport = self.lending.lend_now()
            if transport is not None:
                return transport  # type: ignore[no-any-return]
            if deadline is not None and time.monotonic() >= deadline:
                raise httpx.PoolTimeout("no connection became free in time", request=request)
            await anyio.sleep(0.005)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = await self._lend(request)
        try:
            response = await transport.handle_async_request(request)
        except BaseException:
            self.lending.give_back(transport)
            raise
        done = self.lending.done_with(request, transport, response.status_code)
        response.stream = _AsyncReturning(response.stream, done)  # type: ignore[arg-type]
        return response

    async def aclose(self) -> None:
        for transport in self.lending.everyone:
            await transport.aclose()
