"""Show the status of a Data+ Server, insert rows into one of its write-back tables and list the table.

    python examples/dataplus_entries.py [BASE_URL] [--api-key KEY] [--table NAME] [--page-size N] [--insert]

BASE_URL defaults to $DATAPLUS_URL, else http://localhost:7766. The API key (Settings > General > Misc > API)
comes from --api-key or $DATAPLUS_API_KEY; the table from --table or $DATAPLUS_TABLE. Rows are plain
mappings of column name to value; the listing fetches every page, --page-size rows at a time.
Needs the dataplus-server-client package.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from typing import Any

from dataplus_server_client import ApiConnectionError, ApiError, DataPlusClient
from dataplus_server_client.models import ServerStatus

# Extra httpx.Client arguments (the demo uses them to pick the mock's example for each page).
HTTPX_ARGS: dict[str, Any] = {}


def print_status(status: ServerStatus) -> None:
    print("Server status:")
    for name, connection in (("database", status.database), ("Qlik Sense", status.qlik_connection)):
        print(f"  {name:<17} {'connected' if connection and connection.connected else 'NOT connected'}")
    if status.license_ and status.license_.expires:
        until = datetime.datetime.fromtimestamp(status.license_.expires / 1000, tz=datetime.UTC).date()
        print(f"  {'license':<17} {'valid' if status.license_.valid else 'INVALID'} until {until.isoformat()}")
    for service in status.services or ():
        print(f"  service {service.name}: {service.status}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Data+ Server status and table entries.")
    parser.add_argument("base_url", nargs="?", default=os.environ.get("DATAPLUS_URL", "http://localhost:7766"))
    parser.add_argument("--api-key", default=os.environ.get("DATAPLUS_API_KEY"), help="default: $DATAPLUS_API_KEY")
    parser.add_argument("--table", default=os.environ.get("DATAPLUS_TABLE", "orders"), help="default: $DATAPLUS_TABLE")
    parser.add_argument("--page-size", type=int, default=2, help="rows per request (1-10000, default 2)")
    parser.add_argument("--insert", action="store_true", help="first insert two sample rows")
    args = parser.parse_args(argv)
    if not args.api_key:
        parser.error("an API key is needed: --api-key or $DATAPLUS_API_KEY")

    try:
        with DataPlusClient.for_server(args.api_key, base_url=args.base_url, httpx_args=HTTPX_ARGS) as dp:
            print_status(dp.status.get())
            if args.insert:
                rows = [{"region": "EU", "amount": "120"}, {"region": "US", "amount": "75"}]
                inserted = dp.entries.bulk_insert(args.table, rows)
                print(f"Inserted {len(inserted)} rows into {args.table!r}")
            entries = dp.entries.list(args.table, limit=args.page_size)  # a pager: rows fetched page by page
            print(f"Table {args.table!r}: {entries.first_page().total} entries, {args.page_size} a request")
            for row in entries:
                columns = ", ".join(f"{name}={value}" for name, value in sorted(row.items()) if name != "id")
                print(f"  id {row.get('id', '-'):<6} {columns}")
    except (ApiError, ApiConnectionError) as error:
        print(f"Data+ request failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
