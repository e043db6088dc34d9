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
    from ..models.data_asset_info import DataAssetInfo
    from ..models.data_set_operational import DataSetOperational
    from ..models.data_set_properties import DataSetProperties
    from ..models.data_set_schema import DataSetSchema


T = TypeVar("T", bound="DataSet")


@_attrs_define
class DataSet:
    """
    Attributes:
        qri (str): NOTE: this will be deprecated after migration to secureQri. Required user defined field. All the
            parts in the format must be separated by ':'. The first part denotes the resourceType, followed by dataStoreType
            and tenant guid. The spaceGuid or userGuid is to be populated based on if the dataset is in shared or private
            space and finally the full file name. This field is auto populated for the dataSet generated for qix-datafiles.
        secure_qri (str):
        data_asset_info (DataAssetInfo):
        technical_name (str):
        id (str | Unset): Only required when updating the resource. Must be null for new resources.
        name (str | Unset):
        tags (list[str] | Unset):
        type_ (str | Unset):
        schema (DataSetSchema | Unset):
        owner_id (str | Unset): The value is automatically set by the application.
        space_id (str | Unset):
        version (int | Unset): Only required when updating the resource. Must be null for new resources.
        tenant_id (str | Unset): The value is automatically set by the application. User defined value is ignored.
        created_by (str | Unset): The value is automatically set by the application. User defined value is ignored.
        properties (DataSetProperties | Unset): A Map of name-value pairs.
        created_time (datetime.datetime | Unset): The value is automatically set by the application. User defined value
            is ignored.
        description (str | Unset):
        operational (DataSetOperational | Unset):
        last_modified_by (str | Unset): The value is automatically set by the application. User defined value is
            ignored.
        app_type_override (str | Unset): Optional override of DataAsset appType.
        last_modified_time (datetime.datetime | Unset): The value is automatically set by the application. User defined
            value is ignored.
        additional_schemas (list[DataSetSchema] | Unset): Optional field to specify additional schemas for files where
            multiple tables or sheets are available. User must define primary schema in 'schema' attribute and rest of the
            sheets/ tables can be defined using this field. This field is not populated for the dataSets with single schema
        technical_description (str | Unset):
        created_by_connection_id (str | Unset): The connectionId that created the Dataset. Optional.
    """

    qri: str
    secure_qri: str
    data_asset_info: DataAssetInfo
    technical_name: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    schema: DataSetSchema | Unset = UNSET
    owner_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    version: int | Unset = UNSET
    tenant_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    properties: DataSetProperties | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    operational: DataSetOperational | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    app_type_override: str | Unset = UNSET
    last_modified_time: datetime.datetime | Unset = UNSET
    additional_schemas: list[DataSetSchema] | Unset = UNSET
    technical_description: str | Unset = UNSET
    created_by_connection_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qri = self.qri

        secure_qri = self.secure_qri

        data_asset_info = self.data_asset_info.to_dict()

        technical_name = self.technical_name

        id = self.id

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_ = self.type_

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

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

        operational: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operational, Unset):
            operational = self.operational.to_dict()

        last_modified_by = self.last_modified_by

        app_type_override = self.app_type_override

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

        additional_schemas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_schemas, Unset):
            additional_schemas = []
            for additional_schemas_item_data in self.additional_schemas:
                additional_schemas_item = additional_schemas_item_data.to_dict()
                additional_schemas.append(additional_schemas_item)

        technical_description = self.technical_description

        created_by_connection_id = self.created_by_connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qri": qri,
                "secureQri": secure_qri,
                "dataAssetInfo": data_asset_info,
                "technicalName": technical_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if schema is not UNSET:
            field_dict["schema"] = schema
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
        if operational is not UNSET:
            field_dict["operational"] = operational
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if app_type_override is not UNSET:
            field_dict["appTypeOverride"] = app_type_override
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if additional_schemas is not UNSET:
            field_dict["additionalSchemas"] = additional_schemas
        if technical_description is not UNSET:
            field_dict["technicalDescription"] = technical_description
        if created_by_connection_id is not UNSET:
            field_dict["createdByConnectionId"] = created_by_connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_asset_info import DataAssetInfo  # noqa: PLC0415
        from ..models.data_set_operational import DataSetOperational  # noqa: PLC0415
        from ..models.data_set_properties import DataSetProperties  # noqa: PLC0415
        from ..models.data_set_schema import DataSetSchema  # noqa: PLC0415

        d = dict(src_dict)
        qri = d.pop("qri")

        secure_qri = d.pop("secureQri")

        data_asset_info = DataAssetInfo.from_dict(d.pop("dataAssetInfo"))

        technical_name = d.pop("technicalName")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        type_ = d.pop("type", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: DataSetSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = DataSetSchema.from_dict(_schema)

        owner_id = d.pop("ownerId", UNSET)

        space_id = d.pop("spaceId", UNSET)

        version = d.pop("version", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: DataSetProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = DataSetProperties.from_dict(_properties)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        description = d.pop("description", UNSET)

        _operational = d.pop("operational", UNSET)
        operational: DataSetOperational | Unset
        if isinstance(_operational, Unset):
            operational = UNSET
        else:
            operational = DataSetOperational.from_dict(_operational)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        app_type_override = d.pop("appTypeOverride", UNSET)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = datetime.datetime.fromisoformat(_last_modified_time)

        _additional_schemas = d.pop("additionalSchemas", UNSET)
        additional_schemas: list[DataSetSchema] | Unset = UNSET
        if _additional_schemas is not UNSET:
            additional_schemas = []
            for additional_schemas_item_data in _additional_schemas:
                additional_schemas_item = DataSetSchema.from_dict(additional_schemas_item_data)

                additional_schemas.append(additional_schemas_item)

        technical_description = d.pop("technicalDescription", UNSET)

        created_by_connection_id = d.pop("createdByConnectionId", UNSET)

        data_set = cls(
            qri=qri,
            secure_qri=secure_qri,
            data_asset_info=data_asset_info,
            technical_name=technical_name,
            id=id,
            name=name,
            tags=tags,
            type_=type_,
            schema=schema,
            owner_id=owner_id,
            space_id=space_id,
            version=version,
            tenant_id=tenant_id,
            created_by=created_by,
            properties=properties,
            created_time=created_time,
            description=description,
            operational=operational,
            last_modified_by=last_modified_by,
            app_type_override=app_type_override,
            last_modified_time=last_modified_time,
            additional_schemas=additional_schemas,
            technical_description=technical_description,
            created_by_connection_id=created_by_connection_id,
        )

        data_set.additional_properties = d
        return data_set

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
