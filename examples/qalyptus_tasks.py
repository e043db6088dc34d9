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
from typing import Any

from qalyptus_cloud_client import ApiConnectionError, ApiError, AuthenticatedClient
from qalyptus_cloud_client.api.tasks import get_tasks
from qalyptus_cloud_client.models import ApiResponse
from qalyptus_cloud_client.types import Unset


def connect(base_url: str | None, token: str) -> AuthenticatedClient:
    base_url = base_url or os.environ.get("QALYPTUS_API_URL")
    if base_url:
        return AuthenticatedClient(base_url, token=token)
    return AuthenticatedClient.for_tenant(os.environ.get("QALYPTUS_TENANT", "your-tenant"), token=token)


def describe(task: Any) -> str:
    """One line per task; the API documents the envelope, not the task's fields, so read them defensively."""
    if not isinstance(task, dict):
        return f"  {task}"
    state = "active" if task.get("isActive") else "inactive" if "isActive" in task else ""
    return f"  {task.get('name', '(unnamed)'):<30} {state:<9} id {task.get('id', '-')}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="List Qalyptus Cloud tasks.")
    parser.add_argument("base_url", nargs="?", help="API root URL (default: $QALYPTUS_API_URL, else the tenant)")
    parser.add_argument("--token", default=os.environ.get("QALYPTUS_API_KEY"), help="default: $QALYPTUS_API_KEY")
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("an API token is needed: --token or $QALYPTUS_API_KEY")

    try:
        with connect(args.base_url, args.token) as qalyptus:
            result = get_tasks.sync(client=qalyptus)
    except (ApiError, ApiConnectionError) as error:
        print(f"Qalyptus request failed: {error}", file=sys.stderr)
        return 1

    if not isinstance(result, ApiResponse):
        print("Qalyptus returned no response envelope", file=sys.stderr)
        return 1
    if not result.is_success:
        print(f"Qalyptus reported a failure: {result.error or 'no message'}", file=sys.stderr)
        return 1
    tasks = [] if isinstance(result.data, Unset) or result.data is None else result.data
    if not isinstance(tasks, list):
        tasks = [tasks]
    print(f"Tasks ({len(tasks)}):" if tasks else "Tasks: none")
    for task in tasks:
        print(describe(task))
    return 0


if __name__ == "__main__":
    sys.exit(main())
