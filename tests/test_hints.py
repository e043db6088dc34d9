"""Where a new user goes wrong: a QRS base URL without /qrs (or under a path with no QRS) gets a 404 whose
message names the fix, over a real local server; the error type stays NotFoundError. Helper types at the root."""

from __future__ import annotations

import http.server
import pickle
from typing import Any

import pytest
from helpers import local_server, send_json

ID = "0b3c2f7e-4d6a-4a8e-9c1d-2e5f6a7b8c9d"


class Qrs(http.server.BaseHTTPRequestHandler):
    """A repository under /qrs only (as QRS on :4242); 404 with an empty body elsewhere, as Qlik Sense answers."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == "/qrs/dataconnection/count":
            send_json(self, 200, {"value": 3})
            return
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def qrs_url() -> Any:
    with local_server(Qrs) as url:
        yield url


def test_a_base_url_without_qrs_gets_the_fix_in_its_404(qrs_url: str) -> None:
    from qlik_qrs_client import NotFoundError, QrsClient

    with QrsClient(base_url=qrs_url, max_retries=0) as qrs, pytest.raises(NotFoundError) as raised:
        qrs.data_connections.count()
    error = raised.value
    assert error.status_code == 404
    assert "base_url should end with /qrs" in str(error) and "https://host:4242/qrs" in str(error)
    assert error.message == str(error)
    assert "base_url should end with /qrs" in str(pickle.loads(pickle.dumps(error)))
    with QrsClient(base_url=f"{qrs_url}/qrs", max_retries=0) as qrs:
        assert qrs.data_connections.count().value == 3


def test_a_path_with_no_qrs_under_it_is_named(qrs_url: str) -> None:
    from qlik_qrs_client import NotFoundError, QrsClient

    with QrsClient(base_url=f"{qrs_url}/nosuchproxy/qrs", max_retries=0) as qrs, pytest.raises(NotFoundError) as raised:
        qrs.data_connections.list()
    assert "no QRS API answered under /nosuchproxy/qrs: check base_url" in str(raised.value)


def test_a_missing_entity_is_a_plain_404(qrs_url: str) -> None:
    from qlik_qrs_client import NotFoundError, QrsClient

    with QrsClient(base_url=f"{qrs_url}/qrs", max_retries=0) as qrs, pytest.raises(NotFoundError) as raised:
        qrs.data_connections.get(ID)
    assert "base_url" not in str(raised.value) and str(raised.value).startswith("404 Not Found for GET")


def test_other_apis_add_no_hint(qrs_url: str) -> None:
    from dataplus_server_client import DataPlusClient, NotFoundError

    with DataPlusClient(base_url=qrs_url, api_key="k", max_retries=0) as dp, pytest.raises(NotFoundError) as raised:
        dp.status.get()
    assert " -- " not in str(raised.value)


@pytest.mark.parametrize(
    "package", ["qlik_qrs_client", "qlik_data_stores_client", "qalyptus_cloud_client", "dataplus_server_client"]
)
def test_helper_types_come_from_the_package_root(package: str) -> None:
    import importlib

    root = importlib.import_module(package)
    facade = importlib.import_module(f"{package}._facade")
    types = importlib.import_module(f"{package}.types")
    assert root.JsonValue is facade.JsonValue and root.JsonObject is facade.JsonObject
    assert (root.File, root.Unset, root.UNSET) == (types.File, types.Unset, types.UNSET)
    assert {"JsonValue", "JsonObject", "File", "Unset", "UNSET", "Download"} <= set(root.__all__)
