# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache, cached_uuid

T = TypeVar("T", bound="DataConnectionCondensed")


@_attrs_define
class DataConnectionCondensed:
    """
    Attributes:
        id (UUID):
        name (str | Unset):
        connectionstring (str | Unset):
        type_ (str | Unset):
        privileges (list[str] | Unset):
    """

    id: UUID
    name: str | Unset = UNSET
    connectionstring: str | Unset = UNSET
    type_: str | Unset = UNSET
    privileges: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        connectionstring = self.connectionstring

        type_ = self.type_

        privileges: list[str] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if connectionstring is not UNSET:
            field_dict["connectionstring"] = connectionstring
        if type_ is not UNSET:
            field_dict["type"] = type_
        if privileges is not UNSET:
            field_dict["privileges"] = privileges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _id = src_dict["id"]
        id = uuids.get(_id) or cached_uuid(uuids, _id)

        name = src_dict.get("name", UNSET)

        connectionstring = src_dict.get("connectionstring", UNSET)

        type_ = src_dict.get("type", UNSET)

        privileges = src_dict.get("privileges", UNSET)

        data_connection_condensed = cls.__new__(cls)
        data_connection_condensed.id = id
        data_connection_condensed.name = name
        data_connection_condensed.connectionstring = connectionstring
        data_connection_condensed.type_ = type_
        data_connection_condensed.privileges = privileges
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_connection_condensed.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_connection_condensed.additional_properties = extras

        if cls is not DataConnectionCondensed:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_connection_condensed, DataConnectionCondensed)
        return data_connection_condensed

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


_DOCUMENTED_KEYS = frozenset({"id", "name", "connectionstring", "type", "privileges"})
