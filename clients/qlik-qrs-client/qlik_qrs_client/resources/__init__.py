# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Resource clients for Qlik Sense QRS data connections: ``QrsClient`` and its async twin ``AsyncQrsClient``.

One attribute per resource ``data_connections``; each method
sends one operation, returns its success type and raises ``errors.ApiError`` (a subclass per status) for
anything else. ``resource.with_raw_response.method(...)`` returns a ``RawResponse`` (status, headers, raw
body and the parsed result) instead. Each resource is a module of this package (``resources/<resource>.py``);
the functions under ``api/`` stay available as the low-level layer.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .. import _facade, _runtime, errors
from .._facade import AsyncPager, JsonObject, JsonValue, Pager, RawResponse
from ..client import Client

# Each resource module (and the operation modules it imports) is loaded on first use: the entry classes reach
# their resources through stand-ins that import the module on the first call and then give way to the class.
if TYPE_CHECKING:
    from ..testing import FakeQrs
    from .data_connections import (
        AsyncDataConnections,
        AsyncDataConnectionsWithRawResponse,
        DataConnections,
        DataConnectionsWithRawResponse,
    )

    _DataConnections = DataConnections
    _AsyncDataConnections = AsyncDataConnections
else:
    _DataConnections = _facade.lazy_class(globals(), __name__, "data_connections", "DataConnections")
    _AsyncDataConnections = _facade.lazy_class(globals(), __name__, "data_connections", "AsyncDataConnections")

    # `from <package>.resources import Tasks` and the like: the class, its module imported then.
    _MODULES = {
        "DataConnections": "data_connections",
        "DataConnectionsWithRawResponse": "data_connections",
        "AsyncDataConnections": "data_connections",
        "AsyncDataConnectionsWithRawResponse": "data_connections",
    }

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncQrsClient",
    "AsyncPager",
    "JsonObject",
    "JsonValue",
    "Pager",
    "RawResponse",
    "QrsClient",
    "AsyncDataConnections",
    "AsyncDataConnectionsWithRawResponse",
    "DataConnections",
    "DataConnectionsWithRawResponse",
]

_ROUTES: Mapping[str, _facade.Route] = MappingProxyType(
    {
        "getDataConnections": _facade.Route("GET", "/dataconnection", False),
        "createDataConnection": _facade.Route("POST", "/dataconnection", False),
        "getDataConnectionsFull": _facade.Route("GET", "/dataconnection/full", False),
        "getDataConnectionsCount": _facade.Route("GET", "/dataconnection/count", False),
        "getDataConnection": _facade.Route("GET", "/dataconnection/{id}", False, uuids=(("path", "id", "id"),)),
        "updateDataConnection": _facade.Route("PUT", "/dataconnection/{id}", False, uuids=(("path", "id", "id"),)),
        "deleteDataConnection": _facade.Route("DELETE", "/dataconnection/{id}", False, uuids=(("path", "id", "id"),)),
    }
)
_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})


class QrsClient(Client):
    """Qlik Sense QRS data connections, one attribute per resource.

        qrs = QrsClient.for_server("qlik.example.com", client_cert=..., client_key=..., root_ca=...)
        qrs = QrsClient.via_proxy("https://qlik.example.com", virtual_proxy="...", headers=...)
        qrs = QrsClient(base_url="https://qlik.example.com:4242/qrs", verify_ssl=..., headers=...)

    Every keyword option of ``Client`` applies (retries, timeouts, proxies, ..., xrfkey). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``Client`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    @classmethod
    def for_testing(cls, **options: Any) -> tuple[QrsClient, FakeQrs]:
        """A client on a fresh in-process ``FakeQrs`` (no server, no network), and the fake.

            client, fake = QrsClient.for_testing(max_retries=0)

        ``options`` go to the client as for its constructor; every runtime feature applies. The fake (seeding,
        recorded requests, injected faults) is ``qlik_qrs_client.testing.FakeQrs``.
        """
        from ..testing import FakeQrs

        fake = FakeQrs()
        return fake.client(**options), fake

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "QrsClient always raises for error statuses; use Client(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def data_connections(self) -> DataConnections:
        """Data connections: list, create, list_full, count, get, update, delete."""
        return _DataConnections(self._caller())


class AsyncQrsClient(Client):
    """Qlik Sense QRS data connections (async: every method is a coroutine, pagers take ``async for``), one attribute per resource.

        qrs = AsyncQrsClient.for_server("qlik.example.com", client_cert=..., client_key=..., root_ca=...)
        qrs = AsyncQrsClient.via_proxy("https://qlik.example.com", virtual_proxy="...", headers=...)
        qrs = AsyncQrsClient(base_url="https://qlik.example.com:4242/qrs", verify_ssl=..., headers=...)

    Every keyword option of ``Client`` applies (retries, timeouts, proxies, ..., xrfkey). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``Client`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    @classmethod
    def for_testing(cls, **options: Any) -> tuple[AsyncQrsClient, FakeQrs]:
        """A client on a fresh in-process ``FakeQrs`` (no server, no network), and the fake.

            client, fake = AsyncQrsClient.for_testing(max_retries=0)

        ``options`` go to the client as for its constructor; every runtime feature applies. The fake (seeding,
        recorded requests, injected faults) is ``qlik_qrs_client.testing.FakeQrs``.
        """
        from ..testing import FakeQrs

        fake = FakeQrs()
        return fake.async_client(**options), fake

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "AsyncQrsClient always raises for error statuses; use Client(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def data_connections(self) -> AsyncDataConnections:
        """Data connections: list, create, list_full, count, get, update, delete."""
        return _AsyncDataConnections(self._caller())
