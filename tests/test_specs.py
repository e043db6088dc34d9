"""The four OpenAPI documents: valid 3.1, fully described, and faithful to the vendor documentation in specs/sources/.

Each seed-backed check parses the seed text itself, so a spec edit that drifts from the documentation fails here.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SERVICES, operations
from openapi_spec_validator import validate

QRS_SEED = "qlik-qrs-data-connection.txt"
DATAPLUS_SEED = "dataplus-server.txt"
DATA_STORES_SEED = "qlik-cloud-data-stores.txt"

HTTP_METHOD_WORDS = "GET|POST|PUT|PATCH|DELETE"


def spec_path(service: str) -> Path:
    """Where a service's spec lives (the one place to point these tests at another copy)."""
    return SERVICES[service].spec


def spec_text(service: str) -> str:
    return spec_path(service).read_text(encoding="utf-8")


def spec_of(service: str) -> dict[str, Any]:
    loaded = yaml.safe_load(spec_text(service))
    assert isinstance(loaded, dict), f"{spec_path(service)} is not a YAML mapping"
    return loaded


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local $refs (e.g. '#/components/responses/Unauthorized') to the object they name."""
    seen = 0
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are expected, got {ref!r}"
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        assert seen < 20, f"reference cycle at {ref!r}"
    return node


# ---------------------------------------------------------------------------------------------- every spec

ALL = pytest.mark.parametrize("service", sorted(SERVICES))


@ALL
def test_spec_is_valid_openapi_3_1(service: str) -> None:
    spec = spec_of(service)
    # A string, not a float: the generator and the validator dispatch on this exact value.
    assert spec.get("openapi") == "3.1.0"
    validate(spec)


@ALL
def test_operation_ids_are_unique(service: str) -> None:
    ids = Counter(op.get("operationId") for _, _, op in operations(spec_of(service)))
    assert None not in ids, "every operation needs an operationId (it names the generated function)"
    assert [name for name, count in ids.items() if count > 1] == []


@ALL
def test_every_operation_is_described_and_tagged(service: str) -> None:
    spec = spec_of(service)
    declared = {tag["name"] for tag in spec.get("tags", [])}
    assert declared, "tags must be declared at the top level"
    problems = []
    for method, path, op in operations(spec):
        for field in ("summary", "description"):
            if not (isinstance(op.get(field), str) and op[field].strip()):
                problems.append(f"{method} {path}: no {field}")
        tags = op.get("tags") or []
        if not tags:
            problems.append(f"{method} {path}: no tags")
        undeclared = sorted(set(tags) - declared)
        if undeclared:
            problems.append(f"{method} {path}: tags {undeclared} are not declared at the top level")
        if not op.get("responses"):
            problems.append(f"{method} {path}: no responses")
        for status, response in (op.get("responses") or {}).items():
            description = resolve(spec, response).get("description")
            if not (isinstance(description, str) and description.strip()):
                problems.append(f"{method} {path}: response {status} has no description")
    assert problems == []


@ALL
def test_servers_and_security_are_declared(service: str) -> None:
    spec = spec_of(service)
    servers = spec.get("servers") or []
    assert servers and all(server.get("url") for server in servers)
    schemes = spec.get("components", {}).get("securitySchemes", {})
    assert spec.get("security"), "a global security requirement is needed (the clients send credentials)"
    requirements = list(spec["security"])
    for _, _, op in operations(spec):
        requirements.extend(op.get("security", []))
    used = {name for requirement in requirements for name in requirement}
    assert used and used <= set(schemes), f"security names {sorted(used - set(schemes))} are not in securitySchemes"


# ---------------------------------------------------------------------------------------------- Qlik QRS


def test_qrs_spec_is_the_vendor_document_token_for_token(sources: Path) -> None:
    # The seed is the vendor's document flattened onto one line; ours is the same document re-wrapped.
    seed = (sources / QRS_SEED).read_text(encoding="utf-8")
    spec = spec_text("qlik-qrs")
    seed_tokens, spec_tokens = seed.split(), spec.split()
    if seed_tokens != spec_tokens:
        index = next(
            (i for i, (a, b) in enumerate(zip(seed_tokens, spec_tokens, strict=False)) if a != b),
            min(len(seed_tokens), len(spec_tokens)),
        )
        context = " ".join(seed_tokens[max(0, index - 5) : index + 5])
        raise AssertionError(f"spec differs from the seed at token {index}, seed reads: ...{context}...")


def test_qrs_spec_structure() -> None:
    spec = spec_of("qlik-qrs")
    found = {(method, path, op["operationId"]) for method, path, op in operations(spec)}
    assert found == {
        ("GET", "/dataconnection", "getDataConnections"),
        ("POST", "/dataconnection", "createDataConnection"),
        ("GET", "/dataconnection/full", "getDataConnectionsFull"),
        ("GET", "/dataconnection/count", "getDataConnectionsCount"),
        ("GET", "/dataconnection/{id}", "getDataConnection"),
        ("PUT", "/dataconnection/{id}", "updateDataConnection"),
        ("DELETE", "/dataconnection/{id}", "deleteDataConnection"),
    }
    # Every QRS call needs the Xrfkey query parameter (the client adds it; the generator drops it).
    xrfkey = spec["components"]["parameters"]["XrfKeyParam"]
    assert (xrfkey["name"], xrfkey["in"], xrfkey["required"]) == ("Xrfkey", "query", True)
    assert (xrfkey["schema"]["minLength"], xrfkey["schema"]["maxLength"]) == (16, 16)
    for method, path, op in operations(spec):
        refs = [p.get("$ref") for p in op.get("parameters", [])]
        assert "#/components/parameters/XrfKeyParam" in refs, f"{method} {path} lacks the Xrfkey parameter"
    count = spec["paths"]["/dataconnection/count"]["get"]["responses"]["200"]
    assert count["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/EntityCount"}
    assert spec["components"]["schemas"]["EntityCount"]["properties"]["value"]["type"] == "integer"
    schemes = spec["components"]["securitySchemes"]
    assert schemes["xrfkey"] == {**schemes["xrfkey"], "type": "apiKey", "in": "header", "name": "X-Qlik-Xrfkey"}
    assert schemes["certificate"]["type"] == "mutualTLS"
    assert [server["url"] for server in spec["servers"]] == ["https://{server}:4242/qrs", "https://{server}/qrs"]


# ---------------------------------------------------------------------------------------------- Data+ Server

# "Status v2.2.0+": a section heading with the server version its operations need.
_DATAPLUS_SECTION = re.compile(r"^(\S.*?) v(\d+\.\d+\.\d+)\+$")
# "POST/api/mail/send" or "GET /api/db/getEntries": the method may be glued to the path.
_DATAPLUS_METHOD = re.compile(rf"^({HTTP_METHOD_WORDS})\s*(/\S*)$")
# "...in a table.v2.8.2+" or a line "v2.8.2+" alone: the operation needs a newer server than its section.
_DATAPLUS_OP_MARKER = re.compile(r"(?<![\w ])v(\d+\.\d+\.\d+)\+$")


def dataplus_documented(text: str) -> dict[tuple[str, str], dict[str, str]]:
    """(METHOD, path) -> {"summary": first sentence of the operation's text, "version": minimum server version}."""
    documented: dict[tuple[str, str], dict[str, str]] = {}
    section_version: str | None = None
    current: tuple[str, str] | None = None
    summary_seen = False
    for raw in text.splitlines():
        line = raw.strip()
        section = _DATAPLUS_SECTION.match(line)
        if section:
            section_version, current = section.group(2), None
            continue
        method = _DATAPLUS_METHOD.match(line)
        if method:
            assert section_version is not None, f"{line!r} comes before any versioned section"
            path = re.sub(r"\[(\w+)\]", r"{\1}", method.group(2))
            current = (method.group(1), path)
            assert current not in documented, f"{current} documented twice"
            documented[current] = {"summary": "", "version": section_version}
            summary_seen = False
            continue
        if current is None or not line:
            continue
        marker = _DATAPLUS_OP_MARKER.search(line)
        if not summary_seen:
            sentence_source = line[: marker.start()] if marker else line
            documented[current]["summary"] = re.split(r"(?<=\.)\s+", sentence_source)[0].rstrip(".")
            summary_seen = True
        if marker:
            documented[current]["version"] = marker.group(1)
    return documented


@pytest.fixture(scope="module")
def dataplus_seed(sources: Path) -> str:
    return (sources / DATAPLUS_SEED).read_text(encoding="utf-8")


def test_dataplus_seed_parser_sees_every_operation(dataplus_seed: str) -> None:
    documented = dataplus_documented(dataplus_seed)
    assert len(documented) == 14
    assert all(entry["summary"] for entry in documented.values())
    # The parser must pick up all three ways a version is given: section, glued to the text, on its own line.
    assert documented[("GET", "/api/status")]["version"] == "2.2.0"
    assert documented[("POST", "/api/db/table/{tableName}/update")]["version"] == "2.8.2"
    assert documented[("POST", "/api/db/table/{tableName}/insert")]["version"] == "2.8.2"
    assert documented[("DELETE", "/api/db/deleteEntries")]["version"] == "2.5.0"


def test_dataplus_operations_match_the_documentation(dataplus_seed: str) -> None:
    documented = dataplus_documented(dataplus_seed)
    spec = spec_of("dataplus-server")
    specified = {(method, path): op for method, path, op in operations(spec)}
    assert set(specified) == set(documented)
    versions = {key: op.get("x-min-server-version") for key, op in specified.items()}
    assert versions == {key: entry["version"] for key, entry in documented.items()}
    summaries = {key: op["summary"] for key, op in specified.items()}
    assert summaries == {key: entry["summary"] for key, entry in documented.items()}


def test_dataplus_connection_details_match_the_documentation(dataplus_seed: str) -> None:
    spec = spec_of("dataplus-server")
    # "authorization[apiKey]" in the header table: the raw key in the authorization header.
    header = re.search(r"^(\S+)\[apiKey\]$", dataplus_seed, re.MULTILINE)
    assert header is not None
    (scheme_name,) = (name for requirement in spec["security"] for name in requirement)
    scheme = spec["components"]["securitySchemes"][scheme_name]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", header.group(1))
    # The documented example URL runs against the default server.
    example = re.search(r"^(https?://[^/\s]+)/api/db/getEntries\?", dataplus_seed, re.MULTILINE)
    assert example is not None
    assert [server["url"] for server in spec["servers"]] == [example.group(1)] == ["http://localhost:7766"]
    documented_max = re.search(r"^limit \(optional\)rows to return \(max (\d+)\)", dataplus_seed, re.MULTILINE)
    assert documented_max is not None
    (limit,) = (p for p in spec["paths"]["/api/db/getEntries"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == int(documented_max.group(1)) == 10000


# ---------------------------------------------------------------------------------------------- Qlik Cloud data stores

_DATA_STORES_METHOD = re.compile(rf"^({HTTP_METHOD_WORDS}) (/v1/\S+)$")
_TIER = re.compile(r"^Rate limit Tier (\d+)\b")


def data_stores_documented(text: str) -> list[dict[str, Any]]:
    """Each operation in document order: title, rate-limit tier, statuses under "Responses", method and path.

    An operation reads: title line, "Facts", "Rate limit Tier N (...)", sections, "Responses" with one line per
    status code, then the "METHOD /v1/..." line that opens its request samples.
    """
    lines = [line.strip() for line in text.splitlines()]
    documented: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    in_responses = False
    for index, line in enumerate(lines):
        if line == "Facts":
            title = next(previous for previous in reversed(lines[:index]) if previous)
            tier = next(
                (_TIER.match(after) for after in lines[index + 1 : index + 4] if _TIER.match(after)),
                None,
            )
            assert tier is not None, f"no rate limit tier after the Facts of {title!r}"
            current = {"summary": title, "tier": int(tier.group(1)), "statuses": []}
            in_responses = False
        elif current is None:
            continue
        elif line == "Responses":
            in_responses = True
        elif in_responses and re.fullmatch(r"[1-5]\d\d", line):
            current["statuses"].append(line)
        elif _DATA_STORES_METHOD.match(line):
            match = _DATA_STORES_METHOD.match(line)
            assert match is not None
            current["method"], current["path"] = match.group(1), match.group(2)
            documented.append(current)
            current, in_responses = None, False
    return documented


@pytest.fixture(scope="module")
def data_stores_seed(sources: Path) -> str:
    return (sources / DATA_STORES_SEED).read_text(encoding="utf-8")


def test_data_stores_seed_parser_sees_every_operation(data_stores_seed: str) -> None:
    documented = data_stores_documented(data_stores_seed)
    assert len(documented) == 10 == data_stores_seed.count("\nFacts\n")
    assert all(entry["statuses"] for entry in documented)


def test_data_stores_operations_and_rate_limit_tiers_match_the_documentation(data_stores_seed: str) -> None:
    documented = data_stores_documented(data_stores_seed)
    spec = spec_of("qlik-data-stores")
    specified = operations(spec)
    assert len(specified) == 10
    assert {op["summary"]: op.get("x-rate-limit-tier") for _, _, op in specified} == {
        entry["summary"]: entry["tier"] for entry in documented
    }
    assert {(method, path, op["summary"]) for method, path, op in specified} == {
        (entry["method"], entry["path"], entry["summary"]) for entry in documented
    }


def test_data_stores_responses_match_the_documentation(data_stores_seed: str) -> None:
    entries = data_stores_documented(data_stores_seed)
    documented = {(entry["method"], entry["path"]): entry["statuses"] for entry in entries}
    spec = spec_of("qlik-data-stores")
    specified = {(method, path): [str(status) for status in op["responses"]] for method, path, op in operations(spec)}
    assert {key: sorted(value) for key, value in specified.items()} == {
        key: sorted(value) for key, value in documented.items()
    }


def test_data_stores_connection_details_match_the_documentation(data_stores_seed: str) -> None:
    spec = spec_of("qlik-data-stores")
    (server,) = spec["servers"]
    variables = server["variables"]
    assert set(variables) == {"tenant", "region"}
    assert "{tenant}" in server["url"] and "{region}" in server["url"]
    # With its defaults the server URL is the one in the documented curl sample.
    curl = re.search(r'^curl "(https://[^"]+)/v1/data-stores"', data_stores_seed, re.MULTILINE)
    assert curl is not None
    defaults = {name: variable["default"] for name, variable in variables.items()}
    assert server["url"].format(**defaults) == curl.group(1)
    assert "Authorization: Bearer <access_token>" in data_stores_seed
    (scheme_name,) = (name for requirement in spec["security"] for name in requirement)
    scheme = spec["components"]["securitySchemes"][scheme_name]
    assert (scheme["type"], scheme["scheme"].lower()) == ("http", "bearer")
