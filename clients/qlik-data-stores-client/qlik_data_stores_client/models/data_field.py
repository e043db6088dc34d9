# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="DataField")


def _convert_data_type(value: DataType | Mapping[str, Any]) -> DataType:
    return convert(value, DataType, "DataField.data_type")


def _convert_user_tags(value: Sequence[UserTag | Mapping[str, Any]] | Unset) -> list[UserTag] | Unset:
    return value if isinstance(value, Unset) else convert(value, [UserTag], "DataField.user_tags")


def _convert_properties(value: DataFieldProperties | Mapping[str, Any] | Unset) -> DataFieldProperties | Unset:
    return value if isinstance(value, Unset) else convert(value, DataFieldProperties, "DataField.properties")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DataField:
    """
    Attributes:
        name (str):
        data_type (DataType):
        tags (list[str] | Unset): An array of system tags
        alias (str | Unset):
        index (int | Unset):
        orphan (bool | Unset):
        nullable (bool | Unset):
        user_tags (list[UserTag] | Unset): An array of user-supplied tags
        encrypted (bool | Unset):
        sensitive (bool | Unset):
        primary_key (bool | Unset):
        properties (DataFieldProperties | Unset):
        description (str | Unset):
        ordinal_position_in_key (int | Unset):
    """

    name: str
    data_type: DataType = _attrs_field(converter=_convert_data_type)
    tags: list[str] | Unset = UNSET
    alias: str | Unset = UNSET
    index: int | Unset = UNSET
    orphan: bool | Unset = UNSET
    nullable: bool | Unset = UNSET
    user_tags: list[UserTag] | Unset = _attrs_field(default=UNSET, converter=_convert_user_tags)
    encrypted: bool | Unset = UNSET
    sensitive: bool | Unset = UNSET
    primary_key: bool | Unset = UNSET
    properties: DataFieldProperties | Unset = _attrs_field(default=UNSET, converter=_convert_properties)
    description: str | Unset = UNSET
    ordinal_position_in_key: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type = self.data_type.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        alias = self.alias

        index = self.index

        orphan = self.orphan

        nullable = self.nullable

        user_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_tags, Unset):
            user_tags = []
            for user_tags_item_data in self.user_tags:
                user_tags_item = user_tags_item_data.to_dict()
                user_tags.append(user_tags_item)

        encrypted = self.encrypted

        sensitive = self.sensitive

        primary_key = self.primary_key

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        description = self.description

        ordinal_position_in_key = self.ordinal_position_in_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "dataType": data_type,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if alias is not UNSET:
            field_dict["alias"] = alias
        if index is not UNSET:
            field_dict["index"] = index
        if orphan is not UNSET:
            field_dict["orphan"] = orphan
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if user_tags is not UNSET:
            field_dict["userTags"] = user_tags
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if sensitive is not UNSET:
            field_dict["sensitive"] = sensitive
        if primary_key is not UNSET:
            field_dict["primaryKey"] = primary_key
        if properties is not UNSET:
            field_dict["properties"] = properties
        if description is not UNSET:
            field_dict["description"] = description
        if ordinal_position_in_key is not UNSET:
            field_dict["ordinalPositionInKey"] = ordinal_position_in_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        _data_type = src_dict["dataType"]
        data_type = DataType._decode(_data_type, uuids)

        tags = src_dict.get("tags", UNSET)

        alias = src_dict.get("alias", UNSET)

        index = src_dict.get("index", UNSET)

        orphan = src_dict.get("orphan", UNSET)

        nullable = src_dict.get("nullable", UNSET)

        _user_tags = src_dict.get("userTags", UNSET)
        user_tags: list[UserTag] | Unset = (
            UNSET if _user_tags is UNSET else [UserTag._decode(item, uuids) for item in _user_tags]
        )

        encrypted = src_dict.get("encrypted", UNSET)

        sensitive = src_dict.get("sensitive", UNSET)

        primary_key = src_dict.get("primaryKey", UNSET)

        _properties = src_dict.get("properties", UNSET)
        properties: DataFieldProperties | Unset = (
            UNSET if _properties is UNSET else DataFieldProperties._decode(_properties, uuids)
        )

        description = src_dict.get("description", UNSET)

        ordinal_position_in_key = src_dict.get("ordinalPositionInKey", UNSET)

        data_field = cls.__new__(cls)
        data_field.name = name
        data_field.data_type = data_type
        data_field.tags = tags
        data_field.alias = alias
        data_field.index = index
        data_field.orphan = orphan
        data_field.nullable = nullable
        data_field.user_tags = user_tags
        data_field.encrypted = encrypted
        data_field.sensitive = sensitive
        data_field.primary_key = primary_key
        data_field.properties = properties
        data_field.description = description
        data_field.ordinal_position_in_key = ordinal_position_in_key
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_field.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_field.additional_properties = extras

        if cls is not DataField:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_field, DataField)
        return data_field

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


_DOCUMENTED_KEYS = frozenset(
    {
        "name",
        "dataType",
        "tags",
        "alias",
        "index",
        "orphan",
        "nullable",
        "userTags",
        "encrypted",
        "sensitive",
        "primaryKey",
        "properties",
        "description",
        "ordinalPositionInKey",
    }
)


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.data_field_properties import DataFieldProperties  # noqa: E402
from ..models.data_type import DataType  # noqa: E402
from ..models.user_tag import UserTag  # noqa: E402
