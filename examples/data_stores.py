"""List the data stores of a Qlik Cloud tenant, page by page, and show one of them in full.

    python examples/data_stores.py [BASE_URL] [--token KEY] [--limit N]

The tenant is $QLIK_TENANT with $QLIK_REGION (for example acme and eu: https://acme.eu.qlikcloud.com/api), or
give the API root as BASE_URL (default: $QLIK_CLOUD_API_URL) to go through a gateway. The API key comes from
--token or $QLIK_API_KEY. Every page is fetched, --limit stores at a time (the pager follows the next links).
Needs the qlik-data-stores-client package.
"""

from __future__ import annotations

import argparse
import os
import sys

from qlik_data_stores_client import ApiConnectionError, ApiError, DataStoresClient


def connect(base_url: str | None, token: str) -> DataStoresClient:
    base_url = base_url or os.environ.get("QLIK_CLOUD_API_URL")
    if base_url:
        return DataStoresClient(base_url=base_url, token=token)
    tenant = os.environ.get("QLIK_TENANT", "your-tenant")
    return DataStoresClient.for_tenant(tenant, region=os.environ.get("QLIK_REGION", "us"), token=token)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="List Qlik Cloud data stores.")
    parser.add_argument("base_url", nargs="?", help="API root URL (default: $QLIK_CLOUD_API_URL, else the tenant)")
    parser.add_argument("--token", default=os.environ.get("QLIK_API_KEY"), help="API key (default: $QLIK_API_KEY)")
    parser.add_argument("--limit", type=int, default=2, help="page size (default 2)")
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("an API key is needed: --token or $QLIK_API_KEY")

    try:
        with connect(args.base_url, args.token) as cloud:
            first_id = None
            for page in cloud.data_stores.list(limit=args.limit).pages():
                print(f"Page {page.page} of {page.pages} ({page.total} data stores in total):")
                for store in page.data:
                    print(f"  {store.name!s:<22} type {store.type_:<14} id {store.id}")
                    first_id = first_id or store.id
            if first_id is not None:
                store = cloud.data_stores.get(first_id)
                print(f"First one in full: {store.name} ({store.technical_name}), created {store.created_time}")
    except (ApiError, ApiConnectionError) as error:
        print(f"Qlik Cloud request failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
