# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .comment_history_entry import CommentHistoryEntry
    from .connection_status import ConnectionStatus
    from .delete_entries_request import DeleteEntriesRequest
    from .entries_page import EntriesPage
    from .last_error import LastError
    from .license_status import LicenseStatus
    from .row import Row
    from .row_insert import RowInsert
    from .row_update import RowUpdate
    from .row_upsert import RowUpsert
    from .send_mail_request import SendMailRequest
    from .server_status import ServerStatus
    from .service_status import ServiceStatus
    from .start_task_request import StartTaskRequest
    from .task_operational import TaskOperational

_MODULE_OF = {
    "CommentHistoryEntry": ".comment_history_entry",
    "ConnectionStatus": ".connection_status",
    "DeleteEntriesRequest": ".delete_entries_request",
    "EntriesPage": ".entries_page",
    "LastError": ".last_error",
    "LicenseStatus": ".license_status",
    "Row": ".row",
    "RowInsert": ".row_insert",
    "RowUpdate": ".row_update",
    "RowUpsert": ".row_upsert",
    "SendMailRequest": ".send_mail_request",
    "ServerStatus": ".server_status",
    "ServiceStatus": ".service_status",
    "StartTaskRequest": ".start_task_request",
    "TaskOperational": ".task_operational",
}

__all__ = (
    "CommentHistoryEntry",
    "ConnectionStatus",
    "DeleteEntriesRequest",
    "EntriesPage",
    "LastError",
    "LicenseStatus",
    "Row",
    "RowInsert",
    "RowUpdate",
    "RowUpsert",
    "SendMailRequest",
    "ServerStatus",
    "ServiceStatus",
    "StartTaskRequest",
    "TaskOperational",
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
