# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""The ``qlik-qrs`` command (``pip install "qlik-qrs-client[cli]"``): one command per operation of
Qlik Sense QRS data connections, grouped by resource as in ``QrsClient``.

    qlik-qrs --help
    qlik-qrs data-connections --help

The machinery is ``_cli`` (shared by every package; loaded by ``_cli_tool.run``, which says what to install when the
extra is missing); the commands are the tables in ``_commands/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

from . import __version__
from . import _cli_qrs as connection
from ._cli_tool import Tool, run

__all__ = ["TOOL", "main"]

TOOL = Tool(
    name="qlik-qrs",
    package="qlik_qrs_client",
    project="qlik-qrs-client",
    version=__version__,
    entry="QrsClient",
    connection=connection,
    description=("Command line for Qlik Sense QRS data connections: one command per operation, grouped by resource."),
    resources=(("data-connections", "data_connections", "list, create, list-full, count, get, update, delete"),),
)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    run(TOOL, argv)


if __name__ == "__main__":
    main()
