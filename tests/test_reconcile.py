"""generator.reconcile against vendor documents built for the test from our own Qalyptus spec.

The vendor document is our spec with a known set of methods, paths, parameter names, titles and bodies
changed, two operations removed and two added, written as OpenAPI 3.0 JSON (base path in the paths, a
$ref parameter) and as 3.1 YAML. The report must find exactly those differences, --apply must change
exactly the lines they need, and a second run must change nothing.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import reconcile

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "qalyptus-cloud.yaml"
QRS_SPEC = ROOT / "specs" / "qlik-qrs-data-connection.yaml"
METHODS = ("get", "put", "post", "delete", "patch")

# operationId -> the kinds of difference the vendor document below introduces.
EXPECTED_DIFFERENCES = {
    "createOrUpdateConditionRule": {"method"},
    "changeFilterOwner": {"method"},
    "changeConditionOwner": {"path"},
    "getApiKey": {"path"},
    "deleteReportMemberPermission": {"path"},
    "deleteApiKeys": {"method", "path"},
    "deleteConditionRules": {"path"},
    "getReport": {"path parameters"},
    "updateReport": {"path parameters"},
    "deleteReport": {"path parameters"},
    "createOrUpdateTaskReport": {"query parameters"},
    "getConditions": {"title"},
    "createApiKey": {"request body"},
}
REWRITTEN = {op for op, kinds in EXPECTED_DIFFERENCES.items() if kinds - {"title", "request body"}}
REMOVED = {"duplicateCondition", "getUser"}
ADDED = {("post", "/reports/{id}/export"), ("get", "/health")}


def _find(spec: dict[str, Any], operation_id: str) -> tuple[str, str]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if item.get(method, {}).get("operationId") == operation_id:
                return path, method
    raise KeyError(operation_id)


def _move(spec: dict[str, Any], operation_id: str, method: str, path: str) -> dict[str, Any]:
    old_path, old_method = _find(spec, operation_id)
    op = spec["paths"][old_path].pop(old_method)
    if not spec["paths"][old_path]:
        del spec["paths"][old_path]
    spec["paths"].setdefault(path, {})[method] = op
    return op


def vendor_document(ours: dict[str, Any]) -> dict[str, Any]:
    """The vendor's document as the test imagines it: ours with the changes listed above."""
    v = copy.deepcopy(ours)
    for op_id in REMOVED:
        path, method = _find(v, op_id)
        del v["paths"][path][method]
    _move(v, "createOrUpdateConditionRule", "put", "/conditions/{id}/rules")
    _move(v, "changeFilterOwner", "post", "/filters/{id}/owner/{ownerId}")
    _move(v, "changeConditionOwner", "put", "/conditions/{id}/change-owner/{ownerId}")
    _move(v, "getApiKey", "get", "/api-keys/{id}/details")
    _move(v, "deleteReportMemberPermission", "delete", "/reports/{id}/permissions/{memberPermissionId}")
    _move(v, "deleteApiKeys", "post", "/api-keys/delete")
    _move(v, "deleteConditionRules", "delete", "/conditions/{id}/duplicate")
    for op_id in ("getReport", "updateReport", "deleteReport"):
        op = _move(v, op_id, _find(v, op_id)[1], "/reports/{reportId}")
        op["parameters"][0]["name"] = "reportId"
    path, method = _find(v, "createOrUpdateTaskReport")
    for parameter in v["paths"][path][method]["parameters"]:
        if parameter["name"] == "taskReportID":
            parameter["name"] = "taskReportId"
    path, method = _find(v, "getConditions")
    v["paths"][path][method]["summary"] = "List conditions"
    path, method = _find(v, "createApiKey")
    body = v["paths"][path][method]["requestBody"]["content"]["application/json"]
    body["schema"] = {
        "type": "object",
        "properties": {**ours["components"]["schemas"]["CreateApiKeyRequest"]["properties"], "scopes": {}},
    }
    path, method = _find(v, "getUsers")
    v["paths"][path][method]["responses"]["200"] = {
        "description": "The users",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "data": {"type": "array", "items": {"type": "object", "properties": {"id": {}, "name": {}}}},
                        "isSuccess": {"type": "boolean"},
                    },
                }
            }
        },
    }
    v["paths"]["/reports/{id}/export"] = {
        "post": {"tags": ["Reports"], "summary": "Export report", "operationId": "exportReport", "responses": {}}
    }
    v["paths"]["/health"] = {"get": {"tags": ["Status"], "summary": "Health", "responses": {}}}
    for item in v["paths"].values():  # the vendor has no extensions of ours
        for op in item.values():
            op.pop("x-path-source", None)
            op.pop("x-path-note", None)
    return v


def as_openapi_30_json(v: dict[str, Any], destination: Path) -> Path:
    """The same document as OpenAPI 3.0: host-only server, base path in every path, a shared $ref parameter."""
    doc = copy.deepcopy(v)
    doc["openapi"] = "3.0.3"
    doc["servers"] = [{"url": "https://{tenant}.qalyptus.net", "variables": {"tenant": {"default": "t"}}}]
    doc["paths"] = {"/api/v1" + path: item for path, item in doc["paths"].items()}
    doc["components"]["parameters"] = {"TaskId": {"name": "id", "in": "path", "required": True, "schema": {}}}
    for op in doc["paths"]["/api/v1/tasks/{id}"].values():
        op["parameters"] = [{"$ref": "#/components/parameters/TaskId"}]
    destination.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return destination


def as_openapi_31_yaml(v: dict[str, Any], destination: Path) -> Path:
    destination.write_text(yaml.safe_dump(v, sort_keys=False), encoding="utf-8")
    return destination


@pytest.fixture(scope="module")
def ours() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


@pytest.fixture(params=["json-3.0", "yaml-3.1"])
def vendor(request: pytest.FixtureRequest, tmp_path: Path, ours: dict[str, Any]) -> Path:
    document = vendor_document(ours)
    if request.param == "json-3.0":
        return as_openapi_30_json(document, tmp_path / "openapi.json")
    return as_openapi_31_yaml(document, tmp_path / "openapi.yaml")


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    copied = tmp_path / "qalyptus-cloud.yaml"
    shutil.copyfile(SPEC, copied)
    return copied


def test_report_finds_exactly_the_differences(vendor: Path, spec_copy: Path) -> None:
    outcome = reconcile.reconcile(spec_copy, vendor_path=vendor)
    comparison = outcome.comparison
    assert comparison is not None
    found = {pair.ours.operation_id: set(pair.differences) for pair in comparison.differing}
    assert found == EXPECTED_DIFFERENCES
    assert {op.operation_id for op in comparison.only_ours} == REMOVED
    assert {(op.method, op.path) for op in comparison.only_theirs} == ADDED
    assert len(comparison.same) == 176 - len(EXPECTED_DIFFERENCES) - len(REMOVED)
    assert [p.ours.operation_id for p in comparison.missing_responses()] == ["getUsers"]
    assert {c.operation_id for c in outcome.changes} == REWRITTEN
    assert not outcome.refused
    assert spec_copy.read_bytes() == SPEC.read_bytes(), "report only: the spec is not written"


def test_shared_titles_are_told_apart_by_parameters_and_body(vendor: Path, spec_copy: Path) -> None:
    comparison = reconcile.reconcile(spec_copy, vendor_path=vendor).comparison
    assert comparison is not None
    pairs = {p.ours.operation_id: p.theirs for p in comparison.pairs if p.ours.summary == "Delete member permissions"}
    assert pairs["deleteReportMemberPermission"].path == "/reports/{id}/permissions/{memberPermissionId}"
    assert pairs["deleteReportMemberPermissions"].path == "/reports/{id}/member-permissions"
    assert pairs["deleteFilterMemberPermissions"].path == "/filters/{id}/member-permissions"


def test_report_text(vendor: Path, spec_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert reconcile.main(["qalyptus-cloud", "--spec", str(spec_copy), "--vendor-spec", str(vendor)]) == 0
    out = capsys.readouterr().out
    assert "ours 176, theirs 176: same 161, differs 13, only ours 2, only theirs 2" in out
    assert "    method: DELETE -> POST\n    path: /api-keys -> /api-keys/delete" in out
    assert "    path parameters: [id] -> [reportId]" in out
    assert "    query parameters: [taskReportID] -> [taskReportId]" in out
    assert "    title: [Conditions] Get conditions -> [Conditions] List conditions" in out
    assert (
        "RESPONSE SCHEMAS THE VENDOR DOCUMENTS AND WE DO NOT (1)\n  getUsers: GET /users: array of object {id, name}"
        in out
    )
    assert "  exportReport: POST /reports/{id}/export  [Reports] Export report" in out
    assert "  -: GET /health  [Status] Health" in out
    assert "11 operation(s) would be rewritten (APPLY=1 to write)" in out


def _line_delta(old: str, new: str) -> tuple[Counter[str], Counter[str]]:
    a, b = Counter(old.splitlines()), Counter(new.splitlines())
    return b - a, a - b


def test_apply_changes_exactly_those_lines(vendor: Path, spec_copy: Path, ours: dict[str, Any]) -> None:
    old = spec_copy.read_text(encoding="utf-8")
    outcome = reconcile.reconcile(spec_copy, vendor_path=vendor, apply=True)
    new = spec_copy.read_text(encoding="utf-8")
    added, removed = _line_delta(old, new)
    want_added = Counter(
        {
            "      x-path-source: vendor": len(REWRITTEN),
            "  /conditions/{id}/change-owner/{ownerId}:": 1,
            "  /api-keys/{id}/details:": 1,
            "  /reports/{id}/permissions/{memberPermissionId}:": 1,
            "  /api-keys/delete:": 1,
            "  /reports/{reportId}:": 1,
            "        - name: reportId": 3,
            "        - name: taskReportId": 1,
            "    post:": 1,  # net: post->put, put->post, delete->post
        }
    )
    want_removed = Counter(
        {
            "      x-path-source: inferred": len(REWRITTEN),
            "  /conditions/{id}/owner/{ownerId}:": 1,
            "  /reports/{id}:": 1,
            "        - name: id": 3,
            "        - name: taskReportID": 1,
            "    delete:": 1,
        }
    )
    assert added == want_added
    assert removed == want_removed
    # Every operation not rewritten keeps its block of lines, byte for byte.
    blocks = reconcile.SpecText(old).blocks
    untouched = [
        op
        for block in blocks
        for op in block.ops
        if not {line.strip() for line in op.lines} & {f"operationId: {o}" for o in REWRITTEN}
    ]
    rewritten_ids = {c.operation_id for c in outcome.changes}
    assert rewritten_ids == REWRITTEN
    assert len(untouched) == 176 - len(REWRITTEN)
    for op in untouched:
        assert "".join(op.lines) in new
    # Descriptions and schemas as transcribed: only what the rewrite names differs from the parsed original.
    loaded = yaml.safe_load(new)
    assert loaded["components"] == ours["components"]
    for op_id in REWRITTEN:
        path, method = _find(loaded, op_id)
        op = loaded["paths"][path][method]
        assert op["x-path-source"] == "vendor"
        original_path, original_method = _find(ours, op_id)
        original = ours["paths"][original_path][original_method]
        assert {k: v for k, v in op.items() if k not in {"parameters", "x-path-source"}} == {
            k: v for k, v in original.items() if k not in {"parameters", "x-path-source"}
        }
    assert _find(loaded, "deleteApiKeys") == ("/api-keys/delete", "post")
    assert _find(loaded, "getReport") == ("/reports/{reportId}", "get")
    assert _find(loaded, "deleteConditionRules") == ("/conditions/{id}/duplicate", "delete")
    assert _find(loaded, "duplicateCondition") == ("/conditions/{id}/duplicate", "post")


def test_apply_twice_changes_nothing(vendor: Path, spec_copy: Path) -> None:
    reconcile.reconcile(spec_copy, vendor_path=vendor, apply=True)
    once = spec_copy.read_bytes()
    second = reconcile.reconcile(spec_copy, vendor_path=vendor, apply=True)
    assert spec_copy.read_bytes() == once
    assert second.changes == []
    assert second.comparison is not None
    assert {p.ours.operation_id: set(p.differences) for p in second.comparison.differing} == {
        "getConditions": {"title"},
        "createApiKey": {"request body"},
    }


def test_a_rename_that_would_split_a_shared_path_is_refused(
    spec_copy: Path, ours: dict[str, Any], tmp_path: Path
) -> None:
    v = copy.deepcopy(ours)
    op = _move(v, "getTask", "get", "/tasks/{taskId}")  # put and delete stay on /tasks/{id}
    op["parameters"][0]["name"] = "taskId"
    vendor = as_openapi_31_yaml(v, tmp_path / "vendor.yaml")
    outcome = reconcile.reconcile(spec_copy, vendor_path=vendor, apply=True)
    assert [pair.ours.operation_id for pair, _ in outcome.refused] == ["getTask"]
    assert outcome.changes == []
    assert spec_copy.read_bytes() == SPEC.read_bytes()
    assert any(line.startswith("NOT APPLIED getTask:") for line in outcome.lines)


def test_identical_document_is_all_same(spec_copy: Path) -> None:
    outcome = reconcile.reconcile(spec_copy, vendor_path=SPEC, apply=True)
    assert outcome.comparison is not None and len(outcome.comparison.same) == 176
    assert outcome.changes == [] and spec_copy.read_bytes() == SPEC.read_bytes()


def test_qrs_spec_is_never_rewritten(tmp_path: Path) -> None:
    before = QRS_SPEC.read_bytes()
    with pytest.raises(SystemExit, match="never rewritten"):
        reconcile.reconcile(QRS_SPEC, vendor_path=QRS_SPEC, apply=True)
    with pytest.raises(SystemExit, match="never rewritten"):
        reconcile.main(["qlik-qrs", "--vendor-spec", str(QRS_SPEC), "--apply"])
    assert QRS_SPEC.read_bytes() == before


def test_make_target_reports_without_writing(vendor: Path) -> None:
    before = SPEC.read_bytes()
    result = subprocess.run(
        ["make", "--no-print-directory", "reconcile", "SERVICE=qalyptus-cloud", f"VENDOR_SPEC={vendor}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "differs 13, only ours 2, only theirs 2" in result.stdout
    assert SPEC.read_bytes() == before


@pytest.mark.slow
def test_rewritten_spec_generates_a_working_client(vendor: Path) -> None:
    """The applied spec goes through the pinned generator (warnings are errors) and the client calls the new routes."""
    from generator import generate
    from generator.config import load_service

    work = ROOT / "build" / "test-reconcile"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        spec_file = work / "qalyptus-cloud.yaml"
        shutil.copyfile(SPEC, spec_file)
        reconcile.reconcile(spec_file, vendor_path=vendor, apply=True)
        shipped = load_service("qalyptus-cloud")
        # POST /api-keys/delete no longer reads as the bulk delete: the naming table says which method it is.
        operations = {**shipped.resources.get("operations", {}), "deleteApiKeys": "api_keys.delete_many"}
        service = dataclasses.replace(
            shipped, spec=spec_file, resources={**shipped.resources, "operations": operations}
        )
        output = work / "out" / service.project_name
        generate.render_fresh(service, output)
        script = (
            "import httpx, json\n"
            "from qalyptus_cloud_client import AuthenticatedClient\n"
            "from qalyptus_cloud_client.api.api_keys import delete_api_keys, get_api_key\n"
            "from qalyptus_cloud_client.api.reports import get_report\n"
            "seen = []\n"
            "def answer(request):\n"
            "    seen.append(f'{request.method} {request.url.path}')\n"
            "    return httpx.Response(200, json={'data': None, 'isSuccess': True})\n"
            "transport = httpx.MockTransport(answer)\n"
            "client = AuthenticatedClient.for_tenant('acme', token='t', httpx_args={'transport': transport})\n"
            "id = '497f6eca-6276-4993-bfeb-53cbbbba6f08'\n"
            "get_api_key.sync_detailed(id, client=client)\n"
            "delete_api_keys.sync_detailed(client=client, body=[id])\n"
            "get_report.sync_detailed(id, client=client)\n"
            "print(json.dumps(seen))\n"
        )
        run = subprocess.run(
            [sys.executable, "-c", script], cwd=output, capture_output=True, text=True, timeout=120, check=False
        )
        assert run.returncode == 0, run.stderr
        seen = json.loads(run.stdout)
        ident = "497f6eca-6276-4993-bfeb-53cbbbba6f08"
        assert seen == [
            f"GET /api/v1/api-keys/{ident}/details",
            "POST /api/v1/api-keys/delete",
            f"GET /api/v1/reports/{ident}",
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_mark_same_marks_the_confirmed_inferred_operations(vendor: Path, spec_copy: Path, ours: dict[str, Any]) -> None:
    old = spec_copy.read_text(encoding="utf-8")
    outcome = reconcile.reconcile(spec_copy, vendor_path=vendor, apply=True, mark_same=True)
    assert outcome.comparison is not None
    same_inferred = {p.ours.operation_id for p in outcome.comparison.same if p.ours.path_source == "inferred"}
    assert len(same_inferred) == len(outcome.comparison.same) - 12  # the verified ones keep their source
    assert {c.operation_id for c in outcome.changes} == REWRITTEN | same_inferred
    added, removed = _line_delta(old, spec_copy.read_text(encoding="utf-8"))
    marks = len(REWRITTEN) + len(same_inferred)
    assert added["      x-path-source: vendor"] == marks and removed["      x-path-source: inferred"] == marks
    loaded = yaml.safe_load(spec_copy.read_text(encoding="utf-8"))
    sources = Counter(op["x-path-source"] for item in loaded["paths"].values() for op in item.values())
    assert sources == {"vendor": marks, "verified": 12, "inferred": 176 - 12 - marks}
