# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache, cached_uuid

T = TypeVar("T", bound="CustomPropertyValue")


def _convert_definition(
    value: CustomPropertyValueDefinition | Mapping[str, Any] | Unset,
) -> CustomPropertyValueDefinition | Unset:
    return (
        value
        if isinstance(value, Unset)
        else convert(value, CustomPropertyValueDefinition, "CustomPropertyValue.definition")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CustomPropertyValue:
    """
    Attributes:
        id (UUID | Unset):
        definition (CustomPropertyValueDefinition | Unset):
        value (str | Unset):
    """

    id: UUID | Unset = UNSET
    definition: CustomPropertyValueDefinition | Unset = _attrs_field(default=UNSET, converter=_convert_definition)
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if definition is not UNSET:
            field_dict["definition"] = definition
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _id = src_dict.get("id", UNSET)
        id: UUID | Unset = UNSET if _id is UNSET else (uuids.get(_id) or cached_uuid(uuids, _id))

        _definition = src_dict.get("definition", UNSET)
        definition: CustomPropertyValueDefinition | Unset = (
            UNSET if _definition is UNSET else CustomPropertyValueDefinition._decode(_definition, uuids)
        )

        value = src_dict.get("value", UNSET)

        custom_property_value = cls.__new__(cls)
        custom_property_value.id = id
        custom_property_value.definition = definition
        custom_property_value.value = value
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            custom_property_value.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            custom_property_value.additional_properties = extras

        if cls is not CustomPropertyValue:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, custom_property_value, CustomPropertyValue)
        return custom_property_value

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


_DOCUMENTED_KEYS = frozenset({"id", "definition", "value"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.custom_property_value_definition import CustomPropertyValueDefinition  # noqa: E402
