# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""The ``dataplus`` command (``pip install "dataplus-server-client[cli]"``): one command per operation of
Data+ Server, grouped by resource as in ``DataPlusClient``.

    dataplus --help
    dataplus mail --help

The machinery is ``_cli`` (shared by every package; loaded by ``_cli_tool.run``, which says what to install when the
extra is missing); the commands are the tables in ``_commands/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

from . import __version__
from . import _cli_dataplus as connection
from ._cli_tool import Tool, run

__all__ = ["TOOL", "main"]

TOOL = Tool(
    name="dataplus",
    package="dataplus_server_client",
    project="dataplus-server-client",
    version=__version__,
    entry="DataPlusClient",
    connection=connection,
    description="Command line for Data+ Server: one command per operation, grouped by resource.",
    resources=(
        ("mail", "mail", "send"),
        ("tasks", "tasks", "list, get, start"),
        ("status", "status", "get"),
        ("entries", "entries", "list, insert, update, upsert, add-comment-history, ..."),
    ),
)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    run(TOOL, argv)


if __name__ == "__main__":
    main()
