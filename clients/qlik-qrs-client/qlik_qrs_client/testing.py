# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""An in-process fake of the API for testing code built on this package (no server, no network).

fake = FakeQrs()
client = fake.client()  # the ordinary QrsClient: retries, validation, pagers all apply
"""

from __future__ import annotations

from typing import Any

from ._fake_qrs import FakeQrsServer
from .resources import AsyncQrsClient, QrsClient

__all__ = ["FakeQrs"]


class FakeQrs(FakeQrsServer):
    """The fake server; `client()` / `async_client()` give entry clients talking to it."""

    def client(self, **options: Any) -> QrsClient:
        return QrsClient(base_url=self.base_url, httpx_args={"transport": self}, **options)

    def async_client(self, **options: Any) -> AsyncQrsClient:
        return AsyncQrsClient(base_url=self.base_url, httpx_args={"transport": self}, **options)
