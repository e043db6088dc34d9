"""How ``qalyptus`` connects: the tenant's API URL (or tenant name), an API key, and the client's path overrides."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._cli_tool import ConnectionOption, InputError

__all__ = ["OPTIONS", "connect", "path_overrides"]

OPTIONS = (
    ConnectionOption("url", "--url", "QALYPTUS_API_URL", "API root, e.g. https://acme.qalyptus.net/api/v1"),
    ConnectionOption("tenant", "--tenant", "QALYPTUS_TENANT", "tenant name or URL (instead of --url)"),
    ConnectionOption("api_key", "--api-key", "QALYPTUS_API_KEY", "API key", secret=True),
    ConnectionOption(
        "path_overrides",
        "--path-override",
        "QALYPTUS_PATH_OVERRIDES",
        "OPERATION_ID=/path/{id} for an inferred path your tenant serves elsewhere (repeat; in the environment or a "
        "profile: separated by spaces)",
        multiple=True,
    ),
)


def path_overrides(text: str) -> dict[str, str]:
    """``runTask=/tasks/{id}/execute downloadReportStream=/x/{id}`` -> the client's ``path_overrides``."""
    overrides = {}
    for item in text.split():
        operation_id, sep, path = item.partition("=")
        if not sep or not operation_id or not path:
            raise InputError(f"--path-override {item!r}: expected OPERATION_ID=/path")
        overrides[operation_id] = path
    return overrides


def connect(entry: Any, settings: Mapping[str, str], options: dict[str, Any]) -> Any:
    key = settings.get("api_key")
    if not key:
        raise InputError("no API key: give --api-key, set QALYPTUS_API_KEY or use --profile")
    overrides = path_overrides(settings.get("path_overrides", ""))
    if settings.get("url"):
        return entry(base_url=settings["url"], token=key, path_overrides=overrides, **options)
    if settings.get("tenant"):
        return entry.for_tenant(settings["tenant"], token=key, path_overrides=overrides, **options)
    raise InputError("no tenant: give --url or --tenant, set QALYPTUS_API_URL or QALYPTUS_TENANT")
