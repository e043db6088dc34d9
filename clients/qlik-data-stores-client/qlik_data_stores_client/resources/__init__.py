# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Resource clients for Qlik Cloud data stores: ``DataStoresClient`` and its async twin ``AsyncDataStoresClient``.

One attribute per resource ``data_stores``, ``data_assets``, ``data_sets``; each method
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
from ..client import AuthenticatedClient

# Each resource module (and the operation modules it imports) is loaded on first use: the entry classes reach
# their resources through stand-ins that import the module on the first call and then give way to the class.
if TYPE_CHECKING:
    from ..testing import FakeDataStores
    from .data_assets import AsyncDataAssets, AsyncDataAssetsWithRawResponse, DataAssets, DataAssetsWithRawResponse
    from .data_sets import AsyncDataSets, AsyncDataSetsWithRawResponse, DataSets, DataSetsWithRawResponse
    from .data_stores import AsyncDataStores, AsyncDataStoresWithRawResponse, DataStores, DataStoresWithRawResponse

    _DataStores = DataStores
    _AsyncDataStores = AsyncDataStores
    _DataAssets = DataAssets
    _AsyncDataAssets = AsyncDataAssets
    _DataSets = DataSets
    _AsyncDataSets = AsyncDataSets
else:
    _DataStores = _facade.lazy_class(globals(), __name__, "data_stores", "DataStores")
    _AsyncDataStores = _facade.lazy_class(globals(), __name__, "data_stores", "AsyncDataStores")
    _DataAssets = _facade.lazy_class(globals(), __name__, "data_assets", "DataAssets")
    _AsyncDataAssets = _facade.lazy_class(globals(), __name__, "data_assets", "AsyncDataAssets")
    _DataSets = _facade.lazy_class(globals(), __name__, "data_sets", "DataSets")
    _AsyncDataSets = _facade.lazy_class(globals(), __name__, "data_sets", "AsyncDataSets")

    # `from <package>.resources import Tasks` and the like: the class, its module imported then.
    _MODULES = {
        "DataStores": "data_stores",
        "DataStoresWithRawResponse": "data_stores",
        "AsyncDataStores": "data_stores",
        "AsyncDataStoresWithRawResponse": "data_stores",
        "DataAssets": "data_assets",
        "DataAssetsWithRawResponse": "data_assets",
        "AsyncDataAssets": "data_assets",
        "AsyncDataAssetsWithRawResponse": "data_assets",
        "DataSets": "data_sets",
        "DataSetsWithRawResponse": "data_sets",
        "AsyncDataSets": "data_sets",
        "AsyncDataSetsWithRawResponse": "data_sets",
    }

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncDataStoresClient",
    "AsyncPager",
    "JsonObject",
    "JsonValue",
    "Pager",
    "RawResponse",
    "DataStoresClient",
    "AsyncDataStores",
    "AsyncDataStoresWithRawResponse",
    "DataStores",
    "DataStoresWithRawResponse",
    "AsyncDataAssets",
    "AsyncDataAssetsWithRawResponse",
    "DataAssets",
    "DataAssetsWithRawResponse",
    "AsyncDataSets",
    "AsyncDataSetsWithRawResponse",
    "DataSets",
    "DataSetsWithRawResponse",
]

_ROUTES: Mapping[str, _facade.Route] = MappingProxyType(
    {
        "getDataStores": _facade.Route("GET", "/v1/data-stores", False),
        "createDataStore": _facade.Route("POST", "/v1/data-stores", False),
        "deleteDataStores": _facade.Route("DELETE", "/v1/data-stores", False),
        "getDataStore": _facade.Route("GET", "/v1/data-stores/{data-store-id}", False),
        "updateDataStore": _facade.Route("PUT", "/v1/data-stores/{data-store-id}", False),
        "patchDataStore": _facade.Route("PATCH", "/v1/data-stores/{data-store-id}", False),
        "getDataAssets": _facade.Route("GET", "/v1/data-stores/{data-store-ids}/data-assets", False),
        "deleteDataAssets": _facade.Route("DELETE", "/v1/data-stores/{data-store-ids}/data-assets", False),
        "getDataSets": _facade.Route(
            "GET", "/v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets", False
        ),
        "deleteDataSets": _facade.Route(
            "DELETE", "/v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets", False
        ),
    }
)
_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})


class DataStoresClient(AuthenticatedClient):
    """Qlik Cloud data stores, one attribute per resource.

        cloud = DataStoresClient.for_tenant("acme", region="eu", token=...)
        cloud = DataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ..., rate_limit). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    @classmethod
    def for_testing(cls, **options: Any) -> tuple[DataStoresClient, FakeDataStores]:
        """A client on a fresh in-process ``FakeDataStores`` (no server, no network), and the fake.

            client, fake = DataStoresClient.for_testing(max_retries=0)

        ``options`` go to the client as for its constructor; every runtime feature applies. The fake (seeding,
        recorded requests, injected faults) is ``qlik_data_stores_client.testing.FakeDataStores``.
        """
        from ..testing import FakeDataStores

        fake = FakeDataStores()
        return fake.client(**options), fake

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "DataStoresClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
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
    def data_stores(self) -> DataStores:
        """Data stores: list, create, delete_many, get, update, patch."""
        return _DataStores(self._caller())

    @property
    def data_assets(self) -> DataAssets:
        """Data assets: list, delete."""
        return _DataAssets(self._caller())

    @property
    def data_sets(self) -> DataSets:
        """Data sets: list, delete."""
        return _DataSets(self._caller())


class AsyncDataStoresClient(AuthenticatedClient):
    """Qlik Cloud data stores (async: every method is a coroutine, pagers take ``async for``), one attribute per resource.

        cloud = AsyncDataStoresClient.for_tenant("acme", region="eu", token=...)
        cloud = AsyncDataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ..., rate_limit). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    @classmethod
    def for_testing(cls, **options: Any) -> tuple[AsyncDataStoresClient, FakeDataStores]:
        """A client on a fresh in-process ``FakeDataStores`` (no server, no network), and the fake.

            client, fake = AsyncDataStoresClient.for_testing(max_retries=0)

        ``options`` go to the client as for its constructor; every runtime feature applies. The fake (seeding,
        recorded requests, injected faults) is ``qlik_data_stores_client.testing.FakeDataStores``.
        """
        from ..testing import FakeDataStores

        fake = FakeDataStores()
        return fake.async_client(**options), fake

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "AsyncDataStoresClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
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
    def data_stores(self) -> AsyncDataStores:
        """Data stores: list, create, delete_many, get, update, patch."""
        return _AsyncDataStores(self._caller())

    @property
    def data_assets(self) -> AsyncDataAssets:
        """Data assets: list, delete."""
        return _AsyncDataAssets(self._caller())

    @property
    def data_sets(self) -> AsyncDataSets:
        """Data sets: list, delete."""
        return _AsyncDataSets(self._caller())
