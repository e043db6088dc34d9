# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qalyptus status``: the commands over ``QalyptusClient.status`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Status of Qalyptus Cloud."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get the status of scheduled tasks.",
        "http": "GET /status/scheduled-tasks",
        "method": "list_scheduled_tasks",
        "module": "api.status.get_scheduled_task_statuses",
        "name": "list-scheduled-tasks",
        "operation": "getScheduledTaskStatuses",
        "params": [],
        "summary": "Get scheduled task status list",
    },
    {
        "description": "Get the status of a scheduled task based on the provided ID.",
        "http": "GET /status/scheduled-tasks/{id}",
        "method": "get_scheduled_task",
        "module": "api.status.get_scheduled_task_status",
        "name": "get-scheduled-task",
        "operation": "getScheduledTaskStatus",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the scheduled task.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get scheduled task status",
    },
    {
        "description": "Get the status of on-demand requests.",
        "http": "GET /status/on-demand-requests",
        "method": "list_on_demand_requests",
        "module": "api.status.get_on_demand_request_statuses",
        "name": "list-on-demand-requests",
        "operation": "getOnDemandRequestStatuses",
        "params": [],
        "summary": "Get on-demand requests status",
    },
    {
        "description": "Get the status of the specified on-demand request.",
        "http": "GET /status/on-demand-requests/{id}",
        "method": "get_on_demand_request",
        "module": "api.status.get_on_demand_request_status",
        "name": "get-on-demand-request",
        "operation": "getOnDemandRequestStatus",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the on-demand request.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get on-demand request status",
    },
    {
        "description": "Initiates the execution of the specified task or report "
        "request. The request can be a scheduled task, on-demand "
        "report, or on-demand task.",
        "http": "POST /status/{id}/run",
        "method": "run",
        "module": "api.status.run_request",
        "name": "run",
        "operation": "runRequest",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the task or report request to run.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Runs a specified task or report",
    },
    {
        "description": "Stops the execution of the specified task or request. The "
        "request can be a scheduled task or an on-demand request.",
        "http": "POST /status/{id}/stop",
        "method": "stop",
        "module": "api.status.stop_request",
        "name": "stop",
        "operation": "stopRequest",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the task or request to stop.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Stop the execution of a specified task or request",
    },
    {
        "description": "Download the log file of the specified scheduled task if "
        "available. The log file contains information about the "
        "execution of the task.",
        "file": True,
        "http": "GET /status/scheduled-tasks/{id}/log",
        "method": "download_scheduled_task_log",
        "module": "api.status.download_scheduled_task_log",
        "name": "download-scheduled-task-log",
        "operation": "downloadScheduledTaskLog",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the scheduled task.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Download the scheduled task log file",
    },
    {
        "description": "Download the SMTP log file of the specified scheduled task if available.",
        "file": True,
        "http": "GET /status/scheduled-tasks/{id}/smtp-log",
        "method": "download_scheduled_task_smtp_log",
        "module": "api.status.download_scheduled_task_smtp_log",
        "name": "download-scheduled-task-smtp-log",
        "operation": "downloadScheduledTaskSmtpLog",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the scheduled task.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Download the scheduled task SMTP log file",
    },
    {
        "description": "Download the log file of the specified on-demand request if "
        "available. The log file contains information about the "
        "execution of the on-demand request.",
        "file": True,
        "http": "GET /status/on-demand-requests/{id}/log",
        "method": "download_on_demand_request_log",
        "module": "api.status.download_on_demand_request_log",
        "name": "download-on-demand-request-log",
        "operation": "downloadOnDemandRequestLog",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the on-demand request.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Download the on-demand request log",
    },
    {
        "description": "Download the SMTP log file of the specified on-demand request if available.",
        "file": True,
        "http": "GET /status/on-demand-requests/{id}/smtp-log",
        "method": "download_on_demand_request_smtp_log",
        "module": "api.status.download_on_demand_request_smtp_log",
        "name": "download-on-demand-request-smtp-log",
        "operation": "downloadOnDemandRequestSmtpLog",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the on-demand request.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Download on-demand request SMTP log file",
    },
    {
        "description": "Deletes the specified request. If the request is currently in "
        "the running or queued state, it will first be stopped before "
        "deletion. Additionally, associated log files and report "
        "files, if any, will be deleted from the storage.",
        "http": "DELETE /status/{id}",
        "method": "delete",
        "module": "api.status.delete_request",
        "name": "delete",
        "operation": "deleteRequest",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the request to delete.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Delete request",
    },
)
