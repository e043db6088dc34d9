"""How ``dataplus`` connects: the server's URL (default http://localhost:7766) and an API key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._cli_tool import ConnectionOption, InputError

__all__ = ["OPTIONS", "connect"]

OPTIONS = (
    ConnectionOption("url", "--url", "DATAPLUS_URL", "server URL", default="http://localhost:7766"),
    ConnectionOption("api_key", "--api-key", "DATAPLUS_API_KEY", "API key", secret=True),
)


def connect(entry: Any, settings: Mapping[str, str], options: dict[str, Any]) -> Any:
    key = settings.get("api_key")
    if not key:
        raise InputError("no API key: give --api-key, set DATAPLUS_API_KEY or use --profile")
    return entry.for_server(key, base_url=settings.get("url") or "http://localhost:7766", **options)
