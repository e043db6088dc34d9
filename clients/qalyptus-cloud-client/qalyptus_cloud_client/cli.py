# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""The ``qalyptus`` command (``pip install "qalyptus-cloud-client[cli]"``): one command per operation of
Qalyptus Cloud, grouped by resource as in ``QalyptusClient``.

    qalyptus --help
    qalyptus api-keys --help

The machinery is ``_cli`` (shared by every package; loaded by ``_cli_tool.run``, which says what to install when the
extra is missing); the commands are the tables in ``_commands/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

from . import __version__
from . import _cli_qalyptus as connection
from ._cli_tool import Tool, run

__all__ = ["TOOL", "main"]

TOOL = Tool(
    name="qalyptus",
    package="qalyptus_cloud_client",
    project="qalyptus-cloud-client",
    version=__version__,
    entry="QalyptusClient",
    connection=connection,
    description=("Command line for Qalyptus Cloud: one command per operation, grouped by resource."),
    resources=(
        ("api-keys", "api_keys", "list, create, delete-many, get, update, delete"),
        ("conditions", "conditions", "list, create, delete-many, duplicate, get, update, ..."),
        ("filters", "filters", "list, create, delete-many, duplicate, get, update, ..."),
        ("groups", "groups", "list, create, delete-many, get, update, delete, ..."),
        ("identity-providers", "identity_providers", "list, create, get, update, delete"),
        ("licenses", "licenses", "list"),
        ("organizations", "organizations", "list, create, delete-many, get, update, delete, ..."),
        ("projects", "projects", "list, create, delete-many, get, update, delete, ..."),
        ("reports", "reports", "list, create, delete-many, duplicate, get, update, ..."),
        ("status", "status", "list-scheduled-tasks, get-scheduled-task, ..."),
        ("storage-services", "storage_services", "list, delete-many, get, update, delete"),
        ("tasks", "tasks", "list, create, delete-many, duplicate, get, update, ..."),
        ("users", "users", "list, create, delete-many, get, update, delete, ..."),
    ),
)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    run(TOOL, argv)


if __name__ == "__main__":
    main()
