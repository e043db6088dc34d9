"""How ``qlik-data-stores`` connects: the tenant's API URL (or tenant and region) and an API key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._cli_tool import ConnectionOption, InputError

__all__ = ["OPTIONS", "connect"]

OPTIONS = (
    ConnectionOption("url", "--url", "QLIK_CLOUD_API_URL", "API root, e.g. https://acme.eu.qlikcloud.com/api"),
    ConnectionOption("tenant", "--tenant", "QLIK_TENANT", "tenant name or URL (instead of --url)"),
    ConnectionOption("region", "--region", "QLIK_REGION", "region of a tenant name, e.g. eu"),
    ConnectionOption("api_key", "--api-key", "QLIK_API_KEY", "API key", secret=True),
    ConnectionOption(
        "rate_limit", "--rate-limit", "QLIK_RATE_LIMIT", "pace requests per rate-limit tier", is_flag=True
    ),
)


def connect(entry: Any, settings: Mapping[str, str], options: dict[str, Any]) -> Any:
    key = settings.get("api_key")
    if not key:
        raise InputError("no API key: give --api-key, set QLIK_API_KEY or use --profile")
    rate_limit = settings.get("rate_limit", "").lower() in ("1", "true", "yes")
    if settings.get("url"):
        return entry(base_url=settings["url"], token=key, rate_limit=rate_limit, **options)
    if settings.get("tenant"):
        return entry.for_tenant(
            settings["tenant"], region=settings.get("region"), token=key, rate_limit=rate_limit, **options
        )
    raise InputError("no tenant: give --url or --tenant (with --region), set QLIK_CLOUD_API_URL or QLIK_TENANT")
