"""Checks specs/qalyptus-cloud.yaml against the Qalyptus Cloud API documentation it transcribes.

The documentation (a text rendering of the vendor's API reference) is kept in specs/sources/. It is parsed
here on its own, without any intermediate inventory.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED = REPO_ROOT / "specs" / "sources" / "qalyptus-cloud.txt"
SPEC = REPO_ROOT / "specs" / "qalyptus-cloud.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

EXPECTED_PER_TAG = {
    "API keys": 6,
    "Conditions": 19,
    "Filters": 23,
    "Groups": 8,
    "Identity provider": 5,
    "Licenses": 1,
    "Organizations": 13,
    "Projects": 15,
    "Reports": 23,
    "Status": 13,
    "Storage services": 5,
    "Tasks": 35,
    "Users": 10,
}
EXPECTED_TOTAL = 176

# Paths confirmed against a live tenant (all GET).
VERIFIED_PATHS = {
    "/users",
    "/groups",
    "/projects",
    "/filters",
    "/reports",
    "/tasks",
    "/tasks/{id}/recipients",
    "/tasks/{id}/reports",
    "/tasks/{id}/reports/{taskReportId}",
    "/tasks/{id}/triggers",
    "/filters/report/{reportId}",
    "/reports/{id}/template-items",
}

# Lines that open a section of an operation after its title and description.
SECTION_MARKERS = {
    "path Parameters",
    "query Parameters",
    "Request Body schema:",
    "Responses",
}
# Lines of the samples area that follows "Responses".
SAMPLE_LINES = {"Request samples", "Response samples", "Content type", "No sample"}


def _is_sample_json(line: str) -> bool:
    return line[:1] in {"{", "}", "[", "]", " ", "\t"}


def documented_operations(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Return the (tag, title) of every documented operation in document order, and the tags in order.

    Each operation reads: title, description, then optional parameter/body sections, then "Responses"
    followed by samples. A tag heading is an extra paragraph before the first title of the tag.
    """
    operations: list[tuple[str, str]] = []
    tags: list[str] = []
    tag: str | None = None
    paragraphs: list[str] = []
    state = "head"  # head: title/description; body: sections; tail: samples after "Responses"
    for line in text.splitlines():
        stripped = line.strip()
        if state == "tail":
            if not stripped or stripped in SAMPLE_LINES or _is_sample_json(line):
                continue
            state = "head"
            paragraphs = []
        if state == "head":
            if not stripped:
                continue
            if stripped in SECTION_MARKERS:
                if len(paragraphs) < 2:
                    raise AssertionError(f"operation without title/description before {stripped!r}: {paragraphs}")
                if len(paragraphs) >= 3:
                    tag = paragraphs[-3]
                    tags.append(tag)
                if tag is None:
                    raise AssertionError("operation before any tag heading")
                operations.append((tag, paragraphs[-2]))
                state = "tail" if stripped == "Responses" else "body"
                continue
            paragraphs.append(stripped)
        elif state == "body" and stripped == "Responses":
            state = "tail"
    return operations, tags


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate mapping keys (e.g. the same method twice under one path)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    mapping: dict[Any, Any] = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    return mapping


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@pytest.fixture(scope="module")
def seed() -> tuple[list[tuple[str, str]], list[str]]:
    if not SEED.is_file():
        pytest.fail(f"documentation seed not found: {SEED}")
    text = SEED.read_text(encoding="utf-8")
    operations, tags = documented_operations(text)
    responses_lines = sum(1 for line in text.splitlines() if line.strip() == "Responses")
    assert len(operations) == responses_lines, "every 'Responses' heading must belong to one parsed operation"
    return operations, tags


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as handle:
        loaded = yaml.load(handle, Loader=_UniqueKeyLoader)
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation of the spec."""
    found = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((method, path, item[method]))
    return found


def test_seed_parse_matches_documented_counts(
    seed: tuple[list[tuple[str, str]], list[str]],
) -> None:
    documented, tags = seed
    assert len(documented) == EXPECTED_TOTAL
    assert tags == list(EXPECTED_PER_TAG)
    assert dict(Counter(tag for tag, _ in documented)) == EXPECTED_PER_TAG


def test_operations_match_documentation(
    seed: tuple[list[tuple[str, str]], list[str]],
    operations: list[tuple[str, str, dict[str, Any]]],
) -> None:
    documented = Counter(seed[0])
    specified = Counter((op["tags"][0], op["summary"]) for _, _, op in operations)
    missing = sorted((documented - specified).elements())
    extra = sorted((specified - documented).elements())
    assert not missing and not extra, f"missing from spec: {missing}\nnot in documentation: {extra}"


def test_operation_counts(operations: list[tuple[str, str, dict[str, Any]]]) -> None:
    assert len(operations) == EXPECTED_TOTAL
    assert dict(Counter(op["tags"][0] for _, _, op in operations)) == EXPECTED_PER_TAG


def test_tags_in_documentation_order(spec: dict[str, Any], seed: tuple[list[tuple[str, str]], list[str]]) -> None:
    assert [tag["name"] for tag in spec["tags"]] == seed[1]


def test_every_operation_has_single_documented_tag(
    operations: list[tuple[str, str, dict[str, Any]]],
) -> None:
    bad = [(m, p, op.get("tags")) for m, p, op in operations if len(op.get("tags", [])) != 1]
    assert not bad, bad


def test_verified_paths(operations: list[tuple[str, str, dict[str, Any]]]) -> None:
    verified_gets = {
        path for method, path, op in operations if method == "get" and op.get("x-path-source") == "verified"
    }
    missing = sorted(VERIFIED_PATHS - verified_gets)
    assert not missing, f"verified GET paths missing or not marked verified: {missing}"
    marked = sorted((method, path) for method, path, op in operations if op.get("x-path-source") == "verified")
    wrongly_marked = [(m, p) for m, p in marked if m != "get" or p not in VERIFIED_PATHS]
    assert not wrongly_marked, f"marked verified but not in the verified list: {wrongly_marked}"


def test_every_operation_has_path_source(
    operations: list[tuple[str, str, dict[str, Any]]],
) -> None:
    bad = [
        (method, path, op.get("x-path-source"))
        for method, path, op in operations
        if op.get("x-path-source") not in {"verified", "inferred"}
    ]
    assert not bad, f"operations without a valid x-path-source: {bad}"


def test_operation_ids_unique(
    operations: list[tuple[str, str, dict[str, Any]]],
) -> None:
    ids = [str(op.get("operationId")) for _, _, op in operations]
    assert all(re.fullmatch(r"[a-z][A-Za-z0-9]*", i) for i in ids), "camelCase ids required"
    duplicates = sorted(i for i, n in Counter(ids).items() if n > 1)
    assert not duplicates, f"duplicate operationIds: {duplicates}"


def test_no_duplicate_method_and_path(
    operations: list[tuple[str, str, dict[str, Any]]],
) -> None:
    # Paths differing only in parameter names are the same route.
    routes = Counter((method, re.sub(r"{[^}]+}", "{}", path)) for method, path, _ in operations)
    duplicates = sorted(route for route, n in routes.items() if n > 1)
    assert not duplicates, f"method+path used more than once: {duplicates}"
