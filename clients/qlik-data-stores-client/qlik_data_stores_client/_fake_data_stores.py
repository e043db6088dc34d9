# Copied from generator/runtime/_fake_data_stores.py into the client generated from specs/qlik-cloud-data-stores.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""The Qlik Cloud data stores fake: data stores, data assets and data sets, JSON Patch, page links, tiers.

Seed format (``python -m qlik_data_stores_client.testing serve --seed file``), JSON fields as the API names them;
ids, dates, tenant and owner are assigned unless given, and a store must come before the assets naming it:

    {"data_stores": [{"type": "s3", "technicalName": "sales"}],
     "data_assets": [{"appType": "qix-datafiles", "technicalName": "a", "dataStoreInfo": {"id": "<store id>"}}],
     "data_sets": [{"technicalName": "d", "dataAssetInfo": {"id": "<asset id>"}}]}
"""

from __future__ import annotations

import collections
import copy
import math
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import httpx

from ._fake import FakeRequest, FakeServer, json_response

__all__ = ["Collection", "FakeDataStoresServer", "apply_json_patch"]

# Set by the service, never by a caller (the schemas' readOnly fields, and the id).
_SYSTEM = ("id", "tenantId", "createdBy", "createdTime", "lastModifiedBy", "lastModifiedTime")
_TITLES = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict"}
_TITLES |= {413: "Payload Too Large", 429: "API rate limit reached.", 500: "Internal Server Error"}
_TITLES |= {503: "Service Unavailable"}
DEFAULT_LIMIT = 20


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _new_id() -> str:
    return uuid.uuid4().hex[:24]


class Collection:
    """Stored items by id; `add` seeds one with the fields the service sets (unless given)."""

    def __init__(self, required: tuple[str, ...], tenant_id: str, user_id: str) -> None:
        self.items: dict[str, dict[str, Any]] = {}
        self.required = required
        self.tenant_id = tenant_id
        self.user_id = user_id

    def add(self, **fields: Any) -> dict[str, Any]:
        now = _now()
        item: dict[str, Any] = {"tenantId": self.tenant_id, "createdBy": self.user_id, "ownerId": self.user_id}
        item |= {"createdTime": now, "lastModifiedBy": self.user_id, "lastModifiedTime": now, "version": 1}
        item.update({key: value for key, value in fields.items() if value is not None})
        item.setdefault("id", _new_id())
        self.items[str(item["id"])] = item
        return item

    def missing(self, item: dict[str, Any]) -> list[str]:
        return [name for name in self.required if not isinstance(item.get(name), str)]

    def __len__(self) -> int:
        return len(self.items)


class _Assets(Collection):
    def __init__(self, stores: Collection) -> None:
        super().__init__(("appType", "technicalName"), stores.tenant_id, stores.user_id)
        self.stores = stores

    def add(self, **fields: Any) -> dict[str, Any]:
        info = dict(fields.get("dataStoreInfo") or {})
        store = self.stores.items.get(str(info.get("id")))
        if store is None:
            raise ValueError(f"dataStoreInfo.id must name a stored data store, got {info.get('id')!r}")
        fields["dataStoreInfo"] = {"id": store["id"], "name": store.get("name"), "type": store["type"]} | info
        return super().add(**fields)


class _Sets(Collection):
    def __init__(self, assets: Collection) -> None:
        super().__init__(("qri", "secureQri", "technicalName"), assets.tenant_id, assets.user_id)
        self.assets = assets

    def add(self, **fields: Any) -> dict[str, Any]:
        info = dict(fields.get("dataAssetInfo") or {})
        asset = self.assets.items.get(str(info.get("id")))
        if asset is None:
            raise ValueError(f"dataAssetInfo.id must name a stored data asset, got {info.get('id')!r}")
        fields["dataAssetInfo"] = {"id": asset["id"], "name": asset.get("name")} | info
        fields["dataAssetInfo"].setdefault("dataStoreInfo", asset["dataStoreInfo"])
        item_id = fields.setdefault("id", _new_id())
        # Placeholders in the fake only: the service derives them from the data set's location.
        fields.setdefault("qri", f"qri:fake:{item_id}")
        fields.setdefault("secureQri", f"qri:fake:{item_id}")
        return super().add(**fields)


# -- JSON Patch (RFC 6902) --------------------------------------------------------------------------------------
def _pointer(path: object) -> list[str]:
    if not isinstance(path, str) or (path and not path.startswith("/")):
        raise ValueError(f"path {path!r} is not a JSON pointer")
    return [part.replace("~1", "/").replace("~0", "~") for part in path.split("/")[1:]]


def _parent(document: Any, parts: list[str]) -> tuple[Any, str]:
    if not parts:
        raise ValueError("the whole document cannot be patched")
    target = document
    for part in parts[:-1]:
        target = _child(target, part)
    return target, parts[-1]


def _child(target: Any, key: str) -> Any:
    if isinstance(target, dict) and key in target:
        return target[key]
    if isinstance(target, list) and key.isdigit() and int(key) < len(target):
        return target[int(key)]
    raise ValueError(f"path segment {key!r} does not exist")


def _add(target: Any, key: str, value: Any) -> None:
    if isinstance(target, dict):
        target[key] = value
    elif isinstance(target, list) and (key == "-" or (key.isdigit() and int(key) <= len(target))):
        target.insert(len(target) if key == "-" else int(key), value)
    else:
        raise ValueError(f"cannot add at {key!r}")


def _remove(target: Any, key: str) -> Any:
    value = _child(target, key)
    if isinstance(target, dict):
        del target[key]
    else:
        del target[int(key)]
    return value


def apply_json_patch(document: dict[str, Any], operations: object, read_only: tuple[str, ...] = ()) -> dict[str, Any]:
    """A patched copy of `document`; ValueError naming the first bad operation (nothing is changed then)."""
    if not isinstance(operations, list):
        raise ValueError("the body must be an array of JSON Patch operations")
    patched = copy.deepcopy(document)
    for index, operation in enumerate(operations):
        if not isinstance(operation, dict):
            raise ValueError(f"operation {index} is not an object")
        op, parts = operation.get("op"), _pointer(operation.get("path"))
        try:
            if parts[:1] and parts[0] in read_only and op != "test":
                raise ValueError(f"/{parts[0]} is read-only")
            if op in ("add", "replace", "test") and "value" not in operation:
                raise ValueError("value is required")
            if op in ("move", "copy"):
                source = _pointer(operation.get("from"))
                holder, key = _parent(patched, source)
                value = _remove(holder, key) if op == "move" else copy.deepcopy(_child(holder, key))
                _add(*_parent(patched, parts), value)
            elif op == "test":
                if _child(*_parent(patched, parts)) != operation["value"]:
                    raise ValueError("test failed")
            elif op == "remove":
                _remove(*_parent(patched, parts))
            elif op == "replace":
                target, key = _parent(patched, parts)
                _child(target, key)  # must exist
                target[int(key) if isinstance(target, list) else key] = operation["value"]
            elif op == "add":
                _add(*_parent(patched, parts), operation["value"])
            else:
                raise ValueError(f"unknown op {op!r}")
        except ValueError as error:
            raise ValueError(f"operation {index} ({op} {operation.get('path')}): {error}") from None
    return patched


class FakeDataStoresServer(FakeServer):
    """Qlik Cloud data stores in memory (base URL http://fake.invalid/api); any Bearer token is accepted.

    `data_stores`, `data_assets`, `data_sets` hold the items (`.add(**fields)` seeds one). Lists page with
    `limit` (default 20) and `page` (from 1), `sort` (comma-separated, `-` for descending) and `projections`;
    every page links to the next like the service does. Set `tier_limits` (e.g. `{1: 1000, 2: 100}`, requests per
    `tier_window` seconds of `clock`) to answer the service's 429 with Retry-After past a tier's limit.
    """

    base_path = "/api"
    base_url = "http://fake.invalid/api"

    def __init__(self) -> None:
        super().__init__()
        self.token = "fake-token"
        self.tenant_id = "fake-tenant"
        self.user_id = "fake-user"
        self.data_stores = Collection(("type", "technicalName"), self.tenant_id, self.user_id)
        self.data_assets = _Assets(self.data_stores)
        self.data_sets = _Sets(self.data_assets)
        self.tier_limits: dict[int, int] | None = None
        self.tier_window = 60.0
        self.clock: Callable[[], float] = time.monotonic
        self._sent: dict[int, collections.deque[float]] = collections.defaultdict(collections.deque)
        self.route("GET", "/v1/data-stores", self._list_stores)
        self.route("POST", "/v1/data-stores", self._create)
        self.route("DELETE", "/v1/data-stores", self._delete_stores)
        self.route("GET", "/v1/data-stores/{id}", self._get)
        self.route("PUT", "/v1/data-stores/{id}", self._update)
        self.route("PATCH", "/v1/data-stores/{id}", self._patch)
        self.route("GET", "/v1/data-stores/{stores}/data-assets", self._list_assets)
        self.route("DELETE", "/v1/data-stores/{stores}/data-assets", self._delete_assets)
        self.route("GET", "/v1/data-stores/{stores}/data-assets/{assets}/data-sets", self._list_sets)
        self.route("DELETE", "/v1/data-stores/{stores}/data-assets/{assets}/data-sets", self._delete_sets)

    def client_options(self) -> dict[str, Any]:
        return {"token": self.token}

    def error_response(self, status: int, message: str) -> httpx.Response:
        item = {"code": f"HTTP-{status}", "title": _TITLES.get(status, "Error"), "detail": message}
        return json_response(status, {"errors": [item | {"status": str(status)}], "traceId": uuid.uuid4().hex})

    def authenticate(self, request: FakeRequest) -> httpx.Response | None:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return self.error_response(401, "a Bearer API key or access token is required")
        return self._pace(1 if request.method == "GET" else 2)  # the spec's x-rate-limit-tier

    def _pace(self, tier: int) -> httpx.Response | None:
        limit = (self.tier_limits or {}).get(tier)
        if limit is None:
            return None
        now, sent = self.clock(), self._sent[tier]
        while sent and sent[0] <= now - self.tier_window:
            sent.popleft()
        if len(sent) < limit:
            sent.append(now)
            return None
        wait = max(1, math.ceil(sent[0] + self.tier_window - now))
        response = self.error_response(429, f"You need to wait {wait} seconds until limit is lifted.")
        response.headers["Retry-After"] = str(wait)
        return response

    # -- paging ------------------------------------------------------------------------------------------------
    def _page(self, request: FakeRequest, items: list[dict[str, Any]]) -> httpx.Response:
        limit, page = _positive(request.query, "limit", DEFAULT_LIMIT), _positive(request.query, "page", 1)
        for field in reversed([f for f in request.query.get("sort", "").split(",") if f.strip()]):
            name = field.strip().lstrip("-+")
            items.sort(key=lambda item: (item.get(name) is not None, str(item.get(name, ""))), reverse=field[0] == "-")
        total, pages = len(items), max(1, math.ceil(len(items) / limit))
        data = [_project(item, request.query) for item in items[(page - 1) * limit : page * limit]]
        host = request.headers.get("Host", "fake.invalid")

        def link(number: int) -> dict[str, str]:
            query = {**request.query, "page": str(number)}
            return {"href": f"http://{host}{self.base_path}{request.path}?{urlencode(query)}"}

        links = {"self": link(page), "first": link(1), "last": link(pages)}
        if page > 1:
            links["prev"] = link(page - 1)
        if page < pages:
            links["next"] = link(page + 1)
        body = {"data": data, "page": page, "limit": limit, "pages": pages, "total": total, "links": links}
        return json_response(200, body)

    def _unknown(self, collection: Collection, ids: list[str] | None, what: str) -> httpx.Response | None:
        missing = [i for i in ids or () if i not in collection.items]
        return self.error_response(404, f"{what} not found: {', '.join(missing)}") if missing else None

    # -- data stores ---------------------------------------------------------------------------------------------
    def _list_stores(self, request: FakeRequest) -> httpx.Response:
        return self._page(request, list(self.data_stores.items.values()))

    def _body(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise ValueError("the body must be a DataStore object")
        missing = self.data_stores.missing(body)
        if missing:
            raise ValueError(f"required string fields missing: {', '.join(missing)}")
        return {key: value for key, value in body.items() if key not in _SYSTEM}

    def _create(self, request: FakeRequest) -> httpx.Response:
        raw = request.json()
        if isinstance(raw, dict) and raw.get("id") is not None:
            raise ValueError("id must be null for a new data store")
        body = self._body(raw)
        body.pop("version", None)
        return json_response(201, self.data_stores.add(**body))

    def _get(self, request: FakeRequest) -> httpx.Response:
        item = self.data_stores.items.get(request.params["id"])
        if item is None:
            return self.error_response(404, f"data store {request.params['id']} not found")
        return json_response(200, _project(item, request.query))

    def _update(self, request: FakeRequest) -> httpx.Response:
        item = self.data_stores.items.get(request.params["id"])
        if item is None:
            return self.error_response(404, f"data store {request.params['id']} not found")
        raw = request.json()
        if isinstance(raw, dict) and raw.get("id") not in (None, item["id"]):
            raise ValueError("the body's id differs from the path's")
        body = self._body(raw)
        if body.get("version") not in (None, item["version"]):  # the version last read, when sent
            return self.error_response(409, f"version {body['version']} is not the current {item['version']}")
        kept = {key: item[key] for key in (*_SYSTEM, "version") if key in item}
        item.clear()
        item.update(body | kept)
        return json_response(200, self._touch(item))

    def _patch(self, request: FakeRequest) -> httpx.Response:
        item = self.data_stores.items.get(request.params["id"])
        if item is None:
            return self.error_response(404, f"data store {request.params['id']} not found")
        patched = apply_json_patch(item, request.json(), (*_SYSTEM, "version"))
        missing = self.data_stores.missing(patched)
        if missing:
            raise ValueError(f"the patch leaves required string fields missing: {', '.join(missing)}")
        item.clear()
        item.update(patched)
        return json_response(200, self._touch(item))

    def _touch(self, item: dict[str, Any]) -> dict[str, Any]:
        item.update(lastModifiedTime=_now(), lastModifiedBy=self.user_id, version=int(item.get("version", 0)) + 1)
        return item

    def _delete_stores(self, request: FakeRequest) -> httpx.Response:
        body = request.json()
        ids = body.get("ids") if isinstance(body, dict) else None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ValueError("the body must be {'ids': [data store ids]}")
        refusal = self._unknown(self.data_stores, ids, "data stores")
        if refusal is not None:
            return refusal
        used = sorted({a["dataStoreInfo"]["id"] for a in self.data_assets.items.values()} & set(ids))
        if used:
            return self.error_response(409, f"data stores still contain data assets: {', '.join(used)}")
        for i in ids:
            del self.data_stores.items[i]
        return httpx.Response(204)

    # -- data assets and data sets ---------------------------------------------------------------------------------
    def _assets_of(self, request: FakeRequest) -> list[dict[str, Any]] | httpx.Response:
        stores = _id_list(request.params["stores"])
        refusal = self._unknown(self.data_stores, stores, "data stores")
        if refusal is not None:
            return refusal
        return [a for a in self.data_assets.items.values() if stores is None or a["dataStoreInfo"]["id"] in stores]

    def _sets_of(self, request: FakeRequest) -> list[dict[str, Any]] | httpx.Response:
        assets = self._assets_of(request)
        if isinstance(assets, httpx.Response):
            return assets
        wanted = _id_list(request.params["assets"])
        refusal = self._unknown(self.data_assets, wanted, "data assets")
        if refusal is not None:
            return refusal
        ids = {a["id"] for a in assets if wanted is None or a["id"] in wanted}
        return [s for s in self.data_sets.items.values() if s["dataAssetInfo"]["id"] in ids]

    def _list_assets(self, request: FakeRequest) -> httpx.Response:
        assets = self._assets_of(request)
        return assets if isinstance(assets, httpx.Response) else self._page(request, assets)

    def _delete_assets(self, request: FakeRequest) -> httpx.Response:
        assets = self._assets_of(request)
        if isinstance(assets, httpx.Response):
            return assets
        ids = {a["id"] for a in assets}
        for asset_id in ids:
            del self.data_assets.items[asset_id]
        for set_id in [s["id"] for s in self.data_sets.items.values() if s["dataAssetInfo"]["id"] in ids]:
            del self.data_sets.items[set_id]
        return httpx.Response(204)

    def _list_sets(self, request: FakeRequest) -> httpx.Response:
        sets = self._sets_of(request)
        return sets if isinstance(sets, httpx.Response) else self._page(request, sets)

    def _delete_sets(self, request: FakeRequest) -> httpx.Response:
        sets = self._sets_of(request)
        if isinstance(sets, httpx.Response):
            return sets
        for item in sets:
            del self.data_sets.items[item["id"]]
        return httpx.Response(204)


def _id_list(text: str) -> list[str] | None:
    """The ids of a comma-separated path segment; None for * (all)."""
    return None if text == "*" else [part for part in text.split(",") if part]


def _positive(query: dict[str, str], name: str, default: int) -> int:
    text = query.get(name)
    if text is None:
        return default
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"{name} must be a positive integer, got {text!r}")
    return int(text)


def _project(item: dict[str, Any], query: dict[str, str]) -> dict[str, Any]:
    fields = [f.strip() for f in query.get("projections", "").split(",") if f.strip()]
    return {key: value for key, value in item.items() if key in fields} if fields else item
