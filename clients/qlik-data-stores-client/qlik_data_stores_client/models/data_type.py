# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..models.data_type_name import DataTypeName
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="DataType")


def _convert_type_(
    value: DataTypeName
    | Literal[
        "DATE", "TIME", "DATETIME", "TIMESTAMP", "STRING", "DOUBLE", "DECIMAL", "INTEGER", "BOOLEAN", "BINARY", "CUSTOM"
    ],
) -> DataTypeName:
    return convert(value, DataTypeName, "DataType.type")


def _convert_properties(value: DataTypeProperties | Mapping[str, Any] | Unset) -> DataTypeProperties | Unset:
    return value if isinstance(value, Unset) else convert(value, DataTypeProperties, "DataType.properties")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DataType:
    """
    Attributes:
        type_ (DataTypeName): Each datatype may vary in terms of required properties. Example: Datatype DECIMAL requires
            two mandatory properties to be defined - precision and scale, each one accepts integer value. All other
            datatypes does not have any required properties.
        properties (DataTypeProperties | Unset): The properties map key is string and the value is of type object.
            Please note, Datatype DECIMAL requires two mandatory properties to be defined; these properties must be named:
            precision and scale, each of these property accepts integer value. All other datatypes does not require any
            manadatory properties to be defined.
        original_type (str | Unset):
    """

    type_: DataTypeName = _attrs_field(converter=_convert_type_)
    properties: DataTypeProperties | Unset = _attrs_field(default=UNSET, converter=_convert_properties)
    original_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        original_type = self.original_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties
        if original_type is not UNSET:
            field_dict["originalType"] = original_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _type_ = src_dict["type"]
        type_ = DataTypeName(_type_)

        _properties = src_dict.get("properties", UNSET)
        properties: DataTypeProperties | Unset = (
            UNSET if _properties is UNSET else DataTypeProperties._decode(_properties, uuids)
        )

        original_type = src_dict.get("originalType", UNSET)

        data_type = cls.__new__(cls)
        data_type.type_ = type_
        data_type.properties = properties
        data_type.original_type = original_type
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_type.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_type.additional_properties = extras

        if cls is not DataType:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_type, DataType)
        return data_type

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


_DOCUMENTED_KEYS = frozenset({"type", "properties", "originalType"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.data_type_properties import DataTypeProperties  # noqa: E402
