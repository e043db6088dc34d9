"""The points where an API's own rules plug into the shared runtime.

Each package's client builds one ``ServiceHooks`` (a subclass from the API's modules, e.g. ``_xrfkey``,
``_tier_pacing``, ``_envelope``); the shared transport and send/parse steps call it. The base does nothing.
"""

from __future__ import annotations

from typing import Any

import httpx

from .errors import ErrorBody


class ServiceHooks:
    """Per-API behaviour; every method here is a no-op that a subclass may override."""

    def prepare_kwargs(self, kwargs: dict[str, Any]) -> None:
        """Complete the arguments of ``httpx.Client.request`` before the request is built (called once a call)."""

    def prepare_request(self, request: httpx.Request) -> None:
        """Adjust a request as it goes out: called for the first request and for every redirect hop."""

    def pace(self, request: httpx.Request) -> float:
        """0.0 when this attempt may be sent now (a slot it takes), else seconds to wait before asking again."""
        return 0.0

    def failed(self, parsed: object) -> bool:
        """Whether a parsed success body reports that the call failed (a response envelope)."""
        return False

    def read_error_body(self, body: Any) -> ErrorBody:
        """What an error body says (decoded JSON, or None when it is not JSON)."""
        return ErrorBody()

    def error_hint(self, response: httpx.Response) -> str:
        """The likely fix for an error response, added to the error's message ("" when none is known)."""
        return ""
