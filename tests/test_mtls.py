"""QRS certificate authentication against a real local TLS server that requires a client certificate.

The certificates are made for each test with trustme and written as Qlik's QMC exports them (client.pem,
client_key.pem, root.pem). The server checks the client certificate during the handshake, as the repository
service does on port 4242, and records what each request carried.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from helpers import send_json, serving
from qlik_qrs_client import Client, errors
from qlik_qrs_client.api.data_connection import get_data_connections_count
from qlik_qrs_client.models import EntityCount

CLIENT_COMMON_NAME = "QlikClient"
CLIENT_ORGANIZATION = "Qlik mTLS test"
KEY_PASSWORD = "pa55-w0rd-for-the-key"
XRFKEY = re.compile(r"[0-9A-Za-z]{16}")
# Every socket operation of both sides gives up after this long, so no test can hang.
IO_TIMEOUT = 5.0


@dataclass
class Pki:
    """A CA, a server certificate for localhost/127.0.0.1 and a client certificate, all from that CA."""

    ca: trustme.CA
    server: trustme.LeafCert
    client_cert: Path
    client_key: Path
    root_ca: Path


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    ca = trustme.CA()
    server = ca.issue_cert("localhost", "127.0.0.1")
    client = ca.issue_cert(
        "qlikclient.example.test", common_name=CLIENT_COMMON_NAME, organization_name=CLIENT_ORGANIZATION
    )
    client_cert, client_key, root_ca = tmp_path / "client.pem", tmp_path / "client_key.pem", tmp_path / "root.pem"
    client.cert_chain_pems[0].write_to_path(str(client_cert))
    client.private_key_pem.write_to_path(str(client_key))
    ca.cert_pem.write_to_path(str(root_ca))
    return Pki(ca, server, client_cert, client_key, root_ca)


@dataclass
class SeenRequest:
    path: str
    subject: dict[str, str]
    qlik_user: str | None
    xrfkey_query: list[str]
    xrfkey_header: str | None


class _Handler(BaseHTTPRequestHandler):
    server: _MutualTLSServer
    timeout = IO_TIMEOUT

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        peer = self.connection.getpeercert()  # type: ignore[attr-defined]
        subject = {name: value for rdn in (peer or {}).get("subject", ()) for name, value in rdn}
        self.server.seen.append(
            SeenRequest(
                path=url.path,
                subject=subject,
                qlik_user=self.headers.get("X-Qlik-User"),
                xrfkey_query=parse_qs(url.query).get("Xrfkey", []),
                xrfkey_header=self.headers.get("X-Qlik-Xrfkey"),
            )
        )
        if url.path == "/qrs/dataconnection/count":
            send_json(self, 200, {"value": 3})
        else:
            send_json(self, 404, {"message": f"no route {url.path}"})

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _MutualTLSServer(ThreadingHTTPServer):
    """HTTPS with a required client certificate; the handshake runs in each connection's own thread."""

    daemon_threads = False
    block_on_close = True  # server_close() joins the connection threads

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.seen: list[SeenRequest] = []
        self.rejected: list[BaseException] = []

    def finish_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(IO_TIMEOUT)
        try:
            connection = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as error:
            self.rejected.append(error)
            return
        try:
            self.RequestHandlerClass(connection, client_address, self)
        finally:
            connection.close()


@pytest.fixture
def qrs_server(pki: Pki) -> Iterator[_MutualTLSServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    pki.server.configure_cert(context)
    pki.ca.configure_trust(context)
    context.verify_mode = ssl.CERT_REQUIRED
    server = _MutualTLSServer(context)
    with serving(server, timeout=IO_TIMEOUT):
        yield server


def wait_for(condition: Callable[[], object], timeout: float = IO_TIMEOUT) -> bool:
    """Poll until condition() is true: the server thread may record a refusal after the client saw it."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def port_of(server: _MutualTLSServer) -> int:
    return int(server.server_address[1])


def qrs_client(server: _MutualTLSServer, pki: Pki, **overrides: Any) -> Client:
    options: dict[str, Any] = {
        "port": port_of(server),
        "client_cert": pki.client_cert,
        "client_key": pki.client_key,
        "root_ca": pki.root_ca,
        "user_directory": "INTERNAL",
        "user_id": "sa_repository",
        "timeout": IO_TIMEOUT,
    }
    options.update(overrides)
    return Client.for_server("localhost", **options)


def client_subject(pki: Pki) -> dict[str, str]:
    name = x509.load_pem_x509_certificate(pki.client_cert.read_bytes()).subject
    common_name = name.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    organization = name.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
    return {"commonName": str(common_name), "organizationName": str(organization)}


def assert_authenticated_request(seen: SeenRequest, pki: Pki) -> None:
    assert seen.path == "/qrs/dataconnection/count"
    # The server read our certificate from the TLS session: it is the one in client.pem.
    expected = client_subject(pki)
    assert {name: seen.subject.get(name) for name in expected} == expected
    assert expected["commonName"] == CLIENT_COMMON_NAME
    assert seen.qlik_user == "UserDirectory=INTERNAL; UserId=sa_repository"
    # QRS rejects a request unless the Xrfkey query parameter and header carry the same 16 characters.
    assert len(seen.xrfkey_query) == 1
    assert XRFKEY.fullmatch(seen.xrfkey_query[0])
    assert seen.xrfkey_header == seen.xrfkey_query[0]


def test_certificate_authentication_reaches_the_repository(qrs_server: _MutualTLSServer, pki: Pki) -> None:
    with qrs_client(qrs_server, pki) as client:
        first = get_data_connections_count.sync(client=client)
        second = get_data_connections_count.sync(client=client)
    assert isinstance(first, EntityCount) and first.value == 3
    assert isinstance(second, EntityCount) and second.value == 3
    assert len(qrs_server.seen) == 2
    for seen in qrs_server.seen:
        assert_authenticated_request(seen, pki)
    # A fresh key for each request, not one per client.
    assert qrs_server.seen[0].xrfkey_query != qrs_server.seen[1].xrfkey_query
    assert qrs_server.rejected == []


def test_async_variant_authenticates_the_same_way(qrs_server: _MutualTLSServer, pki: Pki) -> None:
    client = qrs_client(qrs_server, pki)

    async def call() -> Any:
        async with client:
            return await get_data_connections_count.asyncio_detailed(client=client)

    response = asyncio.run(asyncio.wait_for(call(), timeout=3 * IO_TIMEOUT))
    assert response.status_code == 200
    assert isinstance(response.parsed, EntityCount) and response.parsed.value == 3
    assert len(qrs_server.seen) == 1
    assert_authenticated_request(qrs_server.seen[0], pki)


def test_without_a_client_certificate_the_handshake_fails(qrs_server: _MutualTLSServer, pki: Pki) -> None:
    # Trusts the server but presents no certificate; no retries so the single failure is what we see.
    context = ssl.create_default_context(cafile=str(pki.root_ca))
    client = Client(
        f"https://localhost:{port_of(qrs_server)}/qrs", verify_ssl=context, timeout=IO_TIMEOUT, max_retries=0
    )
    with client, pytest.raises(errors.ApiConnectionError) as caught:
        get_data_connections_count.sync(client=client)
    assert not isinstance(caught.value, errors.ApiTimeoutError)
    assert qrs_server.seen == [], "no request may get through without a certificate"
    assert wait_for(lambda: qrs_server.rejected), "the server should have refused the handshake"


def test_a_server_certificate_from_another_ca_is_refused(
    qrs_server: _MutualTLSServer, pki: Pki, tmp_path: Path
) -> None:
    other_root = tmp_path / "other_root.pem"
    trustme.CA().cert_pem.write_to_path(str(other_root))
    client = qrs_client(qrs_server, pki, root_ca=other_root, max_retries=0)
    with client, pytest.raises(errors.ApiConnectionError) as caught:
        get_data_connections_count.sync(client=client)
    assert "certificate verify failed" in str(caught.value).lower()
    assert qrs_server.seen == []


def count_once(client: Client, mode: str) -> Any:
    if mode == "sync":
        with client:
            return get_data_connections_count.sync(client=client)

    async def call() -> Any:
        async with client:
            return await get_data_connections_count.asyncio(client=client)

    return asyncio.run(asyncio.wait_for(call(), timeout=3 * IO_TIMEOUT))


# The server's refusal reaches the client as a TLS alert at a varying point (handshake end or first read),
# so one attempt may miss a mapping gap; this many make a miss very unlikely.
REFUSAL_ATTEMPTS = 20


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_client_certificate_the_server_does_not_trust_is_refused(
    qrs_server: _MutualTLSServer, pki: Pki, tmp_path: Path, mode: str
) -> None:
    # A certificate exported from another site: valid, but issued by a CA this server does not know.
    stranger = trustme.CA().issue_cert("other-site.example.test", common_name=CLIENT_COMMON_NAME)
    cert, key = tmp_path / "stranger.pem", tmp_path / "stranger_key.pem"
    stranger.cert_chain_pems[0].write_to_path(str(cert))
    stranger.private_key_pem.write_to_path(str(key))
    for _ in range(REFUSAL_ATTEMPTS):
        client = qrs_client(qrs_server, pki, client_cert=cert, client_key=key, max_retries=0)
        with pytest.raises(errors.ApiConnectionError):
            count_once(client, mode)
    assert qrs_server.seen == []
    assert wait_for(lambda: len(qrs_server.rejected) == REFUSAL_ATTEMPTS)


@pytest.mark.parametrize("argument", ["client_cert", "client_key", "root_ca"])
def test_a_missing_certificate_file_names_the_argument(pki: Pki, tmp_path: Path, argument: str) -> None:
    missing = tmp_path / "exports" / f"no-{argument}.pem"
    options: dict[str, Any] = {"client_cert": pki.client_cert, "client_key": pki.client_key, "root_ca": pki.root_ca}
    options[argument] = missing
    with pytest.raises(ValueError, match=rf"^{argument}\b") as caught:
        Client.for_server("localhost", **options)
    assert str(missing) in str(caught.value)


def write_encrypted_key(pki: Pki, path: Path) -> Path:
    key = serialization.load_pem_private_key(pki.client_key.read_bytes(), password=None)
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(KEY_PASSWORD.encode()),
        )
    )
    return path


def test_a_password_protected_key_works_and_its_password_stays_hidden(
    qrs_server: _MutualTLSServer, pki: Pki, tmp_path: Path
) -> None:
    encrypted = write_encrypted_key(pki, tmp_path / "client_key_encrypted.pem")
    assert b"ENCRYPTED" in encrypted.read_bytes()
    client = qrs_client(qrs_server, pki, client_key=encrypted, client_key_password=KEY_PASSWORD)
    assert KEY_PASSWORD not in repr(client)
    assert KEY_PASSWORD not in str(client)
    with client:
        result = get_data_connections_count.sync(client=client)
    assert isinstance(result, EntityCount) and result.value == 3
    assert len(qrs_server.seen) == 1
    assert_authenticated_request(qrs_server.seen[0], pki)


def test_a_wrong_key_password_is_a_value_error_without_the_password(pki: Pki, tmp_path: Path) -> None:
    encrypted = write_encrypted_key(pki, tmp_path / "client_key_encrypted.pem")
    wrong = "not-the-" + KEY_PASSWORD
    with pytest.raises(ValueError) as caught:
        Client.for_server(
            "localhost",
            client_cert=pki.client_cert,
            client_key=encrypted,
            root_ca=pki.root_ca,
            client_key_password=wrong,
        )
    assert wrong not in str(caught.value) and KEY_PASSWORD not in str(caught.value)
