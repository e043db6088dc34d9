"""Secrets never show in error text, even when a server echoes them back, and (opt-in) not in httpx/httpcore logs.

Real servers on 127.0.0.1 answer with bodies that repeat the credential the client sent.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from apis import APIS, APIS_BY_NAME, Api, call
from rawserver import RawServer, Request, response_bytes

JWT = "JWT789TOKEN"
ROOT = Path(__file__).resolve().parents[2]


def echo(status: int, template: str, *, content_type: str = "text/plain", headers: Any = None) -> Any:
    """Answer with `template` formatted with the request's headers (lower-case names, '-' as '_')."""

    def respond(conn: Any, request: Request) -> None:
        values = {k.replace("-", "_"): v for k, v in request.headers.items()}
        body = template.format_map(_Missing(values)).encode()
        conn.sendall(response_bytes(status, body, content_type=content_type, headers=headers))

    return respond


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return ""


def error_of(
    api: Api, respond: Any, mode: str = "sync", kind: str = "GET", plain: bool = False, **options: Any
) -> BaseException:
    """The error of one call; `plain`: the package's Client, with no token of its own."""
    with RawServer(respond) as server:
        client = (
            api.plain_client(server.origin, **options) if plain else api.client(server.origin, retries=0, **options)
        )
        with pytest.raises(api.package.ClientError) as caught:
            call(client, api.operation(kind), mode)
    return caught.value


def shown(error: BaseException) -> str:
    return f"{error}\n{error!r}\n{getattr(error, 'message', '')}"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_bearer_token_in_a_caller_header_is_scrubbed_from_an_echoing_error(api: Api, mode: str) -> None:
    error = error_of(
        api,
        echo(401, "invalid token {authorization} / bare: invalid token " + JWT),
        mode,
        headers={"Authorization": f"Bearer {JWT}"},
        plain=True,
    )
    assert isinstance(error, api.package.AuthenticationError)
    assert JWT not in shown(error)


@pytest.mark.parametrize("scheme", ["Bearer", "Basic", "bearer", "Token"])
def test_the_bare_credential_of_an_authorization_scheme_is_registered_as_a_secret(scheme: str) -> None:
    api = APIS_BY_NAME["dataplus"]
    error = error_of(
        api, echo(403, f"credential {JWT} refused"), headers={"authorization": f"{scheme} {JWT}"}, plain=True
    )
    assert JWT not in shown(error)


CREDENTIAL_HEADERS = {
    "X-Api-Key": "val-apikey-0001",
    "x-auth-user": "val-authuser-0002",
    "X-Access-TOKEN": "val-token-0003",
    "X-Client-Secret": "val-secret-0004",
    "X-Qlik-Session-Id": "val-session-0005",
    "Set-My-Cookie": "val-cookie-0006",
    "X-Password": "val-password-0007",
    "Apikey": "val-apikey-0008",
}


@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_values_of_non_standard_credential_headers_are_never_shown(api: Api) -> None:
    template = "you sent " + " ".join("{" + name.lower().replace("-", "_") + "}" for name in CREDENTIAL_HEADERS)
    error = error_of(api, echo(500, template), headers=CREDENTIAL_HEADERS)
    assert "you sent" in str(error)
    text = shown(error)
    leaked = [name for name, value in CREDENTIAL_HEADERS.items() if value in text]
    assert leaked == [], f"values of {leaked} shown in {text!r}"


def test_headers_that_are_not_credentials_are_still_shown() -> None:
    api = APIS_BY_NAME["dataplus"]
    error = error_of(api, echo(500, "tenant {x_tenant}"), headers={"X-Tenant": "acme-tenant-visible"})
    assert "acme-tenant-visible" in str(error)


@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_unexpected_status_is_scrubbed(api: Api) -> None:
    # 202 is documented by none of the operations: with raise_on_unexpected_status it raises UnexpectedStatus.
    error = error_of(
        api,
        echo(202, "accepted for {authorization} " + JWT + " {x_api_key}"),
        headers={"Authorization": f"Bearer {JWT}", "X-Api-Key": "val-apikey-0001"},
        raise_on_unexpected_status=True,
        plain=True,
    )
    assert isinstance(error, api.package.UnexpectedResponseError)
    assert type(error).__name__ == "UnexpectedStatus"
    text = shown(error)
    assert JWT not in text and "val-apikey-0001" not in text


STRADDLING = "JWT789TOKEN-STRADDLES-THE-CUT"


@pytest.mark.parametrize(
    ("status", "content_type", "prefix", "suffix"),
    [
        (500, "text/plain", "", " and more"),  # ApiError, text preview
        (500, "application/json", '{"detail": "', ' and more"}'),  # ApiError, JSON preview
        (200, "text/plain", "", " and more"),  # UnexpectedResponseError (not JSON)
        (200, "application/json", '["', ' and more"]'),  # UnexpectedResponseError (not the envelope)
    ],
)
def test_a_token_straddling_the_preview_cut_leaves_no_part_visible(
    status: int, content_type: str, prefix: str, suffix: str
) -> None:
    api = APIS_BY_NAME["qalyptus"]
    # The token starts at character 497 of the text the preview is cut from (500 characters).
    body = prefix + "x" * (497 - len(prefix)) + STRADDLING + suffix
    assert body.index(STRADDLING) == 497
    error = error_of(
        api,
        echo(status, body.replace("{", "{{").replace("}", "}}"), content_type=content_type),
        headers={"Authorization": f"Bearer {STRADDLING}"},
        plain=True,
    )
    message = shown(error)
    assert "xxxxxxxx" in message, "the preview is shown"
    for size in range(3, len(STRADDLING) + 1):
        assert STRADDLING[:size] not in message, f"the first {size} characters of the token are shown"


def test_a_one_character_secret_does_not_mangle_messages() -> None:
    api = APIS_BY_NAME["dataplus"]
    # The API key is "e": a real key is longer, but a short one must not turn every "e" into <redacted>.
    with RawServer(echo(500, "certificate verify failed")) as server:
        client = api.package.AuthenticatedClient.for_server("e", base_url=server.origin, max_retries=0, timeout=2.0)
        with pytest.raises(api.package.ServerError) as caught:
            call(client, api.get, "sync")
    assert "certificate verify failed" in str(caught.value)


def test_a_short_secret_is_scrubbed_where_it_stands_as_a_whole_value() -> None:
    api = APIS_BY_NAME["dataplus"]
    error = error_of(
        api,
        echo(401, '{{"message": "key k3y is not valid", "key": "k3y"}}', content_type="application/json"),
        headers={"X-Api-Key": "k3y"},
    )
    text = shown(error)
    assert "is not valid" in text
    assert not re.search(r"\bk3y\b", text), text


# ---------------------------------------------------------------------------------------------- httpx/httpcore logs


SESSION = "sess-SETCOOKIE-SECRET-3e7d"


@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_redact_http_logs_keeps_credentials_out_of_httpx_and_httpcore_debug_logs(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    redact = getattr(api.package, "redact_http_logs", None)
    assert callable(redact), f"{api.package.__name__}.redact_http_logs() is missing"
    names = {"httpx", "httpcore", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy"}
    names |= {n for n in logging.root.manager.loggerDict if n.split(".")[0] in ("httpx", "httpcore")}
    saved = {name: list(logging.getLogger(name).filters) for name in names}
    body = json.dumps(api.get.ok_body).encode()

    def respond(conn: Any, request: Request) -> None:
        headers = [
            ("Set-Cookie", f"X-Qlik-Session={SESSION}; Path=/; HttpOnly"),
            ("WWW-Authenticate", f"Bearer realm=x, token={JWT}"),
        ]
        conn.sendall(response_bytes(200, body, headers=headers))

    try:
        redact()
        caplog.set_level(logging.DEBUG)
        with RawServer(respond) as server:
            for mode in ("sync", "async"):
                client = api.plain_client(server.origin, headers={"Authorization": f"Bearer {JWT}"})
                call(client, api.get, mode)
        traffic = [r for r in caplog.records if r.name.startswith(("httpx", "httpcore"))]
        assert any("response_headers" in r.getMessage() for r in traffic), "httpcore traced the response headers"
        leaked = [r.getMessage() for r in traffic if SESSION in r.getMessage() or JWT in r.getMessage()]
        assert leaked == []
    finally:
        for name, filters in saved.items():
            logging.getLogger(name).filters[:] = filters


def test_the_packages_leave_httpx_and_httpcore_loggers_alone_unless_asked() -> None:
    paths = [str(ROOT / "tests" / "hostile"), str(ROOT / "tests")] + [str(p) for p in (ROOT / "clients").iterdir()]
    script = f"""
import asyncio, logging, sys
sys.path[:0] = {paths!r}
from apis import APIS, call
from rawserver import RawServer, send
for api in APIS:
    with RawServer(send(api.get.ok_status, api.get.ok_body)) as server:
        call(api.client(server.origin, retries=0), api.get, "sync")
        call(api.client(server.origin, retries=0), api.get, "async")
touched = {{}}
for name, logger in logging.root.manager.loggerDict.items():
    if name.split(".")[0] in ("httpx", "httpcore") and isinstance(logger, logging.Logger):
        if logger.filters or logger.handlers or logger.level != logging.NOTSET or not logger.propagate:
            touched[name] = (logger.filters, logger.handlers, logger.level, logger.propagate)
print(repr(touched))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "{}"
