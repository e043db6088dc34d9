"""Credentials never follow a redirect to another origin (scheme, host, port), even with follow_redirects=True.

Two real servers on 127.0.0.1, different ports: A answers with a redirect to B. The call must raise the
package's RedirectError (a ClientError with the redacted target in ``location``), and B must see nothing at
all: no connection, so no cookie, header, token or client certificate. Same-origin redirects are followed;
a redirect loop is a RedirectError too.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import pytest
import trustme
from apis import APIS, APIS_BY_NAME, TOKEN, Api, call, error_type
from qlik_qrs_client import Client as QrsClient
from rawserver import RawServer, Request, response_bytes

SESSION = "sess-COOKIE-SECRET-91f2"
API_KEY = "apikey-HEADER-SECRET-55a0"
CUSTOM_AUTH = "X-Tenant-Auth"


def redirect_to(location: str, status: int = 302) -> Any:
    def respond(conn: Any, request: Request) -> None:
        conn.sendall(response_bytes(status, b"", headers={"Location": location}, content_type=None))

    return respond


def ok_for(api: Api) -> Any:
    import json

    def respond(conn: Any, request: Request) -> None:
        conn.sendall(response_bytes(200, json.dumps(api.get.ok_body).encode()))

    return respond


def hostile_client(api: Api, origin: str, **options: Any) -> Any:
    return api.client(
        origin,
        retries=0,
        follow_redirects=True,
        cookies={"X-Qlik-Session": SESSION},
        headers={"X-Api-Key": API_KEY},
        **options,
    )


def assert_redirect_error(api: Api, error: BaseException, *, method: str, url: str) -> None:
    """`url`: the request that was redirected (not the redirect target)."""
    redirect_error = error_type(api, "RedirectError")
    assert isinstance(error, redirect_error), f"{type(error).__module__}.{type(error).__name__}: {error}"
    assert isinstance(error, api.package.ClientError)
    assert error.method == method  # type: ignore[attr-defined]
    assert error.url.split("?")[0] == url, "url names the request that was redirected"  # type: ignore[attr-defined]
    text = f"{error} {error!r} {error.location} {error.url}"  # type: ignore[attr-defined]
    for secret in (TOKEN, SESSION, API_KEY):
        assert secret not in text


def assert_nothing_reached(b: RawServer) -> None:
    leaked = sorted(
        {
            what
            for request in b.requests
            for what, secret in (("token", TOKEN), ("cookie", SESSION), ("X-Api-Key", API_KEY))
            if secret in request.raw_head.decode("latin-1")
        }
        | {"client certificate" for request in b.requests if request.peer_cert}
    )
    assert b.connections == 0, f"the other origin was contacted ({b.connections} connections); it received {leaked}"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["GET", "POST"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_redirect_to_another_port_is_not_followed_and_the_other_server_sees_nothing(
    api: Api, kind: str, mode: str
) -> None:
    op = api.operation(kind)
    with RawServer(lambda c, r: None) as b:
        target = f"http://127.0.0.1:{b.port}{op.path}?token=LOCATION-SECRET"
        with RawServer(redirect_to(target, 307)) as a:
            client = hostile_client(api, a.origin)
            with pytest.raises(Exception) as caught:
                call(client, op, mode)
            assert a.count() == 1
        assert_nothing_reached(b)
        assert_redirect_error(api, caught.value, method=kind, url=a.origin + op.path)
        assert "LOCATION-SECRET" not in caught.value.location  # type: ignore[attr-defined]
        assert str(b.port) in caught.value.location  # type: ignore[attr-defined]


@pytest.mark.parametrize("api", [APIS_BY_NAME["data_stores"], APIS_BY_NAME["dataplus"]], ids=lambda a: a.name)
def test_a_custom_auth_header_never_reaches_another_origin(api: Api) -> None:
    with RawServer(lambda c, r: None) as b:
        with RawServer(redirect_to(f"http://127.0.0.1:{b.port}/steal")) as a:
            client = hostile_client(api, a.origin, auth_header_name=CUSTOM_AUTH)
            with pytest.raises(Exception) as caught:
                call(client, api.get, "sync")
            assert a.requests[0].headers[CUSTOM_AUTH.lower()].endswith(TOKEN), "the first hop carries the credential"
        assert_nothing_reached(b)
        assert_redirect_error(api, caught.value, method="GET", url=a.origin + api.get.path)


@pytest.mark.parametrize(
    "target",
    ["http://localhost:{a}{path}", "https://127.0.0.1:{a}{path}", "//127.0.0.1:{b}{path}"],
    ids=["other-host-name", "other-scheme", "scheme-relative-other-port"],
)
def test_every_origin_change_counts_as_another_origin(target: str) -> None:
    api = APIS_BY_NAME["dataplus"]
    with RawServer(lambda c, r: None) as b:
        holder: dict[str, int] = {}

        def respond(conn: Any, request: Request) -> None:
            location = target.format(a=holder["a"], b=b.port, path=api.get.path)
            redirect_to(location)(conn, request)

        with RawServer(respond) as a:
            holder["a"] = a.port
            client = hostile_client(api, a.origin)
            with pytest.raises(Exception) as caught:
                call(client, api.get, "sync")
            assert a.connections == 1, "the redirect target on the same port was contacted"
        assert_nothing_reached(b)
        assert_redirect_error(api, caught.value, method="GET", url=a.origin + api.get.path)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_same_origin_redirects_are_followed(api: Api, mode: str) -> None:
    moved = api.base_path + "/moved"

    def respond(conn: Any, request: Request) -> None:
        if request.path == api.get.path:
            redirect_to(moved)(conn, request)
        else:
            ok_for(api)(conn, request)

    with RawServer(respond) as a:
        client = hostile_client(api, a.origin)
        result = call(client, api.get, mode)
        assert result is not None
        assert [r.path for r in a.requests] == [api.get.path, moved]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_a_redirect_loop_raises_redirect_error(api: Api, mode: str) -> None:
    with RawServer(redirect_to(api.get.path)) as a:
        client = hostile_client(api, a.origin)
        with pytest.raises(Exception) as caught:
            call(client, api.get, mode)
        assert_redirect_error(api, caught.value, method="GET", url=a.origin + api.get.path)
        assert 1 < a.count() <= 50, "a loop is stopped after a bounded number of hops"


# ---------------------------------------------------------------------------------------------- QRS, mutual TLS


@pytest.fixture
def tls(tmp_path: Path) -> dict[str, Any]:
    ca = trustme.CA()
    server = ca.issue_cert("localhost", "127.0.0.1")
    client = ca.issue_cert("qlikclient.example.test", common_name="QlikClient")
    paths = {name: tmp_path / f"{name}.pem" for name in ("client", "client_key", "root")}
    client.cert_chain_pems[0].write_to_path(str(paths["client"]))
    client.private_key_pem.write_to_path(str(paths["client_key"]))
    ca.cert_pem.write_to_path(str(paths["root"]))

    def context(require: bool) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server.configure_cert(ctx)
        ca.configure_trust(ctx)
        ctx.verify_mode = ssl.CERT_REQUIRED if require else ssl.CERT_OPTIONAL
        return ctx

    return {"paths": paths, "context": context}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_qrs_certificate_and_user_header_never_reach_another_origin(tls: dict[str, Any], mode: str) -> None:
    paths = tls["paths"]
    with RawServer(lambda c, r: None, ssl_context=tls["context"](False)) as b:
        location = f"https://localhost:{b.port}/qrs/dataconnection/count"
        with RawServer(redirect_to(location), ssl_context=tls["context"](True)) as a:
            client = QrsClient.for_server(
                "localhost",
                port=a.port,
                client_cert=paths["client"],
                client_key=paths["client_key"],
                root_ca=paths["root"],
                follow_redirects=True,
                max_retries=0,
                timeout=3.0,
            )
            with pytest.raises(Exception) as caught:
                call(client, APIS_BY_NAME["qrs"].get, mode)
            assert a.requests and a.requests[0].peer_cert, "the repository itself saw the client certificate"
            assert a.requests[0].headers.get("x-qlik-user") == "UserDirectory=INTERNAL; UserId=sa_repository"
        leaked = [
            what
            for request in b.requests
            for what, present in (
                ("client certificate", request.peer_cert),
                ("X-Qlik-User", "x-qlik-user" in request.headers),
            )
            if present
        ]
        assert b.connections == 0, f"the other origin was contacted ({b.connections} connections); it received {leaked}"
        error = caught.value
        redirect_error = error_type(APIS_BY_NAME["qrs"], "RedirectError")
        assert isinstance(error, redirect_error), f"{type(error).__name__}: {error}"
        assert error.method == "GET" and str(b.port) in error.location  # type: ignore[attr-defined]
