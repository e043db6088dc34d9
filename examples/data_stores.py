"""List the data stores of a Qlik Cloud tenant.

    python examples/data_stores.py [BASE_URL] [--token KEY] [--limit N] [--all]

The tenant is $QLIK_TENANT with $QLIK_REGION (for example acme and eu: https://acme.eu.qlikcloud.com/api), or
give the API root as BASE_URL (default: $QLIK_CLOUD_API_URL) to go through a gateway. The API key comes from
--token or $QLIK_API_KEY. Without --all only the first page is shown; with it every page is fetched.
Needs the qlik-data-stores-client package.
"""

from __future__ import annotations

import argparse
import os
import sys

from qlik_data_stores_client import ApiConnectionError, ApiError, AuthenticatedClient
from qlik_data_stores_client.api.data_stores import get_data_stores
from qlik_data_stores_client.models import DataStore, DataStorePage
from qlik_data_stores_client.pagination import paginate
from qlik_data_stores_client.types import UNSET


def connect(base_url: str | None, token: str) -> AuthenticatedClient:
    base_url = base_url or os.environ.get("QLIK_CLOUD_API_URL")
    if base_url:
        return AuthenticatedClient(base_url, token=token)
    tenant = os.environ.get("QLIK_TENANT", "your-tenant")
    return AuthenticatedClient.for_tenant(tenant, region=os.environ.get("QLIK_REGION", "us"), token=token)


def describe(store: DataStore) -> str:
    name = store.name or store.technical_name
    owner = f", owner {store.owner_id}" if store.owner_id is not UNSET else ""
    return f"  {name:<30} type {store.type_:<20} id {store.id or '-'}{owner}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="List Qlik Cloud data stores.")
    parser.add_argument("base_url", nargs="?", help="API root URL (default: $QLIK_CLOUD_API_URL, else the tenant)")
    parser.add_argument("--token", default=os.environ.get("QLIK_API_KEY"), help="API key (default: $QLIK_API_KEY)")
    parser.add_argument("--limit", type=int, default=20, help="page size (default 20)")
    parser.add_argument("--all", action="store_true", help="fetch every page, not just the first")
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("an API key is needed: --token or $QLIK_API_KEY")

    try:
        with connect(args.base_url, args.token) as cloud:
            if args.all:
                stores = list(paginate(get_data_stores.sync_detailed, client=cloud, limit=args.limit))
                heading = f"Data stores ({len(stores)}):"
            else:
                page = get_data_stores.sync(client=cloud, limit=args.limit)
                if not isinstance(page, DataStorePage):
                    print("Qlik Cloud returned no page of data stores", file=sys.stderr)
                    return 1
                stores = page.data or []
                total = f", {page.total} in total" if page.total is not UNSET else ""
                heading = f"Data stores (first page: {len(stores)}{total}):"
    except (ApiError, ApiConnectionError) as error:
        print(f"Qlik Cloud request failed: {error}", file=sys.stderr)
        return 1

    print(heading)
    for store in stores:
        print(describe(store))
    return 0


if __name__ == "__main__":
    sys.exit(main())
