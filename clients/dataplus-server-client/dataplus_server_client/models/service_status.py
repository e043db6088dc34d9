# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="ServiceStatus")


def _convert_last_error(value: LastError | Mapping[str, Any] | Unset) -> LastError | Unset:
    return value if isinstance(value, Unset) else convert(value, LastError, "ServiceStatus.last_error")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ServiceStatus:
    """
    Attributes:
        name (str | Unset):
        status (str | Unset):
        last_error (LastError | Unset):
    """

    name: str | Unset = UNSET
    status: str | Unset = UNSET
    last_error: LastError | Unset = _attrs_field(default=UNSET, converter=_convert_last_error)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        last_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_error, Unset):
            last_error = self.last_error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if last_error is not UNSET:
            field_dict["lastError"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict.get("name", UNSET)

        status = src_dict.get("status", UNSET)

        _last_error = src_dict.get("lastError", UNSET)
        last_error: LastError | Unset = UNSET if _last_error is UNSET else LastError._decode(_last_error, uuids)

        service_status = cls.__new__(cls)
        service_status.name = name
        service_status.status = status
        service_status.last_error = last_error
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            service_status.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            service_status.additional_properties = extras

        if cls is not ServiceStatus:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, service_status, ServiceStatus)
        return service_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_DOCUMENTED_KEYS = frozenset({"name", "status", "lastError"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.last_error import LastError  # noqa: E402
