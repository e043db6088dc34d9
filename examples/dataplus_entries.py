"""Show the status of a Data+ Server and the first entries of one of its write-back tables.

    python examples/dataplus_entries.py [BASE_URL] [--api-key KEY] [--table NAME] [--limit N]

BASE_URL defaults to $DATAPLUS_URL, else http://localhost:7766. The API key (Settings > General > Misc > API)
comes from --api-key or $DATAPLUS_API_KEY; the table from --table or $DATAPLUS_TABLE.
Needs the dataplus-server-client package.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys

from dataplus_server_client import ApiConnectionError, ApiError, AuthenticatedClient
from dataplus_server_client.api.database import get_entries
from dataplus_server_client.api.status import get_status
from dataplus_server_client.models import ConnectionStatus, EntriesPage, ServerStatus
from dataplus_server_client.types import UNSET, Unset


def connection(name: str, status: ConnectionStatus | Unset) -> str:
    if isinstance(status, Unset):
        return f"  {name:<17} unknown"
    state = "connected" if status.connected else "NOT connected"
    return f"  {name:<17} {state}" + (f" ({status.error})" if status.error else "")


def print_status(status: ServerStatus) -> None:
    print("Server status:")
    print(connection("database", status.database))
    print(connection("Qlik Sense", status.qlik_connection))
    if not isinstance(status.license_, Unset):
        expires = status.license_.expires
        until = (
            datetime.datetime.fromtimestamp(expires / 1000, tz=datetime.UTC).date().isoformat()
            if isinstance(expires, int)
            else "unknown"
        )
        print(f"  {'license':<17} {'valid' if status.license_.valid else 'INVALID'} until {until}")
    if status.current_connections is not UNSET:
        print(f"  {'connections':<17} {status.current_connections}")
    for service in status.services or []:
        print(f"  service {service.name}: {service.status}")


def print_entries(table: str, page: EntriesPage) -> None:
    rows = page.data or []
    total = page.total if page.total is not UNSET else "?"
    print(f"Table {table!r}: {len(rows)} of {total} entries")
    for row in rows:
        columns = ", ".join(f"{name}={value}" for name, value in sorted(row.additional_properties.items()))
        print(f"  id {row.id}: {columns}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Data+ Server status and table entries.")
    parser.add_argument("base_url", nargs="?", default=os.environ.get("DATAPLUS_URL", "http://localhost:7766"))
    parser.add_argument("--api-key", default=os.environ.get("DATAPLUS_API_KEY"), help="default: $DATAPLUS_API_KEY")
    parser.add_argument("--table", default=os.environ.get("DATAPLUS_TABLE", "test"), help="default: $DATAPLUS_TABLE")
    parser.add_argument("--limit", type=int, default=10, help="rows to show (1-10000, default 10)")
    args = parser.parse_args(argv)
    if not args.api_key:
        parser.error("an API key is needed: --api-key or $DATAPLUS_API_KEY")

    try:
        with AuthenticatedClient.for_server(args.api_key, base_url=args.base_url) as dataplus:
            status = get_status.sync(client=dataplus)
            page = get_entries.sync(client=dataplus, table=args.table, limit=args.limit)
    except (ApiError, ApiConnectionError) as error:
        print(f"Data+ request failed: {error}", file=sys.stderr)
        return 1

    if isinstance(status, ServerStatus):
        print_status(status)
    if not isinstance(page, EntriesPage):
        print(f"Data+ returned no entries for table {args.table!r}", file=sys.stderr)
        return 1
    print_entries(args.table, page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
