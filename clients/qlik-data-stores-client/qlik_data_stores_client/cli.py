# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""The ``qlik-data-stores`` command (``pip install "qlik-data-stores-client[cli]"``): one command per operation of
Qlik Cloud data stores, grouped by resource as in ``DataStoresClient``.

    qlik-data-stores --help
    qlik-data-stores data-stores --help

The machinery is ``_cli`` (shared by every package; loaded by ``_cli_tool.run``, which says what to install when the
extra is missing); the commands are the tables in ``_commands/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

from . import __version__
from . import _cli_qlik_cloud as connection
from ._cli_tool import Tool, run

__all__ = ["TOOL", "main"]

TOOL = Tool(
    name="qlik-data-stores",
    package="qlik_data_stores_client",
    project="qlik-data-stores-client",
    version=__version__,
    entry="DataStoresClient",
    connection=connection,
    description=("Command line for Qlik Cloud data stores: one command per operation, grouped by resource."),
    resources=(
        ("data-stores", "data_stores", "list, create, delete-many, get, update, patch"),
        ("data-assets", "data_assets", "list, delete"),
        ("data-sets", "data_sets", "list, delete"),
    ),
)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    run(TOOL, argv)


if __name__ == "__main__":
    main()
