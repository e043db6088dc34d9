"""The resource layer's building blocks: the naming rules (generator/facade.py) and the shared machinery
(generator/runtime/_facade.py, copied into every package), tested as source."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from generator import facade
from generator.runtime import _facade

# ---------------------------------------------------------------------------------------------- naming rules


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", "/tasks", "list"),
        ("post", "/tasks", "create"),
        ("delete", "/tasks", "delete_many"),
        ("get", "/tasks/{id}", "get"),
        ("put", "/tasks/{id}", "update"),
        ("patch", "/tasks/{id}", "patch"),
        ("delete", "/tasks/{id}", "delete"),
        ("get", "/tasks/count", "count"),
        ("post", "/tasks/{id}/run", None),
        ("get", "/tasks/full", None),
        ("put", "/tasks", None),
    ],
)
def test_standard_verbs_follow_the_path_shape(method: str, path: str, expected: str | None) -> None:
    assert facade.standard_name(method, path, "/tasks") == expected


@pytest.mark.parametrize(
    ("summary", "resource", "expected"),
    [
        ("Duplicate report", "reports", "duplicate"),
        ("Run", "tasks", "run"),
        ("Get report iteration fields", "reports", "get_iteration_fields"),
        ("Generate an on-demand report", "reports", "generate_on_demand"),
        ("Qlik Sense Enterprise List data connections with full details", "data_connections", "list_with_full_details"),
        ("Delete filters.", "filters", "delete"),
    ],
)
def test_other_methods_are_named_after_the_title_without_the_noun(summary: str, resource: str, expected: str) -> None:
    assert facade.title_name(summary, resource) == expected


@pytest.mark.parametrize(
    ("python", "expected"),
    [("filter_", "filter"), ("type_", "type"), ("from_", "from_"), ("limit", "limit"), ("table_name", "table")],
)
def test_argument_names_are_the_ones_a_user_would_guess(python: str, expected: str) -> None:
    assert facade.argument_name(python, {"table_name": "table"}) == expected


def test_resource_names_are_snake_case_plurals() -> None:
    assert facade.resource_attribute("Data Connection") == "data_connections"
    assert facade.resource_attribute("Tasks") == "tasks"
    assert facade.resource_attribute("Storage services") == "storage_services"


def _spec(*operations: tuple[str, str, str, str]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for method, path, operation_id, summary in operations:
        paths.setdefault(path, {})[method] = {"operationId": operation_id, "summary": summary, "tags": ["Things"]}
    return {"paths": paths}


def test_colliding_method_names_fail_until_the_naming_table_settles_them() -> None:
    spec = _spec(
        ("get", "/things", "getThings", "Get things"),
        ("delete", "/things/{id}/members/{m}", "deleteMember", "Delete member permissions"),
        ("delete", "/things/{id}/members", "deleteMembers", "Delete member permissions"),
    )
    with pytest.raises(ValueError, match="would serve both deleteMember and deleteMembers"):
        facade.resource_tree(spec, {})
    tree = facade.resource_tree(spec, {"operations": {"deleteMember": "things.delete_member"}})
    assert [m.name for m in tree[0].methods] == ["list", "delete_member", "delete_member_permissions"]


def test_the_naming_table_can_move_an_operation_to_another_resource() -> None:
    spec = _spec(("get", "/things", "getThings", "Get things"), ("get", "/status/{id}/file", "getFile", "Download"))
    tree = facade.resource_tree(spec, {"operations": {"getFile": "things.download"}})
    assert [(r.attribute, [m.name for m in r.methods]) for r in tree] == [("things", ["list", "download"])]


def test_unknown_operation_ids_in_the_naming_table_fail() -> None:
    with pytest.raises(ValueError, match="unknown operationId 'nope'"):
        facade.resource_tree(_spec(("get", "/things", "getThings", "Get things")), {"operations": {"nope": "a.b"}})


def test_a_reserved_or_invalid_method_name_fails() -> None:
    spec = _spec(("get", "/things", "getThings", "Get things"))
    with pytest.raises(ValueError, match="reserved"):
        facade.resource_tree(spec, {"operations": {"getThings": "things.with_raw_response"}})
    with pytest.raises(ValueError, match="not a valid name"):
        facade.resource_tree(spec, {"operations": {"getThings": "things.class"}})


@pytest.mark.parametrize(
    ("method", "path", "description", "expected"),
    [
        ("get", "/tasks", "Get a list of all tasks.", "list"),
        ("get", "/tasks/{id}", "Get details of a specific task by its ID.", "object"),
        ("post", "/tasks/{id}/run", "Run a task", "value"),
        ("get", "/tasks/{id}/recipients", "Get the recipients associated with a task.", "value"),
    ],
)
def test_the_envelope_data_is_typed_as_precisely_as_the_docs_say(
    method: str, path: str, description: str, expected: str
) -> None:
    assert facade.envelope_data(method, path, {"description": description}, "json") == expected
    assert facade.envelope_data(method, path, {"description": description}, "file") == "file"


# ---------------------------------------------------------------------------------------------- paths

ROUTES = {
    "runTask": _facade.Route("POST", "/tasks/{id}/run", inferred=True, note="alternative: POST /tasks/{id}/execute"),
    "getTask": _facade.Route("GET", "/tasks/{id}"),
}


def test_path_overrides_are_validated() -> None:
    assert _facade.check_overrides({"runTask": "/tasks/{id}/execute"}, ROUTES) == {"runTask": "/tasks/{id}/execute"}
    assert _facade.check_overrides(None, ROUTES) == {}
    with pytest.raises(ValueError, match="unknown operationId 'runTasks'"):
        _facade.check_overrides({"runTasks": "/tasks/{id}/execute"}, ROUTES)
    with pytest.raises(ValueError, match=r"must use the path parameters \['id'\]"):
        _facade.check_overrides({"runTask": "/tasks/{taskId}/execute"}, ROUTES)
    with pytest.raises(ValueError, match="must use the path parameters"):
        _facade.check_overrides({"runTask": "/tasks/execute"}, ROUTES)
    with pytest.raises(ValueError, match="must be a path starting with '/'"):
        _facade.check_overrides({"runTask": "tasks/{id}?x=1"}, ROUTES)


def test_an_override_keeps_the_encoded_parameter_values() -> None:
    url = _facade.rewrite_path("/tasks/a%2Fb/run", ROUTES["runTask"], "/v2/tasks/{id}/execute")
    assert url == "/v2/tasks/a%2Fb/execute"


class FakeApiError(Exception):
    def __init__(self, status_code: int) -> None:
        self.status_code = status_code
        self.message = f"{status_code} for POST /tasks/1/run"
        super().__init__(self.message)


def _caller(status: int, overrides: dict[str, str] | None = None) -> tuple[_facade.Caller[str], list[dict[str, Any]]]:
    sent: list[dict[str, Any]] = []

    def send(client: str, request: dict[str, Any]) -> httpx.Response:
        sent.append(request)
        if status >= 400:
            raise FakeApiError(status)
        return httpx.Response(status)

    async def send_async(client: str, request: dict[str, Any]) -> httpx.Response:
        return send(client, request)

    caller = _facade.Caller(
        "client", send=send, send_async=send_async, routes=ROUTES, overrides=overrides or {}, api_error=FakeApiError
    )
    return caller, sent


@pytest.mark.parametrize("status", [404, 405])
def test_a_404_or_405_from_an_inferred_path_says_so_and_names_the_way_out(status: int) -> None:
    caller, _ = _caller(status)
    with pytest.raises(FakeApiError) as caught:
        caller.send("runTask", {"method": "POST", "url": "/tasks/1/run"})
    message = str(caught.value)
    assert message == caught.value.message
    assert "inferred from the documentation's naming style" in message
    assert "alternative: POST /tasks/{id}/execute" in message
    assert "path_overrides={'runTask': '/the/right/path'}" in message
    with pytest.raises(FakeApiError) as caught:
        asyncio.run(caller.send_async("runTask", {"method": "POST", "url": "/tasks/1/run"}))
    assert "path_overrides" in str(caught.value)


def test_no_hint_for_verified_paths_other_statuses_or_overridden_paths() -> None:
    for status, operation_id, overrides in ((404, "getTask", None), (400, "runTask", None)):
        caller, _ = _caller(status, overrides)
        with pytest.raises(FakeApiError) as caught:
            caller.send(
                operation_id, {"method": "GET", "url": "/tasks/1" if operation_id == "getTask" else "/tasks/1/run"}
            )
        assert "inferred" not in str(caught.value)
    caller, sent = _caller(404, {"runTask": "/tasks/{id}/execute"})
    with pytest.raises(FakeApiError) as caught:
        caller.send("runTask", {"method": "POST", "url": "/tasks/1/run"})
    assert "inferred" not in str(caught.value)
    assert sent[0]["url"] == "/tasks/1/execute"


# ---------------------------------------------------------------------------------------------- pagers


def _pages(count: int) -> dict[str, tuple[list[int], str | None]]:
    return {f"/p{i}": (list(range(i * 3, i * 3 + 3)), f"/p{i + 1}" if i + 1 < count else None) for i in range(count)}


def test_a_pager_yields_every_item_lazily_and_exposes_the_pages() -> None:
    pages = _pages(3)
    fetched: list[str] = []

    def fetch(request: dict[str, Any]) -> tuple[list[int], str | None]:
        fetched.append(request["url"])
        return pages[request["url"]]

    def next_request(page: tuple[list[int], str | None], previous: dict[str, Any]) -> dict[str, Any] | None:
        return {"url": page[1]} if page[1] else None

    pager = _facade.Pager(fetch, {"url": "/p0"}, next_request, lambda page: page[0], limit_error=RuntimeError)
    iterator = iter(pager)
    assert next(iterator) == 0
    assert fetched == ["/p0"]
    assert list(iterator) == list(range(1, 9))
    assert fetched == ["/p0", "/p1", "/p2"]
    assert [items for items, _ in pager.pages()] == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    assert pager.first_page() == pages["/p0"]


def test_a_pager_stops_when_a_server_repeats_a_link() -> None:
    pager = _facade.Pager(
        lambda r: [1], {"url": "/same"}, lambda page, previous: {"url": "/same"}, lambda p: p, limit_error=RuntimeError
    )
    assert list(pager) == [1]


def test_the_async_pager() -> None:
    pages = _pages(3)

    async def fetch(request: dict[str, Any]) -> tuple[list[int], str | None]:
        return pages[request["url"]]

    def next_request(page: tuple[list[int], str | None], previous: dict[str, Any]) -> dict[str, Any] | None:
        return {"url": page[1]} if page[1] else None

    pager = _facade.AsyncPager(fetch, {"url": "/p0"}, next_request, lambda page: page[0], limit_error=RuntimeError)

    async def collect() -> tuple[list[int], int, list[int]]:
        items = [item async for item in pager]
        count = len([page async for page in pager.pages()])
        first = await pager.first_page()
        return items, count, first[0]

    assert asyncio.run(collect()) == (list(range(9)), 3, [0, 1, 2])


def test_next_links_stay_on_the_api_host() -> None:
    def fail(reason: str) -> Exception:
        return RuntimeError(reason)

    previous = {"method": "GET", "url": "/v1/items"}
    assert _facade.next_link_request("https://a.example.com/api", None, previous, fail) is None
    assert _facade.next_link_request("https://a.example.com/api", "", previous, fail) is None
    request = _facade.next_link_request("https://a.example.com/api", "/api/v1/items?next=2", previous, fail)
    assert request == {"method": "GET", "url": "https://a.example.com/api/v1/items?next=2"}
    with pytest.raises(RuntimeError, match="another host"):
        _facade.next_link_request("https://a.example.com/api", "https://evil.example.com/x", previous, fail)
    with pytest.raises(RuntimeError, match="another host"):
        _facade.next_link_request("https://a.example.com/api", "http://a.example.com/api/x", previous, fail)


def test_offset_paging_advances_until_the_total() -> None:
    first = {"method": "get", "url": "/rows", "params": {"table": "t", "limit": 2}}
    second = _facade.next_offset_request(first, 2, 5)
    assert second == {"method": "get", "url": "/rows", "params": {"table": "t", "limit": 2, "offset": 2}}
    assert first["params"] == {"table": "t", "limit": 2}  # not changed in place
    third = _facade.next_offset_request(second or {}, 2, 5)
    assert (third or {})["params"]["offset"] == 4
    assert _facade.next_offset_request(third or {}, 1, 5) is None
    assert _facade.next_offset_request(first, 0, None) is None
    assert _facade.next_offset_request(first, 1, None) is None  # short page, no total
    assert _facade.next_offset_request(first, 2, None) is not None


# ---------------------------------------------------------------------------------------------- bodies, rows, JSON


class Model:
    def __init__(self, name: str, kind: str = "x") -> None:
        self.name, self.kind = name, kind

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "count": 3}


UNSET = object()


def test_a_body_is_given_or_built_from_its_fields() -> None:
    names = {"name": "name", "type": "kind"}
    model = Model("a")
    assert _facade.model_from_fields(Model, model, {"name": UNSET, "type": UNSET}, names, "create", UNSET) is model
    built = _facade.model_from_fields(Model, None, {"name": "b", "type": "y"}, names, "create", UNSET)
    assert (built.name, built.kind) == ("b", "y")
    built = _facade.model_from_fields(Model, None, {"type": UNSET}, names, "update", UNSET, from_path={"name": "p"})
    assert built.name == "p"
    with pytest.raises(TypeError, match="not both"):
        _facade.model_from_fields(Model, model, {"name": "b"}, names, "create", UNSET)
    with pytest.raises(TypeError):
        _facade.model_from_fields(Model, None, {"type": "y"}, names, "create", UNSET)  # name is required


def test_rows_read_back_are_string_mappings_by_one_rule() -> None:
    # A number the server sends comes back as its JSON text: the row stays dict[str, str], nothing is lost.
    assert _facade.row_of(Model("a")) == {"name": "a", "kind": "x", "count": "3"}


def test_envelope_data_is_checked_against_its_documented_shape() -> None:
    def fail(reason: str) -> Exception:
        return ValueError(reason)

    assert _facade.json_list([{"a": 1}], fail) == [{"a": 1}]
    assert _facade.json_object({"a": 1}, fail) == {"a": 1}
    assert _facade.json_value(None, fail) is None
    with pytest.raises(ValueError, match="list of objects"):
        _facade.json_list({}, fail)
    with pytest.raises(ValueError, match="list of objects"):
        _facade.json_list([1], fail)
    with pytest.raises(ValueError, match="an object"):
        _facade.json_object([], fail)


def test_raw_response_keeps_status_headers_body_and_result() -> None:
    response = httpx.Response(201, headers={"X-Id": "7"}, json={"id": 7})
    raw = _facade.RawResponse.of(response, "parsed")
    assert (raw.status_code, raw.headers["x-id"], raw.content, raw.parsed) == (201, "7", b'{"id":7}', "parsed")
    assert raw.json() == {"id": 7}


# ---------------------------------------------------------------------------------------------- response variants


def test_response_variants_require_server_set_fields_and_keep_request_bodies_as_documented() -> None:
    from generator import prepare

    thing = {"type": "object", "required": ["name"], "properties": {"id": {"type": "string"}, "name": {}}}
    ref = {"$ref": "#/components/schemas/Thing"}
    spec = {
        "paths": {
            "/things": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": {"type": "array", "items": ref}}}},
                    "responses": {"201": {"content": {"application/json": {"schema": ref}}}},
                },
                "get": {"responses": {"200": {"content": {"application/json": {"schema": ref}}}}},
            }
        },
        "components": {"schemas": {"Thing": thing, "Other": {"type": "object", "properties": {"id": {}}}}},
    }
    prepared = prepare.prepare(spec, {"response_variants": {"Thing": ["id"], "Other": ["id"]}})
    schemas = prepared["components"]["schemas"]
    assert schemas["Thing"]["required"] == ["name", "id"]
    assert schemas["ThingRequest"]["required"] == ["name"]
    assert schemas["Other"]["required"] == ["id"]  # used by no request body: no copy
    assert "OtherRequest" not in schemas
    post = prepared["paths"]["/things"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"]["items"]["$ref"].endswith("/ThingRequest")
    assert post["responses"]["201"]["content"]["application/json"]["schema"]["$ref"].endswith("/Thing")
    assert spec["components"]["schemas"]["Thing"]["required"] == ["name"]  # the input is left alone
    with pytest.raises(ValueError, match="no properties"):
        prepare.prepare(spec, {"response_variants": {"Thing": ["nope"]}})
    with pytest.raises(ValueError, match="no component schema"):
        prepare.prepare(spec, {"response_variants": {"Nope": ["id"]}})


def test_urls_in_error_messages_lose_credentials_and_query() -> None:
    url = httpx.URL("https://user:secret@api.example.com/v1/items?token=abc#top")
    assert _facade.url_without_query(url) == "https://api.example.com/v1/items"


def test_a_pager_stops_past_the_page_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_facade, "DEFAULT_MAX_PAGES", 3)
    fetched: list[str] = []

    def fetch(request: dict[str, Any]) -> list[int]:
        fetched.append(request["url"])
        return [len(fetched)]

    pager = _facade.Pager(
        fetch, {"url": "/p1"}, lambda page, previous: {"url": f"/p{page[0] + 1}"}, lambda p: p, limit_error=ValueError
    )
    with pytest.raises(ValueError, match="past 3"):
        list(pager)
    assert fetched == ["/p1", "/p2", "/p3"]
