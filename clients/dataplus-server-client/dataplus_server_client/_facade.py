# Copied from generator/runtime/_facade.py into the client generated from specs/dataplus-server.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""The resource layer's machinery, shared by every package: calls, pagers, raw responses, paths.

Generic over the package it is copied into (it imports nothing from it): the generated ``resources``
module hands in the package's send functions, error classes and models.
"""

from __future__ import annotations

import importlib
import re
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeAlias, TypeVar
from urllib.parse import unquote

import attrs
import httpx

from ._columns import text_values
from ._inputs import accept, model_of
from ._validation import next_link_url

__all__ = [
    "AsyncPager",
    "Caller",
    "JsonObject",
    "JsonValue",
    "Pager",
    "RawResponse",
    "Route",
    "accept",
    "next_link_request",
    "next_offset_request",
    "url_without_query",
]

JsonValue: TypeAlias = "dict[str, JsonValue] | list[JsonValue] | str | int | float | bool | None"
"""Any JSON value, as decoded by ``json.loads``."""
JsonObject: TypeAlias = "dict[str, JsonValue]"
"""A JSON object."""

T = TypeVar("T")
P = TypeVar("P")
C = TypeVar("C")
Request = dict[str, Any]  # keyword arguments of httpx.Client.request, as the generated _get_kwargs build them


# ---------------------------------------------------------------------------------------------- routes


@dataclass(frozen=True)
class Route:
    """Where an operation lives: method, path template, and whether the path is verified."""

    method: str
    path: str
    inferred: bool = False
    note: str = ""
    # The UUID arguments: (where: "path" | "query" | "json" (the body), parameter name, argument name).
    uuids: tuple[tuple[str, str, str], ...] = ()

    @property
    def parameters(self) -> list[str]:
        return re.findall(r"\{([^}]+)\}", self.path)


def _path_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("([^/?#]*)" if p.startswith("{") else re.escape(p) for p in parts) + "$")


def check_overrides(overrides: Mapping[str, str] | None, routes: Mapping[str, Route]) -> dict[str, str]:
    """Validate ``path_overrides`` (operationId -> path template): known ids, same path parameters."""
    checked: dict[str, str] = {}
    for operation_id, path in (overrides or {}).items():
        route = routes.get(operation_id)
        if route is None:
            raise ValueError(f"path_overrides: unknown operationId {operation_id!r}")
        if not isinstance(path, str) or not path.startswith("/") or any(c in path for c in "?#\r\n "):
            raise ValueError(f"path_overrides[{operation_id!r}]: {path!r} must be a path starting with '/'")
        wanted = sorted(route.parameters)
        given = sorted(re.findall(r"\{([^}]+)\}", path))
        if given != wanted:
            raise ValueError(
                f"path_overrides[{operation_id!r}]: {path!r} must use the path parameters {wanted} "
                f"of {route.method} {route.path}, got {given}"
            )
        checked[operation_id] = path
    return checked


def rewrite_path(url: str, route: Route, override: str) -> str:
    """The request URL built for ``route.path``, moved to ``override`` (parameter values kept as encoded)."""
    match = _path_pattern(route.path).match(url)
    if match is None:
        raise ValueError(f"{url!r} does not match {route.path!r}")
    values = dict(zip(route.parameters, match.groups(), strict=True))
    return re.sub(r"\{([^}]+)\}", lambda m: values[m.group(1)], override)


def check_uuids(request: Request, route: Route) -> None:
    """A UUID argument given as a str (the form responses carry) must be one: a ValueError naming the argument,
    before the request is sent. (UUIDs go out as text, so the request holds what the caller gave.)"""
    match = _path_pattern(route.path).match(request["url"])
    path = dict(zip(route.parameters, match.groups(), strict=True)) if match else {}
    for where, parameter, argument in route.uuids:
        if where == "path" and parameter in path:
            accept(unquote(path[parameter]), "uuid", argument)
        elif where == "query" and isinstance(request.get("params"), Mapping):
            value = request["params"].get(parameter)
            if isinstance(value, str):
                accept(value, "uuid", argument)
        elif where == "json":
            body = request.get("json")
            for index, value in enumerate(body if isinstance(body, list) else [body]):
                if isinstance(value, str):
                    accept(value, "uuid", f"{argument}[{index}]" if isinstance(body, list) else argument)


def inferred_hint(operation_id: str, route: Route) -> str:
    note = f" The docs' note on it: {route.note.rstrip('.')}." if route.note else ""
    return (
        f" -- {route.method} {route.path} ({operation_id}) is inferred from the documentation's naming style, not "
        f"verified against the API.{note} If the API uses another path, pass "
        f"path_overrides={{{operation_id!r}: '/the/right/path'}} to the client."
    )


# ---------------------------------------------------------------------------------------------- lazy resources


def lazy_class(namespace: dict[str, Any], package: str, module: str, name: str) -> Callable[..., Any]:
    """A stand-in for class ``name`` of ``package.module``, bound in ``namespace`` as ``_<name>``: its first call
    imports the module, binds the class itself there (later calls reach it directly, at no cost) and returns
    the new instance. Calls from several threads at once import once (the import lock) and bind the same class."""

    def load(*args: Any, **kwargs: Any) -> Any:
        cls = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[f"_{name}"] = cls
        return cls(*args, **kwargs)

    return load


# ---------------------------------------------------------------------------------------------- calls


class Caller(Generic[C]):
    """Sends the requests of the resource classes through a package's runtime.

    Args:
        client: the package's client (an entry class instance).
        send / send_async: the package's ``_runtime.send`` / ``_runtime.send_async``.
        routes: every operation's route, by operationId.
        overrides: validated path overrides, by operationId.
        api_error: the package's ``errors.ApiError``; one for a 404/405 on an inferred path gets a hint.
    """

    __slots__ = ("api_error", "client", "overrides", "routes", "_send", "_send_async")

    def __init__(
        self,
        client: C,
        *,
        send: Callable[[C, Request], httpx.Response],
        send_async: Callable[[C, Request], Awaitable[httpx.Response]],
        routes: Mapping[str, Route],
        overrides: Mapping[str, str],
        api_error: type[Exception],
    ) -> None:
        self.client = client
        self._send = send
        self._send_async = send_async
        self.routes = routes
        self.overrides = overrides
        self.api_error = api_error

    def _prepare(self, operation_id: str, request: Request) -> Request:
        route = self.routes.get(operation_id)
        if route is not None and route.uuids:
            check_uuids(request, route)
        override = self.overrides.get(operation_id)
        if override is None:
            return request
        return {**request, "url": rewrite_path(request["url"], self.routes[operation_id], override)}

    def _explain(self, operation_id: str, error: Exception) -> None:
        route = self.routes.get(operation_id)
        if route is None or not route.inferred or operation_id in self.overrides:
            return
        if getattr(error, "status_code", None) in (404, 405):
            message = f"{getattr(error, 'message', str(error))}{inferred_hint(operation_id, route)}"
            vars(error)["message"] = message
            error.args = (message,)

    def send(self, operation_id: str, request: Request) -> httpx.Response:
        return self.call(operation_id, request, self._send)

    async def send_async(self, operation_id: str, request: Request) -> httpx.Response:
        return await self.call_async(operation_id, request, self._send_async)

    def call(self, operation_id: str, request: Request, send: Callable[[C, Request], T]) -> T:
        """``send(client, request)`` for the operation (path override applied, inferred-path hint on a 404/405):
        ``send`` is the runtime's send, or another way of sending such as its streaming download."""
        try:
            return send(self.client, self._prepare(operation_id, request))
        except Exception as error:
            if isinstance(error, self.api_error):
                self._explain(operation_id, error)
            raise

    async def call_async(self, operation_id: str, request: Request, send: Callable[[C, Request], Awaitable[T]]) -> T:
        """The async twin of ``call``."""
        try:
            return await send(self.client, self._prepare(operation_id, request))
        except Exception as error:
            if isinstance(error, self.api_error):
                self._explain(operation_id, error)
            raise


def url_without_query(url: httpx.URL) -> str:
    """A request URL fit for an error message: no credentials, no query (its values may be secret)."""
    return str(url.copy_with(userinfo=b"", query=None, fragment=None))


def check_status(response: httpx.Response, error_for_status: Callable[[httpx.Response], Exception]) -> None:
    """Raise for an error status even when the runtime was told not to (the resource layer always raises)."""
    if response.status_code >= 400:
        raise error_for_status(response)


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def model_from_fields(
    model: Callable[..., T],
    body: Any,
    fields: dict[str, Any],
    names: Mapping[str, str],
    what: str,
    unset: object,
    from_path: Mapping[str, Any] | None = None,
    kinds: Mapping[str, Any] | None = None,
    variants: tuple[type, ...] = (),
) -> T:
    """The request body: ``body`` as given (the model, a response variant of it such as the entity just fetched,
    or a plain mapping of its JSON fields), or the model built from keyword fields (facade name -> python name);
    ``from_path`` fills the fields named like a path parameter. ``kinds`` says which fields take a str for a
    UUID, date, date-time or enum (see ``accept``)."""
    fields = {name: value for name, value in fields.items() if value is not unset}
    if body is not None:
        if fields:
            raise TypeError(f"{what}() takes a body or its fields as keyword arguments, not both")
        return _body_of(model, body, variants)
    fields = {**(from_path or {}), **fields}
    for name, kind in (kinds or {}).items():
        if name in fields:
            fields[name] = accept(fields[name], kind, name)
    _check_keywords(model, fields, names, what)
    return model(**{names[name]: value for name, value in fields.items()})


def _body_of(model: Callable[..., T], body: Any, variants: tuple[type, ...]) -> T:
    if not isinstance(model, type) or isinstance(body, model):
        return typing.cast(T, body)
    if variants and isinstance(body, variants):
        # The entity as fetched, back into its update: the same JSON fields, read as the request model.
        return typing.cast(T, model_of(model, typing.cast(_Model, body).to_dict(), "body", documented_only=False))
    if isinstance(body, Mapping):
        return typing.cast(T, model_of(model, body, "body"))
    raise ValueError(f"body: expected a {model.__name__} or a mapping of its fields, got {type(body).__name__}")


def _check_keywords(model: Callable[..., Any], fields: Mapping[str, Any], names: Mapping[str, str], what: str) -> None:
    """Missing and unknown keyword fields, named as the caller writes them (``type``, not the model's ``type_``)."""
    if not (isinstance(model, type) and attrs.has(model)):
        return
    declared = {f.name: f for f in attrs.fields(model) if f.init}
    facade = {python: name for name, python in names.items()}
    unknown = [name for name in fields if names.get(name, name) not in declared]
    if unknown:
        raise TypeError(f"{what}() got an unexpected keyword argument {unknown[0]!r}")
    given = {names.get(name, name) for name in fields}
    missing = [
        facade.get(python, python.rstrip("_") or python)
        for python, f in declared.items()
        if f.default is attrs.NOTHING and python not in given
    ]
    if missing:
        listed = ", ".join(repr(name) for name in missing)
        raise TypeError(f"{what}() missing required keyword argument{'s' if len(missing) > 1 else ''}: {listed}")


def model_from_arguments(
    model: Callable[..., T],
    body: Any,
    arguments: Mapping[str, Any],
    other: tuple[str, ...],
    what: str,
    unset: object,
    renames: Mapping[str, str] | None = None,
    from_path: Mapping[str, Any] | None = None,
    kinds: Mapping[str, Any] | None = None,
    variants: tuple[type, ...] = (),
) -> T:
    """``model_from_fields`` with the keyword fields read from a method's own arguments (its ``locals()``): all
    but ``other`` (self, the body, path and query parameters) and ``from_path`` (path parameters filling a
    field). ``renames`` maps an argument name to the model's where they differ."""
    fields = {name: value for name, value in arguments.items() if name not in other and name not in (from_path or {})}
    return _model_of(model, body, fields, what, unset, renames, from_path, kinds, variants)


def model_from_keywords(
    model: Callable[..., T],
    body: Any,
    keywords: Mapping[str, Any],
    what: str,
    unset: object,
    renames: Mapping[str, str] | None = None,
    from_path: Mapping[str, Any] | None = None,
    kinds: Mapping[str, Any] | None = None,
    variants: tuple[type, ...] = (),
) -> T:
    """``model_from_fields`` for a method taking its keyword fields as ``**fields`` (typed for callers by the
    operation's ``TypedDict``): a keyword that is no field is refused with TypeError, naming it."""
    taken = sorted(set(keywords) & set(from_path or {}))
    if taken:
        raise TypeError(f"{what}() got an unexpected keyword argument {taken[0]!r}")
    return _model_of(model, body, dict(keywords), what, unset, renames, from_path, kinds, variants)


def _model_of(
    model: Callable[..., T],
    body: Any,
    fields: dict[str, Any],
    what: str,
    unset: object,
    renames: Mapping[str, str] | None,
    from_path: Mapping[str, Any] | None,
    kinds: Mapping[str, Any] | None,
    variants: tuple[type, ...],
) -> T:
    names = {name: (renames or {}).get(name, name) for name in (*fields, *(from_path or {}))}
    # `kinds` is the resource module's table by method name, or the method's own.
    own = kinds.get(what) if kinds and isinstance(kinds.get(what), Mapping) else kinds
    return model_from_fields(model, body, fields, names, what, unset, from_path, own, variants)


def row_of(model: _Model) -> dict[str, str]:
    """A table row as a plain mapping of strings, by ``_columns``' read rule (nothing left out but nulls)."""
    return text_values(model.to_dict())


def json_list(value: object, fail: Callable[[str], Exception]) -> list[JsonObject]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise fail(f"expected a list of objects in the envelope's data, got {type(value).__name__}")
    return value


def json_object(value: object, fail: Callable[[str], Exception]) -> JsonObject:
    if not isinstance(value, dict):
        raise fail(f"expected an object in the envelope's data, got {type(value).__name__}")
    return value


def json_value(value: object, fail: Callable[[str], Exception]) -> JsonValue:
    if value is None or isinstance(value, (dict, list, str, int, float, bool)):
        return value
    raise fail(f"expected a JSON value in the envelope's data, got {type(value).__name__}")


# ---------------------------------------------------------------------------------------------- raw responses


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A call's HTTP response together with its parsed result (``.parsed``, the method's usual return value)."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T
    http_response: httpx.Response

    @classmethod
    def of(cls, response: httpx.Response, parsed: T) -> RawResponse[T]:
        return cls(response.status_code, response.headers, response.content, parsed, response)

    def json(self) -> Any:
        return self.http_response.json()


# ---------------------------------------------------------------------------------------------- pagers


# A server that keeps answering new next pages is stopped here (read when a walk starts).
DEFAULT_MAX_PAGES = 10_000


def _first_visit(request: Request, seen: set[str]) -> bool:
    """False for a request already made: a server repeating a next link would otherwise loop forever."""
    key = f"{request.get('url')}?{sorted((request.get('params') or {}).items())}"
    if key in seen:
        return False
    seen.add(key)
    return True


def _check_page_count(seen: set[str], max_pages: int, limit_error: Callable[[str], Exception]) -> None:
    """`seen` holds every page requested so far, this one included."""
    if len(seen) > max_pages:
        raise limit_error(f"The list kept answering further pages past {max_pages}; iteration stopped")


class Pager(Generic[T, P]):
    """Every item of a paged list, fetched lazily page by page as you iterate.

    ``for item in pager`` yields the items of every page; ``pager.pages()`` yields the pages themselves
    (with ``total`` and the like); ``pager.first_page()`` fetches just the first one.
    """

    def __init__(
        self,
        fetch: Callable[[Request], P],
        first: Request,
        next_request: Callable[[P, Request], Request | None],
        items: Callable[[P], list[T]],
        *,
        limit_error: Callable[[str], Exception],
    ) -> None:
        self._fetch = fetch
        self._first = first
        self._next_request = next_request
        self._items = items
        self._limit_error = limit_error

    def first_page(self) -> P:
        return self._fetch(self._first)

    def pages(self) -> Iterator[P]:
        request: Request | None = self._first
        seen: set[str] = set()
        max_pages = DEFAULT_MAX_PAGES
        while request is not None and _first_visit(request, seen):
            _check_page_count(seen, max_pages, self._limit_error)
            page = self._fetch(request)
            request = self._next_request(page, request)
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            items = self._items(page)
            del page  # hold only the items of the current page while they are consumed
            yield from items

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._first.get('method', '').upper()} {self._first.get('url', '')}>"


class AsyncPager(Generic[T, P]):
    """The async twin of ``Pager``: ``async for item in pager``, ``async for page in pager.pages()``."""

    def __init__(
        self,
        fetch: Callable[[Request], Awaitable[P]],
        first: Request,
        next_request: Callable[[P, Request], Request | None],
        items: Callable[[P], list[T]],
        *,
        limit_error: Callable[[str], Exception],
    ) -> None:
        self._fetch = fetch
        self._first = first
        self._next_request = next_request
        self._items = items
        self._limit_error = limit_error

    async def first_page(self) -> P:
        return await self._fetch(self._first)

    async def pages(self) -> AsyncIterator[P]:
        request: Request | None = self._first
        seen: set[str] = set()
        max_pages = DEFAULT_MAX_PAGES
        while request is not None and _first_visit(request, seen):
            _check_page_count(seen, max_pages, self._limit_error)
            page = await self._fetch(request)
            request = self._next_request(page, request)
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            items = self._items(page)
            del page
            for item in items:
                yield item

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._first.get('method', '').upper()} {self._first.get('url', '')}>"


def next_link_request(
    base_url: str, href: str | None, previous: Request, fail: Callable[[str], Exception]
) -> Request | None:
    """The request for a page's next link, only on the API's origin and under its base path (credentials stay
    with it; see ``_validation.next_link_url``); None at the end."""
    if not href:
        return None
    try:
        url = next_link_url(base_url, href)
    except ValueError as refused:
        raise fail(f"{refused}; it is not followed so that credentials stay with the API") from None
    return {"method": "GET", "url": url}


def next_offset_request(previous: Request, count: int, total: int | None) -> Request | None:
    """The request for the page after one of ``count`` items (offset/limit paging, until ``total``)."""
    params = dict(previous.get("params") or {})
    offset = int(params.get("offset") or 0) + count
    limit = params.get("limit")
    if count == 0 or (total is not None and offset >= total) or (total is None and limit and count < int(limit)):
        return None
    params["offset"] = offset
    return {**previous, "params": params}
