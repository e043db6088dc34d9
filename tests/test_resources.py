"""The generated resource clients: every operation reachable once, constructors, exact results, pagers."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import re
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import yaml
from conftest import ROOT, SERVICES, load_spec, operations
from helpers import FakeSleep, Recorder

from generator import facade

ENTRY = {name: service.resources["client"] for name, service in SERVICES.items()}
SEND = re.compile(r"""\.send(?:_async)?\(\s*"(\w+)\"""")
# The streaming twin of a file download (`<method>_to`) sends the same operation through the runtime's download.
STREAM = re.compile(r"""\.call(?:_async)?\(\s*"(\w+)\"""")


def streaming_twins(cls: type) -> dict[str, str]:
    """`<method>_to` name -> the operationId it streams, for every file method of a resource class."""
    methods = public_methods(cls)
    twins = {}
    for name, method in methods.items():
        stem = methods.get(name.removesuffix("_to")) if name.endswith("_to") else None
        if stem is not None and inspect.signature(stem).return_annotation == "File":
            (operation_id,) = STREAM.findall(inspect.getsource(method))
            assert SEND.findall(inspect.getsource(stem)) == [operation_id], name
            twins[name] = operation_id
    return twins


def package(service: str) -> Any:
    return importlib.import_module(SERVICES[service].package_name)


def resources_of(service: str, *, is_async: bool) -> dict[str, type]:
    """The resource classes an entry class exposes, by attribute."""
    entry = getattr(package(service), ("Async" if is_async else "") + ENTRY[service])
    found = {}
    for name, member in vars(entry).items():
        if isinstance(member, property) and name != "raise_on_error":
            found[name] = inspect.signature(member.fget).return_annotation
    module = importlib.import_module(f"{SERVICES[service].package_name}.resources")
    return {name: getattr(module, annotation) for name, annotation in found.items()}


def public_methods(cls: type) -> dict[str, Any]:
    return {n: m for n, m in vars(cls).items() if callable(m) and not n.startswith("_")}


@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("raw", [False, True], ids=["parsed", "raw"])
def test_every_operation_is_reachable_exactly_once(service: str, is_async: bool, raw: bool) -> None:
    spec_ids = sorted(op["operationId"] for _, _, op in operations(load_spec(service)))
    reached: list[str] = []
    for attribute, cls in resources_of(service, is_async=is_async).items():
        if raw:
            cls = inspect.signature(cls.with_raw_response.fget).return_annotation
            cls = getattr(importlib.import_module(f"{SERVICES[service].package_name}.resources"), cls)
        twins = streaming_twins(cls)
        for name, method in public_methods(cls).items():
            if name in twins:
                continue
            called = SEND.findall(inspect.getsource(method))
            assert len(called) == 1, f"{attribute}.{name} sends {called}"
            reached += called
            if is_async and "Pager" not in str(inspect.signature(method).return_annotation):
                assert inspect.iscoroutinefunction(method), f"{attribute}.{name} is not a coroutine function"
    assert sorted(reached) == spec_ids


@pytest.mark.parametrize("service", SERVICES)
def test_method_and_resource_names_do_not_collide(service: str) -> None:
    """Each method name is unique in its resource (the tree fails on a collision) and the generated classes have
    exactly the tree's methods; no resource attribute hides anything of the low-level client."""
    spec = load_spec(service)
    tree = facade.resource_tree(spec, SERVICES[service].resources)
    classes = resources_of(service, is_async=False)
    assert sorted(classes) == sorted(r.attribute for r in tree)
    base = package(service).AuthenticatedClient if service != "qlik-qrs" else package(service).Client
    for resource in tree:
        methods = [m.name for m in resource.methods]
        assert len(methods) == len(set(methods))
        files = [m.name for m in resource.methods if m.data == "file"]
        assert sorted(streaming_twins(classes[resource.attribute])) == sorted(f"{name}_to" for name in files)
        assert sorted(public_methods(classes[resource.attribute])) == sorted(methods + [f"{n}_to" for n in files])
        assert isinstance(vars(classes[resource.attribute])["with_raw_response"], property)
        assert not hasattr(base, resource.attribute), f"{resource.attribute} hides Client.{resource.attribute}"


def test_naming_table_entries_are_all_used() -> None:
    for service, config in SERVICES.items():
        table = config.resources
        ids = {op["operationId"] for _, _, op in operations(load_spec(service))}
        assert set(table.get("operations", {})) <= ids, service
        assert set(table.get("rows", [])) <= ids, service


def test_the_documented_examples_exist() -> None:
    """The names the issue and READMEs use."""
    from dataplus_server_client import DataPlusClient
    from qalyptus_cloud_client import QalyptusClient
    from qlik_data_stores_client import DataStoresClient
    from qlik_qrs_client import QrsClient

    wanted = {
        QrsClient: {"data_connections": ["list", "list_full", "count", "get", "create", "update", "delete"]},
        DataStoresClient: {"data_stores": ["list", "get", "patch", "create", "update", "delete_many"]},
        QalyptusClient: {"tasks": ["list", "run", "get"], "reports": ["duplicate", "download", "download_stream"]},
        DataPlusClient: {"entries": ["list", "bulk_insert", "insert"], "tasks": ["list", "start"], "status": ["get"]},
    }
    for entry, resources in wanted.items():
        for attribute, methods in resources.items():
            cls = inspect.signature(getattr(entry, attribute).fget).return_annotation
            module = importlib.import_module(entry.__module__)
            for method in methods:
                assert hasattr(getattr(module, cls), method), f"{entry.__name__}.{attribute}.{method}"


# ---------------------------------------------------------------------------------------------- constructors


def test_constructors_build_the_entry_classes() -> None:
    from dataplus_server_client import AsyncDataPlusClient, DataPlusClient
    from qalyptus_cloud_client import AsyncQalyptusClient, QalyptusClient
    from qlik_data_stores_client import AsyncDataStoresClient, DataStoresClient
    from qlik_qrs_client import AsyncQrsClient, QrsClient

    cloud = DataStoresClient.for_tenant("acme", region="eu", token="key-1")
    assert type(cloud) is DataStoresClient and cloud.base_url == "https://acme.eu.qlikcloud.com/api"
    assert (
        type(AsyncDataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token="test-token"))
        is AsyncDataStoresClient
    )
    qalyptus = QalyptusClient.for_tenant("acme", token="key-1")
    assert type(qalyptus) is QalyptusClient and qalyptus.base_url == "https://acme.qalyptus.net/api/v1"
    assert type(AsyncQalyptusClient.for_tenant("acme", token="test-token")) is AsyncQalyptusClient
    proxy = QrsClient.via_proxy("https://qlik.example.com", virtual_proxy="hdr", headers={"X-Qlik-User": "u"})
    assert type(proxy) is QrsClient and proxy.base_url == "https://qlik.example.com/hdr/qrs"
    assert type(AsyncQrsClient(base_url="https://qlik.example.com:4242/qrs")) is AsyncQrsClient
    dp = DataPlusClient.for_server("key-1")
    assert type(dp) is DataPlusClient and dp.base_url == "http://localhost:7766"
    assert type(AsyncDataPlusClient(base_url="http://dp:7766", api_key="test-key")) is AsyncDataPlusClient
    # same validation as the low-level clients
    with pytest.raises(ValueError, match="region is required"):
        DataStoresClient.for_tenant("acme", token="test-token")
    with pytest.raises(ValueError):
        QalyptusClient(base_url="ftp://acme.qalyptus.net", token="test-token")
    with pytest.raises(ValueError, match="port 4242"):
        QrsClient.via_proxy("https://qlik.example.com:4242")
    with pytest.raises(ValueError):
        DataPlusClient(base_url="http://dp:7766", api_key=" ")


def test_qrs_for_server_gives_the_entry_class(tmp_path: Any) -> None:
    from qlik_qrs_client import QrsClient

    with pytest.raises(ValueError, match="client_cert: no such file"):
        QrsClient.for_server("qlik.example.com", client_cert=tmp_path / "c.pem", client_key=tmp_path / "k.pem")


def test_errors_always_raise() -> None:
    from qlik_data_stores_client import DataStoresClient

    with pytest.raises(ValueError, match="always raises"):
        DataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token="test-token", raise_on_error=False)
    cloud = DataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token="test-token")
    assert cloud.raise_on_error is True


def test_dataplus_sends_the_raw_api_key() -> None:
    from dataplus_server_client import DataPlusClient

    recorder = Recorder(httpx.Response(200, json={"currentConnections": 1}))
    dp = DataPlusClient(base_url="http://dp:7766", api_key="raw-key", httpx_args={"transport": recorder.transport})
    assert dp.status.get().current_connections == 1
    assert recorder.requests[0].headers["authorization"] == "raw-key"
    assert "raw-key" not in repr(dp)


def test_entry_clients_keep_the_runtime_features() -> None:
    """Builders return the entry class and their resources use the new settings; redaction stays."""
    from qlik_data_stores_client import DataStoresClient

    recorder = Recorder(httpx.Response(200, json={"type": "t", "technicalName": "n", "id": "1"}))
    cloud = DataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token="secret-key-1")
    tagged = cloud.with_headers({"X-Trace": "1"})
    assert type(tagged) is DataStoresClient
    tagged.set_httpx_client(
        httpx.Client(base_url=tagged.base_url, transport=recorder.transport, headers={"X-Trace": "1"})
    )
    assert tagged.data_stores.get("1").technical_name == "n"
    assert recorder.requests[0].headers["x-trace"] == "1"
    assert "secret-key-1" not in repr(cloud)


def test_unset_shows_as_unset_in_help() -> None:
    from qlik_qrs_client import QrsClient
    from qlik_qrs_client.resources import DataConnections

    assert "filter: 'str | Unset' = UNSET" in str(inspect.signature(DataConnections.list))
    assert "GET /dataconnection" in (DataConnections.list.__doc__ or "")
    assert QrsClient.data_connections.__doc__


# ---------------------------------------------------------------------------------------------- exact results


def test_results_are_the_success_type_and_bodies_take_fields_or_a_model() -> None:
    from qlik_qrs_client import QrsClient
    from qlik_qrs_client.models import DataConnection, DataConnectionCreate

    created = {"id": str(uuid.uuid4()), "name": "sales", "connectionstring": "C:\\data", "type": "folder"}
    recorder = Recorder(
        httpx.Response(201, json=created), httpx.Response(201, json=created), httpx.Response(204), httpx.Response(201)
    )
    qrs = QrsClient(base_url="https://qlik.example.com/qrs", httpx_args={"transport": recorder.transport})
    connection = qrs.data_connections.create(name="sales", connectionstring="C:\\data", type="folder")
    assert isinstance(connection, DataConnection) and connection.name == "sales"
    assert recorder.requests[0].read() == b'{"name":"sales","connectionstring":"C:\\\\data","type":"folder"}'
    body = DataConnectionCreate(name="sales", connectionstring="C:\\data", type_="folder")
    assert qrs.data_connections.create(body).name == "sales"
    assert qrs.data_connections.delete(connection.id) is None
    assert recorder.requests[2].method == "DELETE"
    with pytest.raises(TypeError, match="not both"):
        qrs.data_connections.create(body, name="x")  # type: ignore[call-overload]
    from qlik_qrs_client import UnexpectedResponseError

    with pytest.raises(UnexpectedResponseError):  # a 201 without the documented body
        qrs.data_connections.create(body)


def test_update_takes_the_id_from_the_path() -> None:
    from qlik_qrs_client import QrsClient

    connection_id = uuid.uuid4()
    answer = {"id": str(connection_id), "name": "n", "connectionstring": "c", "type": "folder"}
    recorder = Recorder(httpx.Response(200, json=answer))
    qrs = QrsClient(base_url="https://qlik.example.com/qrs", httpx_args={"transport": recorder.transport})
    qrs.data_connections.update(connection_id, name="n", connectionstring="c", type="folder")
    sent = recorder.requests[0]
    assert sent.method == "PUT" and sent.url.path == f"/qrs/dataconnection/{connection_id}"
    assert str(connection_id) in sent.read().decode()


def test_errors_raise_even_where_the_spec_documents_an_error_model() -> None:
    from qlik_qrs_client import NotFoundError, QrsClient

    recorder = Recorder(httpx.Response(404, json={"error": "no such connection"}))
    qrs = QrsClient(
        base_url="https://qlik.example.com/qrs", max_retries=0, httpx_args={"transport": recorder.transport}
    )
    with pytest.raises(NotFoundError):
        qrs.data_connections.get(uuid.uuid4())


def test_raw_responses_give_status_headers_and_body() -> None:
    from qlik_qrs_client import QrsClient

    recorder = Recorder(httpx.Response(200, headers={"X-Request": "r1"}, json={"value": 3}))
    qrs = QrsClient(base_url="https://qlik.example.com/qrs", httpx_args={"transport": recorder.transport})
    raw = qrs.data_connections.with_raw_response.count()
    assert (raw.status_code, raw.headers["x-request"], raw.content, raw.parsed.value) == (200, "r1", b'{"value":3}', 3)


def test_dataplus_rows_are_plain_mappings_and_the_table_argument_has_one_name() -> None:
    from dataplus_server_client import DataPlusClient
    from dataplus_server_client.resources import Entries

    recorder = Recorder(httpx.Response(200, json=[{"id": "1", "region": "EU"}]), httpx.Response(200))
    dp = DataPlusClient(base_url="http://dp:7766", api_key="test-key", httpx_args={"transport": recorder.transport})
    assert dp.entries.bulk_insert("orders", [{"region": "EU"}]) == [{"id": "1", "region": "EU"}]
    assert recorder.requests[0].url.path == "/api/db/table/orders/bulk/insert"
    assert recorder.requests[0].read() == b'[{"region":"EU"}]'
    assert dp.entries.update("orders", {"id": "1", "region": "US"}) is None
    for name, method in public_methods(Entries).items():
        parameters = list(inspect.signature(method).parameters)
        assert "table_name" not in parameters, name
        if name != "delete" and name != "with_raw_response":
            assert parameters[1] == "table", name


def test_qalyptus_unwraps_the_envelope_and_failures_raise() -> None:
    from qalyptus_cloud_client import ApiError, QalyptusClient

    recorder = Recorder(
        httpx.Response(200, json={"data": [{"id": "t1", "name": "Monthly"}], "isSuccess": True}),
        httpx.Response(200, json={"data": {"id": "t1"}, "isSuccess": True}),
        httpx.Response(200, json={"data": None, "isSuccess": False, "error": "Task is locked"}),
        httpx.Response(200, json={"data": {}, "isSuccess": True}),
    )
    qalyptus = QalyptusClient(
        base_url="https://acme.qalyptus.net/api/v1", token="test-token", httpx_args={"transport": recorder.transport}
    )
    assert qalyptus.tasks.list() == [{"id": "t1", "name": "Monthly"}]
    assert qalyptus.tasks.get(uuid.uuid4()) == {"id": "t1"}
    with pytest.raises(ApiError, match="Task is locked"):
        qalyptus.tasks.run(uuid.uuid4())
    from qalyptus_cloud_client import UnexpectedResponseError

    with pytest.raises(UnexpectedResponseError, match="list of objects"):
        qalyptus.tasks.list()


def test_qalyptus_inferred_paths_say_so_and_can_be_overridden() -> None:
    from qalyptus_cloud_client import NotFoundError, QalyptusClient
    from qalyptus_cloud_client.resources import Reports, Tasks

    assert "inferred from the" in (Tasks.run.__doc__ or "")
    assert "POST /tasks/{id}/run" in (Tasks.run.__doc__ or "")
    assert "inferred" not in (Tasks.list.__doc__ or "")
    assert "alternatives: POST {collection}/delete" in " ".join((Reports.delete_many.__doc__ or "").split())
    recorder = Recorder(httpx.Response(404, json={"isSuccess": False}), httpx.Response(200, json={"isSuccess": True}))
    qalyptus = QalyptusClient(
        base_url="https://acme.qalyptus.net/api/v1", token="test-token", httpx_args={"transport": recorder.transport}
    )
    with pytest.raises(NotFoundError, match=r"inferred .* path_overrides=\{'runTask'"):
        qalyptus.tasks.run(uuid.uuid4())
    task_id = uuid.uuid4()
    fixed = QalyptusClient(
        base_url="https://acme.qalyptus.net/api/v1",
        token="test-token",
        path_overrides={"runTask": "/tasks/{id}/execute"},
        httpx_args={"transport": recorder.transport},
    )
    assert fixed.tasks.run(task_id) is None
    assert recorder.requests[-1].url.path == f"/api/v1/tasks/{task_id}/execute"
    assert (
        type(QalyptusClient.for_tenant("acme", token="test-token", path_overrides={"runTask": "/x/{id}"}))
        is QalyptusClient
    )
    with pytest.raises(ValueError, match="unknown operationId"):
        QalyptusClient.for_tenant("acme", token="test-token", path_overrides={"runTasks": "/x/{id}"})
    with pytest.raises(ValueError, match="path parameters"):
        QalyptusClient.for_tenant("acme", token="test-token", path_overrides={"runTask": "/x/{taskId}"})


# ---------------------------------------------------------------------------------------------- pagers


def _store(i: int) -> dict[str, Any]:
    return {"id": f"store-{i}", "type": "qix-datafiles", "technicalName": f"store_{i}", "name": f"Store {i}"}


def _store_pages(base: str, size: int, pages: int) -> list[httpx.Response]:
    answers = []
    for page in range(pages):
        data = [_store(page * size + i) for i in range(size)]
        links: dict[str, Any] = {"self": {"href": f"{base}/v1/data-stores?page={page}"}}
        if page + 1 < pages:
            links["next"] = {"href": f"{base}/v1/data-stores?limit={size}&page={page + 1}"}
        answers.append(httpx.Response(200, json={"data": data, "links": links, "total": size * pages}))
    return answers


def _with_429(answers: list[httpx.Response]) -> list[httpx.Response]:
    return [answers[0], httpx.Response(429, headers={"Retry-After": "1"}), *answers[1:]]


BASE = "https://acme.eu.qlikcloud.com/api"


def test_data_stores_pager_follows_next_links_over_three_pages_through_a_429() -> None:
    from qlik_data_stores_client import DataStoresClient, RetryConfig

    recorder = Recorder(*_with_429(_store_pages(BASE, 2, 3)))
    sleep = FakeSleep()
    cloud = DataStoresClient(
        base_url=BASE,
        token="test-token",
        retry_config=RetryConfig(sleep=sleep),
        httpx_args={"transport": recorder.transport},
    )
    pager = cloud.data_stores.list(limit=2)
    assert recorder.requests == []  # lazy
    ids = [store.id for store in pager]
    assert ids == [f"store-{i}" for i in range(6)]
    assert len(recorder.requests) == 4 and sleep.waits == [1.0]
    assert recorder.requests[0].url.params["limit"] == "2"
    assert recorder.requests[3].url.params["page"] == "2"
    recorder.requests.clear()
    recorder.responses = _store_pages(BASE, 2, 3)
    assert [page.total for page in cloud.data_stores.list(limit=2).pages()] == [6, 6, 6]


def test_data_stores_async_pager_through_a_429() -> None:
    from qlik_data_stores_client import AsyncDataStoresClient, RetryConfig

    recorder = Recorder(*_with_429(_store_pages(BASE, 2, 3)))
    sleep = FakeSleep()

    async def run() -> list[str]:
        async with AsyncDataStoresClient(
            base_url=BASE,
            token="test-token",
            retry_config=RetryConfig(async_sleep=sleep.async_sleep),
            httpx_args={"transport": recorder.transport},
        ) as cloud:
            return [store.id async for store in cloud.data_stores.list(limit=2)]

    assert asyncio.run(run()) == [f"store-{i}" for i in range(6)]
    assert sleep.waits == [1.0]


def test_data_stores_pager_refuses_another_host() -> None:
    from qlik_data_stores_client import DataStoresClient, UnexpectedResponseError

    recorder = Recorder(*_store_pages("https://evil.example.com/api", 1, 2))
    cloud = DataStoresClient(base_url=BASE, token="test-token", httpx_args={"transport": recorder.transport})
    with pytest.raises(UnexpectedResponseError, match="another host"):
        list(cloud.data_stores.list())
    assert len(recorder.requests) == 1


def _rows_answer(request: httpx.Request) -> httpx.Response:
    query = parse_qs(urlsplit(str(request.url)).query)
    offset, limit = int(query.get("offset", ["0"])[0]), int(query["limit"][0])
    rows = [{"id": str(i), "region": "EU" if i % 2 else "US"} for i in range(offset, min(offset + limit, 7))]
    return httpx.Response(200, json={"data": rows, "total": 7, "offset": offset, "limit": limit, "count": len(rows)})


def test_dataplus_entries_page_by_offset_through_a_429() -> None:
    from dataplus_server_client import DataPlusClient, RetryConfig

    recorder = Recorder(_rows_answer, httpx.Response(429, headers={"Retry-After": "0"}), _rows_answer)
    sleep = FakeSleep()
    dp = DataPlusClient(
        base_url="http://dp:7766",
        api_key="test-key",
        retry_config=RetryConfig(sleep=sleep),
        httpx_args={"transport": recorder.transport},
    )
    rows = list(dp.entries.list("orders", limit=3))
    assert [row["id"] for row in rows] == [str(i) for i in range(7)]
    assert rows[1] == {"id": "1", "region": "EU"}
    offsets = [parse_qs(urlsplit(str(r.url)).query).get("offset", ["0"])[0] for r in recorder.requests]
    assert offsets == ["0", "3", "3", "6"]
    assert [page.total for page in dp.entries.list("orders", limit=3).pages()] == [7, 7, 7]


def test_dataplus_async_entries_through_a_429() -> None:
    from dataplus_server_client import AsyncDataPlusClient, RetryConfig

    recorder = Recorder(_rows_answer, httpx.Response(429, headers={"Retry-After": "0"}), _rows_answer)
    sleep = FakeSleep()

    async def run() -> list[dict[str, str]]:
        async with AsyncDataPlusClient(
            base_url="http://dp:7766",
            api_key="test-key",
            retry_config=RetryConfig(async_sleep=sleep.async_sleep),
            httpx_args={"transport": recorder.transport},
        ) as dp:
            return [row async for row in dp.entries.list("orders", limit=3)]

    assert [row["id"] for row in asyncio.run(run())] == [str(i) for i in range(7)]
    assert len(recorder.requests) == 4


def test_naming_tables_live_in_the_service_configs() -> None:
    for path in sorted((ROOT / "generator" / "services").glob("*.yaml")):
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert config["resources"]["client"].endswith("Client"), path.name  # the raw YAML, as a maintainer edits it


def test_qalyptus_readme_lists_verified_and_inferred_paths() -> None:
    spec = load_spec("qalyptus-cloud")
    readme = (ROOT / "clients" / SERVICES["qalyptus-cloud"].project_name / "README.md").read_text(encoding="utf-8")
    for method, path, _ in operations(spec):
        assert f"`{method} {path}`" in readme, (method, path)
    tree = facade.resource_tree(spec, SERVICES["qalyptus-cloud"].resources)
    files = [m for r in tree for m in r.methods if m.data == "file"]
    twins = readme.count("| Download (streamed to the file) | inferred |")
    assert twins == sum(1 for m in files if m.path_source == "inferred") == 6
    assert readme.count("| inferred |") - twins == sum(
        1 for *_, op in operations(spec) if op.get("x-path-source") == "inferred"
    )


@pytest.mark.parametrize("service", SERVICES)
def test_the_package_imports_without_the_resource_layer_until_it_is_used(service: str) -> None:
    """Importing a package (or one operation) stays quick: the resource layer is imported on first use of an
    entry class (and each resource module, with its operation modules, on first use of that resource)."""
    import subprocess
    import sys

    name = SERVICES[service].package_name
    code = (
        f"import sys, {name}; assert '{name}.resources' not in sys.modules; "
        f"from {name} import {ENTRY[service]}; assert '{name}.resources' in sys.modules"
    )
    path = ROOT / "clients" / SERVICES[service].project_name
    subprocess.run([sys.executable, "-c", code], check=True, cwd=path)


@pytest.mark.parametrize("service", SERVICES)
def test_docstrings_carry_the_docs_texts_method_and_path(service: str) -> None:
    spec = load_spec(service)
    classes = resources_of(service, is_async=False)
    for resource in facade.resource_tree(spec, SERVICES[service].resources):
        for method in resource.methods:
            doc = " ".join((getattr(classes[resource.attribute], method.name).__doc__ or "").split())
            where = f"{resource.attribute}.{method.name}"
            assert f"``{method.http_method} {method.path}`` ({method.operation_id})" in doc, where
            assert " ".join(method.description.split())[:60] in doc, where
            assert ("inferred from the documentation's naming style" in doc) == (method.path_source == "inferred")
            if method.path_note:
                assert " ".join(method.path_note.split()) in doc, where


@pytest.mark.parametrize("service", SERVICES)
def test_each_resource_is_its_own_module_and_its_twins_refer_to_its_docs(service: str) -> None:
    """resources/<resource>.py per resource, re-exported by the resources package; the async and raw methods
    carry a one-line docstring naming the documented (sync) method."""
    name = SERVICES[service].package_name
    exported = importlib.import_module(f"{name}.resources")
    for resource in facade.resource_tree(load_spec(service), SERVICES[service].resources):
        module = importlib.import_module(f"{name}.resources.{resource.attribute}")
        cls = getattr(exported, facade.pascal(resource.attribute))
        assert cls.__module__ == module.__name__
        for twin in ("Async{}", "{}WithRawResponse", "Async{}WithRawResponse"):
            twin_cls = getattr(exported, twin.format(cls.__name__))
            for method in resource.methods:
                doc = getattr(twin_cls, method.name).__doc__ or ""
                assert f"``{cls.__name__}.{method.name}`` (documented there)" in doc, (twin_cls, method.name)
                assert "\n" not in doc.strip(), (twin_cls, method.name)


def test_each_resource_module_is_loaded_on_its_first_use() -> None:
    """The entry class loads no resource module; the first `qalyptus.tasks` loads that one (and its operations)
    only, then reaches the class directly; `from ...resources import Reports` loads that module."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from qalyptus_cloud_client import QalyptusClient\n"
        "from qalyptus_cloud_client import resources\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith('qalyptus_cloud_client.resources.'))\n"
        "assert loaded() == [], loaded()\n"
        "assert not any(m.startswith('qalyptus_cloud_client.api.') for m in sys.modules)\n"
        "client = QalyptusClient(base_url='https://acme.qalyptus.net/api/v1', token='test-token')\n"
        "tasks = client.tasks\n"
        "assert loaded() == ['qalyptus_cloud_client.resources.tasks'], loaded()\n"
        "from qalyptus_cloud_client.resources.tasks import Tasks\n"
        "assert type(tasks) is Tasks and resources._Tasks is Tasks and type(client.tasks) is Tasks\n"
        "assert 'qalyptus_cloud_client.api.reports.get_reports' not in sys.modules\n"
        "from qalyptus_cloud_client.resources import Reports\n"
        "assert loaded() == ['qalyptus_cloud_client.resources.reports', 'qalyptus_cloud_client.resources.tasks']\n"
        "assert Reports.__module__ == 'qalyptus_cloud_client.resources.reports'\n"
    )
    path = ROOT / "clients" / SERVICES["qalyptus-cloud"].project_name
    subprocess.run([sys.executable, "-c", code], check=True, cwd=path)
