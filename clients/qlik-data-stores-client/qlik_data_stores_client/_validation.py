# Copied from generator/runtime/_validation.py into the client generated from specs/qlik-cloud-data-stores.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Input validation: hostnames, base URLs, ports, headers and path parameters.

Everything a user passes that ends up in a URL or a header is checked here first, so that a bad value is a
``ValueError`` naming the problem at construction or call time, never a failure deep inside httpx.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

import httpx

_CONTROL = re.compile(r"[\x00-\x20\x7f]")
# Other characters that cannot go into a URL or header as typed: separators, format characters, surrogates.
_NON_PRINTABLE = re.compile(r"[^\x21-\x7e\u00a1-\uffff]|[\u2028\u2029\ud800-\udfff\ufeff\u200b-\u200f]")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_IPV4 = re.compile(r"^[0-9]{1,3}(\.[0-9]{1,3}){3}$")
# RFC 9110 token characters: what a header name may consist of.
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def reject_blank_or_control(what: str, value: object, *, secret: bool = False) -> str:
    """Accept a non-empty string without whitespace or control characters (they would corrupt a URL or header)."""
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a string, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{what} must not be empty")
    match = _CONTROL.search(value) or next((m for m in _NON_PRINTABLE.finditer(value)), None)
    if match:
        position = "" if secret else f" at position {match.start()}"
        found = "found one" if secret else f"found {match.group()!r}{position}"
        raise ValueError(f"{what} must not contain whitespace or control characters ({found})")
    return value


def is_dns_label(label: str) -> bool:
    return bool(_LABEL.match(label))


def validate_hostname(host: str, *, what: str = "host") -> str:
    """A DNS name (letters, digits, hyphens; labels of 1-63 characters), an IPv4 address or a bracketed IPv6 one."""
    reject_blank_or_control(what, host)
    if host.startswith("[") and host.endswith("]"):
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
        if label[2:4] == "--":
            _check_idna(label, what=what, host=host)
    return name.lower()


def _check_idna(label: str, *, what: str, host: str) -> None:
    """A label with '--' in positions 3-4 is an IDNA A-label (xn--...) or reserved: it must decode as one."""
    import idna  # httpx's own dependency, used the same way when it builds the URL

    try:
        idna.decode(label)
    except (idna.IDNAError, UnicodeError, ValueError) as error:
        raise ValueError(
            f"{what} {host!r} is not a valid hostname: label {label!r} is not valid IDNA ({error})"
        ) from None


def validate_port(port: object, *, what: str = "port") -> int:
    if isinstance(port, bool) or not isinstance(port, int):
        raise ValueError(f"{what} must be an integer, not {type(port).__name__}")
    if not 1 <= port <= 65535:
        raise ValueError(f"{what} {port} is out of range (1-65535)")
    return port


def validate_headers(headers: dict[str, str], *, what: str = "header") -> dict[str, str]:
    """Header names must be RFC 9110 tokens; values printable ASCII (httpx sends them as ASCII; CR, LF or NUL
    would forge headers). A bad value is described, never shown: it may be a credential."""
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise ValueError(f"{what} name {name!r} must consist of letters, digits and !#$%&'*+.^_`|~-")
        check_header_value(f"{what} {name!r}", value)
    return headers


def check_header_value(what: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must have a string value, not {type(value).__name__}")
    if any(c in value for c in "\r\n\x00"):
        raise ValueError(f"{what} must not contain CR, LF or NUL characters")
    if not value.isascii() or not value.isprintable():
        raise ValueError(f"{what} must contain printable ASCII characters only")
    return value


def validate_cookies(cookies: dict[str, str]) -> dict[str, str]:
    for name, value in cookies.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise ValueError(f"cookie name {name!r} must consist of letters, digits and !#$%&'*+.^_`|~-")
        check_header_value(f"cookie {name!r}", value)
        if any(c in value for c in ';,"\\ '):
            raise ValueError(f"cookie {name!r} must not contain spaces, quotes, commas, semicolons or backslashes")
    return cookies


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


def next_link_url(base_url: str, href: str) -> str:
    """The absolute URL of a next-page link, if it stays on the API: same scheme, host and port, under the base
    path, no dot segments. Otherwise ValueError saying why (credentials must not follow such a link)."""
    base = httpx.URL(base_url.rstrip("/") + "/")
    try:
        url = base.join(href)
    except httpx.InvalidURL:
        raise ValueError("The next-page link is not a valid URL") from None
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
        raise ValueError("The next-page link points to another host")
    raw_path = href.split("?", 1)[0].split("#", 1)[0]
    if any(unquote(segment) in (".", "..") for segment in raw_path.split("/")) or not url.path.startswith(base.path):
        raise ValueError(f"The next-page link leaves the API's base path {base.path!r}")
    return str(url)
