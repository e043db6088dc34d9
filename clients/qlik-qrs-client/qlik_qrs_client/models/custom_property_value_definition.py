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

T = TypeVar("T", bound="CustomPropertyValueDefinition")


@_attrs_define
class CustomPropertyValueDefinition:
    """
    Attributes:
        id (UUID | Unset):
        name (str | Unset):
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _id = src_dict.get("id", UNSET)
        id: UUID | Unset = UNSET if _id is UNSET else (uuids.get(_id) or cached_uuid(uuids, _id))

        name = src_dict.get("name", UNSET)

        custom_property_value_definition = cls.__new__(cls)
        custom_property_value_definition.id = id
        custom_property_value_definition.name = name
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            custom_property_value_definition.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            custom_property_value_definition.additional_properties = extras

        if (
            cls is not CustomPropertyValueDefinition
        ):  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, custom_property_value_definition, CustomPropertyValueDefinition)
        return custom_property_value_definition

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


_DOCUMENTED_KEYS = frozenset({"id", "name"})
