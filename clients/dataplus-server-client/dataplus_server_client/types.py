# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]

import json  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402
from uuid import UUID, SafeUUID  # noqa: E402

_new_object = object.__new__
# UUID is immutable: its slots are written through their descriptors, as UUID.__init__ does.
_set_uuid_int = vars(UUID)["int"].__set__
_set_uuid_is_safe = vars(UUID)["is_safe"].__set__
_UNKNOWN_SAFETY = SafeUUID.unknown


def parse_uuid(value: str) -> UUID:
    """``UUID(value)`` in less than half the time: the same checks and result (a 32-digit hex string once the
    hyphens are gone; anything else is left to ``UUID``), without its keyword dispatch."""
    try:
        digits = value.replace("-", "")
    except AttributeError:  # not a string: UUID says what is wrong
        return UUID(value)
    if len(digits) != 32:
        return UUID(value)
    uuid = _new_object(UUID)
    _set_uuid_int(uuid, int(digits, 16))
    _set_uuid_is_safe(uuid, _UNKNOWN_SAFETY)
    return uuid


UuidCache = dict[str, UUID]
"""UUIDs already parsed while decoding one response, by their text."""


def cached_uuid(cache: UuidCache, value: str) -> UUID:
    """``parse_uuid(value)``, remembered in ``cache`` (one per decoded response). Models call it after a miss of
    ``cache.get(value)``: the ids of owners, tags and definitions repeat across the items of a list, and a UUID
    is immutable, so equal strings can share one object (fewer objects for the cyclic GC to scan, no re-parse)."""
    uuid = cache[value] = parse_uuid(value)
    return uuid


# Large bodies: msgspec's decoder takes about 0.7x json.loads' time. Small ones stay on json.loads: the gain there
# is microseconds, and an application making only small calls never pays msgspec's import (about 15 ms).
_LARGE_BODY = 64 * 1024
_fast_decode: Callable[[bytes], Any] | None = None
_fast_refusals: tuple[type[BaseException], ...] = ()


def decode_json(content: bytes) -> Any:
    """``json.loads(content)`` (what ``httpx.Response.json()`` does), the same result and the same errors.

    Large bodies are first given to msgspec's untyped JSON decoder, which builds the same dicts, lists, strings
    and numbers; whatever it refuses (NaN/Infinity, numbers beyond a float, lone surrogates, a BOM or UTF-16,
    invalid JSON) goes to ``json.loads``, so every accepted document and every error is json's own."""
    if len(content) < _LARGE_BODY:
        return json.loads(content)
    return decode_json_fast(content)


def decode_json_fast(content: bytes) -> Any:
    """decode_json's path for large bodies, at any size."""
    global _fast_decode, _fast_refusals
    if _fast_decode is None:
        import msgspec.json  # imported on the first large body: about 15 ms that small calls never pay

        _fast_decode = msgspec.json.Decoder().decode
        # msgspec before 0.20 raises UnicodeDecodeError (a ValueError) for a UTF-8-encoded surrogate
        _fast_refusals = (msgspec.DecodeError, ValueError, RecursionError)
    try:
        return _fast_decode(content)
    except _fast_refusals:
        return json.loads(content)


_Item = TypeVar("_Item")


def decode_items(items: Any, decode: Callable[[Any, UuidCache], _Item]) -> list[_Item]:
    """``[decode(item, cache) for item in items]`` for a JSON array the caller owns (a freshly decoded body):
    each item is released as soon as it is converted, so the decoded tree and the models are not alive together
    (less memory at the peak, less for the cyclic GC to scan). One UUID cache for the whole array."""
    uuids: UuidCache = {}
    if type(items) is not list:  # not an array: the same iteration (and refusal) as the upstream loop
        return [decode(item, uuids) for item in items]
    converted: list[_Item] = []
    append = converted.append
    for index, item in enumerate(items):
        items[index] = None
        append(decode(item, uuids))
    return converted


def _unset_repr(self: Unset) -> str:
    return "UNSET"


# help() and signatures show a default of UNSET, not <...Unset object at 0x...>.
setattr(Unset, "__repr__", _unset_repr)
