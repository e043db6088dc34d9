# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

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
