"""Every deliberate divergence of the specs from the vendor documents in specs/sources/, listed one by one.

Each entry names the place in the spec where the choice is made and is either recorded there (an
`x-note`, the description or the `x-path-note` says what the documents say and why the spec differs) or
gone (the spec was brought back to the documents). The QRS spec is the vendor's document as-is and has
none. Response fields count once per operation and status they appear in, as the audit counted them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "specs"
SOURCES = SPECS / "sources"
METHODS = ("get", "put", "post", "delete", "patch")

DATA_STORES = "qlik-cloud-data-stores.yaml"
DATAPLUS = "dataplus-server.yaml"
QALYPTUS = "qalyptus-cloud.yaml"


@dataclass(frozen=True)
class Divergence:
    spec: str
    where: tuple[str, ...]  # see locate()
    what: str
    mention: str  # regex the note at that place must match
    gone: tuple[str, ...] = ()  # keys that must no longer be there (the choice reverted to the documents)


def _dates(op: str, status: str, fields: list[str]) -> list[Divergence]:
    return [
        Divergence(
            DATA_STORES,
            ("response-field", op, status, field),
            f"{field} of {op} {status}: docs say string, spec had format: date-time",
            r"plain string.*cannot fail the whole page",
            gone=("format",),
        )
        for field in fields
    ]


STORE_DATES = ["createdTime", "lastModifiedTime"]
SET_DATES = [
    "createdTime",
    "lastModifiedTime",
    "schema.effectiveDate",
    "additionalSchemas[].effectiveDate",
    "operational.endDate",
    "operational.startDate",
    "operational.lastLoadTime",
    "operational.lastUpdateTime",
]
UNDETAILED_TYPES = [
    "MemberRequestDto",
    "ConditionRuleValueRequestDto",
    "IterationFieldRequestDto",
    "DynamicNameRequestDto",
    "FieldSelectionDto",
    "IterationReportDto",
    "ReportFilterDto",
    "ReportConditionDto",
    "ReportStorageServiceDto",
    "ReportHubDto",
    "ReportFileStorageDto",
    "SeparatorOptionsDto",
    "OrganizationRoleDto",
]

DIVERGENCES: list[Divergence] = [
    # --- Qlik Cloud data stores: 21 response fields typed date-time where the reference says string
    *[d for field in STORE_DATES for d in _dates("getDataStores", "200", [f"data[].{field}"])],
    *_dates("createDataStore", "201", STORE_DATES),
    *_dates("getDataStore", "200", STORE_DATES),
    *_dates("patchDataStore", "200", STORE_DATES),
    *_dates("updateDataStore", "200", STORE_DATES),
    *_dates("getDataAssets", "200", ["data[].createdTime", "data[].dataFreshness", "data[].lastModifiedTime"]),
    *_dates("getDataSets", "200", [f"data[].{field}" for field in SET_DATES]),
    # --- ownerId readOnly although the reference lists it in the POST and PUT bodies
    Divergence(
        DATA_STORES,
        ("request-field", "createDataStore", "ownerId"),
        "ownerId readOnly, in the POST body",
        r"POST and PUT request bodies",
        gone=("readOnly",),
    ),
    Divergence(
        DATA_STORES,
        ("request-field", "updateDataStore", "ownerId"),
        "ownerId readOnly, in the PUT body",
        r"POST and PUT request bodies",
        gone=("readOnly",),
    ),
    # --- the PATCH 204 documented with a body
    Divergence(
        DATA_STORES,
        ("response", "patchDataStore", "204"),
        "PATCH 204 documented with the 17-field body, none in the spec",
        r"17-field .* 204 has no\s+content",
        gone=("content",),
    ),
    # --- data-store-ids / data-asset-ids: arrays of strings in the reference, one string here
    *[
        Divergence(
            DATA_STORES,
            ("parameter", op, name),
            f"{name} of {op}: docs say array of strings, typed string",
            r"array of strings.*joined with commas",
        )
        for op, names in (
            ("getDataAssets", ["data-store-ids"]),
            ("deleteDataAssets", ["data-store-ids"]),
            ("getDataSets", ["data-store-ids", "data-asset-ids"]),
            ("deleteDataSets", ["data-store-ids", "data-asset-ids"]),
        )
        for name in names
    ],
    Divergence(
        DATA_STORES,
        ("schema-field", "JsonPatchOperation", "value"),
        "JSON patch value: docs say object, any JSON value here",
        r"reference lists the\s+type as object",
    ),
    # --- Data+ Server
    Divergence(
        DATAPLUS,
        ("response", "sendMail", "200"),
        "mail/send given a 200 the reference does not show",
        r"shows no response for this endpoint",
    ),
    Divergence(
        DATAPLUS,
        ("response", "startTask", "200"),
        "task/start given a 200 the reference does not show",
        r"shows no response for this endpoint",
    ),
    Divergence(
        DATAPLUS,
        ("parameter", "getEntries", "limit"),
        "limit: docs say number, integer 1..10000",
        r"types this as number.*integer",
    ),
    Divergence(
        DATAPLUS,
        ("parameter", "getEntries", "offset"),
        "offset: docs say number, integer >= 0",
        r"types this as number.*integer",
    ),
    Divergence(
        DATAPLUS,
        ("schema-field", "DeleteEntriesRequest", "ids"),
        "deleteEntries ids: docs say array, array of strings",
        r"array without an item type",
    ),
    *[
        Divergence(
            DATAPLUS,
            ("response", op, "200"),
            f"{op} 200: schema derived from the example response",
            r"only an example response; the .* schema is derived from it",
        )
        for op in ("getStatus", "getEntries", "insertEntry", "bulkInsertEntries")
    ],
    # --- Qalyptus Cloud
    Divergence(
        QALYPTUS,
        ("component", "responses", "Success"),
        "every operation answers 200 with the envelope; the docs show no status or sample",
        r"no status code and no response sample",
    ),
    Divergence(
        QALYPTUS,
        ("component", "responses", "File"),
        "downloads answer a binary body; the docs show no response",
        r"no response for the download operations",
    ),
    Divergence(
        QALYPTUS,
        ("component", "responses", "TemplateItems"),
        "template items response schema, not in the docs",
        r"Not in the documentation",
    ),
    Divergence(
        QALYPTUS,
        ("component", "securitySchemes", "bearerAuth"),
        "bearer authentication, not described by the docs",
        r"does not describe authentication",
    ),
    Divergence(
        QALYPTUS,
        ("operation", "getReportFilters"),
        "path parameter reportId, docs name it id",
        r"name this path parameter 'id'",
    ),
    Divergence(
        QALYPTUS,
        ("operation", "getTaskReport"),
        "path parameter taskReportId, docs name it taskReportID",
        r"name this path parameter 'taskReportID'",
    ),
    Divergence(
        QALYPTUS,
        ("operation", "deleteTaskExternalEvent"),
        "path parameter taskExternalEventID, docs name it externalEventId",
        r"name this path parameter 'externalEventId'",
    ),
    Divergence(
        QALYPTUS,
        ("operation", "getTaskExternalEvents"),
        "singular title, modelled as the list it describes",
        r"Title is singular",
    ),
    Divergence(
        QALYPTUS,
        ("operation", "importUsersFromExcel"),
        "request body not documented, multipart upload assumed",
        r"Request body not documented",
    ),
    Divergence(
        QALYPTUS,
        ("operation", "getOrganizationProjects"),
        "same title documented twice, both modelled",
        r"Same title also documented",
    ),
    Divergence(
        QALYPTUS,
        ("operation", "getProjectsByOrganization"),
        "same title documented twice, both modelled",
        r"Same title also documented",
    ),
    *[
        Divergence(
            QALYPTUS,
            ("schema", name),
            f"{name}: named by the docs without properties, a free-form object",
            r"does not detail its properties",
        )
        for name in UNDETAILED_TYPES
    ],
    *[
        Divergence(QALYPTUS, ("schema", name), f"{name}: properties beyond the documented one", r"not documented")
        for name in ("TemplateItems", "TemplateItemNode")
    ],
    Divergence(
        QALYPTUS,
        ("schema", "TemplateItemObject"),
        "template object: properties not detailed",
        r"does not detail its properties",
    ),
    Divergence(
        QALYPTUS,
        ("schema", "UpdateUserRequest"),
        "user update action: accepted type values not documented",
        r"`type` values are not documented",
    ),
]


def _load(name: str) -> dict[str, Any]:
    return yaml.safe_load((SPECS / name).read_text(encoding="utf-8"))


SPEC_CACHE = {name: _load(name) for name in (DATA_STORES, DATAPLUS, QALYPTUS)}


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for method in METHODS:
            if item.get(method, {}).get("operationId") == operation_id:
                return item[method]
    raise KeyError(operation_id)


def _field(spec: dict[str, Any], schema: Any, dotted: str) -> dict[str, Any]:
    node = _resolve(spec, schema)
    for part in dotted.split("."):
        name = part.removesuffix("[]")
        node = _resolve(spec, node["properties"][name])
        if part.endswith("[]"):
            node = _resolve(spec, node["items"])
    return node


def _property(spec: dict[str, Any], schema: Any, dotted: str) -> dict[str, Any]:
    """The property node itself (not its $ref target) at the end of a dotted path."""
    head, _, last = dotted.rpartition(".")
    parent = _field(spec, schema, head) if head else _resolve(spec, schema)
    return parent["properties"][last]


def locate(spec: dict[str, Any], where: tuple[str, ...]) -> dict[str, Any]:
    kind, *rest = where
    if kind == "response-field":
        op_id, status, dotted = rest
        response = _resolve(spec, _operation(spec, op_id)["responses"][status])
        return _property(spec, response["content"]["application/json"]["schema"], dotted)
    if kind == "request-field":
        op_id, dotted = rest
        body = _resolve(spec, _operation(spec, op_id)["requestBody"])
        return _property(spec, body["content"]["application/json"]["schema"], dotted)
    if kind == "response":
        op_id, status = rest
        return _resolve(spec, _operation(spec, op_id)["responses"][status])
    if kind == "parameter":
        op_id, name = rest
        parameters = [_resolve(spec, p) for p in _operation(spec, op_id).get("parameters", [])]
        return next(p for p in parameters if p["name"] == name)
    if kind == "schema-field":
        schema, name = rest
        return spec["components"]["schemas"][schema]["properties"][name]
    if kind == "schema":
        return spec["components"]["schemas"][rest[0]]
    if kind == "component":
        section, name = rest
        return spec["components"][section][name]
    if kind == "operation":
        return _operation(spec, rest[0])
    raise ValueError(kind)


def _notes(node: dict[str, Any]) -> str:
    return " ".join(str(node.get(key, "")) for key in ("x-note", "description", "x-path-note"))


def test_the_list_holds_the_audited_kinds() -> None:
    dates = [d for d in DIVERGENCES if "format" in d.gone]
    assert len(dates) == 21
    assert len({(d.spec, d.where) for d in DIVERGENCES}) == len(DIVERGENCES), "an entry is listed twice"
    assert {d.spec for d in DIVERGENCES} == {DATA_STORES, DATAPLUS, QALYPTUS}
    assert len(DIVERGENCES) == 68


@pytest.mark.parametrize("divergence", DIVERGENCES, ids=lambda d: f"{d.spec.split('.')[0]}:{':'.join(d.where[1:])}")
def test_each_divergence_is_recorded_or_gone(divergence: Divergence) -> None:
    node = locate(SPEC_CACHE[divergence.spec], divergence.where)
    for key in divergence.gone:
        assert key not in node, f"{divergence.what}: '{key}' is still there"
    assert re.search(divergence.mention, " ".join(_notes(node).split()), re.DOTALL), (
        f"{divergence.what}: not recorded at {divergence.where} (note says: {_notes(node).strip()!r})"
    )


def test_no_date_time_format_left_where_the_reference_says_string() -> None:
    """Nothing in the data stores spec declares a date-time format: the reference types every date as string."""
    text = (SPECS / DATA_STORES).read_text(encoding="utf-8")
    assert "format: date-time" not in text
    source = (SOURCES / "qlik-cloud-data-stores.txt").read_text(encoding="utf-8")
    for divergence in DIVERGENCES:
        if "format" in divergence.gone:
            field = divergence.where[-1].rsplit(".", 1)[-1]
            assert f"• {field}string" in source, field


def test_a_value_that_is_not_iso_does_not_fail_the_page() -> None:
    from qlik_data_stores_client.models.data_set_page import DataSetPage
    from qlik_data_stores_client.models.data_store_page import DataStorePage

    page = DataStorePage.from_dict(
        {
            "data": [
                {"id": "s-1", "type": "qix", "technicalName": "a", "createdTime": "2018-10-30T07:06:22Z"},
                {"id": "s-2", "type": "qix", "technicalName": "b", "createdTime": "30/10/2018", "lastModifiedTime": ""},
            ]
        }
    )
    assert [store.created_time for store in page.data] == ["2018-10-30T07:06:22Z", "30/10/2018"]
    assert page.data[1].to_dict()["lastModifiedTime"] == ""
    sets = DataSetPage.from_dict(
        {
            "data": [
                {
                    "qri": "q",
                    "secureQri": "s",
                    "technicalName": "t",
                    "dataAssetInfo": {"id": "a"},
                    "schema": {"dataFields": [], "effectiveDate": "soon"},
                    "operational": {"lastLoadTime": "n/a", "startDate": "2024-01-01"},
                }
            ]
        }
    )
    assert sets.data[0].operational.last_load_time == "n/a"
    assert sets.data[0].schema.effective_date == "soon"


def test_owner_id_is_sent_in_the_bodies_it_is_documented_in() -> None:
    from qlik_data_stores_client.models.data_store_request import DataStoreRequest

    assert DataStoreRequest(type_="qix", technical_name="t", owner_id="u-1").to_dict()["ownerId"] == "u-1"
