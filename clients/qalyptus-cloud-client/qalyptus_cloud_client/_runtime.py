# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Runtime shared by every operation of this package: input validation, transport (retries),
typed errors and robust parsing. Hand-written once in the generator and rendered into each client package.

httpx-retries was considered for the retry loop; it has no rule for "POST only when the request never left"
nor a hook for the pacing and Xrfkey steps, so one small transport wrapper does all of it in one place.
"""

from __future__ import annotations

import contextvars
import logging
import random
import re
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlsplit

import httpx

from . import errors

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

logger = logging.getLogger("qalyptus_cloud_client")

T = TypeVar("T")

# ---------------------------------------------------------------------------------------------- validation

_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_IPV4 = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")


def reject_blank_or_control(what: str, value: object, *, secret: bool = False) -> str:
    """Accept a non-empty string without whitespace or control characters (they would corrupt a URL or header)."""
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a string, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{what} must not be empty")
    match = _CONTROL.search(value)
    if match:
        position = "" if secret else f" at position {match.start()}"
        raise ValueError(
            f"{what} must not contain whitespace or control characters (found {match.group()!r}{position})"
        )
    return value


def is_dns_label(label: str) -> bool:
    return bool(_LABEL.match(label))


def validate_hostname(host: str, *, what: str = "host") -> str:
    """A DNS name (letters, digits, hyphens; labels of 1-63 characters), an IPv4 address or a bracketed IPv6 one."""
    reject_blank_or_control(what, host)
    if host.startswith("[") and host.endswith("]"):
        import ipaddress

        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            raise ValueError(f"{what} {host!r} is not a valid IPv6 address") from None
        return host.lower()
    if _IPV4.match(host):
        if any(int(part) > 255 for part in host.split(".")):
            raise ValueError(f"{what} {host!r} is not a valid IPv4 address")
        return host
    name = host[:-1] if host.endswith(".") else host
    if len(name) > 253:
        raise ValueError(f"{what} is longer than 253 characters")
    for label in name.split("."):
        if not _LABEL.match(label):
            raise ValueError(
                f"{what} {host!r} is not a valid hostname: label {label!r} must be 1-63 letters, digits or hyphens, "
                "not starting or ending with a hyphen"
            )
    return name.lower()


def validate_port(port: object, *, what: str = "port") -> int:
    if isinstance(port, bool) or not isinstance(port, int):
        raise ValueError(f"{what} must be an integer, not {type(port).__name__}")
    if not 1 <= port <= 65535:
        raise ValueError(f"{what} {port} is out of range (1-65535)")
    return port


@dataclass(frozen=True)
class ParsedUrl:
    scheme: str
    host: str
    port: int | None
    path: str

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host}" + (f":{self.port}" if self.port is not None else "")


def parse_url(url: object, *, what: str = "base_url", schemes: tuple[str, ...] = ("https", "http")) -> ParsedUrl:
    """Validate an absolute http(s) URL: no credentials, query or fragment; a valid host and port."""
    url = reject_blank_or_control(what, url)
    if "://" not in url:
        raise ValueError(f"{what} {url!r} must be an absolute URL such as '{schemes[0]}://host'")
    if "\\" in url:
        raise ValueError(f"{what} {url!r} must not contain backslashes")
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise ValueError(f"{what} {url!r} is not a valid URL: {error}") from None
    scheme = parts.scheme.lower()
    if scheme not in schemes:
        allowed = " or ".join(schemes)
        raise ValueError(f"{what} {url!r} must use {allowed}, not {parts.scheme or 'no scheme'!r}")
    if "@" in parts.netloc:
        raise ValueError(f"{what} must not contain credentials (user:password@); pass them as arguments instead")
    if "?" in url:
        raise ValueError(f"{what} {url!r} must not contain a query string")
    if parts.fragment or "#" in url:
        raise ValueError(f"{what} {url!r} must not contain a fragment")
    hostport = parts.netloc
    if not hostport:
        raise ValueError(f"{what} {url!r} has no host")
    if hostport.startswith("["):
        end = hostport.find("]")
        host, rest = hostport[: end + 1], hostport[end + 1 :]
    else:
        host, _, port_text = hostport.partition(":")
        rest = f":{port_text}" if ":" in hostport else ""
    port: int | None = None
    if rest:
        if not rest.startswith(":") or not rest[1:].isdigit() or not rest[1:].isascii():
            raise ValueError(f"{what} {url!r} has an invalid port {rest[1:]!r}: it must be a number")
        port = validate_port(int(rest[1:]), what=f"{what} port")
    host = validate_hostname(host, what=f"{what} host")
    path = parts.path.rstrip("/")
    for segment in path.split("/")[1:]:
        if segment in (".", ".."):
            raise ValueError(f"{what} {url!r} must not contain '.' or '..' path segments")
    return ParsedUrl(scheme=scheme, host=host, port=port, path=path)


def path_param(name: str, value: object) -> str:
    """Percent-encode a path parameter so that no value can leave its place in the path template."""
    if isinstance(value, (list, tuple)):
        if not value:
            raise ValueError(f"path parameter {name!r} must not be an empty list")
        return "%2C".join(path_param(name, item) for item in value)
    if isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
    if not text:
        raise ValueError(f"path parameter {name!r} must not be empty")
    if text.strip(".") == "":
        # '.' and '..' are dot-segments that URL normalisation would resolve; encoded they stay literal.
        return text.replace(".", "%2E")
    return quote(text, safe="")


def environment_proxy(url: str) -> str | None:
    """The proxy HTTP(S)_PROXY / ALL_PROXY / NO_PROXY name for this URL.

    httpx reads them only when it builds its own transport; ours wraps one, so the client asks here instead.
    """
    from urllib.request import getproxies, proxy_bypass

    parts = urlsplit(url)
    host = parts.hostname
    if host is None or host == "localhost" or host.startswith("127.") or host == "::1" or proxy_bypass(host):
        return None  # a proxy cannot reach this machine's loopback
    proxies = getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy:
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


# ---------------------------------------------------------------------------------------------- redaction

_SECRET_QUERY = re.compile(r"(token|key|secret|passw|pwd|ticket|sig|auth|session|code|credential)", re.IGNORECASE)
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-qlik-session"})


def redact_url(url: httpx.URL | str) -> str:
    """The URL without userinfo, and with the values of secret-looking query parameters replaced."""
    url = httpx.URL(url)
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    if not url.query:
        return str(url)
    query = "&".join(
        f"{quote(k, safe='')}={'<redacted>' if _SECRET_QUERY.search(k) else quote(v, safe='')}"
        for k, v in url.params.multi_items()
    )
    return f"{url.copy_with(query=None)}?{query}"


# ---------------------------------------------------------------------------------------------- retries

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
# Failures that happen before any byte of the request is sent: safe to retry for every method.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # only async users pay for importing asyncio, and they have it loaded already

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryConfig:
    """When and how long to wait before trying a request again.

    Waits are exponential with full jitter (random between 0 and initial * 2**attempt, capped); a
    Retry-After header (seconds or HTTP date) is honoured instead, capped at `retry_after_max`.
    `sleep`, `async_sleep`, `random` and `clock` are injectable for tests.
    """

    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
    random: Callable[[], float] = random.random
    clock: Callable[[], float] = time.time

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError("max_retries must be an integer >= 0")

    def backoff(self, attempt: int) -> float:
        return self.random() * min(self.backoff_max, self.backoff_initial * 2.0**attempt)

    def retry_after(self, headers: httpx.Headers) -> float | None:
        value = headers.get("retry-after")
        if value is None:
            return None
        value = value.strip()
        try:
            seconds = float(value)
        except ValueError:
            import email.utils  # rarely needed: deferred to keep the package's import time down

            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            if when is None:
                return None
            seconds = when.timestamp() - self.clock()
        if seconds != seconds:  # NaN
            return None
        return min(max(seconds, 0.0), self.retry_after_max)

    def wait_for_response(self, attempt: int, response: httpx.Response) -> float:
        after = self.retry_after(response.headers)
        return self.backoff(attempt) if after is None else after


def retryable_status(method: str, status_code: int) -> bool:
    return status_code == 429 or (method in IDEMPOTENT_METHODS and status_code in RETRY_STATUSES)


def retryable_error(method: str, error: httpx.TransportError) -> bool:
    return isinstance(error, NOT_SENT_ERRORS) or method in IDEMPOTENT_METHODS


def _log_retry(request: httpx.Request, reason: str, wait: float, attempt: int, config: RetryConfig) -> None:
    logger.info(
        "Retrying %s %s in %.2f s (retry %d of %d): %s",
        request.method,
        redact_url(request.url),
        wait,
        attempt + 1,
        config.max_retries,
        reason,
    )


class _TransportBase:
    def __init__(self, *, retry: RetryConfig) -> None:
        self.retry = retry

    def _retry_wait(
        self,
        request: httpx.Request,
        attempt: int,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float | None:
        """How long to wait before the next attempt (logged), or None when the outcome stands as it is."""
        if attempt >= self.retry.max_retries:
            return None
        if error is not None:
            if not retryable_error(request.method, error):
                return None
            delay, reason = self.retry.backoff(attempt), type(error).__name__
        else:
            assert response is not None
            if not retryable_status(request.method, response.status_code):
                return None
            delay, reason = self.retry.wait_for_response(attempt, response), f"status {response.status_code}"
        _log_retry(request, reason, delay, attempt, self.retry)
        return delay

    def _prepare(self, request: httpx.Request) -> None:
        pass


class RuntimeTransport(_TransportBase, httpx.BaseTransport):
    """Wraps the real transport; sees every request httpx sends, redirect hops included."""

    def __init__(self, inner: httpx.BaseTransport, **options: Any) -> None:
        super().__init__(**options)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        attempt = 0
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as error:
                delay = self._retry_wait(request, attempt, error=error)
                if delay is None:
                    raise
            else:
                delay = self._retry_wait(request, attempt, response=response)
                if delay is None:
                    return response
                response.close()
            self.retry.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.inner.close()


class AsyncRuntimeTransport(_TransportBase, httpx.AsyncBaseTransport):
    """The async twin of RuntimeTransport: same rules, same order."""

    def __init__(self, inner: httpx.AsyncBaseTransport, **options: Any) -> None:
        super().__init__(**options)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        attempt = 0
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as error:
                delay = self._retry_wait(request, attempt, error=error)
                if delay is None:
                    raise
            else:
                delay = self._retry_wait(request, attempt, response=response)
                if delay is None:
                    return response
                await response.aclose()
            await self.retry.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.inner.aclose()


# ---------------------------------------------------------------------------------------------- responses


# httpcore's async (anyio) backend maps TLS errors to httpx errors only during the handshake; with TLS 1.3 a
# refused client certificate arrives as an alert on the first read and escapes as a raw ssl.SSLError.
SEND_ERRORS = (httpx.TransportError, ssl.SSLError)


def _connection_error(
    client: AuthenticatedClient | Client, error: httpx.TransportError | ssl.SSLError, sent: dict[str, Any]
) -> errors.ApiConnectionError:
    request: httpx.Request | None = None
    if isinstance(error, httpx.TransportError):
        try:
            request = error.request
        except RuntimeError:  # raised by httpx when the error was not tied to a request
            request = None
    method = request.method if request is not None else str(sent.get("method", "?")).upper()
    url = redact_url(request.url) if request is not None else redact_url(client.base_url + str(sent.get("url", "")))
    kind = errors.ApiTimeoutError if isinstance(error, httpx.TimeoutException) else errors.ApiConnectionError
    text = str(error) or type(error).__name__
    if isinstance(error.__context__, ssl.SSLError) and error.__context__.reason:
        text = f"{text} ({error.__context__.reason})"
    for secret in client.secret_values():
        if secret:
            text = text.replace(secret, "<redacted>")
    return kind(f"{type(error).__name__}: {text}", method=method, url=url)


def check(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """Raise the typed error for an error response (unless the client was built with raise_on_error=False)."""
    if not client.raise_on_error:
        return
    if response.status_code >= 400:
        raise errors.error_class_for(response.status_code)(
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            method=response.request.method,
            url=redact_url(response.request.url),
            secrets=client.secret_values(),
        )
    # The envelope can report failure with a 2xx status: {"isSuccess": false, "error": ..., "errorDetails": ...}.
    content = response.content
    if b"isSuccess" in content and _ENVELOPE_FAILURE.search(content):
        raise errors.ApiError(
            status_code=response.status_code,
            headers=response.headers,
            content=content,
            method=response.request.method,
            url=redact_url(response.request.url),
            secrets=client.secret_values(),
        )


_ENVELOPE_FAILURE = re.compile(rb'^\s*\{.*"isSuccess"\s*:\s*false', re.DOTALL)


# (id of the client, timeout) set by Client.call_timeout() for the calls made inside its `with` block.
call_timeout: contextvars.ContextVar[tuple[int, httpx.Timeout] | None] = contextvars.ContextVar(
    "call_timeout", default=None
)


def _with_call_timeout(client: AuthenticatedClient | Client, kwargs: dict[str, Any]) -> dict[str, Any]:
    override = call_timeout.get()
    if override is not None and override[0] == id(client):
        return {**kwargs, "timeout": override[1]}
    return kwargs


def send(client: AuthenticatedClient | Client, kwargs: dict[str, Any]) -> httpx.Response:
    kwargs = _with_call_timeout(client, kwargs)
    try:
        response = client.get_httpx_client().request(**kwargs)
    except SEND_ERRORS as error:
        raise _connection_error(client, error, kwargs) from error
    check(client, response)
    return response


async def send_async(client: AuthenticatedClient | Client, kwargs: dict[str, Any]) -> httpx.Response:
    kwargs = _with_call_timeout(client, kwargs)
    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except SEND_ERRORS as error:
        raise _connection_error(client, error, kwargs) from error
    check(client, response)
    return response


def parse(parser: Callable[..., T], *, client: AuthenticatedClient | Client, response: httpx.Response) -> T | None:
    """Run a generated response parser; a body that is not what the spec says never escapes as a raw
    JSONDecodeError/KeyError/TypeError. Success bodies raise UnexpectedResponseError; error bodies
    (seen only with raise_on_error=False) parse to None, the response itself stays available."""
    try:
        return parser(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        if response.status_code >= 400:
            return None
        raise errors.UnexpectedResponseError(
            f"Response body does not match the documented type ({type(error).__name__}: {error})",
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            method=response.request.method,
            url=redact_url(response.request.url),
            secrets=client.secret_values(),
        ) from error
