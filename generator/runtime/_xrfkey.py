"""Qlik Sense's cross-site request forgery key: the same 16 characters as ``Xrfkey`` query parameter and
``X-Qlik-Xrfkey`` header on every request, a fresh one per request unless the caller fixes one."""

from __future__ import annotations

import re
import secrets
import string
from typing import Any

import httpx

from ._hooks import ServiceHooks

XRFKEY_HEADER = "X-Qlik-Xrfkey"
XRFKEY_PARAM = "Xrfkey"
XRFKEY_ALPHABET = string.ascii_letters + string.digits
_XRFKEY = re.compile(r"^[0-9A-Za-z]{16}$")
# Random byte b -> alphabet[b % 62]; bytes >= 248 are dropped so that every character is equally likely.
XRFKEY_TABLE = bytes(ord(XRFKEY_ALPHABET[b % 62]) for b in range(256))
XRFKEY_DROPPED = bytes(range(248, 256))


def new_xrfkey() -> str:
    """A fresh 16-character [0-9A-Za-z] key from the OS's CSPRNG, unbiased (one call; the mapping runs in C)."""
    while True:
        key = secrets.token_bytes(24).translate(XRFKEY_TABLE, XRFKEY_DROPPED)
        if len(key) >= 16:
            return key[:16].decode("ascii")


def validate_xrfkey(key: object) -> str:
    if not isinstance(key, str) or not _XRFKEY.match(key):
        raise ValueError("xrfkey must be exactly 16 characters from [0-9A-Za-z]")
    return key


def apply_xrfkey(request: httpx.Request) -> None:
    """Send one key as query parameter and header, identical.

    A key already on the request (the caller's, or the original request's on a redirect hop) is reused;
    otherwise a fresh one is drawn, so every request has its own.
    """
    key = request.headers.get(XRFKEY_HEADER)
    if key is not None:
        query = request.url.query
        if query.lower().count(b"xrfkey=") == 1 and f"{XRFKEY_PARAM}={key}".encode() in query:
            return  # already identical in both places (set by XrfkeyHooks.prepare_kwargs)
    if key is None:
        key = next((v for k, v in request.url.params.multi_items() if k.lower() == "xrfkey"), None)
    if key is None:
        key = new_xrfkey()
    params = [(k, v) for k, v in request.url.params.multi_items() if k.lower() != "xrfkey"]
    params.append((XRFKEY_PARAM, key))
    request.url = request.url.copy_with(params=params)
    request.headers[XRFKEY_HEADER] = key


class XrfkeyHooks(ServiceHooks):
    """Puts the key on the request as httpx builds it (no URL re-parse), and checks every hop in the transport."""

    def __init__(self, fixed_key: str | None = None) -> None:
        self.fixed_key = validate_xrfkey(fixed_key) if fixed_key is not None else None

    def prepare_kwargs(self, kwargs: dict[str, Any]) -> None:
        key = self.fixed_key or new_xrfkey()
        kwargs.setdefault("params", {})[XRFKEY_PARAM] = key
        kwargs.setdefault("headers", {})[XRFKEY_HEADER] = key

    def prepare_request(self, request: httpx.Request) -> None:
        apply_xrfkey(request)
