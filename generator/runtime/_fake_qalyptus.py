"""The Qalyptus Cloud fake: every answer in the {data, isSuccess, error, errorDetails} envelope, a Bearer token
required, and users, groups, projects, reports, tasks and API keys kept in memory.

The spec documents 200 and nothing else for every operation, so a failure the API reports about an entity
(an unknown id) is a 200 envelope with `isSuccess: false`, which the client raises as an ApiError. A running
task goes Queued -> Running -> Completed, one step each time it is read.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from ._fake import FakeRequest, FakeServer, json_response
from ._fake_spec import Operation

__all__ = ["TASK_STATUSES", "EntityStore", "FakeQalyptusServer"]

# The run states of a task: the docs name "queued" and "running"; a finished run is "Completed".
TASK_STATUSES = ("Queued", "Running", "Completed")


def envelope(data: Any) -> dict[str, Any]:
    return {"data": data, "isSuccess": True, "error": None, "errorDetails": None}


class EntityStore:
    """The stored entities of one kind; `add` seeds one (id and creation date assigned unless given)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.items: dict[str, dict[str, Any]] = {}

    def add(self, **fields: Any) -> dict[str, Any]:
        item = {"id": str(uuid.uuid4()), "createdDate": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
        item.update(fields)
        item["id"] = str(item["id"])
        self.items[item["id"].lower()] = item  # ids are UUIDs: any case finds them
        return item

    def get(self, item_id: str) -> dict[str, Any] | None:
        return self.items.get(item_id.lower())

    def remove(self, item_id: str) -> None:
        self.items.pop(item_id.lower(), None)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Any:
        return iter(list(self.items.values()))


class FakeQalyptusServer(FakeServer):
    """Qalyptus Cloud in memory (base URL http://fake.invalid/api/v1)."""

    base_path = "/api/v1"
    base_url = "http://fake.invalid/api/v1"

    def client_options(self) -> dict[str, Any]:
        return {"token": "fake-token"}  # any Bearer token is accepted

    def __init__(self) -> None:
        super().__init__()
        self.users = EntityStore("User")
        self.groups = EntityStore("Group")
        self.projects = EntityStore("Project")
        self.reports = EntityStore("Report")
        self.tasks = EntityStore("Task")
        self.api_keys = EntityStore("API key")
        for collection, store in (
            ("/users", self.users),
            ("/groups", self.groups),
            ("/projects", self.projects),
            ("/reports", self.reports),
            ("/tasks", self.tasks),
            ("/api-keys", self.api_keys),
        ):
            self._crud(collection, store)
        self.route("GET", "/reports/project/{id}", self._reports_of_project)
        self.route("POST", "/tasks/{id}/run", self._run_task)
        self.route("GET", "/status/scheduled-tasks", self._task_statuses)
        self.route("GET", "/status/scheduled-tasks/{id}", self._task_status)

    # -- the API's forms -----------------------------------------------------------------------------------
    def error_response(self, status: int, message: str) -> httpx.Response:
        return json_response(status, {"data": None, "isSuccess": False, "error": message, "errorDetails": None})

    def authenticate(self, request: FakeRequest) -> httpx.Response | None:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return self.error_response(401, "Unauthorized: a Bearer token is required")
        return None

    def spec_answer(self, operation: Operation) -> httpx.Response:
        # A schema-built envelope holds only what is required (isSuccess, and false is the smallest boolean):
        # make it a whole, successful one.
        response = super().spec_answer(operation)
        if "json" not in response.headers.get("Content-Type", ""):
            return response
        body = json.loads(response.content)
        if not isinstance(body, dict):
            return response
        return json_response(response.status_code, envelope(body.get("data", {})))

    def _not_found(self, store: EntityStore, item_id: str) -> httpx.Response:
        return self.error_response(200, f"{store.kind} {item_id} not found")

    # -- create/list/get/update/delete ---------------------------------------------------------------------
    def _crud(self, collection: str, store: EntityStore) -> None:
        def with_item(action: Callable[[FakeRequest, dict[str, Any]], httpx.Response]) -> Any:
            def handler(request: FakeRequest) -> httpx.Response:
                item = store.get(request.params["id"])
                return self._not_found(store, request.params["id"]) if item is None else action(request, item)

            return handler

        def create(request: FakeRequest) -> httpx.Response:
            body = request.json()
            body.pop("id", None)
            return json_response(200, envelope(self._shown(store, store.add(**body))))

        def update(request: FakeRequest, item: dict[str, Any]) -> httpx.Response:
            body = request.json()
            if store is self.users:  # a user update is one action: {type, value}
                item[str(body["type"])] = body["value"]
            else:
                body.pop("id", None)
                item.update(body)
            return json_response(200, envelope(self._shown(store, item)))

        def delete(request: FakeRequest, item: dict[str, Any]) -> httpx.Response:
            store.remove(item["id"])
            return json_response(200, envelope(None))

        def delete_many(request: FakeRequest) -> httpx.Response:
            ids = [str(i) for i in request.json()]
            absent = [i for i in ids if store.get(i) is None]
            if absent:
                return self._not_found(store, ", ".join(absent))
            for item_id in ids:
                store.remove(item_id)
            return json_response(200, envelope(None))

        self.route("GET", collection, lambda request: json_response(200, envelope(self._listed(store))))
        self.route("POST", collection, create)
        self.route("DELETE", collection, delete_many)
        self.route(
            "GET",
            f"{collection}/{{id}}",
            with_item(lambda _, item: json_response(200, envelope(self._shown(store, item)))),
        )
        self.route("PUT", f"{collection}/{{id}}", with_item(update))
        self.route("DELETE", f"{collection}/{{id}}", with_item(delete))

    def _listed(self, store: EntityStore, items: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
        return [self._shown(store, item) for item in (list(store) if items is None else items)]

    def _shown(self, store: EntityStore, item: dict[str, Any]) -> dict[str, Any]:
        """An entity as answered; reading a running task moves its run one state on."""
        if store is self.tasks and item.get("status") in TASK_STATUSES[:-1]:
            shown = dict(item)
            item["status"] = TASK_STATUSES[TASK_STATUSES.index(item["status"]) + 1]
            return shown
        return dict(item)

    # -- the rest the fake keeps state for -----------------------------------------------------------------
    def _reports_of_project(self, request: FakeRequest) -> httpx.Response:
        project = request.params["id"].lower()
        items = [r for r in self.reports if str(r.get("projectID", "")).lower() == project]
        return json_response(200, envelope(self._listed(self.reports, items)))

    def _run_task(self, request: FakeRequest) -> httpx.Response:
        task = self.tasks.get(request.params["id"])
        if task is None:
            return self._not_found(self.tasks, request.params["id"])
        if task.get("status") in TASK_STATUSES[:-1]:
            return self.error_response(200, f"Task {task['id']} is already {task['status'].lower()}")
        task["status"] = TASK_STATUSES[0]
        task["lastRunDate"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return json_response(200, envelope(None))

    def _status_of(self, task: dict[str, Any]) -> dict[str, Any]:
        shown = self._shown(self.tasks, task)
        return {"id": shown["id"], "name": shown.get("name"), "status": shown.get("status")}

    def _task_statuses(self, request: FakeRequest) -> httpx.Response:
        return json_response(200, envelope([self._status_of(t) for t in self.tasks if "status" in t]))

    def _task_status(self, request: FakeRequest) -> httpx.Response:
        task = self.tasks.get(request.params["id"])
        if task is None:
            return self._not_found(self.tasks, request.params["id"])
        return json_response(200, envelope(self._status_of(task)))
