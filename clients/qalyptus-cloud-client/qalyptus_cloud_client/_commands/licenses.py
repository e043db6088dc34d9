# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qalyptus licenses``: the commands over ``QalyptusClient.licenses`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Licenses of Qalyptus Cloud."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get information about licenses.",
        "http": "GET /licenses",
        "method": "list",
        "module": "api.licenses.get_licenses",
        "name": "list",
        "operation": "getLicenses",
        "params": [],
        "summary": "Get licenses",
    },
)
