# Copied from generator/runtime/_redaction.py into the client generated from specs/qlik-qrs-data-connection.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Keeping credentials out of everything shown to a user: URLs, messages and reprs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

import httpx

_SECRET_QUERY = re.compile(r"(token|key|secret|passw|pwd|ticket|sig|auth|session|code|credential)", re.IGNORECASE)
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-qlik-session"})
REDACTED = "<redacted>"


def redact_url(url: httpx.URL | str) -> str:
    """The URL without userinfo, and with the values of secret-looking query parameters replaced."""
    url = httpx.URL(url)
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    if not url.query:
        return str(url)
    query = "&".join(
        f"{quote(k, safe='')}={REDACTED if _SECRET_QUERY.search(k) else quote(v, safe='')}"
        for k, v in url.params.multi_items()
    )
    return f"{url.copy_with(query=None)}?{query}"


def scrub(text: str, secrets: Iterable[str]) -> str:
    """`text` with every occurrence of each secret replaced."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text
