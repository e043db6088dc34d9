# Copied from generator/runtime/_probe.py into the client generated from specs/qalyptus-cloud.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Read-only route discovery against a live Qalyptus Cloud tenant.

Sends GET requests only, never anything that writes, at most two a second:

1. one GET to a random path that cannot exist, to learn the tenant's "no route" answer;
2. one GET per collection on a confirmed path (verified, vendor or probed; no path parameter), to collect
   real ids from the listed items;
3. one GET per remaining GET operation, confirmed paths first, then the inferred ones, with the path
   parameters filled from those ids (a nil UUID where no id is known).

Each GET operation is classified: route exists (2xx, 400, 401, 403, 422), route missing (404 or 405 with
the no-route answer's shape, or no body), or unknown (anything else, including an answer identical to
the no-route one for a status that would otherwise say "exists"). The JSON report can be applied to the
spec with `make reconcile SERVICE=qalyptus-cloud PROBE_REPORT=<file>`.

The token comes from an environment variable (QALYPTUS_API_KEY by default), never from the command line,
and appears in no output.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO
from urllib.parse import quote, urlsplit

import httpx

TOKEN_ENV = "QALYPTUS_API_KEY"
MAX_RATE = 2.0  # requests per second, never more
DEFAULT_MAX_REQUESTS = 300
NIL_ID = "00000000-0000-0000-0000-000000000000"
REPORT_FORMAT = "qalyptus-probe/1"
CONFIRMED_SOURCES = frozenset({"verified", "vendor", "probed"})
EXISTS_STATUSES = frozenset({400, 401, 403, 422})
MISSING_STATUSES = frozenset({404, 405})
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_TENANT_URL = re.compile(rf"https://({_LABEL})\.qalyptus\.net(?:/api/v1)?/?", re.IGNORECASE)
_PARAMETER = re.compile(r"\{([^}]*)\}")


def tenant_base_url(tenant: str) -> str:
    """`https://<tenant>.qalyptus.net/api/v1` from a tenant name (one DNS label) or that URL itself."""
    value = tenant.strip()
    if re.fullmatch(_LABEL, value, re.IGNORECASE):
        label = value
    else:
        match = _TENANT_URL.fullmatch(value)
        if match is None:
            raise ValueError(
                "tenant must be one DNS label (letters, digits, inner hyphens, at most 63) "
                "or https://<tenant>.qalyptus.net"
            )
        label = match.group(1)
    return f"https://{label.lower()}.qalyptus.net/api/v1"


def checked_base_url(url: str) -> str:
    """A base URL given explicitly: https, or http to a loopback address (a local test server)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in {"http", "https"} or not host or parts.username or parts.password:
        raise ValueError("base URL must be http(s)://host[:port]/path without credentials")
    if parts.query or parts.fragment:
        raise ValueError("base URL must not have a query or a fragment")
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        raise ValueError("plain http is allowed only to a loopback address; use https")
    return url.strip().rstrip("/")


class Pacer:
    """Spaces request starts at least 1/rate seconds apart (clock and sleep injectable)."""

    def __init__(self, rate: float, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        if not 0 < rate <= MAX_RATE:
            raise ValueError(f"rate must be above 0 and at most {MAX_RATE:g} requests a second")
        self.interval = 1.0 / rate
        self._clock = clock
        self._sleep = sleep
        self._next: float | None = None

    def defer(self, seconds: float) -> None:
        """Send nothing for `seconds` (a 429's Retry-After)."""
        self._next = max(self._next or 0.0, self._clock() + seconds)

    def wait(self) -> None:
        now = self._clock()
        if self._next is not None and now < self._next:
            self._sleep(self._next - now)
            now = max(self._clock(), self._next)
        self._next = now + self.interval


@dataclass(frozen=True)
class Answer:
    status: int | None  # None: no HTTP answer (transport error)
    shape: str
    body: Any
    error: str = ""


def _shape_of(response: httpx.Response) -> tuple[str, Any]:
    content = response.content
    if not content.strip():
        return "empty", None
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower() or "unknown"
    try:
        body = json.loads(content)
    except ValueError:
        return f"text {media_type}", None
    if isinstance(body, dict):
        return "object {" + ",".join(sorted(str(k) for k in body)) + "}", body
    return f"json {type(body).__name__}", body


def classify(answer: Answer, no_route: Answer | None) -> tuple[str, str]:
    """(classification, reason) of one answer, given the tenant's answer to a route that does not exist."""
    status = answer.status
    if status is None:
        return "unknown", answer.error or "no answer"
    same_as_no_route = no_route is not None and no_route.status == status and no_route.shape == answer.shape
    if status in MISSING_STATUSES:
        if answer.shape == "empty" or (no_route is not None and no_route.shape == answer.shape):
            return "missing", f"HTTP {status}, the no-route answer"
        return "unknown", f"HTTP {status} with a body unlike the no-route answer ({answer.shape})"
    if same_as_no_route:
        return "unknown", f"HTTP {status}, the same answer as a route that does not exist"
    if 200 <= status < 300 or status in EXISTS_STATUSES:
        return "exists", f"HTTP {status}"
    return "unknown", f"HTTP {status}"


def _items(body: Any) -> list[Any]:
    """The listed items of a response: the envelope's `data` (or a list inside it), or the body itself."""
    data = body.get("data", body) if isinstance(body, dict) else body
    if isinstance(data, dict):
        data = next((v for v in data.values() if isinstance(v, list)), [])
    return data if isinstance(data, list) else []


def _first_id(body: Any) -> str | None:
    for item in _items(body):
        if isinstance(item, dict):
            for key in ("id", "ID", "Id"):
                value = item.get(key)
                if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                    return str(value)
    return None


def _retry_after(value: str | None) -> float:
    """Seconds to wait after a 429: Retry-After in seconds (capped at 60), else 10."""
    try:
        return min(max(float(value or ""), 0.0), 60.0)
    except ValueError:
        return 10.0


def _route(template: str) -> str:
    return _PARAMETER.sub("{}", template)


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


class Prober:
    """Sends the GETs (the only method it has), paced, and remembers the ids the listings return."""

    def __init__(self, client: httpx.Client, pacer: Pacer, max_requests: int, log: Callable[[str], None]) -> None:
        self.client = client
        self.pacer = pacer
        self.max_requests = max_requests
        self.sent = 0
        self.log = log
        self.ids: dict[str, str] = {}  # route of a listing -> the first id it returned

    def get(self, path: str) -> Answer:
        if self.sent >= self.max_requests:
            return Answer(None, "", None, f"not sent: request budget of {self.max_requests} used up")
        self.pacer.wait()
        self.sent += 1
        try:
            response = self.client.get(path)
        except httpx.HTTPError as error:
            return Answer(None, "", None, f"{type(error).__name__}")
        if response.status_code == 429:
            self.pacer.defer(_retry_after(response.headers.get("retry-after")))
        shape, body = _shape_of(response)
        return Answer(response.status_code, shape, body)

    def fill(self, template: str) -> tuple[str, list[str]]:
        """The template with ids in place of its parameters, and where each id came from."""
        segments = template.split("/")
        filled = list(segments)
        origins: list[str] = []
        for index, segment in enumerate(segments):
            match = _PARAMETER.fullmatch(segment)
            if match is None:
                continue
            value, origin = self._id_for(segments[:index], match.group(1))
            filled[index] = quote(value, safe="")
            origins.append(origin)
        return "/".join(filled), origins

    def _id_for(self, before: list[str], name: str) -> tuple[str, str]:
        prefix = _route("/".join(before))
        if prefix in self.ids:
            return self.ids[prefix], prefix
        literal = before[-1] if before and not _PARAMETER.fullmatch(before[-1]) else ""
        stem = re.sub(r"[-_]?i[dD]$", "", name)
        wanted = {f"/{literal}s", f"/{literal}"} if literal else set()
        wanted |= {f"/{_kebab(stem)}s"} if stem else set()
        for route, value in self.ids.items():
            if route in wanted or (literal and route.endswith("/" + literal)):
                return value, route
        return NIL_ID, "placeholder"


def _ordered(operations: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    gets = [op for op in operations if str(op.get("method", "")).upper() == "GET"]

    def rank(op: Mapping[str, Any]) -> tuple[int, int]:
        confirmed = str(op.get("path_source")) in CONFIRMED_SOURCES
        return (0 if confirmed else 1), len(_PARAMETER.findall(str(op["path"])))

    return sorted(gets, key=rank)  # stable: spec order within a rank


def probe(operations: Sequence[Mapping[str, Any]], prober: Prober, *, base_url: str) -> dict[str, Any]:
    """Probe every GET operation; returns the report."""
    no_route_path = f"/qalyptus-probe-no-such-route-{uuid.uuid4().hex}"
    no_route = prober.get(no_route_path)
    prober.log(f"GET {no_route_path} -> {no_route.status} (the no-route answer: {no_route.shape})")
    known_no_route = no_route if no_route.status is not None else None
    results = []
    for op in _ordered(operations):
        template = str(op["path"])
        request_path, origins = prober.fill(template)
        answer = prober.get(request_path)
        classification, reason = classify(answer, known_no_route)
        if classification == "exists" and answer.status is not None and 200 <= answer.status < 300:
            found = _first_id(answer.body)
            if found is not None:
                prober.ids.setdefault(_route(template), found)
        prober.log(
            f"GET {template} -> {answer.status if answer.status is not None else answer.error}: {classification}"
        )
        results.append(
            {
                "operation_id": op.get("operation_id"),
                "method": "GET",
                "path": template,
                "tag": op.get("tag"),
                "summary": op.get("summary"),
                "path_source": op.get("path_source"),
                "request_path": request_path,
                "ids_from": origins,
                "status": answer.status,
                "shape": answer.shape,
                "classification": classification,
                "reason": reason,
            }
        )
    counts = {kind: sum(1 for r in results if r["classification"] == kind) for kind in ("exists", "missing", "unknown")}
    return {
        "format": REPORT_FORMAT,
        "base_url": base_url,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "requests_sent": prober.sent,
        "no_route": {"path": no_route_path, "status": no_route.status, "shape": no_route.shape},
        "counts": counts,
        "not_probed": sum(1 for op in operations if str(op.get("method", "")).upper() != "GET"),
        "operations": results,
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m qalyptus_cloud_client.probe",
        allow_abbrev=False,  # no "--token" abbreviating --token-env: the token is never an argument
        description="Read-only route discovery against a Qalyptus Cloud tenant (GET requests only, paced).",
        epilog=f"The token is read from the environment variable given by --token-env (default {TOKEN_ENV}).",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--tenant", help="tenant name (one DNS label) or https://<tenant>.qalyptus.net")
    where.add_argument("--base-url", help="API base URL (https, or http to a loopback test server)")
    parser.add_argument("--token-env", default=TOKEN_ENV, help="environment variable holding the bearer token")
    parser.add_argument("--output", default="qalyptus-probe.json", help="where to write the JSON report")
    parser.add_argument("--rate", type=float, default=MAX_RATE, help=f"requests a second (at most {MAX_RATE:g})")
    parser.add_argument("--max-requests", type=int, default=DEFAULT_MAX_REQUESTS, help="stop sending after this many")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    operations: Sequence[Mapping[str, Any]],
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    environ: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _parser()
    args = parser.parse_args(argv)
    env = os.environ if environ is None else environ
    token = env.get(args.token_env, "").strip()

    def scrub(text: str) -> str:  # the token is never printed; this only guards against a server echoing it
        return text.replace(token, "***") if len(token) >= 6 else text

    def say(stream: TextIO, text: str) -> None:
        print(scrub(text), file=stream)

    if not token:
        say(err, f"error: set the bearer token in the environment variable {args.token_env}")
        return 2
    try:
        base_url = tenant_base_url(args.tenant) if args.tenant else checked_base_url(args.base_url)
        pacer = Pacer(args.rate, clock, sleep)
    except ValueError as error:
        say(err, f"error: {error}")
        return 2
    if args.max_requests < 1:
        say(err, "error: --max-requests must be at least 1")
        return 2
    client = httpx.Client(
        base_url=base_url,
        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        timeout=args.timeout,
        follow_redirects=False,  # a redirect elsewhere must not take the token with it
        transport=transport,
    )
    with client:
        prober = Prober(client, pacer, args.max_requests, lambda line: say(err, line))
        report = probe(operations, prober, base_url=base_url)
    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(scrub(text))
    counts = report["counts"]
    say(
        out,
        f"{report['requests_sent']} GET requests to {base_url}: {counts['exists']} routes exist, "
        f"{counts['missing']} missing, {counts['unknown']} unknown; report written to {args.output}",
    )
    return 0
