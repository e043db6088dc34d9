"""The QRS fake: stateful data connections, QRS filters and orderby, the modifiedDate check, the Xrfkey rule.

Seed format (``python -m qlik_qrs_client.testing serve --seed file``), ids and dates assigned unless given:

    {"data_connections": [{"name": "Web", "connectionstring": "https://example.com", "type": "web"}]}
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ._fake import FakeRequest, FakeServer, json_response

__all__ = ["DataConnectionStore", "FakeQrsServer", "matches_filter"]

_CONDENSED = ("id", "name", "connectionstring", "type", "privileges")
_CLAUSE = re.compile(r"\s*(\w+)\s+(eq|ne|sw|ew|so)\s+'((?:[^']|'')*)'\s*", re.IGNORECASE)
_JOIN = re.compile(r"\s*(and|or)\s+", re.IGNORECASE)


_last_stamp = [datetime.min.replace(tzinfo=UTC)]


def _now() -> str:
    # Strictly increasing at QRS's millisecond resolution, so two quick updates never share a modifiedDate.
    stamp = max(datetime.now(UTC), _last_stamp[0] + timedelta(milliseconds=1))
    _last_stamp[0] = stamp
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _instant(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _clause(item: dict[str, Any], prop: str, op: str, value: str) -> bool:
    actual = str(item.get(prop, "")).lower()
    value = value.replace("''", "'").lower()
    return {
        "eq": actual == value,
        "ne": actual != value,
        "sw": actual.startswith(value),
        "ew": actual.endswith(value),
        "so": value in actual,
    }[op.lower()]


def matches_filter(item: dict[str, Any], expression: str) -> bool:
    """QRS filter: `prop op 'value'` clauses joined by and/or (and binds first); ValueError if malformed."""
    alternatives: list[list[bool]] = [[]]
    position = 0
    while True:
        match = _CLAUSE.match(expression, position)
        if match is None:
            raise ValueError(f"malformed filter at {position}: {expression!r}")
        alternatives[-1].append(_clause(item, *match.groups()))
        position = match.end()
        if position == len(expression):
            break
        join = _JOIN.match(expression, position)
        if join is None:
            raise ValueError(f"malformed filter at {position}: {expression!r}")
        if join.group(1).lower() == "or":
            alternatives.append([])
        position = join.end()
    return any(all(group) for group in alternatives)


class DataConnectionStore:
    """The stored data connections; `add` seeds one (id and dates assigned unless given)."""

    def __init__(self) -> None:
        self.items: dict[str, dict[str, Any]] = {}

    def add(self, **fields: Any) -> dict[str, Any]:
        now = _now()
        item = {"createdDate": now, "modifiedDate": now, "modifiedByUserName": "INTERNAL\\sa_repository"}
        item.update(fields)
        item.setdefault("id", str(uuid.uuid4()))
        self.items[str(item["id"])] = item
        return item

    def __len__(self) -> int:
        return len(self.items)


class FakeQrsServer(FakeServer):
    """Qlik Sense QRS data connections in memory (base URL http://fake.invalid/qrs)."""

    base_path = "/qrs"
    base_url = "http://fake.invalid/qrs"

    def __init__(self) -> None:
        super().__init__()
        self.data_connections = DataConnectionStore()
        self.route("GET", "/dataconnection", self._list_condensed)
        self.route("POST", "/dataconnection", self._create)
        self.route("GET", "/dataconnection/full", self._list_full)
        self.route("GET", "/dataconnection/count", self._count)
        self.route("GET", "/dataconnection/{id}", self._get)
        self.route("PUT", "/dataconnection/{id}", self._update)
        self.route("DELETE", "/dataconnection/{id}", self._delete)

    def error_response(self, status: int, message: str) -> httpx.Response:
        return json_response(status, {"message": message})

    def authenticate(self, request: FakeRequest) -> httpx.Response | None:
        # QRS refuses a request whose Xrfkey query parameter and X-Qlik-Xrfkey header differ or are missing.
        key = request.query.get("Xrfkey") or request.query.get("xrfkey")
        if not key or len(key) != 16 or request.headers.get("X-Qlik-Xrfkey") != key:
            return httpx.Response(403, text="XSRF prevention check failed. Possible XSRF discovered.")
        return None

    def _selected(self, request: FakeRequest) -> list[dict[str, Any]]:
        items = list(self.data_connections.items.values())
        expression = request.query.get("filter")
        if expression:
            items = [item for item in items if matches_filter(item, expression)]
        order = request.query.get("orderby")
        if order:
            prop, _, direction = order.strip().partition(" ")
            items.sort(key=lambda item: str(item.get(prop, "")).lower(), reverse=direction.lower() == "desc")
        return items

    def _list_condensed(self, request: FakeRequest) -> httpx.Response:
        return json_response(200, [{k: v for k, v in i.items() if k in _CONDENSED} for i in self._selected(request)])

    def _list_full(self, request: FakeRequest) -> httpx.Response:
        return json_response(200, self._selected(request))

    def _count(self, request: FakeRequest) -> httpx.Response:
        return json_response(200, {"value": len(self._selected(request))})

    def _create(self, request: FakeRequest) -> httpx.Response:
        body = request.json()
        if not isinstance(body, dict) or not isinstance(body.get("name"), str):
            raise ValueError("body must be a DataConnection object with a name")
        body.pop("id", None)
        return json_response(201, self.data_connections.add(**body))

    def _get(self, request: FakeRequest) -> httpx.Response:
        item = self.data_connections.items.get(request.params["id"])
        if item is None:
            return self.error_response(404, "Not found")
        return json_response(200, item)

    def _update(self, request: FakeRequest) -> httpx.Response:
        item = self.data_connections.items.get(request.params["id"])
        if item is None:
            return self.error_response(404, "Not found")
        body = request.json()
        if not isinstance(body, dict):
            raise ValueError("body must be a DataConnection object")
        # QRS's optimistic concurrency: the caller must send the modifiedDate it last saw.
        if _instant(body.get("modifiedDate")) != _instant(item["modifiedDate"]):
            return self.error_response(409, "Conflict: the entity was modified by someone else")
        body.pop("id", None)
        item.update(body)
        item["modifiedDate"] = _now()
        return json_response(200, item)

    def _delete(self, request: FakeRequest) -> httpx.Response:
        if self.data_connections.items.pop(request.params["id"], None) is None:
            return self.error_response(404, "Not found")
        return httpx.Response(204)
