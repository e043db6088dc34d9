"""List the reporting tasks of a Qalyptus Cloud tenant.

    python examples/qalyptus_tasks.py [BASE_URL] [--token TOKEN]

The tenant is $QALYPTUS_TENANT (acme: https://acme.qalyptus.net/api/v1), or give the API root as BASE_URL
(default: $QALYPTUS_API_URL). The API token comes from --token or $QALYPTUS_API_KEY.
Needs the qalyptus-cloud-client package.
"""

from __future__ import annotations

import argparse
import os
import sys

from qalyptus_cloud_client import ApiConnectionError, ApiError, QalyptusClient


def connect(base_url: str | None, token: str) -> QalyptusClient:
    base_url = base_url or os.environ.get("QALYPTUS_API_URL")
    if base_url:
        return QalyptusClient(base_url=base_url, token=token)
    return QalyptusClient.for_tenant(os.environ.get("QALYPTUS_TENANT", "your-tenant"), token=token)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="List Qalyptus Cloud tasks.")
    parser.add_argument("base_url", nargs="?", help="API root URL (default: $QALYPTUS_API_URL, else the tenant)")
    parser.add_argument("--token", default=os.environ.get("QALYPTUS_API_KEY"), help="default: $QALYPTUS_API_KEY")
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("an API token is needed: --token or $QALYPTUS_API_KEY")

    try:
        with connect(args.base_url, args.token) as qalyptus:
            tasks = qalyptus.tasks.list()  # the envelope's data: a list of objects (the docs list no fields)
    except (ApiError, ApiConnectionError) as error:
        print(f"Qalyptus request failed: {error}", file=sys.stderr)
        return 1

    print(f"Tasks ({len(tasks)}):" if tasks else "Tasks: none")
    for task in tasks:
        print(f"  {task.get('name', '(unnamed)')!s:<22} {task.get('status', '')!s:<8} id {task.get('id', '-')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
