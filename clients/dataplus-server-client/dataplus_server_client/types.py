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


def _unset_repr(self: Unset) -> str:
    return "UNSET"


# help() and signatures show a default of UNSET, not <...Unset object at 0x...>.
setattr(Unset, "__repr__", _unset_repr)
