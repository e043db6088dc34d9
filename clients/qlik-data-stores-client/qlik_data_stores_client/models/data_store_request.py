# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="DataStoreRequest")


def _convert_properties(
    value: DataStoreRequestProperties | Mapping[str, Any] | Unset,
) -> DataStoreRequestProperties | Unset:
    return (
        value if isinstance(value, Unset) else convert(value, DataStoreRequestProperties, "DataStoreRequest.properties")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DataStoreRequest:
    """DataStore. As sent in a request (the spec's DataStore).

    Attributes:
        type_ (str):
        technical_name (str):
        id (str | Unset): Only required when updating the resource. Must be null for new resources.
        uri (str | Unset):
        name (str | Unset):
        tags (list[str] | Unset):
        owner_id (str | Unset): The value is automatically set by the application.
        space_id (str | Unset):
        version (int | Unset): Only required when updating the resource. Must be null for new resources.
        tenant_id (str | Unset): The value is automatically set by the application. User defined value is ignored.
        created_by (str | Unset): The value is automatically set by the application. User defined value is ignored.
        properties (DataStoreRequestProperties | Unset): A Map of name-value pairs.
        created_time (str | Unset): The value is automatically set by the application. User defined value is ignored.
        description (str | Unset):
        last_modified_by (str | Unset): The value is automatically set by the application. User defined value is
            ignored.
        last_modified_time (str | Unset): The value is automatically set by the application. User defined value is
            ignored.
        technical_description (str | Unset):
    """

    type_: str
    technical_name: str
    id: str | Unset = UNSET
    uri: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    owner_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    version: int | Unset = UNSET
    tenant_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    properties: DataStoreRequestProperties | Unset = _attrs_field(default=UNSET, converter=_convert_properties)
    created_time: str | Unset = UNSET
    description: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    last_modified_time: str | Unset = UNSET
    technical_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        technical_name = self.technical_name

        id = self.id

        uri = self.uri

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        owner_id = self.owner_id

        space_id = self.space_id

        version = self.version

        tenant_id = self.tenant_id

        created_by = self.created_by

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        created_time = self.created_time

        description = self.description

        last_modified_by = self.last_modified_by

        last_modified_time = self.last_modified_time

        technical_description = self.technical_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "technicalName": technical_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if uri is not UNSET:
            field_dict["uri"] = uri
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if version is not UNSET:
            field_dict["version"] = version
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if properties is not UNSET:
            field_dict["properties"] = properties
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if description is not UNSET:
            field_dict["description"] = description
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if technical_description is not UNSET:
            field_dict["technicalDescription"] = technical_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        type_ = src_dict["type"]

        technical_name = src_dict["technicalName"]

        id = src_dict.get("id", UNSET)

        uri = src_dict.get("uri", UNSET)

        name = src_dict.get("name", UNSET)

        tags = src_dict.get("tags", UNSET)

        owner_id = src_dict.get("ownerId", UNSET)

        space_id = src_dict.get("spaceId", UNSET)

        version = src_dict.get("version", UNSET)

        tenant_id = src_dict.get("tenantId", UNSET)

        created_by = src_dict.get("createdBy", UNSET)

        _properties = src_dict.get("properties", UNSET)
        properties: DataStoreRequestProperties | Unset = (
            UNSET if _properties is UNSET else DataStoreRequestProperties._decode(_properties, uuids)
        )

        created_time = src_dict.get("createdTime", UNSET)

        description = src_dict.get("description", UNSET)

        last_modified_by = src_dict.get("lastModifiedBy", UNSET)

        last_modified_time = src_dict.get("lastModifiedTime", UNSET)

        technical_description = src_dict.get("technicalDescription", UNSET)

        data_store_request = cls.__new__(cls)
        data_store_request.type_ = type_
        data_store_request.technical_name = technical_name
        data_store_request.id = id
        data_store_request.uri = uri
        data_store_request.name = name
        data_store_request.tags = tags
        data_store_request.owner_id = owner_id
        data_store_request.space_id = space_id
        data_store_request.version = version
        data_store_request.tenant_id = tenant_id
        data_store_request.created_by = created_by
        data_store_request.properties = properties
        data_store_request.created_time = created_time
        data_store_request.description = description
        data_store_request.last_modified_by = last_modified_by
        data_store_request.last_modified_time = last_modified_time
        data_store_request.technical_description = technical_description
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_store_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_store_request.additional_properties = extras

        if cls is not DataStoreRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_store_request, DataStoreRequest)
        return data_store_request

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
        "type",
        "technicalName",
        "id",
        "uri",
        "name",
        "tags",
        "ownerId",
        "spaceId",
        "version",
        "tenantId",
        "createdBy",
        "properties",
        "createdTime",
        "description",
        "lastModifiedBy",
        "lastModifiedTime",
        "technicalDescription",
    }
)


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.data_store_request_properties import DataStoreRequestProperties  # noqa: E402
