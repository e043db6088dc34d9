"""Reconcile a hand-authored spec with the vendor's OpenAPI document and with a live-probe report.

    python -m generator.reconcile SERVICE --vendor-spec FILE              # report only
    python -m generator.reconcile SERVICE --vendor-spec FILE --apply      # rewrite what differs
    python -m generator.reconcile SERVICE --probe-report FILE [--apply]   # routes a probe found

Operations are matched by tag and summary (the docs' title); operations sharing a title are told apart by
their parameters and request body; what is left is matched by method and path (a changed title), then by
title alone (a changed tag). The report lists, per matched pair, what differs: method, path, parameter
names, request body shape, title; then the operations only we have, those only the vendor has, and the
response schemas the vendor documents and we do not.

--mark-same also marks the inferred operations the vendor's document confirms unchanged `x-path-source:
vendor` (nothing else of theirs changes).

--apply rewrites only the method, the path and the parameter names of the operations that differ, marks
them `x-path-source: vendor`, and leaves every other line of the spec as it is (the rewrite is textual, so
the hand formatting survives; the result is checked against the same change made on the parsed document).
A probe report marks the GET operations whose inferred route the tenant answered `x-path-source: probed`.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator.config import ROOT, ConfigError, load_service
from generator.openapi import HTTP_METHODS

# Never rewritten by anything: the vendor's QRS document as-is.
PROTECTED_SPECS = frozenset({(ROOT / "specs" / "qlik-qrs-data-connection.yaml").resolve()})
# x-path-source values a probe result may replace (a vendor or verified source is stronger).
PROBE_REPLACES = frozenset({"inferred"})
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# ---------------------------------------------------------------------------------------------- documents
def load_document(path: Path) -> dict[str, Any]:
    """An OpenAPI document from JSON or YAML (3.0 or 3.1)."""
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=_LOADER)
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise SystemExit(f"{path} is not an OpenAPI document (no 'paths')")
    version = str(data.get("openapi", data.get("swagger", "")))
    if not re.match(r"3\.[01]\.", version):
        raise SystemExit(f"{path}: OpenAPI 3.0 or 3.1 required, found {version or 'no version'!r}")
    return data


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return {}
            target = target[part]
        node = target
        seen += 1
        if seen > 50:
            return {}
    return node


def _base_path(doc: dict[str, Any]) -> str:
    servers = doc.get("servers") or [{}]
    url = str(servers[0].get("url", "")) if isinstance(servers[0], dict) else ""
    path = urlsplit(url).path if "://" in url else url
    return path.rstrip("/")


def _norm_text(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def route_of(path: str) -> str:
    """The path with its parameter names removed: two paths with the same route are the same endpoint."""
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def path_parameters_in(path: str) -> list[str]:
    return re.findall(r"\{([^}]*)\}", path)


def _shape(doc: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """A short description of a schema's shape: type, object property names, array item shape."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or not schema:
        return "any"
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            variants = sorted({_shape(doc, s, depth) for s in schema[combiner]} - {"null"})
            return variants[0] if len(variants) == 1 else f"{combiner}({' | '.join(variants)})"
    properties: dict[str, Any] = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        properties.update(_resolve(doc, part).get("properties") or {})
    types = schema.get("type")
    kinds = [t for t in (types if isinstance(types, list) else [types]) if t and t != "null"]
    kind = kinds[0] if kinds else ("object" if properties else "array" if "items" in schema else None)
    if kind == "array":
        return f"array of {_shape(doc, schema.get('items'), depth + 1)}" if depth < 3 else "array"
    if kind == "object" or properties:
        return f"object {{{', '.join(sorted(properties))}}}" if properties else "object"
    return str(kind or "any")


def _json_content(container: Any) -> dict[str, Any] | None:
    content = container.get("content") if isinstance(container, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    for media_type, value in content.items():
        if "json" in media_type:
            return value if isinstance(value, dict) else {}
    first = next(iter(content.values()))
    return first if isinstance(first, dict) else {}


def _payload_shape(doc: dict[str, Any], schema: Any) -> str:
    """The documented result: for a {data, isSuccess, ...} envelope, the shape of `data`."""
    resolved = _resolve(doc, schema)
    properties = resolved.get("properties") if isinstance(resolved, dict) else None
    if isinstance(properties, dict) and "data" in properties and "isSuccess" in properties:
        return _shape(doc, properties["data"])
    return _shape(doc, resolved)


@dataclass
class Operation:
    """One operation of a document, in the terms the comparison needs."""

    method: str  # lower case
    path: str  # relative to the API's base path
    tag: str
    summary: str
    operation_id: str
    path_parameters: list[str]  # in template order
    query_parameters: list[str]
    body: str | None  # shape of the JSON request body, None when there is none
    response: str | None  # shape of the 2xx JSON payload, None when none is documented
    path_source: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return _norm_text(self.tag), _norm_text(self.summary)

    @property
    def route(self) -> tuple[str, str]:
        return self.method, route_of(self.path)

    def label(self) -> str:
        return f"{self.method.upper()} {self.path}  [{self.tag}] {self.summary}"


def operations_of(doc: dict[str, Any], *, relative_to: str | None = None) -> list[Operation]:
    """Every operation of a document; paths made relative to `relative_to` (default: its own base path)."""
    base = _base_path(doc)
    target = base if relative_to is None else relative_to.rstrip("/")
    found = []
    for raw_path, item in doc["paths"].items():
        item = _resolve(doc, item)
        if not isinstance(item, dict):
            continue
        full = base + str(raw_path)
        path = full[len(target) :] if target and full.startswith(target + "/") else full
        shared = [_resolve(doc, p) for p in item.get("parameters") or []]
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            parameters = {(p.get("in"), p.get("name")): p for p in shared if isinstance(p, dict)}
            for p in op.get("parameters") or []:
                p = _resolve(doc, p)
                if isinstance(p, dict):
                    parameters[(p.get("in"), p.get("name"))] = p
            body = _json_content(_resolve(doc, op.get("requestBody")))
            response = None
            for status, answer in sorted((op.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
                if str(status).startswith("2"):
                    content = _json_content(_resolve(doc, answer))
                    if content is not None and "schema" in content:
                        shape = _payload_shape(doc, content["schema"])
                        if shape != "any":
                            response = shape
                            break
            found.append(
                Operation(
                    method=method,
                    path=path,
                    tag=str((op.get("tags") or [""])[0]),
                    summary=str(op.get("summary") or ""),
                    operation_id=str(op.get("operationId") or ""),
                    path_parameters=path_parameters_in(path),
                    query_parameters=sorted(str(name) for (where, name) in parameters if where == "query"),
                    body=None if body is None else _shape(doc, body.get("schema")),
                    response=response,
                    path_source=op.get("x-path-source"),
                )
            )
    return found


# ---------------------------------------------------------------------------------------------- matching
@dataclass
class Pair:
    ours: Operation
    theirs: Operation
    matched_by: str  # "title", "route" or "summary"
    differences: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    query_renames: dict[str, str] = field(default_factory=dict)
    applicable: bool = True
    note: str = ""

    @property
    def rewrites(self) -> bool:
        """Whether the method, the path or a parameter name differs (what --apply changes)."""
        return bool({"method", "path", "path parameters", "query parameters"} & set(self.differences))


def _similarity(a: Operation, b: Operation) -> tuple[int, ...]:
    return (
        int((a.body is None) == (b.body is None)),
        int(a.body == b.body),
        -abs(len(a.path_parameters) - len(b.path_parameters)),
        len(set(a.path_parameters) & set(b.path_parameters)) + len(set(a.query_parameters) & set(b.query_parameters)),
        int(a.method == b.method),
        int(route_of(a.path) == route_of(b.path)),
    )


def _pair_up(ours: list[Operation], theirs: list[Operation]) -> Iterator[tuple[Operation, Operation]]:
    """Best pairs between operations sharing a title, most similar first."""
    scored = sorted(
        ((_similarity(a, b), i, j) for i, a in enumerate(ours) for j, b in enumerate(theirs)),
        key=lambda t: (t[0], -t[1], -t[2]),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, i, j in scored:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            yield ours[i], theirs[j]


def _norm_name(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def _compare(pair: Pair) -> None:
    a, b = pair.ours, pair.theirs
    if a.summary != b.summary or a.tag != b.tag:
        pair.differences["title"] = (f"[{a.tag}] {a.summary}", f"[{b.tag}] {b.summary}")
    if a.method != b.method:
        pair.differences["method"] = (a.method.upper(), b.method.upper())
    if route_of(a.path) != route_of(b.path):
        pair.differences["path"] = (a.path, b.path)
    if a.path_parameters != b.path_parameters:
        pair.differences["path parameters"] = (a.path_parameters, b.path_parameters)
        if len(a.path_parameters) != len(b.path_parameters):
            pair.applicable = False
            pair.note = "the number of path parameters differs: edit by hand"
    if a.query_parameters != b.query_parameters:
        pair.differences["query parameters"] = (a.query_parameters, b.query_parameters)
        only_a = [n for n in a.query_parameters if n not in b.query_parameters]
        only_b = [n for n in b.query_parameters if n not in a.query_parameters]
        for name in list(only_a):
            same = [n for n in only_b if _norm_name(n) == _norm_name(name)]
            if len(same) == 1:
                pair.query_renames[name] = same[0]
                only_a.remove(name)
                only_b.remove(same[0])
        if len(only_a) == 1 and len(only_b) == 1:
            pair.query_renames[only_a[0]] = only_b[0]
        elif only_a or only_b:
            pair.note = (pair.note + "; " if pair.note else "") + (
                f"query parameters not renamed: ours {only_a}, theirs {only_b}"
            )
    if a.body != b.body:
        pair.differences["request body"] = (a.body, b.body)


@dataclass
class Comparison:
    pairs: list[Pair]
    only_ours: list[Operation]
    only_theirs: list[Operation]

    @property
    def same(self) -> list[Pair]:
        return [p for p in self.pairs if not p.differences]

    @property
    def differing(self) -> list[Pair]:
        return [p for p in self.pairs if p.differences]

    def missing_responses(self) -> list[Pair]:
        """Pairs where the vendor documents a response payload and we do not."""
        return [p for p in self.pairs if p.theirs.response is not None and p.ours.response is None]


def compare(ours: list[Operation], theirs: list[Operation]) -> Comparison:
    pairs: list[Pair] = []
    left_a = list(ours)
    left_b = list(theirs)

    def take(match: str, key: Any) -> None:
        groups_a: dict[Any, list[Operation]] = {}
        groups_b: dict[Any, list[Operation]] = {}
        for op in left_a:
            groups_a.setdefault(key(op), []).append(op)
        for op in left_b:
            groups_b.setdefault(key(op), []).append(op)
        for k, group in groups_a.items():
            if k is None or k not in groups_b:
                continue
            if match == "summary" and (len(group) != 1 or len(groups_b[k]) != 1):
                continue
            for a, b in _pair_up(group, groups_b[k]):
                pairs.append(Pair(a, b, match))
                left_a.remove(a)
                left_b.remove(b)

    take("title", lambda op: op.key)
    take("route", lambda op: op.route)
    take("summary", lambda op: _norm_text(op.summary) or None)
    for pair in pairs:
        _compare(pair)
    order = {id(op): i for i, op in enumerate(ours)}
    pairs.sort(key=lambda p: order[id(p.ours)])
    return Comparison(pairs, left_a, left_b)


# ---------------------------------------------------------------------------------------------- probe report
@dataclass
class ProbeResult:
    marked: list[str] = field(default_factory=list)  # operation ids to mark probed
    missing: list[tuple[str, str]] = field(default_factory=list)  # (operation id, detail)
    unknown: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def read_probe_report(path: Path, ours: list[Operation], changed: set[str]) -> ProbeResult:
    report = json.loads(path.read_text(encoding="utf-8"))
    entries = report.get("operations") if isinstance(report, dict) else None
    if not isinstance(entries, list):
        raise SystemExit(f"{path} is not a probe report (no 'operations' list)")
    by_id = {op.operation_id: op for op in ours}
    result = ProbeResult()
    for entry in entries:
        op_id = str(entry.get("operation_id", ""))
        status = entry.get("status")
        detail = f"{entry.get('method', '')} {entry.get('request_path') or entry.get('path', '')} -> {status}"
        op = by_id.get(op_id)
        if op is None:
            result.skipped.append((op_id, "not in the spec"))
            continue
        if op_id in changed or op.method != str(entry.get("method", "")).lower() or op.path != entry.get("path"):
            result.skipped.append((op_id, f"probed {entry.get('method')} {entry.get('path')}, spec has {op.label()}"))
            continue
        classification = entry.get("classification")
        if classification == "exists":
            if op.path_source in PROBE_REPLACES:
                result.marked.append(op_id)
        elif classification == "missing":
            result.missing.append((op_id, detail))
        else:
            result.unknown.append((op_id, f"{detail} {entry.get('reason', '')}".strip()))
    return result


# ---------------------------------------------------------------------------------------------- rewrite
@dataclass
class Change:
    """The rewrite of one operation: where it is and where it goes."""

    operation_id: str
    method: str
    path: str
    new_method: str
    new_path: str
    renames: dict[tuple[str, str], str]  # (in, old name) -> new name
    source: str  # new x-path-source


@dataclass
class _OpBlock:
    method: str
    lines: list[str]


@dataclass
class _PathBlock:
    path: str
    key_line: str
    head: list[str]  # lines between the key and the first method (path-level keys)
    ops: list[_OpBlock]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _key_of(line: str) -> str:
    loaded = yaml.load(line.strip() + " x", Loader=_LOADER) if line.rstrip().endswith(":") else None
    if not isinstance(loaded, dict) or len(loaded) != 1:
        raise ValueError(f"expected a mapping key line, found {line!r}")
    return str(next(iter(loaded)))


def _key_line(indent: int, key: str) -> str:
    plain = f"{key}:"
    try:
        if yaml.load(f"{plain} x", Loader=_LOADER) == {key: "x"}:
            return " " * indent + plain
    except yaml.YAMLError:
        pass
    return " " * indent + "'" + key.replace("'", "''") + "':"


class SpecText:
    """The `paths:` section of a hand-formatted YAML spec as blocks of lines, editable without re-dumping."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)
        starts = [i for i, line in enumerate(self.lines) if line.rstrip() == "paths:"]
        if len(starts) != 1:
            raise ValueError("expected exactly one top-level 'paths:' line")
        start = starts[0] + 1
        end = next(
            (i for i in range(start, len(self.lines)) if _content(self.lines[i]) and _indent(self.lines[i]) == 0),
            len(self.lines),
        )
        self.before = self.lines[:start]
        self.after = self.lines[end:]
        body = self.lines[start:end]
        first = next(i for i, line in enumerate(body) if _content(line))
        self.leading = body[:first]
        self.path_indent = _indent(body[first])
        self.blocks: list[_PathBlock] = []
        self.method_indent = 0
        i = first
        while i < len(body):
            key_line = body[i]
            j = i + 1
            while j < len(body) and not (_content(body[j]) and _indent(body[j]) <= self.path_indent):
                j += 1
            self.blocks.append(self._split_item(key_line, body[i + 1 : j]))
            i = j

    def _split_item(self, key_line: str, lines: list[str]) -> _PathBlock:
        if _indent(key_line) != self.path_indent:
            raise ValueError(f"unexpected indentation: {key_line!r}")
        block = _PathBlock(_key_of(key_line), key_line, [], [])
        keys = [k for k, line in enumerate(lines) if _content(line)]
        if not keys:
            return block
        indent = _indent(lines[keys[0]])
        self.method_indent = self.method_indent or indent
        if indent != self.method_indent:
            raise ValueError(f"unexpected indentation under {block.path}")
        current: _OpBlock | None = None
        for line in lines:
            if _content(line) and _indent(line) == indent:
                name = _key_of(line)
                if name in HTTP_METHODS:
                    current = _OpBlock(name, [line])
                    block.ops.append(current)
                    continue
                if current is not None:
                    raise ValueError(f"{block.path}: path-level key {name!r} after an operation")
                current = None
            if current is None:
                block.head.append(line)
            else:
                current.lines.append(line)
        return block

    def render(self) -> str:
        out = list(self.before) + list(self.leading)
        for block in self.blocks:
            out.append(block.key_line)
            out.extend(block.head)
            for op in block.ops:
                out.extend(op.lines)
        return "".join(out + list(self.after))

    # -- edits
    def _op_indent(self) -> int:
        return self.method_indent + (self.method_indent - self.path_indent)

    def _edit_operation(self, op: _OpBlock, change: Change) -> None:
        inner = self._op_indent()
        if change.new_method != op.method:
            first = op.lines[0]
            op.lines[0] = first.replace(f"{op.method}:", f"{change.new_method}:", 1)
            op.method = change.new_method
        if change.renames:
            self._rename_parameters(op, change.renames)
        source_at = [
            k for k, line in enumerate(op.lines) if _indent(line) == inner and line.strip().startswith("x-path-source:")
        ]
        new_line = " " * inner + f"x-path-source: {change.source}\n"
        if source_at:
            op.lines[source_at[0]] = new_line
        else:
            after = [
                k
                for k, line in enumerate(op.lines)
                if _indent(line) == inner and line.strip().startswith("operationId:")
            ]
            op.lines.insert((after[0] if after else 0) + 1, new_line)

    def _rename_parameters(self, op: _OpBlock, renames: dict[tuple[str, str], str]) -> None:
        inner = self._op_indent()
        starts = [k for k, line in enumerate(op.lines) if _indent(line) == inner and line.strip() == "parameters:"]
        if not starts:
            raise ValueError(f"{op.method}: no 'parameters:' block to rename {sorted(renames)} in")
        k = starts[0] + 1
        end = next(
            (n for n in range(k, len(op.lines)) if _content(op.lines[n]) and _indent(op.lines[n]) <= inner),
            len(op.lines),
        )
        items: list[list[int]] = []
        for n in range(k, end):
            if op.lines[n].lstrip().startswith("- "):
                items.append([n])
            elif items:
                items[-1].append(n)
        done: set[tuple[str, str]] = set()
        for item in items:
            text = "".join(op.lines[n] for n in item)
            parsed = yaml.load(text, Loader=_LOADER)
            entry = parsed[0] if isinstance(parsed, list) and parsed else {}
            where_name = (str(entry.get("in")), str(entry.get("name")))
            if "$ref" in entry or where_name not in renames:
                continue
            new = renames[where_name]
            for n in item:
                match = re.match(r"^(\s*(?:- )?name:\s*)(.+?)(\s*)$", op.lines[n])
                if match:
                    value = new if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", new) else json.dumps(new)
                    op.lines[n] = f"{match.group(1)}{value}{match.group(3)}"
                    if not op.lines[n].endswith("\n"):
                        op.lines[n] += "\n"
                    done.add(where_name)
                    break
        if set(renames) - done:
            raise ValueError(f"{op.method}: parameters not found to rename: {sorted(set(renames) - done)}")

    def apply(self, changes: list[Change]) -> None:
        by_place = {(c.path, c.method): c for c in changes}
        moves: dict[int, list[tuple[_OpBlock, str]]] = {}  # source block index -> (operation, target path)
        for index, block in enumerate(self.blocks):
            keep = []
            for op in block.ops:
                change = by_place.get((block.path, op.method))
                if change is not None:
                    self._edit_operation(op, change)
                if change is None or change.new_path == block.path:
                    keep.append(op)
                else:
                    moves.setdefault(index, []).append((op, change.new_path))
            block.ops = keep
        existing = {block.path: block for block in self.blocks}
        # A path item whose operations all move to one new path: rename its key in place.
        for index, moved in list(moves.items()):
            block = self.blocks[index]
            targets = {target for _, target in moved}
            if block.ops or any(_content(line) for line in block.head) or len(targets) != 1:
                continue
            (target,) = targets
            if target in existing:
                continue
            existing.pop(block.path, None)
            block.path = target
            block.key_line = _key_line(self.path_indent, target) + "\n"
            block.ops = [op for op, _ in moved]
            existing[target] = block
            del moves[index]
        inserts: dict[int, list[_PathBlock]] = {}
        for index, moved in moves.items():
            for op, target in moved:
                target_block = existing.get(target)
                if target_block is None:
                    target_block = _PathBlock(target, _key_line(self.path_indent, target) + "\n", [], [])
                    existing[target] = target_block
                    inserts.setdefault(index, []).append(target_block)
                if any(o.method == op.method for o in target_block.ops):
                    raise ValueError(f"{target}: {op.method} is already there")
                target_block.ops.append(op)
        blocks: list[_PathBlock] = []
        for index, block in enumerate(self.blocks):
            if block.ops or any(_content(line) for line in block.head):
                blocks.append(block)
            blocks.extend(inserts.get(index, []))
        self.blocks = blocks


def expected_after(spec: dict[str, Any], changes: list[Change]) -> dict[str, Any]:
    """The same changes made on the parsed document (what the rewritten text must load as)."""
    result = copy.deepcopy(spec)
    paths = result["paths"]
    moved = []
    for change in changes:
        op = paths[change.path].pop(change.method)
        if not any(m in paths[change.path] for m in HTTP_METHODS) and not paths[change.path]:
            del paths[change.path]
        for parameter in op.get("parameters", []):
            key = (str(parameter.get("in")), str(parameter.get("name")))
            if key in change.renames:
                parameter["name"] = change.renames[key]
        op["x-path-source"] = change.source
        moved.append((change, op))
    for change, op in moved:
        paths.setdefault(change.new_path, {})[change.new_method] = op
    return result


def rewrite(text: str, spec: dict[str, Any], changes: list[Change]) -> str:
    """The spec text with `changes` made line by line; raises if the result is not exactly those changes."""
    if not changes:
        return text
    document = SpecText(text)
    document.apply(changes)
    new_text = document.render()
    if yaml.load(new_text, Loader=_LOADER) != expected_after(spec, changes):
        raise ValueError("the line-based rewrite does not load as the intended change; spec left unchanged")
    return new_text


def plan(comparison: Comparison, ours_spec: dict[str, Any]) -> tuple[list[Change], list[tuple[Pair, str]]]:
    """The rewrites for the differing pairs; pairs that cannot be applied come back with the reason."""
    refused: list[tuple[Pair, str]] = []
    changes: dict[str, tuple[Pair, Change]] = {}
    for pair in comparison.differing:
        if not pair.rewrites:
            continue
        if not pair.applicable:
            refused.append((pair, pair.note))
            continue
        a, b = pair.ours, pair.theirs
        renames = {
            ("path", old): new for old, new in zip(a.path_parameters, b.path_parameters, strict=True) if old != new
        }
        renames.update({("query", old): new for old, new in pair.query_renames.items()})
        if not (a.method != b.method or a.path != b.path or renames):
            continue
        if a.path != b.path and ours_spec["paths"][a.path].get("parameters"):
            refused.append((pair, "its path item declares path-level parameters: move it by hand"))
            continue
        changes[a.operation_id] = (pair, Change(a.operation_id, a.method, a.path, b.method, b.path, renames, "vendor"))
    # The result must hold each route once, and each path template under one spelling of its parameters.
    while True:
        changed_at = {(c.path, c.method): oid for oid, (_, c) in changes.items()}
        claims: dict[tuple[str, str], str] = {}  # route -> operation id of a changed operation ("" if unchanged)
        spellings: dict[str, tuple[str, list[str]]] = {}  # template -> (spelling, changed operation ids using it)
        conflict = ""
        for path, item in ours_spec["paths"].items():
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                oid = changed_at.get((path, method), "")
                if oid:
                    method, path_now = changes[oid][1].new_method, changes[oid][1].new_path
                else:
                    path_now = path
                route = (method, route_of(path_now))
                spelling, users = spellings.setdefault(route_of(path_now), (path_now, []))
                if route in claims or spelling != path_now:
                    conflict = oid or claims.get(route, "") or next(iter(users), "")
                    if conflict:
                        break
                claims[route] = oid
                if oid:
                    users.append(oid)
            if conflict:
                break
        if not conflict:
            break
        pair, _ = changes.pop(conflict)
        refused.append(
            (pair, "the vendor's method and path collide with another operation or spell a shared path differently")
        )
    return [change for _, change in changes.values()], refused


# ---------------------------------------------------------------------------------------------- report
def _fmt(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]"
    return "none" if value is None else str(value)


def report_lines(
    comparison: Comparison | None,
    probe: ProbeResult | None,
    *,
    spec_path: str,
    vendor_path: str | None,
    ours_count: int,
) -> Iterator[str]:
    yield f"reconcile {spec_path}" + (f" with {vendor_path}" if vendor_path else "")
    if comparison is not None:
        yield (
            f"ours {ours_count}, theirs {len(comparison.pairs) + len(comparison.only_theirs)}: "
            f"same {len(comparison.same)}, differs {len(comparison.differing)}, "
            f"only ours {len(comparison.only_ours)}, only theirs {len(comparison.only_theirs)}"
        )
        yield ""
        yield f"DIFFERS ({len(comparison.differing)})"
        for pair in comparison.differing:
            how = "" if pair.matched_by == "title" else f" (matched by {pair.matched_by})"
            yield f"  {pair.ours.operation_id}: {pair.ours.label()}{how}"
            for what, (a, b) in pair.differences.items():
                yield f"    {what}: {_fmt(a)} -> {_fmt(b)}"
            if pair.note:
                yield f"    note: {pair.note}"
        yield f"ONLY OURS ({len(comparison.only_ours)})"
        for op in comparison.only_ours:
            yield f"  {op.operation_id}: {op.label()}"
        yield f"ONLY THEIRS ({len(comparison.only_theirs)})"
        for op in comparison.only_theirs:
            yield f"  {op.operation_id or '-'}: {op.label()}"
        missing = comparison.missing_responses()
        yield f"RESPONSE SCHEMAS THE VENDOR DOCUMENTS AND WE DO NOT ({len(missing)})"
        for pair in missing:
            yield f"  {pair.ours.operation_id}: {pair.ours.method.upper()} {pair.ours.path}: {pair.theirs.response}"
        yield f"SAME ({len(comparison.same)})"
        for pair in comparison.same:
            yield f"  {pair.ours.operation_id}"
    if probe is not None:
        yield f"PROBE: route exists, marked probed ({len(probe.marked)})"
        for op_id in probe.marked:
            yield f"  {op_id}"
        yield f"PROBE: route missing on the tenant, path guess wrong ({len(probe.missing)})"
        for op_id, detail in probe.missing:
            yield f"  {op_id}: {detail}"
        yield f"PROBE: unknown ({len(probe.unknown)})"
        for op_id, detail in probe.unknown:
            yield f"  {op_id}: {detail}"
        if probe.skipped:
            yield f"PROBE: not used ({len(probe.skipped)})"
            for op_id, detail in probe.skipped:
                yield f"  {op_id}: {detail}"


def _marks(spec: dict[str, Any], op_ids: Iterable[str], source: str) -> list[Change]:
    wanted = set(op_ids)
    return [
        Change(op["operationId"], method, path, method, path, {}, source)
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if isinstance(op := item.get(method), dict) and op.get("operationId") in wanted
    ]


@dataclass
class Outcome:
    comparison: Comparison | None
    probe: ProbeResult | None
    changes: list[Change]
    refused: list[tuple[Pair, str]]
    lines: list[str]
    new_text: str


def reconcile(
    spec_path: Path,
    *,
    vendor_path: Path | None = None,
    probe_path: Path | None = None,
    apply: bool = False,
    mark_same: bool = False,
) -> Outcome:
    if vendor_path is None and probe_path is None:
        raise SystemExit("nothing to reconcile with: give a vendor document and/or a probe report")
    if apply and spec_path.resolve() in PROTECTED_SPECS:
        raise SystemExit(f"{spec_path} is the vendor's document as-is and is never rewritten")
    text = spec_path.read_text(encoding="utf-8")
    spec = yaml.load(text, Loader=_LOADER)
    ours = operations_of(spec)
    comparison = None
    changes: list[Change] = []
    refused: list[tuple[Pair, str]] = []
    if vendor_path is not None:
        theirs = operations_of(load_document(vendor_path), relative_to=_base_path(spec))
        comparison = compare(ours, theirs)
        changes, refused = plan(comparison, spec)
        if mark_same:  # the vendor confirms these: same method, path and parameter names
            confirmed = [p.ours.operation_id for p in comparison.same if p.ours.path_source in PROBE_REPLACES]
            changes += _marks(spec, confirmed, "vendor")
    probe = None
    if probe_path is not None:
        probe = read_probe_report(probe_path, ours, {c.operation_id for c in changes})
        changes += _marks(spec, probe.marked, "probed")
    try:
        shown = spec_path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        shown = str(spec_path)
    lines = list(
        report_lines(
            comparison,
            probe,
            spec_path=shown,
            vendor_path=str(vendor_path) if vendor_path else None,
            ours_count=len(ours),
        )
    )
    for pair, reason in refused:
        lines.append(f"NOT APPLIED {pair.ours.operation_id}: {reason}")
    new_text = rewrite(text, spec, changes) if changes else text
    verb = "rewritten" if apply else "would be rewritten (APPLY=1 to write)"
    lines.append(f"{len(changes)} operation(s) {verb}")
    if apply and new_text != text:
        spec_path.write_text(new_text, encoding="utf-8")
    return Outcome(comparison, probe, changes, refused, lines, new_text)


def _spec_of_service(name: str) -> Path:
    try:
        return load_service(name).spec
    except ConfigError as error:
        raise SystemExit(str(error)) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("service", help="a name in generator/services/ (e.g. qalyptus-cloud)")
    parser.add_argument("--vendor-spec", type=Path, help="the vendor's OpenAPI document (JSON or YAML)")
    parser.add_argument("--probe-report", type=Path, help="a report written by the package's probe")
    parser.add_argument("--apply", action="store_true", help="rewrite the spec (default: report only)")
    parser.add_argument(
        "--mark-same", action="store_true", help="also mark inferred operations the vendor confirms as vendor"
    )
    parser.add_argument("--spec", type=Path, help=argparse.SUPPRESS)  # another copy of the service's spec
    args = parser.parse_args(argv)
    spec_path = args.spec or _spec_of_service(args.service)
    outcome = reconcile(
        spec_path,
        vendor_path=args.vendor_spec,
        probe_path=args.probe_report,
        apply=args.apply,
        mark_same=args.mark_same,
    )
    print("\n".join(outcome.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
