"""QRS Windows (NTLM) authentication through the proxy, against a real local challenge-response server.

The server is an HTTP/1.1 keep-alive server on 127.0.0.1 doing the server side of NTLM with pyspnego: it answers
an unauthenticated request with 401 and ``WWW-Authenticate: NTLM``, sends its CHALLENGE for the client's
NEGOTIATE on the same connection, and checks the AUTHENTICATE message against the accounts in a file named by
``NTLM_USER_FILE`` (``DOMAIN:USER:PASSWORD`` lines, as pyspnego's NTLM acceptor reads them). It records which
user it authenticated, on which connection each leg came, and the Xrfkey query and header it saw.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import secrets
import ssl
import subprocess
import sys
import textwrap
import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import spnego
import trustme
from conftest import ROOT, SERVICES
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from helpers import send_json, serving
from qlik_qrs_client import Client, errors
from qlik_qrs_client.api.data_connection import get_data_connections_count
from spnego.channel_bindings import GssChannelBindings

DOMAIN = "QLIKTEST"
USER = "svc_qrs"
PASSWORD = "N7lm-S3cret-for-the-test!"
WRONG_PASSWORD = "not-the-Passw0rd-of-the-account"
IO_TIMEOUT = 5.0


@dataclass
class Leg:
    port: int  # the client's side of the TCP connection: the same port means the same connection
    authorization: str | None
    status: int


@dataclass
class Seen:
    """What the server saw: every leg, the users it authenticated and the Xrfkey of authenticated requests."""

    legs: list[Leg] = field(default_factory=list)
    users: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    xrfkeys: list[tuple[list[str], str | None]] = field(default_factory=list)
    user_agents: list[str | None] = field(default_factory=list)


class _NtlmHandler(BaseHTTPRequestHandler):
    """One instance per connection: the NTLM context lives as long as the connection, as on a Windows server.

    ``/ntlm/qrs/...`` answers the challenge itself. ``/win/qrs/...`` behaves like the Qlik Sense proxy: without a
    session cookie it redirects to its Windows login path, which does NTLM, sets the session cookie and
    redirects back.
    """

    protocol_version = "HTTP/1.1"
    server: _NtlmServer
    timeout = IO_TIMEOUT

    def setup(self) -> None:
        super().setup()
        self.context: Any = None
        self.user: str | None = None

    def _challenge(self, token: bytes | None = None) -> None:
        self.send_response(401)
        scheme = self.server.scheme
        if token is not None:
            self.send_header("WWW-Authenticate", f"{scheme} {base64.b64encode(token).decode()}")
        elif scheme == "Negotiate":  # one header listing both, NTLM missing: answered with raw NTLM under Negotiate
            self.send_header("WWW-Authenticate", 'Basic realm="not offered to scripts", Negotiate')
        else:
            self.send_header("WWW-Authenticate", scheme)
            self.send_header("WWW-Authenticate", 'Basic realm="not offered to scripts"')
        self.send_header("Content-Type", "text/plain")
        body = b"authentication required"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str, cookie: str | None = None) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        if cookie:
            self.send_header("Set-Cookie", f"X-Qlik-Session-win={cookie}; Path=/; HttpOnly")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        authorization = self.headers.get("Authorization")
        status = self._handle(authorization)
        self.server.seen.legs.append(Leg(self.client_address[1], authorization, status))

    def _authenticate(self, authorization: str | None) -> bool:
        """True once this connection's user is known; otherwise the 401 (challenge or refusal) has been sent."""
        if self.user is not None:
            return True
        scheme, _, token = (authorization or "").partition(" ")
        if scheme != self.server.scheme or not token:
            self._challenge()
            return False
        if self.context is None:
            self.context = spnego.server(
                protocol="ntlm",
                options=spnego.NegotiateOptions.use_ntlm,
                channel_bindings=self.server.channel_bindings,
            )
        try:
            answer = self.context.step(base64.b64decode(token))
        except spnego.exceptions.SpnegoError as error:
            self.server.seen.refused.append(type(error).__name__)
            self.context = None
            self._challenge()
            return False
        if not self.context.complete:
            assert answer is not None
            self._challenge(answer)
            return False
        self.user = self.context.client_principal
        assert self.user is not None
        self.server.seen.users.append(self.user)
        return True

    def _handle(self, authorization: str | None) -> int:
        url = urlsplit(self.path)
        if url.path == "/internal_windows_authentication/":
            if not self._authenticate(authorization):
                return 401
            target = self.server.targets.pop(parse_qs(url.query)["targetId"][0])
            self._redirect(target, cookie=self.server.new_session())
            return 302
        if url.path.startswith("/win/"):
            if self.server.session_of(self.headers.get("Cookie")) is None:
                target_id = secrets.token_hex(8)
                self.server.targets[target_id] = self.path
                self._redirect(f"/internal_windows_authentication/?targetId={target_id}")
                return 302
        elif not self._authenticate(authorization):
            return 401
        self.server.seen.xrfkeys.append((parse_qs(url.query).get("Xrfkey", []), self.headers.get("X-Qlik-Xrfkey")))
        self.server.seen.user_agents.append(self.headers.get("User-Agent"))
        if url.path in ("/ntlm/qrs/dataconnection/count", "/win/qrs/dataconnection/count"):
            send_json(self, 200, {"value": 7})
            return 200
        send_json(self, 404, {"message": f"no route {url.path}"})
        return 404

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _NtlmServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, tls: ssl.SSLContext | None = None, channel_bindings: Any = None, scheme: str = "NTLM") -> None:
        super().__init__(("127.0.0.1", 0), _NtlmHandler)
        self.seen = Seen()
        self.scheme = scheme
        self.tls = tls
        self.channel_bindings = channel_bindings
        self.targets: dict[str, str] = {}
        self.sessions: set[str] = set()

    def new_session(self) -> str:
        session = secrets.token_hex(16)
        self.sessions.add(session)
        return session

    def session_of(self, cookie_header: str | None) -> str | None:
        for part in (cookie_header or "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == "X-Qlik-Session-win" and value in self.sessions:
                return value
        return None

    def finish_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(IO_TIMEOUT)
        if self.tls is None:
            super().finish_request(request, client_address)
            return
        try:
            connection = self.tls.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return
        try:
            self.RequestHandlerClass(connection, client_address, self)
        finally:
            connection.close()


@contextmanager
def running(server: _NtlmServer) -> Iterator[_NtlmServer]:
    with serving(server, timeout=IO_TIMEOUT):
        yield server


@pytest.fixture
def accounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The accounts pyspnego's NTLM acceptor checks answers against (NTLM_USER_FILE, DOMAIN:USER:PASSWORD)."""
    path = tmp_path / "ntlm-users"
    path.write_text(f"{DOMAIN}:{USER}:{PASSWORD}\nOTHER:someone:else\n", encoding="utf-8")
    monkeypatch.setenv("NTLM_USER_FILE", str(path))
    return path


@pytest.fixture
def ntlm_server(accounts: Path) -> Iterator[tuple[str, Seen]]:
    with running(_NtlmServer()) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.seen


def proxy_client(url: str, password: str = PASSWORD, **options: Any) -> Client:
    return Client.via_proxy(
        url, virtual_proxy="ntlm", ntlm=(f"{DOMAIN}\\{USER}", password), timeout=IO_TIMEOUT, **options
    )


def assert_handshake_on_one_connection(seen: Seen, scheme: str = "NTLM") -> None:
    assert [leg.status for leg in seen.legs[:3]] == [401, 401, 200]
    assert seen.legs[0].authorization is None, "the first request goes out without credentials"
    assert all(leg.authorization and leg.authorization.startswith(f"{scheme} ") for leg in seen.legs[1:3])
    assert len({leg.port for leg in seen.legs[:3]}) == 1, "the three legs use one connection"


def test_ntlm_login_reaches_the_repository_with_one_xrfkey_in_query_and_header(
    ntlm_server: tuple[str, Seen],
) -> None:
    url, seen = ntlm_server
    with proxy_client(url) as client:
        assert get_data_connections_count.sync(client=client).value == 7
        # The connection stays authenticated: the next call needs no handshake.
        assert get_data_connections_count.sync(client=client).value == 7
    assert seen.users == [f"{DOMAIN}\\{USER}"]
    assert_handshake_on_one_connection(seen)
    assert len(seen.legs) == 4 and seen.legs[3].authorization is None
    for query, header in seen.xrfkeys:
        assert header is not None and len(header) == 16 and query == [header]
    assert seen.xrfkeys[0][1] != seen.xrfkeys[1][1], "each call has its own key"
    assert all(agent and "Windows" in agent for agent in seen.user_agents), "the proxy's Windows pattern matches"


def test_ntlm_login_async(ntlm_server: tuple[str, Seen]) -> None:
    url, seen = ntlm_server

    async def main() -> int | None:
        async with proxy_client(url) as client:
            result = await asyncio.wait_for(get_data_connections_count.asyncio(client=client), IO_TIMEOUT * 2)
            return result.value if result is not None else None

    assert asyncio.run(main()) == 7
    assert seen.users == [f"{DOMAIN}\\{USER}"]
    assert_handshake_on_one_connection(seen)
    query, header = seen.xrfkeys[0]
    assert header is not None and query == [header]


SHARERS = 20
CALLS_EACH = 3


def assert_each_connection_authenticated_once(seen: Seen) -> None:
    """Every connection: one handshake (NEGOTIATE answered by the CHALLENGE, AUTHENTICATE accepted), then calls
    without credentials; no leg of one handshake on another connection."""
    by_connection: dict[int, list[Leg]] = defaultdict(list)
    for leg in list(seen.legs):
        by_connection[leg.port].append(leg)
    assert seen.refused == []
    assert len(seen.users) == len(by_connection), "one login per connection"
    for port, legs in by_connection.items():
        shapes = [(leg.authorization is not None, leg.status) for leg in legs]
        assert shapes[:3] == [(False, 401), (True, 401), (True, 200)], (port, shapes)
        assert all(shape == (False, 200) for shape in shapes[3:]), (port, shapes)


def test_threads_sharing_a_client_each_authenticate_their_connection_once(ntlm_server: tuple[str, Seen]) -> None:
    """Calls starting together, all in the middle of one another's handshakes: none takes a connection between
    two legs of another's handshake."""
    url, seen = ntlm_server
    start = threading.Barrier(SHARERS)
    results: list[int | None] = []
    failures: list[BaseException] = []

    def calls(client: Client) -> None:
        start.wait(IO_TIMEOUT)
        try:
            for _ in range(CALLS_EACH):
                results.append(get_data_connections_count.sync(client=client).value)
        except BaseException as error:  # reported below, with the others
            failures.append(error)

    with proxy_client(url) as client:
        threads = [threading.Thread(target=calls, args=(client,)) for _ in range(SHARERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(IO_TIMEOUT * 4)
    assert failures == []
    assert results == [7] * (SHARERS * CALLS_EACH)
    assert_each_connection_authenticated_once(seen)


def test_tasks_sharing_an_async_client_each_authenticate_their_connection_once(
    ntlm_server: tuple[str, Seen],
) -> None:
    url, seen = ntlm_server

    async def calls(client: Client) -> list[int | None]:
        values = []
        for _ in range(CALLS_EACH):
            result = await get_data_connections_count.asyncio(client=client)
            values.append(result.value if result is not None else None)
        return values

    async def main() -> list[list[int | None]]:
        async with proxy_client(url) as client:
            return await asyncio.wait_for(asyncio.gather(*(calls(client) for _ in range(SHARERS))), IO_TIMEOUT * 4)

    assert asyncio.run(main()) == [[7] * CALLS_EACH] * SHARERS
    assert_each_connection_authenticated_once(seen)


def test_login_through_the_proxys_windows_authentication_path(ntlm_server: tuple[str, Seen]) -> None:
    """The Qlik Sense proxy's own flow: redirect to its login path, NTLM there, session cookie, redirect back."""
    url, seen = ntlm_server
    with Client.via_proxy(url, virtual_proxy="win", ntlm=(f"{DOMAIN}\\{USER}", PASSWORD), timeout=IO_TIMEOUT) as client:
        assert get_data_connections_count.sync(client=client).value == 7
        assert get_data_connections_count.sync(client=client).value == 7  # the session cookie, no new login
    assert seen.users == [f"{DOMAIN}\\{USER}"]
    assert [leg.status for leg in seen.legs] == [302, 401, 401, 302, 200, 200]
    assert len({leg.port for leg in seen.legs[1:4]}) == 1, "the three legs use one connection"
    assert seen.legs[5].authorization is None, "later calls carry the session cookie, not NTLM"
    for query, header in seen.xrfkeys:
        assert header is not None and query == [header]


@pytest.fixture
def tls_server_cert() -> tuple[trustme.CA, trustme.LeafCert]:
    ca = trustme.CA()
    return ca, ca.issue_cert("localhost", "127.0.0.1")


def tls_ntlm_server(cert: trustme.LeafCert, bindings: GssChannelBindings | None) -> _NtlmServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    return _NtlmServer(tls=context, channel_bindings=bindings)


def der_of(cert: trustme.LeafCert) -> bytes:
    return x509.load_pem_x509_certificate(cert.cert_chain_pems[0].bytes()).public_bytes(serialization.Encoding.DER)


def end_point_bindings(der: bytes) -> GssChannelBindings:
    """tls-server-end-point (RFC 5929): the server certificate's hash, with its signature's hash algorithm."""
    import hashlib

    algorithm = x509.load_der_x509_certificate(der).signature_hash_algorithm
    assert algorithm is not None and algorithm.name == "sha256"
    return GssChannelBindings(application_data=b"tls-server-end-point:" + hashlib.sha256(der).digest())


def test_over_https_the_answer_is_bound_to_the_servers_certificate(
    accounts: Path, tls_server_cert: tuple[trustme.CA, trustme.LeafCert]
) -> None:
    ca, cert = tls_server_cert
    der = der_of(cert)
    trust = ssl.create_default_context()
    ca.configure_trust(trust)
    # A server expecting these bindings refuses an answer with none or other ones.
    with running(tls_ntlm_server(cert, end_point_bindings(der))) as server:
        url = f"https://localhost:{server.server_address[1]}"
        with proxy_client(url, verify_ssl=trust) as client:
            assert get_data_connections_count.sync(client=client).value == 7

        async def main() -> int | None:
            async with proxy_client(url, verify_ssl=trust) as client:
                result = await asyncio.wait_for(get_data_connections_count.asyncio(client=client), IO_TIMEOUT * 2)
                return result.value if result is not None else None

        assert asyncio.run(main()) == 7
        assert server.seen.users == [f"{DOMAIN}\\{USER}"] * 2
    # And one expecting other bindings (a relay's certificate) refuses it: the client did bind its answer.
    with running(tls_ntlm_server(cert, end_point_bindings(der_of(ca.issue_cert("relay.example.test"))))) as server:
        url = f"https://localhost:{server.server_address[1]}"
        with proxy_client(url, verify_ssl=trust) as client, pytest.raises(errors.AuthenticationError):
            get_data_connections_count.sync(client=client)
        assert server.seen.users == [] and server.seen.refused == ["BadBindingsError"]


def test_a_server_offering_only_negotiate_gets_ntlm_under_that_scheme(accounts: Path) -> None:
    with running(_NtlmServer(scheme="Negotiate")) as server:
        with proxy_client(f"http://127.0.0.1:{server.server_address[1]}") as client:
            assert get_data_connections_count.sync(client=client).value == 7
        assert server.seen.users == [f"{DOMAIN}\\{USER}"]
        assert all(leg.authorization.startswith("Negotiate ") for leg in server.seen.legs[1:3] if leg.authorization)
        assert_handshake_on_one_connection(server.seen, scheme="Negotiate")


def test_user_in_upn_form_is_accepted(ntlm_server: tuple[str, Seen], accounts: Path) -> None:
    url, seen = ntlm_server
    accounts.write_text(f":{USER}@{DOMAIN.lower()}.example:{PASSWORD}\n", encoding="utf-8")
    user = f"{USER}@{DOMAIN.lower()}.example"
    client = Client.via_proxy(url, virtual_proxy="ntlm", ntlm=(user, PASSWORD), timeout=IO_TIMEOUT)
    with client:
        assert get_data_connections_count.sync(client=client).value == 7
    assert seen.users == [f"{USER}@{DOMAIN.lower()}.example"]


def test_wrong_password_raises_authentication_error_without_showing_it(
    ntlm_server: tuple[str, Seen], caplog: pytest.LogCaptureFixture
) -> None:
    url, seen = ntlm_server
    caplog.set_level(logging.DEBUG)  # the root logger: httpx, httpcore, pyspnego and this package
    client = proxy_client(url, password=WRONG_PASSWORD)
    with client, pytest.raises(errors.AuthenticationError) as raised:
        get_data_connections_count.sync(client=client)
    error = raised.value
    assert error.status_code == 401
    assert seen.users == [] and seen.refused, "the server checked the answer and refused it"
    assert len(seen.legs) == 3, "one handshake, no second try"
    shown = [str(error), repr(error), repr(client), caplog.text, repr(client.get_httpx_client().auth)]
    for text in shown:
        assert WRONG_PASSWORD not in text
    assert "<redacted>" in repr(client) and USER in repr(client)
    assert any("127.0.0.1" in record.getMessage() for record in caplog.records), "the logs were captured"


def test_wrong_password_async(ntlm_server: tuple[str, Seen], caplog: pytest.LogCaptureFixture) -> None:
    url, seen = ntlm_server
    caplog.set_level(logging.DEBUG)

    async def main() -> None:
        async with proxy_client(url, password=WRONG_PASSWORD) as client:
            await asyncio.wait_for(get_data_connections_count.asyncio(client=client), IO_TIMEOUT * 2)

    with pytest.raises(errors.AuthenticationError) as raised:
        asyncio.run(main())
    assert len(seen.legs) == 3 and seen.users == []
    assert WRONG_PASSWORD not in f"{raised.value} {raised.value!r} {caplog.text}"


def test_password_echoed_by_a_server_is_scrubbed_from_the_error() -> None:
    import httpx

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"message": f"bad password {PASSWORD}"})

    client = Client(
        "https://qlik.example.com/qrs",
        ntlm=(f"{DOMAIN}\\{USER}", PASSWORD),
        httpx_args={"transport": httpx.MockTransport(echo)},
    )
    with pytest.raises(errors.AuthenticationError) as raised:
        get_data_connections_count.sync(client=client)
    assert PASSWORD not in str(raised.value) and PASSWORD not in repr(raised.value)
    assert PASSWORD in client.secret_values()


@pytest.mark.parametrize("challenge", ["NTLM", "NTLM eHl6", "NTLM TlRMTVNTUAACAAAA", "NTLM not-base64!"])
def test_a_bad_or_missing_challenge_ends_the_handshake_with_the_401(challenge: str) -> None:
    import httpx

    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(401, headers={"WWW-Authenticate": challenge if len(requests) > 1 else "NTLM"})

    client = Client.via_proxy(
        "https://qlik.example.com",
        ntlm=(f"{DOMAIN}\\{USER}", PASSWORD),
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    with pytest.raises(errors.AuthenticationError):
        get_data_connections_count.sync(client=client)
    assert len(requests) == 2, "NEGOTIATE sent, nothing after a challenge that is not one"


def test_a_challenge_from_another_host_gets_no_credentials() -> None:
    import httpx

    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.host == "qlik.example.com":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example.net/login"})
        return httpx.Response(401, headers={"WWW-Authenticate": "NTLM"})

    client = Client.via_proxy(
        "https://qlik.example.com",
        ntlm=(f"{DOMAIN}\\{USER}", PASSWORD),
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    # The redirect to another origin is not even followed, so no challenge from there can be answered.
    with pytest.raises(errors.RedirectError):
        get_data_connections_count.sync(client=client)
    assert [r.url.host for r in requests] == ["qlik.example.com"]
    assert all("authorization" not in r.headers for r in requests)


@pytest.mark.parametrize(
    ("ntlm", "message"),
    [
        (("", PASSWORD), "ntlm user must be a non-empty string"),
        (("svc_qrs", PASSWORD), "must name its domain"),
        (("QLIKTEST\\", PASSWORD), "must be 'DOMAIN\\\\\\\\user' or 'user@domain'"),
        (("QLIKTEST\\svc\nqrs", PASSWORD), "must not contain control characters"),
        ((f"{DOMAIN}\\{USER}", ""), "ntlm password must be a non-empty string"),
        ((f"{DOMAIN}\\{USER}", "pass\r\nword"), "ntlm password must not contain control characters"),
        ((f"{DOMAIN}\\{USER}", None), "ntlm password must be a non-empty string"),
        ([f"{DOMAIN}\\{USER}", PASSWORD], "ntlm must be a \\(user, password\\) tuple"),
    ],
)
def test_bad_credentials_are_refused_at_construction(ntlm: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message) as raised:
        Client.via_proxy("https://qlik.example.com", ntlm=ntlm)
    assert "pass\r\nword" not in str(raised.value)


def test_plain_http_is_refused_except_to_this_machine() -> None:
    with pytest.raises(ValueError, match="ntlm needs an https base_url"):
        Client.via_proxy("http://qlik.example.com", ntlm=(f"{DOMAIN}\\{USER}", PASSWORD))
    for url in ("http://127.0.0.1:8080", "http://localhost", "http://[::1]:8080"):
        assert Client.via_proxy(url, ntlm=(f"{DOMAIN}\\{USER}", PASSWORD)).ntlm_user == f"{DOMAIN}\\{USER}"


def test_ntlm_and_an_httpx_auth_are_not_both_accepted() -> None:
    import httpx

    with pytest.raises(ValueError, match="either ntlm or an auth"):
        Client.via_proxy(
            "https://qlik.example.com",
            ntlm=(f"{DOMAIN}\\{USER}", PASSWORD),
            httpx_args={"auth": httpx.BasicAuth("a", "b")},
        )


def test_repr_shows_the_user_but_never_the_password() -> None:
    client = Client.via_proxy("https://qlik.example.com", virtual_proxy="win", ntlm=(f"{DOMAIN}\\{USER}", PASSWORD))
    assert PASSWORD not in repr(client) and PASSWORD not in repr(client.with_headers({"X-Trace": "1"}))
    assert repr(client).endswith(f"ntlm=('{DOMAIN}\\\\{USER}', <redacted>))")
    assert PASSWORD not in repr(client.get_httpx_client().auth)
    assert client.get_httpx_client().follow_redirects, "the proxy's login redirects are followed"


def _run_without_pyspnego(code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter where importing pyspnego fails, as when the extra is not installed."""
    prelude = textwrap.dedent(
        """
        import sys
        class _NoSpnego:
            def find_spec(self, name, path=None, target=None):
                if name == "spnego" or name.startswith("spnego."):
                    raise ModuleNotFoundError(f"No module named {name!r}")
                return None
        sys.meta_path.insert(0, _NoSpnego())
        """
    )
    package_dir = ROOT / "clients" / SERVICES["qlik-qrs"].project_name
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        cwd=package_dir,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_package_works_without_pyspnego_and_ntlm_says_what_to_install() -> None:
    result = _run_without_pyspnego(
        """
        import httpx
        from qlik_qrs_client import Client
        from qlik_qrs_client.api.data_connection import get_data_connections_count

        transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"value": 1}))
        client = Client.via_proxy("https://qlik.example.com", httpx_args={"transport": transport})
        assert get_data_connections_count.sync(client=client).value == 1
        assert "spnego" not in sys.modules
        try:
            Client.via_proxy("https://qlik.example.com", ntlm=("QLIKTEST\\\\svc_qrs", "the-password"))
        except ImportError as error:
            print(error)
            assert "the-password" not in str(error)
        else:
            raise SystemExit("ntlm= without pyspnego did not fail")
        """
    )
    assert result.returncode == 0, result.stderr
    assert "pip install qlik-qrs-client[ntlm]" in result.stdout


def test_only_the_qrs_package_declares_the_ntlm_extra_and_the_dev_pin_satisfies_it() -> None:
    import tomllib
    from importlib.metadata import version

    from packaging.requirements import Requirement

    for name, service in SERVICES.items():
        project = tomllib.loads((ROOT / "clients" / service.project_name / "pyproject.toml").read_text())["project"]
        extras = project.get("optional-dependencies", {})
        if "ntlm" not in service.capabilities:
            assert "ntlm" not in extras, name
            continue
        (requirement,) = (Requirement(r) for r in extras["ntlm"])
        assert requirement.name == "pyspnego"
        assert requirement.specifier.contains(version("pyspnego"))
        pins = (ROOT / "requirements-dev.txt").read_text().splitlines()
        assert f"pyspnego=={version('pyspnego')}" in pins, "the tests run with the pinned version"
