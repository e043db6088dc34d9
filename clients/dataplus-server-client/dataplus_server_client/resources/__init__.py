# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Resource clients for Data+ Server: ``DataPlusClient`` and its async twin ``AsyncDataPlusClient``.

One attribute per resource ``mail``, ``tasks``, ``status``, ``entries``; each method
sends one operation, returns its success type and raises ``errors.ApiError`` (a subclass per status) for
anything else. ``resource.with_raw_response.method(...)`` returns a ``RawResponse`` (status, headers, raw
body and the parsed result) instead. Each resource is a module of this package (``resources/<resource>.py``);
the functions under ``api/`` stay available as the low-level layer.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Self

from .. import _facade, _runtime, errors
from .._facade import AsyncPager, JsonObject, JsonValue, Pager, RawResponse
from ..client import AuthenticatedClient

# Each resource module (and the operation modules it imports) is loaded on first use: the entry classes reach
# their resources through stand-ins that import the module on the first call and then give way to the class.
if TYPE_CHECKING:
    from ..testing import FakeDataPlus
    from .entries import AsyncEntries, AsyncEntriesWithRawResponse, Entries, EntriesWithRawResponse
    from .mail import AsyncMail, AsyncMailWithRawResponse, Mail, MailWithRawResponse
    from .status import AsyncStatus, AsyncStatusWithRawResponse, Status, StatusWithRawResponse
    from .tasks import AsyncTasks, AsyncTasksWithRawResponse, Tasks, TasksWithRawResponse

    _Mail = Mail
    _AsyncMail = AsyncMail
    _Tasks = Tasks
    _AsyncTasks = AsyncTasks
    _Status = Status
    _AsyncStatus = AsyncStatus
    _Entries = Entries
    _AsyncEntries = AsyncEntries
else:
    _Mail = _facade.lazy_class(globals(), __name__, "mail", "Mail")
    _AsyncMail = _facade.lazy_class(globals(), __name__, "mail", "AsyncMail")
    _Tasks = _facade.lazy_class(globals(), __name__, "tasks", "Tasks")
    _AsyncTasks = _facade.lazy_class(globals(), __name__, "tasks", "AsyncTasks")
    _Status = _facade.lazy_class(globals(), __name__, "status", "Status")
    _AsyncStatus = _facade.lazy_class(globals(), __name__, "status", "AsyncStatus")
    _Entries = _facade.lazy_class(globals(), __name__, "entries", "Entries")
    _AsyncEntries = _facade.lazy_class(globals(), __name__, "entries", "AsyncEntries")

    # `from <package>.resources import Tasks` and the like: the class, its module imported then.
    _MODULES = {
        "Mail": "mail",
        "MailWithRawResponse": "mail",
        "AsyncMail": "mail",
        "AsyncMailWithRawResponse": "mail",
        "Tasks": "tasks",
        "TasksWithRawResponse": "tasks",
        "AsyncTasks": "tasks",
        "AsyncTasksWithRawResponse": "tasks",
        "Status": "status",
        "StatusWithRawResponse": "status",
        "AsyncStatus": "status",
        "AsyncStatusWithRawResponse": "status",
        "Entries": "entries",
        "EntriesWithRawResponse": "entries",
        "AsyncEntries": "entries",
        "AsyncEntriesWithRawResponse": "entries",
    }

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncDataPlusClient",
    "AsyncPager",
    "JsonObject",
    "JsonValue",
    "Pager",
    "RawResponse",
    "DataPlusClient",
    "AsyncMail",
    "AsyncMailWithRawResponse",
    "Mail",
    "MailWithRawResponse",
    "AsyncTasks",
    "AsyncTasksWithRawResponse",
    "Tasks",
    "TasksWithRawResponse",
    "AsyncStatus",
    "AsyncStatusWithRawResponse",
    "Status",
    "StatusWithRawResponse",
    "AsyncEntries",
    "AsyncEntriesWithRawResponse",
    "Entries",
    "EntriesWithRawResponse",
]

_ROUTES: Mapping[str, _facade.Route] = MappingProxyType(
    {
        "sendMail": _facade.Route("POST", "/api/mail/send", False),
        "getAllTaskInfo": _facade.Route("GET", "/api/task/info", False),
        "getTaskInfo": _facade.Route("GET", "/api/task/info/{taskId}", False),
        "startTask": _facade.Route("POST", "/api/task/start", False),
        "getStatus": _facade.Route("GET", "/api/status", False),
        "getEntries": _facade.Route("GET", "/api/db/getEntries", False),
        "insertEntry": _facade.Route("POST", "/api/db/table/{tableName}/insert", False),
        "updateEntry": _facade.Route("POST", "/api/db/table/{tableName}/update", False),
        "upsertEntry": _facade.Route("POST", "/api/db/table/{tableName}/upsert", False),
        "addCommentHistoryEntry": _facade.Route("POST", "/api/db/table/{tableName}/commentHistoryEntry", False),
        "bulkInsertEntries": _facade.Route("POST", "/api/db/table/{tableName}/bulk/insert", False),
        "bulkUpdateEntries": _facade.Route("POST", "/api/db/table/{tableName}/bulk/update", False),
        "bulkUpsertEntries": _facade.Route("POST", "/api/db/table/{tableName}/bulk/upsert", False),
        "deleteEntries": _facade.Route("DELETE", "/api/db/deleteEntries", False),
    }
)
_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})


class DataPlusClient(AuthenticatedClient):
    """Data+ Server, one attribute per resource.

        dp = DataPlusClient.for_server(api_key, base_url="http://localhost:7766")
        dp = DataPlusClient(base_url="http://localhost:7766", api_key=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ...). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    def __init__(self, base_url: str = "http://localhost:7766", *, api_key: str, **options: Any) -> None:
        options.setdefault("prefix", "")
        super().__init__(base_url, token=api_key, **options)

    @classmethod
    def for_server(cls, api_key: str, *, base_url: str = "http://localhost:7766", **options: Any) -> Self:
        """A Data+ Server (default ``http://localhost:7766``); the API key goes raw in ``Authorization``."""
        return cls(base_url, api_key=api_key, **options)

    @classmethod
    def for_testing(cls, **options: Any) -> tuple[DataPlusClient, FakeDataPlus]:
        """A client on a fresh in-process ``FakeDataPlus`` (no server, no network), and the fake.

            client, fake = DataPlusClient.for_testing(max_retries=0)

        ``options`` go to the client as for its constructor; every runtime feature applies. The fake (seeding,
        recorded requests, injected faults) is ``dataplus_server_client.testing.FakeDataPlus``.
        """
        from ..testing import FakeDataPlus

        fake = FakeDataPlus()
        return fake.client(**options), fake

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "DataPlusClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def mail(self) -> Mail:
        """Mail: send."""
        return _Mail(self._caller())

    @property
    def tasks(self) -> Tasks:
        """Tasks: list, get, start."""
        return _Tasks(self._caller())

    @property
    def status(self) -> Status:
        """Status: get."""
        return _Status(self._caller())

    @property
    def entries(self) -> Entries:
        """Entries: list, insert, update, upsert, add_comment_history, bulk_insert, bulk_update, bulk_upsert, delete."""
        return _Entries(self._caller())


class AsyncDataPlusClient(AuthenticatedClient):
    """Data+ Server (async: every method is a coroutine, pagers take ``async for``), one attribute per resource.

        dp = AsyncDataPlusClient.for_server(api_key, base_url="http://localhost:7766")
        dp = AsyncDataPlusClient(base_url="http://localhost:7766", api_key=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ...). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    def __init__(self, base_url: str = "http://localhost:7766", *, api_key: str, **options: Any) -> None:
        options.setdefault("prefix", "")
        super().__init__(base_url, token=api_key, **options)

    @classmethod
    def for_server(cls, api_key: str, *, base_url: str = "http://localhost:7766", **options: Any) -> Self:
        """A Data+ Server (default ``http://localhost:7766``); the API key goes raw in ``Authorization``."""
        return cls(base_url, api_key=api_key, **options)

    @classmethod
    def for_testing(cls, **options: Any) -> tuple[AsyncDataPlusClient, FakeDataPlus]:
        """A client on a fresh in-process ``FakeDataPlus`` (no server, no network), and the fake.

            client, fake = AsyncDataPlusClient.for_testing(max_retries=0)

        ``options`` go to the client as for its constructor; every runtime feature applies. The fake (seeding,
        recorded requests, injected faults) is ``dataplus_server_client.testing.FakeDataPlus``.
        """
        from ..testing import FakeDataPlus

        fake = FakeDataPlus()
        return fake.async_client(**options), fake

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "AsyncDataPlusClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def mail(self) -> AsyncMail:
        """Mail: send."""
        return _AsyncMail(self._caller())

    @property
    def tasks(self) -> AsyncTasks:
        """Tasks: list, get, start."""
        return _AsyncTasks(self._caller())

    @property
    def status(self) -> AsyncStatus:
        """Status: get."""
        return _AsyncStatus(self._caller())

    @property
    def entries(self) -> AsyncEntries:
        """Entries: list, insert, update, upsert, add_comment_history, bulk_insert, bulk_update, bulk_upsert, delete."""
        return _AsyncEntries(self._caller())
