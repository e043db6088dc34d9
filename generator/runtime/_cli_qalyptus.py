"""How ``qalyptus`` connects: the tenant's API URL (or tenant name) and an API key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._cli import ConnectionOption, InputError

__all__ = ["OPTIONS", "connect"]

OPTIONS = (
    ConnectionOption("url", "--url", "QALYPTUS_API_URL", "API root, e.g. https://acme.qalyptus.net/api/v1"),
    ConnectionOption("tenant", "--tenant", "QALYPTUS_TENANT", "tenant name or URL (instead of --url)"),
    ConnectionOption("api_key", "--api-key", "QALYPTUS_API_KEY", "API key", secret=True),
)


def connect(entry: Any, settings: Mapping[str, str], options: dict[str, Any]) -> Any:
    key = settings.get("api_key")
    if not key:
        raise InputError("no API key: give --api-key, set QALYPTUS_API_KEY or use --profile")
    if settings.get("url"):
        return entry(base_url=settings["url"], token=key, **options)
    if settings.get("tenant"):
        return entry.for_tenant(settings["tenant"], token=key, **options)
    raise InputError("no tenant: give --url or --tenant, set QALYPTUS_API_URL or QALYPTUS_TENANT")
