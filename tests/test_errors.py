"""Typed errors, robust parsing and redaction, the same in every package."""

from __future__ import annotations

import asyncio
import logging
import pickle

import dataplus_server_client
import httpx
import pytest
import qalyptus_cloud_client
import qlik_data_stores_client
import qlik_qrs_client
from helpers import FakeSleep, Recorder
from qalyptus_cloud_client.api.tasks import get_tasks
from qlik_data_stores_client.api.data_stores import get_data_store, get_data_stores
from qlik_data_stores_client.models import DataType, ErrorResponse
from qlik_qrs_client.api.data_connection import get_data_connections, get_data_connections_count

SECRET = "sk-THIS-IS-SECRET-4f9a"
ERROR_BODY = {
    "errors": [{"code": "DS-404", "title": "Not found", "detail": "no such data store", "status": "404"}],
    "traceId": "abc123",
}
PACKAGES = [qlik_qrs_client, qlik_data_stores_client, qalyptus_cloud_client, dataplus_server_client]


def stores(recorder: Recorder, **options) -> qlik_data_stores_client.AuthenticatedClient:
    return qlik_data_stores_client.AuthenticatedClient(
        "https://acme.eu.qlikcloud.com/api",
        token=SECRET,
        httpx_args={"transport": recorder.transport},
        retry_config=qlik_data_stores_client.RetryConfig(max_retries=0),
        **options,
    )


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (429, "RateLimitError"),
        (500, "ServerError"),
        (503, "ServerError"),
        (418, "ApiError"),
    ],
)
def test_each_status_raises_its_own_error_type_with_status_and_body(status: int, name: str) -> None:
    client = stores(Recorder(httpx.Response(status, json=ERROR_BODY, headers={"X-Trace": "t"})))
    with pytest.raises(qlik_data_stores_client.ApiError) as caught:
        get_data_store.sync(client=client, data_store_id="x")
    error = caught.value
    assert type(error).__name__ == name
    assert error.status_code == status and error.headers["X-Trace"] == "t"
    assert error.body == ERROR_BODY and error.trace_id == "abc123"
    assert error.method == "GET" and error.url == "https://acme.eu.qlikcloud.com/api/v1/data-stores/x"
    assert "DS-404 - Not found - no such data store" in str(error)


def test_every_package_exports_the_same_error_family() -> None:
    names = {
        "ApiError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "RateLimitError",
        "ServerError",
        "ApiConnectionError",
        "ApiTimeoutError",
        "UnexpectedResponseError",
    }
    for package in PACKAGES:
        assert names <= set(package.__all__), package.__name__
        assert issubclass(package.ServerError, package.ApiError)
        assert issubclass(package.ApiTimeoutError, package.ApiConnectionError)


def test_raise_on_error_false_gives_back_the_documented_error_model() -> None:
    response = get_data_store.sync_detailed(
        client=stores(Recorder(httpx.Response(404, json=ERROR_BODY)), raise_on_error=False), data_store_id="x"
    )
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResponse) and response.parsed.trace_id == "abc123"


BROKEN_BODIES = {
    "html": (b"<html><body>502 Bad Gateway</body></html>", "text/html"),
    "empty": (b"", "application/json"),
    "truncated": (b'{"data": [{"id": "a", "type": "x", "technicalName"', "application/json"),
    "wrong shape": (b'{"data": "not a list"}', "application/json"),
    "wrong type": (b"[1, 2, 3]", "application/json"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN_BODIES))
def test_broken_error_bodies_become_api_errors(kind: str) -> None:
    content, content_type = BROKEN_BODIES[kind]
    client = stores(Recorder(httpx.Response(502, content=content, headers={"Content-Type": content_type})))
    with pytest.raises(qlik_data_stores_client.ServerError) as caught:
        get_data_stores.sync(client=client)
    assert caught.value.content == content
    # with raise_on_error=False the broken error body parses to None instead of crashing
    client = stores(Recorder(httpx.Response(400, content=content)), raise_on_error=False)
    parsed = get_data_stores.sync_detailed(client=client).parsed
    # an object body still fits the all-optional error model; anything else parses to None
    assert parsed is None if kind != "wrong shape" else isinstance(parsed, ErrorResponse)


@pytest.mark.parametrize("kind", sorted(BROKEN_BODIES))
def test_broken_success_bodies_raise_unexpected_response_error(kind: str) -> None:
    content, content_type = BROKEN_BODIES[kind]
    client = stores(Recorder(httpx.Response(200, content=content, headers={"Content-Type": content_type})))
    with pytest.raises(qlik_data_stores_client.UnexpectedResponseError) as caught:
        get_data_stores.sync(client=client)
    assert caught.value.content == content and caught.value.status_code == 200
    assert not isinstance(caught.value.__cause__, qlik_data_stores_client.UnexpectedResponseError)


def test_broken_bodies_never_escape_as_raw_decoding_errors_in_any_package() -> None:
    html = httpx.Response(200, content=b"<html>proxy login</html>", headers={"Content-Type": "text/html"})
    qrs = qlik_qrs_client.Client("https://q/qrs", httpx_args={"transport": Recorder(html).transport})
    with pytest.raises(qlik_qrs_client.UnexpectedResponseError, match="proxy login"):
        get_data_connections.sync(client=qrs)
    with pytest.raises(qlik_qrs_client.UnexpectedResponseError):
        asyncio.run(get_data_connections_count.asyncio(client=qrs))


def test_unknown_enum_values_parse_and_keep_the_raw_value() -> None:
    parsed = DataType.from_dict({"type": "GEOMETRY", "nullable": True})
    assert parsed.type_.value == "GEOMETRY" and str(parsed.type_) == "GEOMETRY"
    assert not parsed.type_.is_documented
    assert parsed.to_dict()["type"] == "GEOMETRY"
    known = DataType.from_dict({"type": "STRING"})
    assert known.type_.is_documented and known.type_ is type(known.type_).STRING


def qalyptus(recorder: Recorder, **options) -> qalyptus_cloud_client.AuthenticatedClient:
    return qalyptus_cloud_client.AuthenticatedClient.for_tenant(
        "acme", token=SECRET, httpx_args={"transport": recorder.transport}, **options
    )


def test_qalyptus_envelope_failure_raises_even_on_http_200() -> None:
    body = {"data": None, "isSuccess": False, "error": "Task not found", "errorDetails": {"id": "t1"}}
    with pytest.raises(qalyptus_cloud_client.ApiError) as caught:
        get_tasks.sync(client=qalyptus(Recorder(httpx.Response(200, json=body))))
    assert caught.value.status_code == 200
    assert caught.value.error == "Task not found" and caught.value.error_details == {"id": "t1"}
    assert "Task not found" in str(caught.value)
    ok = {"data": [], "isSuccess": True, "error": None, "errorDetails": None}
    assert get_tasks.sync(client=qalyptus(Recorder(httpx.Response(200, json=ok)))).is_success is True
    # with raise_on_error=False the envelope is returned as is
    plain = get_tasks.sync(client=qalyptus(Recorder(httpx.Response(200, json=body)), raise_on_error=False))
    assert plain.is_success is False


def test_transport_failures_become_connection_and_timeout_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(qlik_data_stores_client.ApiConnectionError) as caught:
        get_data_stores.sync(client=stores(Recorder(refuse)))
    assert caught.value.method == "GET" and "acme.eu.qlikcloud.com" in caught.value.url
    with pytest.raises(qlik_data_stores_client.ApiTimeoutError):
        get_data_stores.sync(client=stores(Recorder(slow)))


# ---------------------------------------------------------------------------------------------- redaction


def test_secrets_never_appear_in_repr_str_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = httpx.Response(
        401,
        text=f"<html>invalid token {SECRET} for Authorization: Bearer {SECRET}</html>",
        headers={"Content-Type": "text/html", "Retry-After": "0"},
    )
    sleep = FakeSleep()
    client = qlik_data_stores_client.AuthenticatedClient.for_tenant(
        "acme",
        region="eu",
        token=SECRET,
        cookies={"session": SECRET + "-cookie"},
        httpx_args={"transport": Recorder(httpx.Response(503, headers={"Retry-After": "0"}), echo).transport},
        retry_config=qlik_data_stores_client.RetryConfig(sleep=sleep),
    )
    surfaces = [repr(client), str(client)]
    with pytest.raises(qlik_data_stores_client.AuthenticationError) as caught:
        get_data_stores.sync(client=client)
    error = caught.value
    surfaces += [str(error), repr(error), error.message, str(error.args)]
    surfaces += [record.getMessage() for record in caplog.records]
    assert sleep.waits == [0.0] and any("Retrying GET" in s for s in surfaces)
    for text in surfaces:
        assert SECRET not in text, text
    assert error.content.count(SECRET.encode()) == 2  # the raw body stays available, untouched
    assert pickle.loads(pickle.dumps(error.status_code)) == 401


def test_key_password_and_api_keys_are_not_in_repr(tmp_path) -> None:
    dataplus = dataplus_server_client.AuthenticatedClient.for_server(SECRET)
    assert SECRET not in repr(dataplus) and "token=<redacted>" in repr(dataplus)
    qrs = qlik_qrs_client.Client.via_proxy(
        "https://qlik.example.com", virtual_proxy="jwt", headers={"Authorization": f"Bearer {SECRET}"}
    )
    assert SECRET not in repr(qrs) and "Authorization" in repr(qrs)


def test_secret_query_values_are_redacted_from_error_urls() -> None:
    recorder = Recorder(httpx.Response(404, json={}))
    client = qlik_qrs_client.Client(
        "https://qlik.example.com/qrs", httpx_args={"transport": recorder.transport}, max_retries=0
    )
    with pytest.raises(qlik_qrs_client.NotFoundError) as caught:
        get_data_connections.sync(client=client, filter_=f"qlikTicket eq '{SECRET}'")
    assert "Xrfkey=<redacted>" in caught.value.url
    assert "filter=" in caught.value.url


def test_credential_fields_of_models_are_hidden_in_repr() -> None:
    from qalyptus_cloud_client.models import CreateIdentityProviderRequest
    from qlik_qrs_client.models import DataConnectionCreate

    connection = DataConnectionCreate(name="warehouse", connectionstring="Server=db", type_="OLEDB", password=SECRET)
    shown = repr(connection)
    assert SECRET not in shown and "password=<redacted>" in shown and "name='warehouse'" in shown
    assert connection.password == SECRET and connection.to_dict()["password"] == SECRET
    assert SECRET not in repr(CreateIdentityProviderRequest.from_dict({"type": "oidc", "clientSecret": SECRET, **IDP}))


IDP = {
    "name": "idp",
    "clientID": "c",
    "authorizationEndpoint": "https://login.example.com/authorize",
    "accessTokenEndpoint": "https://login.example.com/token",
    "userinfoEndpoint": "https://login.example.com/userinfo",
}


def test_threads_sharing_a_client_share_one_httpx_client() -> None:
    import threading

    client = qlik_data_stores_client.AuthenticatedClient("https://acme.eu.qlikcloud.com/api", token="t")
    barrier = threading.Barrier(8)
    seen: list[object] = []

    def grab() -> None:
        barrier.wait(timeout=10)
        seen.append(client.get_httpx_client())

    threads = [threading.Thread(target=grab) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(seen) == 8 and all(c is seen[0] for c in seen)
    clone = client.with_headers({"X-Extra": "1"})
    assert clone.get_httpx_client() is not seen[0] and client.get_httpx_client() is seen[0]
    assert clone.get_httpx_client().headers["X-Extra"] == "1" and "X-Extra" not in seen[0].headers
