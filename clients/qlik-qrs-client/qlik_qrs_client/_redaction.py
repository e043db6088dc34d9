# Copied from generator/runtime/_redaction.py into the client generated from specs/qlik-qrs-data-connection.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Keeping credentials out of everything shown to a user: URLs, messages, reprs, pickles and (opt-in) logs."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from urllib.parse import quote

import httpx

_SECRET_QUERY = re.compile(r"(token|key|secret|passw|pwd|ticket|sig|auth|session|code|credential)", re.IGNORECASE)
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-qlik-session"})
# Header names that carry credentials by their name (X-Api-Key, X-Auth-Token, X-Qlik-Session...).
_CREDENTIAL_NAME = re.compile(r"auth|token|key|secret|session|cookie|passw|credential|ticket", re.IGNORECASE)
# `Bearer x`, `Basic x`, `Token x`...: the bare credential is registered too, since servers echo it alone.
_SCHEME_VALUE = re.compile(r"^[A-Za-z][A-Za-z0-9._-]*\s+(\S+)$")
# Shorter secrets are only scrubbed where they stand alone (not inside words), so that they cannot mangle text.
MIN_SUBSTRING_SECRET = 8
REDACTED = "<redacted>"

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "is_credential_header",
    "redact_headers",
    "redact_http_logs",
    "redact_url",
    "scrub",
    "secrets_of_headers",
]


def is_credential_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in SENSITIVE_HEADERS or bool(_CREDENTIAL_NAME.search(lowered))


def secrets_of_headers(headers: Mapping[str, str]) -> list[str]:
    """The credential values among these headers: each whole value and, for `Scheme value`, the bare value."""
    found: list[str] = []
    for name, value in headers.items():
        if not value or not is_credential_header(name):
            continue
        found.append(value)
        match = _SCHEME_VALUE.match(value.strip())
        if match:
            found.append(match.group(1))
    return found


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
    """`text` with every secret replaced: longer ones wherever they occur, short ones where they stand alone."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        if len(secret) >= MIN_SUBSTRING_SECRET:
            text = text.replace(secret, REDACTED)
        elif secret in text:
            text = re.sub(rf"(?<![A-Za-z0-9]){re.escape(secret)}(?![A-Za-z0-9])", REDACTED, text)
    return text


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy with the value of every credential header replaced."""
    return {name: REDACTED if is_credential_header(name) else value for name, value in headers.items()}


# httpcore's trace lines show headers as (b'Name', b'value') pairs.
_LOGGED_HEADER = re.compile(
    r"""(\(b?['"]([A-Za-z0-9!#$%&'*+.^_`|~-]+)['"],\s*b?['"])([^'"]*)(['"]\))""",
)


class CredentialLogFilter(logging.Filter):
    """Rewrites log records so that credential header values never reach a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()

        def hide(match: re.Match[str]) -> str:
            if not is_credential_header(match.group(2)):
                return match.group(0)
            return f"{match.group(1)}{REDACTED}{match.group(4)}"

        redacted = _LOGGED_HEADER.sub(hide, message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_LOG_FILTER = CredentialLogFilter()


# Filters apply only on the logger a record is made on, so each of httpx's and httpcore's loggers gets one.
HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def redact_http_logs(loggers: Iterable[str] = HTTP_LOGGERS) -> None:
    """Opt in to credential redaction in httpx's and httpcore's own DEBUG logs (which show raw headers).

    This adds a filter to those loggers, so it changes logging for the whole process; the package never does it
    by itself. Calling it again does nothing more.
    """
    for name in loggers:
        logger = logging.getLogger(name)
        if _LOG_FILTER not in logger.filters:
            logger.addFilter(_LOG_FILTER)
