"""No raw exception escapes a call: hostile answers become the package's typed errors, hostile inputs become
ValueErrors naming the problem (at construction when the input is a constructor argument)."""

from __future__ import annotations

import dataclasses
import gzip

import pytest
from apis import APIS, APIS_BY_NAME, TOKEN, Api, call, error_type
from rawserver import RawServer, deep_json, response_bytes, send

DEPTHS = [1000, 100_000]


def typed(api: Api, error: BaseException, kind: type[BaseException]) -> None:
    assert isinstance(error, kind), f"raw {type(error).__module__}.{type(error).__name__}: {error!r}"[:500]


def run(api: Api, respond, *, kind: str = "GET", mode: str = "sync", **options) -> BaseException:  # noqa: ANN001
    with RawServer(respond) as server:
        client = api.client(server.origin, retries=0, **options)
        try:
            result = call(client, api.operation(kind), mode)
        except BaseException as error:  # noqa: BLE001 - the point is to see what escapes
            return error
    pytest.fail(f"no error; returned {result!r}")


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_deeply_nested_json_on_200_is_an_unexpected_response_error(api: Api, mode: str, depth: int) -> None:
    error = run(api, send(200, deep_json(depth)), mode=mode)
    typed(api, error, api.package.UnexpectedResponseError)


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_deeply_nested_json_on_500_is_a_server_error(api: Api, mode: str, depth: int) -> None:
    error = run(api, send(500, deep_json(depth)), mode=mode)
    typed(api, error, api.package.ServerError)
    assert error.status_code == 500  # type: ignore[attr-defined]


@pytest.mark.parametrize("status", [200, 500])
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_bad_gzip_is_a_package_error(api: Api, mode: str, status: int) -> None:
    garbage = b"\x1f\x8b\x08\x00not really gzip at all" + bytes(range(256))
    error = run(api, send(status, garbage, headers={"Content-Encoding": "gzip"}), mode=mode)
    typed(api, error, api.package.ClientError)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_truncated_gzip_is_a_package_error(mode: str) -> None:
    api = APIS_BY_NAME["data_stores"]
    body = gzip.compress(b'{"data": []}' * 1000)[:-40]
    error = run(api, send(200, body, headers={"Content-Encoding": "gzip"}), mode=mode)
    typed(api, error, api.package.ClientError)


@pytest.mark.parametrize("status", [299, 250, 600, 999])
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_a_status_outside_http_status_is_a_typed_error(api: Api, mode: str, status: int) -> None:
    error = run(api, send(status, b'{"value": 1}'), mode=mode)
    if status < 300:
        typed(api, error, api.package.UnexpectedResponseError)
    else:
        typed(api, error, api.package.ClientError)
    assert getattr(error, "status_code", None) == status


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_redirect_loop_is_a_redirect_error(mode: str) -> None:
    api = APIS_BY_NAME["qalyptus"]

    def loop(conn, request) -> None:  # noqa: ANN001
        conn.sendall(response_bytes(302, headers={"Location": request.target}, content_type=None))

    error = run(api, loop, mode=mode, follow_redirects=True)
    typed(api, error, error_type(api, "RedirectError"))


# ---------------------------------------------------------------------------------------------- hostile inputs


def constructors(api: Api, value: str, where: str):  # noqa: ANN201
    """Every way of building a client of `api` that puts `value` in `where` ('host' or 'base_url')."""
    pkg = api.package
    if where == "base_url":
        yield lambda: api.build(value.rstrip("/"))
        if api.name == "qrs":
            yield lambda: pkg.Client.via_proxy(value)
        if api.name == "data_stores":
            yield lambda: pkg.AuthenticatedClient.for_tenant(value, token=TOKEN)
        if api.name == "qalyptus":
            yield lambda: pkg.AuthenticatedClient.for_tenant(value, token=TOKEN)
        if api.name == "dataplus":
            yield lambda: pkg.AuthenticatedClient.for_server(TOKEN, base_url=value)
    else:
        yield lambda: api.build(f"https://{value}")
        if api.name == "qrs":
            yield lambda: pkg.Client.for_server(value, client_cert="/nonexistent", client_key="/nonexistent")
        if api.name == "data_stores":
            yield lambda: pkg.AuthenticatedClient.for_tenant(value, region="eu", token=TOKEN)
            yield lambda: pkg.AuthenticatedClient.for_tenant("acme", region=value, token=TOKEN)
        if api.name == "qalyptus":
            yield lambda: pkg.AuthenticatedClient.for_tenant(value, token=TOKEN)


HOSTILE_BASE_URLS = [
    "http://１２７.0.0.1",  # full-width digits: not an IPv4 address, not a DNS name
    "http://127.０.0.1:7766",
    "http://xn--zz",  # a punycode label that does not decode
    "https://xn--zz.eu.qlikcloud.com",
    "https://xn--zz.qalyptus.net",
    "http://127.0.0.1:７７６６",
]


@pytest.mark.parametrize("url", HOSTILE_BASE_URLS)
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_hostile_base_urls_are_value_errors_at_construction(api: Api, url: str) -> None:
    for build in constructors(api, url, "base_url"):
        with pytest.raises(ValueError):
            client = build()
            pytest.fail(f"accepted as {client!r}")


@pytest.mark.parametrize("host", ["xn--zz", "xn--zz.example.com", "１２７.0.0.1", "xn--", "xn--a"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_hostile_hosts_are_value_errors_at_construction(api: Api, host: str) -> None:
    for build in constructors(api, host, "host"):
        with pytest.raises(ValueError):
            client = build()
            pytest.fail(f"accepted as {client!r}")


HOSTILE_HEADERS = {
    "non-ascii value": {"X-Name": "café"},
    "emoji value": {"X-Name": "\U0001f600"},
    "lone surrogate value": {"X-Name": "a\ud800b"},
    "at sign in name": {"user@acme": "x"},
    "non-ascii name": {"X-Nämé": "x"},
    "colon in name": {"X-A:B": "x"},
    "empty name": {"": "x"},
    "bytes value": {"X-Name": b"x"},
}


@pytest.mark.parametrize("case", sorted(HOSTILE_HEADERS))
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_hostile_headers_are_value_errors_at_construction(api: Api, case: str) -> None:
    headers = HOSTILE_HEADERS[case]
    with pytest.raises(ValueError):
        api.build("http://127.0.0.1:7766", headers=headers)
    client = api.build("http://127.0.0.1:7766")
    with pytest.raises(ValueError):
        client.with_headers(headers)


@pytest.mark.parametrize("token", ["café", "tok\ud800en", "tok\udfffen", "\u2028tok", "tok\x85"])
@pytest.mark.parametrize("api", [a for a in APIS if a.name != "qrs"], ids=lambda a: a.name)
def test_hostile_tokens_are_value_errors_at_construction(api: Api, token: str) -> None:
    with pytest.raises(ValueError):
        api.package.AuthenticatedClient("http://127.0.0.1:7766", token=token)


@pytest.mark.parametrize("name", ["user@acme", "X Auth", "Authörization", ""])
def test_hostile_auth_header_names_are_value_errors_at_construction(name: str) -> None:
    api = APIS_BY_NAME["data_stores"]
    with pytest.raises(ValueError):
        api.package.AuthenticatedClient("http://127.0.0.1:7766", token=TOKEN, auth_header_name=name)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_100000_character_path_parameter_is_a_value_error_at_call_time_and_nothing_is_sent(mode: str) -> None:
    api = APIS_BY_NAME["dataplus"]
    op = api.post
    with RawServer(send(200, {"id": "1"})) as server:
        client = api.client(server.origin, retries=0)
        long_op = dataclasses.replace(op, kwargs=lambda: {**op.kwargs(), "table_name": "t" * 100_000})
        with pytest.raises(ValueError):
            call(client, long_op, mode)
        assert server.connections == 0
