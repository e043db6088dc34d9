# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``dataplus tasks``: the commands over ``DataPlusClient.tasks`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Tasks of Data+ Server."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get information of all tasks, returns a list of QMC TaskOperational Objects.",
        "http": "GET /api/task/info",
        "list": True,
        "method": "list",
        "module": "api.task.get_all_task_info",
        "name": "list",
        "operation": "getAllTaskInfo",
        "params": [],
        "summary": "Get information of all tasks, returns a list of QMC TaskOperational Objects",
    },
    {
        "description": "Get information of a specific task, returns a list of QMC "
        "TaskOperational Objects (which should be 1).",
        "http": "GET /api/task/info/{taskId}",
        "list": True,
        "method": "get",
        "module": "api.task.get_task_info",
        "name": "get",
        "operation": "getTaskInfo",
        "params": [
            {
                "call": "positional",
                "dest": "p_task_id",
                "flag": "TASK_ID",
                "help": "Id of the task",
                "kind": "argument",
                "name": "task_id",
                "python": "task_id",
                "required": True,
                "type": "str",
            }
        ],
        "summary": "Get information of a specific task, returns a list of QMC "
        "TaskOperational Objects (which should be 1)",
    },
    {
        "body": {
            "fields": [{"name": "taskId", "required": True, "type": "string"}],
            "kind": "model",
            "model": "StartTaskRequest",
        },
        "description": "Start a reload task.",
        "http": "POST /api/task/start",
        "method": "start",
        "module": "api.task.start_task",
        "name": "start",
        "operation": "startTask",
        "params": [],
        "summary": "Start a reload task",
    },
)
