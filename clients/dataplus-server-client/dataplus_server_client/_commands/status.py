# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``dataplus status``: the commands over ``DataPlusClient.status`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Status of Data+ Server."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get status information of the server and installed services.",
        "http": "GET /api/status",
        "method": "get",
        "module": "api.status.get_status",
        "name": "get",
        "operation": "getStatus",
        "params": [],
        "summary": "Get status information of the server and installed services",
    },
)
