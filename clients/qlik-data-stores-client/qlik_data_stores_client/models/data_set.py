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

T = TypeVar("T", bound="DataSet")


def _convert_data_asset_info(value: DataAssetInfo | Mapping[str, Any]) -> DataAssetInfo:
    return convert(value, DataAssetInfo, "DataSet.data_asset_info")


def _convert_schema(value: DataSetSchema | Mapping[str, Any] | Unset) -> DataSetSchema | Unset:
    return value if isinstance(value, Unset) else convert(value, DataSetSchema, "DataSet.schema")


def _convert_properties(value: DataSetProperties | Mapping[str, Any] | Unset) -> DataSetProperties | Unset:
    return value if isinstance(value, Unset) else convert(value, DataSetProperties, "DataSet.properties")


def _convert_operational(value: DataSetOperational | Mapping[str, Any] | Unset) -> DataSetOperational | Unset:
    return value if isinstance(value, Unset) else convert(value, DataSetOperational, "DataSet.operational")


def _convert_additional_schemas(
    value: Sequence[DataSetSchema | Mapping[str, Any]] | Unset,
) -> list[DataSetSchema] | Unset:
    return value if isinstance(value, Unset) else convert(value, [DataSetSchema], "DataSet.additional_schemas")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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
        created_time (str | Unset): The value is automatically set by the application. User defined value is ignored.
        description (str | Unset):
        operational (DataSetOperational | Unset):
        last_modified_by (str | Unset): The value is automatically set by the application. User defined value is
            ignored.
        app_type_override (str | Unset): Optional override of DataAsset appType.
        last_modified_time (str | Unset): The value is automatically set by the application. User defined value is
            ignored.
        additional_schemas (list[DataSetSchema] | Unset): Optional field to specify additional schemas for files where
            multiple tables or sheets are available. User must define primary schema in 'schema' attribute and rest of the
            sheets/ tables can be defined using this field. This field is not populated for the dataSets with single schema
        technical_description (str | Unset):
        created_by_connection_id (str | Unset): The connectionId that created the Dataset. Optional.
    """

    qri: str
    secure_qri: str
    data_asset_info: DataAssetInfo = _attrs_field(converter=_convert_data_asset_info)
    technical_name: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    schema: DataSetSchema | Unset = _attrs_field(default=UNSET, converter=_convert_schema)
    owner_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    version: int | Unset = UNSET
    tenant_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    properties: DataSetProperties | Unset = _attrs_field(default=UNSET, converter=_convert_properties)
    created_time: str | Unset = UNSET
    description: str | Unset = UNSET
    operational: DataSetOperational | Unset = _attrs_field(default=UNSET, converter=_convert_operational)
    last_modified_by: str | Unset = UNSET
    app_type_override: str | Unset = UNSET
    last_modified_time: str | Unset = UNSET
    additional_schemas: list[DataSetSchema] | Unset = _attrs_field(default=UNSET, converter=_convert_additional_schemas)
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

        created_time = self.created_time

        description = self.description

        operational: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operational, Unset):
            operational = self.operational.to_dict()

        last_modified_by = self.last_modified_by

        app_type_override = self.app_type_override

        last_modified_time = self.last_modified_time

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
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        qri = src_dict["qri"]

        secure_qri = src_dict["secureQri"]

        _data_asset_info = src_dict["dataAssetInfo"]
        data_asset_info = DataAssetInfo._decode(_data_asset_info, uuids)

        technical_name = src_dict["technicalName"]

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        tags = src_dict.get("tags", UNSET)

        type_ = src_dict.get("type", UNSET)

        _schema = src_dict.get("schema", UNSET)
        schema: DataSetSchema | Unset = UNSET if _schema is UNSET else DataSetSchema._decode(_schema, uuids)

        owner_id = src_dict.get("ownerId", UNSET)

        space_id = src_dict.get("spaceId", UNSET)

        version = src_dict.get("version", UNSET)

        tenant_id = src_dict.get("tenantId", UNSET)

        created_by = src_dict.get("createdBy", UNSET)

        _properties = src_dict.get("properties", UNSET)
        properties: DataSetProperties | Unset = (
            UNSET if _properties is UNSET else DataSetProperties._decode(_properties, uuids)
        )

        created_time = src_dict.get("createdTime", UNSET)

        description = src_dict.get("description", UNSET)

        _operational = src_dict.get("operational", UNSET)
        operational: DataSetOperational | Unset = (
            UNSET if _operational is UNSET else DataSetOperational._decode(_operational, uuids)
        )

        last_modified_by = src_dict.get("lastModifiedBy", UNSET)

        app_type_override = src_dict.get("appTypeOverride", UNSET)

        last_modified_time = src_dict.get("lastModifiedTime", UNSET)

        _additional_schemas = src_dict.get("additionalSchemas", UNSET)
        additional_schemas: list[DataSetSchema] | Unset = (
            UNSET
            if _additional_schemas is UNSET
            else [DataSetSchema._decode(item, uuids) for item in _additional_schemas]
        )

        technical_description = src_dict.get("technicalDescription", UNSET)

        created_by_connection_id = src_dict.get("createdByConnectionId", UNSET)

        data_set = cls.__new__(cls)
        data_set.qri = qri
        data_set.secure_qri = secure_qri
        data_set.data_asset_info = data_asset_info
        data_set.technical_name = technical_name
        data_set.id = id
        data_set.name = name
        data_set.tags = tags
        data_set.type_ = type_
        data_set.schema = schema
        data_set.owner_id = owner_id
        data_set.space_id = space_id
        data_set.version = version
        data_set.tenant_id = tenant_id
        data_set.created_by = created_by
        data_set.properties = properties
        data_set.created_time = created_time
        data_set.description = description
        data_set.operational = operational
        data_set.last_modified_by = last_modified_by
        data_set.app_type_override = app_type_override
        data_set.last_modified_time = last_modified_time
        data_set.additional_schemas = additional_schemas
        data_set.technical_description = technical_description
        data_set.created_by_connection_id = created_by_connection_id
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_set.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_set.additional_properties = extras

        if cls is not DataSet:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_set, DataSet)
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


_DOCUMENTED_KEYS = frozenset(
    {
        "qri",
        "secureQri",
        "dataAssetInfo",
        "technicalName",
        "id",
        "name",
        "tags",
        "type",
        "schema",
        "ownerId",
        "spaceId",
        "version",
        "tenantId",
        "createdBy",
        "properties",
        "createdTime",
        "description",
        "operational",
        "lastModifiedBy",
        "appTypeOverride",
        "lastModifiedTime",
        "additionalSchemas",
        "technicalDescription",
        "createdByConnectionId",
    }
)


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.data_asset_info import DataAssetInfo  # noqa: E402
from ..models.data_set_operational import DataSetOperational  # noqa: E402
from ..models.data_set_properties import DataSetProperties  # noqa: E402
from ..models.data_set_schema import DataSetSchema  # noqa: E402
