# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_asset_properties import DataAssetProperties
    from ..models.data_store_info import DataStoreInfo


T = TypeVar("T", bound="DataAsset")


@_attrs_define
class DataAsset:
    """
    Attributes:
        app_type (str):
        technical_name (str):
        id (str | Unset): Only required when updating the resource. Must be null for new resources.
        name (str | Unset):
        tags (list[str] | Unset):
        app_id (str | Unset):
        owner_id (str | Unset): The value is automatically set by the application.
        space_id (str | Unset):
        version (int | Unset): Only required when updating the resource. Must be null for new resources.
        tenant_id (str | Unset): The value is automatically set by the application. User defined value is ignored.
        created_by (str | Unset): The value is automatically set by the application. User defined value is ignored.
        properties (DataAssetProperties | Unset): A Map of name-value pairs.
        created_time (datetime.datetime | Unset): The value is automatically set by the application. User defined value
            is ignored.
        description (str | Unset):
        data_freshness (datetime.datetime | Unset): The date-time when the source data was last changed
        data_store_info (DataStoreInfo | Unset):
        last_modified_by (str | Unset): The value is automatically set by the application. User defined value is
            ignored.
        last_modified_time (datetime.datetime | Unset): The value is automatically set by the application. User defined
            value is ignored.
        technical_description (str | Unset):
    """

    app_type: str
    technical_name: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    app_id: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    version: int | Unset = UNSET
    tenant_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    properties: DataAssetProperties | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    data_freshness: datetime.datetime | Unset = UNSET
    data_store_info: DataStoreInfo | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    last_modified_time: datetime.datetime | Unset = UNSET
    technical_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_type = self.app_type

        technical_name = self.technical_name

        id = self.id

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        app_id = self.app_id

        owner_id = self.owner_id

        space_id = self.space_id

        version = self.version

        tenant_id = self.tenant_id

        created_by = self.created_by

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        description = self.description

        data_freshness: str | Unset = UNSET
        if not isinstance(self.data_freshness, Unset):
            data_freshness = self.data_freshness.isoformat()

        data_store_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_store_info, Unset):
            data_store_info = self.data_store_info.to_dict()

        last_modified_by = self.last_modified_by

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

        technical_description = self.technical_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appType": app_type,
                "technicalName": technical_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if app_id is not UNSET:
            field_dict["appId"] = app_id
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
        if data_freshness is not UNSET:
            field_dict["dataFreshness"] = data_freshness
        if data_store_info is not UNSET:
            field_dict["dataStoreInfo"] = data_store_info
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if technical_description is not UNSET:
            field_dict["technicalDescription"] = technical_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_asset_properties import DataAssetProperties  # noqa: PLC0415
        from ..models.data_store_info import DataStoreInfo  # noqa: PLC0415

        d = dict(src_dict)
        app_type = d.pop("appType")

        technical_name = d.pop("technicalName")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        app_id = d.pop("appId", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        space_id = d.pop("spaceId", UNSET)

        version = d.pop("version", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: DataAssetProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = DataAssetProperties.from_dict(_properties)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        description = d.pop("description", UNSET)

        _data_freshness = d.pop("dataFreshness", UNSET)
        data_freshness: datetime.datetime | Unset
        if isinstance(_data_freshness, Unset):
            data_freshness = UNSET
        else:
            data_freshness = datetime.datetime.fromisoformat(_data_freshness)

        _data_store_info = d.pop("dataStoreInfo", UNSET)
        data_store_info: DataStoreInfo | Unset
        if isinstance(_data_store_info, Unset):
            data_store_info = UNSET
        else:
            data_store_info = DataStoreInfo.from_dict(_data_store_info)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = datetime.datetime.fromisoformat(_last_modified_time)

        technical_description = d.pop("technicalDescription", UNSET)

        data_asset = cls(
            app_type=app_type,
            technical_name=technical_name,
            id=id,
            name=name,
            tags=tags,
            app_id=app_id,
            owner_id=owner_id,
            space_id=space_id,
            version=version,
            tenant_id=tenant_id,
            created_by=created_by,
            properties=properties,
            created_time=created_time,
            description=description,
            data_freshness=data_freshness,
            data_store_info=data_store_info,
            last_modified_by=last_modified_by,
            last_modified_time=last_modified_time,
            technical_description=technical_description,
        )

        data_asset.additional_properties = d
        return data_asset

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
