"""The four packages as the hostile tests use them: a client pointed at a local server, one simple GET and one
simple POST operation each, and what a correct answer to each looks like."""

from __future__ import annotations

import asyncio
import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import dataplus_server_client
import qalyptus_cloud_client
import qlik_data_stores_client
import qlik_qrs_client
from dataplus_server_client.api.database import insert_entry
from dataplus_server_client.api.status import get_status
from dataplus_server_client.models import RowInsert
from helpers import FakeSleep
from qalyptus_cloud_client.api.tasks import get_tasks, run_task
from qlik_data_stores_client.api.data_stores import create_data_store, get_data_stores
from qlik_data_stores_client.models import DataStoreRequest
from qlik_qrs_client.api.data_connection import create_data_connection, get_data_connections_count
from qlik_qrs_client.models import DataConnectionCreate

TOKEN = "tok-SECRET-7c1e9a2b5d"
CALL_LIMIT = 20.0  # no single call of a test may take longer than this (asyncio.wait_for)


@dataclass(frozen=True)
class Operation:
    module: ModuleType
    kwargs: Callable[[], dict[str, Any]]
    method: str
    path: str  # the request path the server sees
    ok_status: int
    ok_body: Any


@dataclass(frozen=True)
class Api:
    name: str
    package: ModuleType
    base_path: str  # the API root's path on the server
    build: Callable[..., Any]  # build(base_url_origin, **options) -> client
    get: Operation
    post: Operation

    @property
    def errors(self) -> ModuleType:
        return importlib.import_module(f"{self.package.__name__}.errors")

    def client(self, origin: str, *, retries: int = 2, sleep: FakeSleep | None = None, **options: Any) -> Any:
        sleep = sleep or FakeSleep()
        config = self.package.RetryConfig(
            max_retries=retries, sleep=sleep, async_sleep=sleep.async_sleep, random=lambda: 0.0
        )
        options.setdefault("timeout", 2.0)
        return self.build(origin, retry_config=config, **options)

    def plain_client(self, origin: str, **options: Any) -> Any:
        """The package's Client (no token of its own): credentials only as the caller's headers or cookies."""
        sleep = FakeSleep()
        options.setdefault(
            "retry_config",
            self.package.RetryConfig(max_retries=0, sleep=sleep, async_sleep=sleep.async_sleep, random=lambda: 0.0),
        )
        options.setdefault("timeout", 2.0)
        return self.package.Client(origin + self.base_path, **options)

    def operation(self, kind: str) -> Operation:
        return self.get if kind == "GET" else self.post


def call(client: Any, op: Operation, mode: str, *, detailed: bool = False) -> Any:
    """Run one operation sync or async (each async call in its own event loop, bounded by CALL_LIMIT)."""
    kwargs = op.kwargs()
    if mode == "sync":
        fn = op.module.sync_detailed if detailed else op.module.sync
        return fn(client=client, **kwargs)
    fn = op.module.asyncio_detailed if detailed else op.module.asyncio

    async def run() -> Any:
        try:
            return await asyncio.wait_for(fn(client=client, **kwargs), timeout=CALL_LIMIT)
        finally:
            await client.aclose()

    return asyncio.run(run())


def _qrs(origin: str, **options: Any) -> Any:
    return qlik_qrs_client.Client(f"{origin}/qrs", **options)


def _stores(origin: str, **options: Any) -> Any:
    return qlik_data_stores_client.AuthenticatedClient(f"{origin}/api", token=TOKEN, **options)


def _qalyptus(origin: str, **options: Any) -> Any:
    return qalyptus_cloud_client.AuthenticatedClient(f"{origin}/api/v1", token=TOKEN, **options)


def _dataplus(origin: str, **options: Any) -> Any:
    return dataplus_server_client.AuthenticatedClient.for_server(TOKEN, base_url=origin, **options)


TASK_ID = uuid.UUID("6f1c1c1e-8c1a-4d55-9d3e-1b2a3c4d5e6f")

APIS = [
    Api(
        "qrs",
        qlik_qrs_client,
        "/qrs",
        _qrs,
        Operation(get_data_connections_count, dict, "GET", "/qrs/dataconnection/count", 200, {"value": 3}),
        Operation(
            create_data_connection,
            lambda: {"body": DataConnectionCreate(name="n", connectionstring="c", type_="folder")},
            "POST",
            "/qrs/dataconnection",
            201,
            {"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "name": "n", "connectionstring": "c", "type": "folder"},
        ),
    ),
    Api(
        "data_stores",
        qlik_data_stores_client,
        "/api",
        _stores,
        Operation(get_data_stores, dict, "GET", "/api/v1/data-stores", 200, {"data": []}),
        Operation(
            create_data_store,
            lambda: {"body": DataStoreRequest(type_="s3", technical_name="t")},
            "POST",
            "/api/v1/data-stores",
            201,
            {"id": "s-1", "type": "s3", "technicalName": "t"},
        ),
    ),
    Api(
        "qalyptus",
        qalyptus_cloud_client,
        "/api/v1",
        _qalyptus,
        Operation(get_tasks, dict, "GET", "/api/v1/tasks", 200, {"isSuccess": True, "data": []}),
        Operation(run_task, lambda: {"id": TASK_ID}, "POST", f"/api/v1/tasks/{TASK_ID}/run", 200, {"isSuccess": True}),
    ),
    Api(
        "dataplus",
        dataplus_server_client,
        "",
        _dataplus,
        Operation(get_status, dict, "GET", "/api/status", 200, {"currentConnections": 1}),
        Operation(
            insert_entry,
            lambda: {"table_name": "orders", "body": RowInsert(id="1")},
            "POST",
            "/api/db/table/orders/insert",
            200,
            {"id": "1"},
        ),
    ),
]
APIS_BY_NAME = {api.name: api for api in APIS}


def error_type(api: Api, name: str) -> type[BaseException]:
    """The package's error class of that name; a clear failure when the package does not define it (yet)."""
    kind = getattr(api.errors, name, None)
    if kind is None:
        import pytest

        pytest.fail(f"{api.package.__name__}.errors has no {name}")
    return kind
