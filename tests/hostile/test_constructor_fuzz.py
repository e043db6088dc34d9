"""Fuzzing every constructor input that ends up in a URL or header: each input is either refused with a
ValueError (at construction or call time), or the client's request goes to the host and base path the input
named (seen through httpx.MockTransport). Nothing else may happen."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import dataplus_server_client
import httpx
import qalyptus_cloud_client
import qlik_data_stores_client
import qlik_qrs_client
import trustme
from dataplus_server_client.api.database import insert_entry
from dataplus_server_client.api.status import get_status
from dataplus_server_client.models import RowInsert
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from qalyptus_cloud_client.api.tasks import get_tasks
from qlik_data_stores_client.api.data_stores import get_data_store, get_data_stores
from qlik_qrs_client.api.data_connection import get_data_connections_count

EXAMPLES = settings(
    max_examples=1000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
OK = {"value": 1, "isSuccess": True, "data": [], "currentConnections": 1, "id": "1", "type": "s3", "technicalName": "t"}

# Text that hits the edges: URL syntax, dots, percent signs, unicode look-alikes, controls, punycode.
NASTY = st.sampled_from(
    list("./\\@:?#%[]!$&'()*+,;= \t\r\n\x00\x7f-_~")
    + ["..", "%2e", "%2E%2e", "%2f", "%00", "xn--", "xn--zz", "１２７", "ａ", "\u200b", "\ufeff", "\ud800", "ß", "İ"]
    + ["127.0.0.1", "[::1]", "localhost", "evil.com", "@evil.com", "#@evil.com", "?x=1", ":80", ":0", ":99999"]
)
FRAGMENT = st.one_of(
    st.text(min_size=0, max_size=12), st.text(alphabet=string.ascii_letters + string.digits + "-", max_size=12), NASTY
)
PIECES = st.one_of(
    st.lists(FRAGMENT, min_size=1, max_size=5).map("".join),
    st.text(alphabet=string.ascii_lowercase + string.digits + "-", max_size=8).map(lambda s: "xn--" + s),  # punycode
)


class Seen:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=OK)

    def args(self) -> dict[str, Any]:
        return {"httpx_args": {"transport": httpx.MockTransport(self)}, "max_retries": 0}


def outcome(build: Any, use: Any) -> tuple[Any, httpx.Request] | None:
    """(client, request) when the input was accepted, None when it was refused with a ValueError."""
    seen = Seen()
    try:
        client = build(seen.args())
        use(client)
    except ValueError:
        return None
    assert len(seen.requests) == 1
    return client, seen.requests[0]


def ascii_host(host: str) -> str:
    """The host as it goes on the wire (IDNA-encoded, lower case, IPv6 without brackets)."""
    host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    return httpx.URL("http://" + (f"[{host}]" if ":" in host else host) + "/").raw_host.decode("ascii").lower()


def assert_on(request: httpx.Request, host: str, base_path: str) -> None:
    assert request.url.raw_host.decode("ascii").lower() == ascii_host(host), (request.url, host)
    path = request.url.raw_path.split(b"?")[0].decode("ascii")
    assert unquote(path).startswith(unquote(base_path.rstrip("/")) + "/"), (path, base_path)
    assert "/../" not in path + "/" and "/./" not in path + "/", path


@EXAMPLES
@given(
    tenant=st.one_of(PIECES, PIECES.map(lambda t: f"https://{t}.eu.qlikcloud.com")),
    region=st.one_of(PIECES, st.just("eu")),
)
@example(tenant="xn--zz", region="eu")
@example(tenant="acme", region="xn--zz")
@example(tenant="https://xn--zz.eu.qlikcloud.com", region="eu")
def test_for_tenant_of_qlik_cloud_stays_on_the_tenant(tenant: str, region: str) -> None:
    result = outcome(
        lambda args: qlik_data_stores_client.AuthenticatedClient.for_tenant(
            tenant, region=region, token="tok-fuzz", **args
        ),
        lambda client: get_data_stores.sync(client=client),
    )
    if result is None:
        return
    _, request = result
    if "://" in tenant:
        expected = urlsplit(tenant).hostname
    else:
        expected = f"{tenant}.{region}.qlikcloud.com"
    assert expected is not None
    assert_on(request, expected, "/api")
    assert request.url.raw_host.endswith(b".qlikcloud.com")


@EXAMPLES
@given(tenant=st.one_of(PIECES, PIECES.map(lambda t: f"https://{t}.qalyptus.net")))
@example(tenant="xn--zz")
@example(tenant="https://xn--zz.qalyptus.net")
def test_for_tenant_of_qalyptus_stays_on_the_tenant(tenant: str) -> None:
    result = outcome(
        lambda args: qalyptus_cloud_client.AuthenticatedClient.for_tenant(tenant, token="tok-fuzz", **args),
        lambda client: get_tasks.sync(client=client),
    )
    if result is None:
        return
    _, request = result
    expected = urlsplit(tenant).hostname if "://" in tenant else f"{tenant}.qalyptus.net"
    assert expected is not None
    assert_on(request, expected, "/api/v1")
    assert request.url.raw_host.endswith(b".qalyptus.net")


_PKI = tempfile.TemporaryDirectory(prefix="hostile-fuzz-")


def _certificates() -> dict[str, Path]:
    ca = trustme.CA()
    leaf = ca.issue_cert("qlikclient.example.test")
    paths = {name: Path(_PKI.name) / f"{name}.pem" for name in ("cert", "key", "root")}
    leaf.cert_chain_pems[0].write_to_path(str(paths["cert"]))
    leaf.private_key_pem.write_to_path(str(paths["key"]))
    ca.cert_pem.write_to_path(str(paths["root"]))
    return paths


CERTS = _certificates()


@EXAMPLES
@given(host=PIECES)
@example(host="xn--zz")
@example(host="１２７.0.0.1")
def test_for_server_of_qrs_stays_on_the_host(host: str) -> None:
    result = outcome(
        lambda args: qlik_qrs_client.Client.for_server(
            host, client_cert=CERTS["cert"], client_key=CERTS["key"], root_ca=CERTS["root"], **args
        ),
        lambda client: get_data_connections_count.sync(client=client),
    )
    if result is None:
        return
    _, request = result
    assert_on(request, host.rstrip("."), "/qrs")
    assert request.url.port == 4242 and request.url.scheme == "https"


BASE_URLS = st.builds(
    lambda scheme, host, port, path: f"{scheme}{host}{port}{path}",
    st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "", "//", "http:/"]),
    st.one_of(PIECES, st.sampled_from(["127.0.0.1", "localhost", "dataplus.example.com", "[::1]"])),
    st.one_of(st.just(""), st.integers(-5, 70000).map(lambda p: f":{p}"), PIECES.map(lambda p: ":" + p)),
    st.one_of(
        st.just(""), PIECES.map(lambda p: "/" + p), st.lists(PIECES, max_size=4).map(lambda s: "/" + "/".join(s))
    ),
)


@EXAMPLES
@given(base_url=BASE_URLS)
@example(base_url="http://xn--zz")
@example(base_url="http://１２７.0.0.1")
@example(base_url="http://127.0.0.1:７７６６")
def test_base_url_of_every_client_stays_on_its_host_and_path(base_url: str) -> None:
    for client_class, use in (
        (dataplus_server_client.Client, lambda c: get_status.sync(client=c)),
        (qlik_data_stores_client.Client, lambda c: get_data_stores.sync(client=c)),
    ):
        result = outcome(lambda args, cls=client_class: cls(base_url, **args), use)
        if result is None:
            continue
        _, request = result
        parts = urlsplit(base_url)
        assert parts.hostname is not None
        assert_on(request, parts.hostname.rstrip("."), parts.path)
        assert request.url.scheme == parts.scheme.lower()
        assert request.url.port == parts.port or (request.url.port is None and parts.port in (80, 443))


@EXAMPLES
@given(virtual_proxy=PIECES, base=st.sampled_from(["https://qlik.example.com", "https://qlik.example.com/hub"]))
def test_via_proxy_virtual_proxy_stays_one_segment_under_the_proxy(virtual_proxy: str, base: str) -> None:
    result = outcome(
        lambda args: qlik_qrs_client.Client.via_proxy(base, virtual_proxy=virtual_proxy, **args),
        lambda client: get_data_connections_count.sync(client=client),
    )
    if result is None:
        return
    _, request = result
    assert request.url.raw_host == b"qlik.example.com"
    path = request.url.raw_path.split(b"?")[0].decode("ascii")
    prefix = urlsplit(base).path
    assert path.startswith(prefix + "/")
    segments = path[len(prefix) :].strip("/").split("/")
    assert segments[-2:] == ["dataconnection", "count"] and segments[-3] == "qrs", path
    assert len(segments) in (3, 4) and ".." not in segments and "." not in segments, path


HEADER_NAMES = st.one_of(
    st.text(min_size=0, max_size=20), st.text(alphabet=string.ascii_letters + "-_", min_size=1, max_size=20), NASTY
)
HEADER_VALUES = st.one_of(st.text(max_size=30), st.text(alphabet=string.printable, max_size=30), NASTY)


@EXAMPLES
@given(name=HEADER_NAMES, value=HEADER_VALUES)
@example(name="X-Name", value="café")
@example(name="X-Name", value="a\ud800b")
@example(name="user@acme", value="x")
def test_header_names_and_values_are_sent_as_given_or_refused(name: str, value: str) -> None:
    result = outcome(
        lambda args: dataplus_server_client.Client("http://127.0.0.1:7766", headers={name: value}, **args),
        lambda client: get_status.sync(client=client),
    )
    if result is None:
        return
    _, request = result
    assert request.url.host == "127.0.0.1" and request.url.raw_path == b"/api/status"
    assert request.headers.get(name) == value.strip(" \t") or request.headers.get(name) == value


@EXAMPLES
@given(value=st.one_of(PIECES, st.text(max_size=40)))
@example(value="t" * 100_000)
@example(value="../../etc/passwd")
@example(value="..")
def test_path_parameters_stay_in_their_segment(value: str) -> None:
    for use, prefix, suffix in (
        (lambda c: insert_entry.sync(value, client=c, body=RowInsert()), "/api/db/table/", "/insert"),
        (lambda c: get_data_store.sync(client=c, data_store_id=value), "/api/v1/data-stores/", ""),
    ):
        base = "http://127.0.0.1:7766" if "table" in prefix else "http://127.0.0.1:7766/api"
        client_class = dataplus_server_client.Client if "table" in prefix else qlik_data_stores_client.Client
        result = outcome(lambda args, cls=client_class, url=base: cls(url, **args), use)
        if result is None:
            continue
        _, request = result
        path = request.url.raw_path.split(b"?")[0].decode("ascii")
        assert request.url.host == "127.0.0.1"
        assert path.startswith(prefix) and path.endswith(suffix), path
        segment = path[len(prefix) : len(path) - len(suffix)]
        assert "/" not in segment and segment not in (".", ".."), path
        assert unquote(segment) == value, (segment, value)
