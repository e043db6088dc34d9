"""The Data+ Server fake: tables of string rows, comment history, reload tasks whose state moves, status, mail.

Seed format (``python -m dataplus_server_client.testing serve --seed file``); tables must exist before they
are written (a typo'd table name is refused like an unknown one), row values are strings:

    {"tables": {"orders": [{"id": "1", "amount": "120"}], "empty": []},
     "tasks": [{"id": "0ea90134-09c0-4c50-a0f5-a9bd677e61cc", "name": "Reload sales"}]}
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from ._fake import FakeRequest, FakeServer, Handler, json_response

__all__ = ["FakeDataPlusServer", "Table", "TableStore", "TaskStore"]

MAX_LIMIT = 10_000
_WRITES = ("insert", "update", "upsert")
# QRS task execution states (TaskOperational.lastExecutionResult.status): Triggered, Started, FinishedSuccess.
TRIGGERED, STARTED, FINISHED_SUCCESS, FINISHED_FAIL = 1, 2, 7, 8


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


@dataclass
class Table:
    """One table: its rows (each a dict of column -> string, with "id") and the next generated db_id."""

    rows: list[dict[str, str]] = field(default_factory=list)
    next_id: int = 1

    def find(self, row_id: str) -> dict[str, str] | None:
        return next((row for row in self.rows if row.get("id") == row_id), None)

    def insert(self, row: dict[str, str]) -> dict[str, str]:
        row = dict(row)
        if "id" not in row:  # the next db_id not yet taken
            while self.find(str(self.next_id)) is not None:
                self.next_id += 1
            row = {"id": str(self.next_id), **row}
            self.next_id += 1
        self.rows.append(row)
        return row


class TableStore(dict[str, Table]):
    """The tables by name; `add(orders=[rows], ...)` creates (or replaces) tables with those rows."""

    def add(self, **tables: list[dict[str, str]]) -> None:
        for name, rows in tables.items():
            table = self[name] = Table()
            for row in rows:
                _check_row(row, f"{name} row")
                table.insert({column: value for column, value in row.items()})


class TaskStore:
    """QMC TaskOperational objects by id. After `start`, each read of a task moves it one state on:
    Triggered (1), Started (2), then its outcome (FinishedSuccess, 7, unless `outcomes[id]` says e.g. 8)."""

    def __init__(self) -> None:
        self.items: dict[str, dict[str, Any]] = {}
        self.outcomes: dict[str, int] = {}
        self.starts: list[str] = []  # task ids in the order they were started

    def add(self, **fields: Any) -> dict[str, Any]:
        item = {"lastExecutionResult": {"status": 0, "startTime": None, "stopTime": None}} | fields
        if not isinstance(item.get("id"), str):
            raise ValueError("a task needs a string id")
        self.items[item["id"]] = item
        return item

    def start(self, task_id: str) -> None:
        self.starts.append(task_id)
        self.items[task_id]["lastExecutionResult"] = {"status": TRIGGERED, "startTime": _now(), "stopTime": None}

    def read(self, task_id: str) -> dict[str, Any]:
        item = self.items[task_id]
        result = item["lastExecutionResult"]
        if result.get("status") == TRIGGERED:
            result["status"] = STARTED
        elif result.get("status") == STARTED:
            result.update(status=self.outcomes.get(task_id, FINISHED_SUCCESS), stopTime=_now())
        return copy.deepcopy(item)  # the state as of this read

    def __len__(self) -> int:
        return len(self.items)


def _check_row(row: object, where: str) -> dict[str, str]:
    if not isinstance(row, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in row.items()):
        raise ValueError(f"{where} must be an object of column -> string value")
    return row


def _default_status() -> dict[str, Any]:
    return {
        "lastError": {"date": 0, "text": ""},
        "database": {"connected": True, "error": ""},
        "qlikConnection": {"connected": True, "error": ""},
        "license": {"valid": True, "expires": 1924902000000},
        "currentConnections": 1,
        "services": [
            {"name": "Database Backup Service", "status": "Not Installed", "lastError": {"text": "", "date": 0}}
        ],
    }


class FakeDataPlusServer(FakeServer):
    """A Data+ Server in memory (base URL http://fake.invalid); requests must send `api_key` raw in Authorization.

    `tables` ({name: Table}, `fake.tables["orders"].rows`), `tasks`, `status` (the /api/status body, editable)
    and `mail` (every mail sent, as its JSON body; nothing leaves the process). update and upsert find a row by
    its "id"; an insert without one gets the table's next db_id. The spec documents no error body: errors
    answer {"message": ...}.
    """

    base_url = "http://fake.invalid"

    def __init__(self) -> None:
        super().__init__()
        self.api_key = "fake-api-key"
        self.tables = TableStore()
        self.tasks = TaskStore()
        self.status: dict[str, Any] = _default_status()
        self.mail: list[dict[str, Any]] = []
        self.route("POST", "/api/mail/send", self._send_mail)
        self.route("GET", "/api/task/info", self._tasks)
        self.route("GET", "/api/task/info/{id}", self._task)
        self.route("POST", "/api/task/start", self._start)
        self.route("GET", "/api/status", lambda _: json_response(200, self.status))
        self.route("GET", "/api/db/getEntries", self._entries)
        self.route("DELETE", "/api/db/deleteEntries", self._delete)
        for action in (*_WRITES, *(f"bulk/{kind}" for kind in _WRITES), "commentHistoryEntry"):
            self.route("POST", f"/api/db/table/{{table}}/{action}", self._writer(action))

    def client_options(self) -> dict[str, Any]:
        return {"api_key": self.api_key}

    def authenticate(self, request: FakeRequest) -> httpx.Response | None:
        if request.headers.get("Authorization") != self.api_key:
            return self.error_response(401, "Unauthorized: wrong or missing API key")
        return None

    # -- mail, tasks, status -----------------------------------------------------------------------------------
    def _send_mail(self, request: FakeRequest) -> httpx.Response:
        body = request.json()
        fields = ("to", "from", "subject", "content")
        if not isinstance(body, dict) or any(not isinstance(body.get(k), str) for k in fields):
            raise ValueError("the body must be a SendMailRequest with to, from, subject and content strings")
        self.mail.append(body)
        return httpx.Response(200)

    def _tasks(self, request: FakeRequest) -> httpx.Response:
        return json_response(200, [self.tasks.read(task_id) for task_id in list(self.tasks.items)])

    def _task(self, request: FakeRequest) -> httpx.Response:
        if request.params["id"] not in self.tasks.items:
            return self.error_response(404, f"task {request.params['id']} not found")
        return json_response(200, [self.tasks.read(request.params["id"])])

    def _start(self, request: FakeRequest) -> httpx.Response:
        body = request.json()
        task_id = body.get("taskId") if isinstance(body, dict) else None
        if not isinstance(task_id, str):
            raise ValueError("the body must be {'taskId': <task id>}")
        if task_id not in self.tasks.items:
            return self.error_response(404, f"task {task_id} not found")
        self.tasks.start(task_id)
        return httpx.Response(200)

    # -- tables ------------------------------------------------------------------------------------------------
    def _table(self, name: str | None) -> Table | httpx.Response:
        if not name:
            raise ValueError("the table name is required")
        table = self.tables.get(name)
        return self.error_response(404, f"table {name} does not exist") if table is None else table

    def _entries(self, request: FakeRequest) -> httpx.Response:
        table = self._table(request.query.get("table"))
        if isinstance(table, httpx.Response):
            return table
        limit = _integer(request.query, "limit", MAX_LIMIT, 1, MAX_LIMIT)
        offset = _integer(request.query, "offset", 0, 0, None)
        columns = [c for c in request.query.get("columns", "").split(",") if c]
        rows = table.rows[offset : offset + limit]
        if columns:
            rows = [{c: row[c] for c in columns if c in row} for row in rows]
        page = {"data": rows, "count": len(rows), "offset": offset, "limit": limit, "total": len(table.rows)}
        return json_response(200, page)

    def _delete(self, request: FakeRequest) -> httpx.Response:
        body = request.json()
        ids = body.get("ids") if isinstance(body, dict) else None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ValueError("the body must be {'table': <name>, 'ids': [row ids]}")
        table = self._table(body.get("table"))
        if isinstance(table, httpx.Response):
            return table
        if ids == ["*"]:  # every row, and the db_id counter starts again
            table.rows.clear()
            table.next_id = 1
        else:
            table.rows[:] = [row for row in table.rows if row.get("id") not in set(ids)]
        return httpx.Response(200)

    def _writer(self, action: str) -> Handler:
        def handle(request: FakeRequest) -> httpx.Response:
            table = self._table(request.params["table"])
            if isinstance(table, httpx.Response):
                return table
            body = request.json()
            if action == "commentHistoryEntry":
                return self._comment(table, body)
            bulk = action.startswith("bulk/")
            if bulk and not isinstance(body, list):
                raise ValueError("the body must be an array of rows")
            rows = [_check_row(row, f"row {i}") for i, row in enumerate(body if bulk else [body])]
            kind = action.removeprefix("bulk/")
            refusal = self._check(table, rows, kind)
            if refusal is not None:
                return refusal
            written = [self._write(table, row, kind) for row in rows]
            if kind != "insert":
                return httpx.Response(200)
            return json_response(200, written if bulk else written[0])

        return handle

    def _check(self, table: Table, rows: list[dict[str, str]], kind: str) -> httpx.Response | None:
        """Refuse the whole call before anything is written (a bulk call is applied entirely or not at all)."""
        ids = [row.get("id") for row in rows]
        if kind != "insert" and None in ids:
            raise ValueError(f"{kind} needs the id of every row")
        if kind == "update":
            missing = [i for i in ids if i is not None and table.find(i) is None]
            if missing:
                return self.error_response(404, f"no row with id {', '.join(missing)}")
        if kind == "insert":
            taken = [i for i in ids if i is not None and table.find(i) is not None]
            given = [i for i in ids if i is not None]
            if taken or len(set(given)) != len(given):
                return self.error_response(409, f"duplicate id {', '.join(taken or given)}")
        return None

    def _write(self, table: Table, row: dict[str, str], kind: str) -> dict[str, str]:
        existing = table.find(row["id"]) if "id" in row else None
        if kind == "insert" or existing is None:
            return table.insert(row)
        existing.update(row)
        return existing

    def _comment(self, table: Table, body: object) -> httpx.Response:
        fields = ("id", "column", "text", "user")
        if not isinstance(body, dict) or any(not isinstance(body.get(k), str) for k in fields):
            raise ValueError("the body must be a CommentHistoryEntry with id, column, text and user strings")
        row = table.find(body["id"])
        if row is None:
            return self.error_response(404, f"no row with id {body['id']}")
        entry = {"text": body["text"], "user": body["user"], "date": _now()}
        if isinstance(body.get("imgUrl"), str):
            entry["imgUrl"] = body["imgUrl"]
        # The cell holds the history as a JSON array (the fake's own form); other content is replaced.
        try:
            history = json.loads(row.get(body["column"], ""))
        except ValueError:
            history = None
        if not isinstance(history, list) or not all(isinstance(item, dict) for item in history):
            history = []
        row[body["column"]] = json.dumps([*history, entry])
        return httpx.Response(200)


def _integer(query: dict[str, str], name: str, default: int, low: int, high: int | None) -> int:
    text = query.get(name)
    if text is None:
        return default
    if not text.isdigit() or int(text) < low or (high is not None and int(text) > high):
        raise ValueError(f"{name} must be an integer from {low}{f' to {high}' if high else ''}, got {text!r}")
    return int(text)
