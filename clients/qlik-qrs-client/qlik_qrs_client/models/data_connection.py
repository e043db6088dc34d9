# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache, cached_uuid

T = TypeVar("T", bound="DataConnection")


def _convert_owner(value: UserCondensed | Mapping[str, Any] | Unset) -> UserCondensed | Unset:
    return value if isinstance(value, Unset) else convert(value, UserCondensed, "DataConnection.owner")


def _convert_tags(value: Sequence[TagCondensed | Mapping[str, Any]] | Unset) -> list[TagCondensed] | Unset:
    return value if isinstance(value, Unset) else convert(value, [TagCondensed], "DataConnection.tags")


def _convert_custom_properties(
    value: Sequence[CustomPropertyValue | Mapping[str, Any]] | Unset,
) -> list[CustomPropertyValue] | Unset:
    return (
        value if isinstance(value, Unset) else convert(value, [CustomPropertyValue], "DataConnection.custom_properties")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DataConnection:
    """
    Attributes:
        id (UUID): Unique identifier
        name (str): Data connection name
        connectionstring (str): Connection string for the data source including provider-specific parameters
        type_ (str): Connection provider type (e.g., QvOdbcConnectorPackage.exe, QvOleDbConnectorPackage.exe, folder,
            web)
        created_date (datetime.datetime | Unset): Date the connection was created
        modified_date (datetime.datetime | Unset): Date the connection was last modified
        modified_by_user_name (str | Unset): Username of the last modifier
        log_on (int | Unset): Logon mode (0=ServiceUser, 1=CurrentUser)
        architecture (int | Unset): Connection architecture (0=Undefined, 1=x86, 2=x64)
        engine_object_id (UUID | Unset): Engine object identifier for the connection
        username (str | Unset): Username for connection authentication
        password (str | Unset): Password for connection authentication (write-only, not returned in responses)
        owner (UserCondensed | Unset):
        tags (list[TagCondensed] | Unset):
        custom_properties (list[CustomPropertyValue] | Unset):
        privileges (list[str] | Unset):
        schema_path (str | Unset): Schema path for this entity type
    """

    id: UUID
    name: str
    connectionstring: str
    type_: str
    created_date: datetime.datetime | Unset = UNSET
    modified_date: datetime.datetime | Unset = UNSET
    modified_by_user_name: str | Unset = UNSET
    log_on: int | Unset = UNSET
    architecture: int | Unset = UNSET
    engine_object_id: UUID | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    owner: UserCondensed | Unset = _attrs_field(default=UNSET, converter=_convert_owner)
    tags: list[TagCondensed] | Unset = _attrs_field(default=UNSET, converter=_convert_tags)
    custom_properties: list[CustomPropertyValue] | Unset = _attrs_field(
        default=UNSET, converter=_convert_custom_properties
    )
    privileges: list[str] | Unset = UNSET
    schema_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        connectionstring = self.connectionstring

        type_ = self.type_

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        modified_date: str | Unset = UNSET
        if not isinstance(self.modified_date, Unset):
            modified_date = self.modified_date.isoformat()

        modified_by_user_name = self.modified_by_user_name

        log_on = self.log_on

        architecture = self.architecture

        engine_object_id: str | Unset = UNSET
        if not isinstance(self.engine_object_id, Unset):
            engine_object_id = str(self.engine_object_id)

        username = self.username

        password = self.password

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        custom_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = []
            for custom_properties_item_data in self.custom_properties:
                custom_properties_item = custom_properties_item_data.to_dict()
                custom_properties.append(custom_properties_item)

        privileges: list[str] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges

        schema_path = self.schema_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "connectionstring": connectionstring,
                "type": type_,
            }
        )
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if modified_date is not UNSET:
            field_dict["modifiedDate"] = modified_date
        if modified_by_user_name is not UNSET:
            field_dict["modifiedByUserName"] = modified_by_user_name
        if log_on is not UNSET:
            field_dict["logOn"] = log_on
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if engine_object_id is not UNSET:
            field_dict["engineObjectId"] = engine_object_id
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if owner is not UNSET:
            field_dict["owner"] = owner
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_properties is not UNSET:
            field_dict["customProperties"] = custom_properties
        if privileges is not UNSET:
            field_dict["privileges"] = privileges
        if schema_path is not UNSET:
            field_dict["schemaPath"] = schema_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _id = src_dict["id"]
        id = uuids.get(_id) or cached_uuid(uuids, _id)

        name = src_dict["name"]

        connectionstring = src_dict["connectionstring"]

        type_ = src_dict["type"]

        _created_date = src_dict.get("createdDate", UNSET)
        created_date: datetime.datetime | Unset = (
            UNSET if _created_date is UNSET else datetime.datetime.fromisoformat(_created_date)
        )

        _modified_date = src_dict.get("modifiedDate", UNSET)
        modified_date: datetime.datetime | Unset = (
            UNSET if _modified_date is UNSET else datetime.datetime.fromisoformat(_modified_date)
        )

        modified_by_user_name = src_dict.get("modifiedByUserName", UNSET)

        log_on = src_dict.get("logOn", UNSET)

        architecture = src_dict.get("architecture", UNSET)

        _engine_object_id = src_dict.get("engineObjectId", UNSET)
        engine_object_id: UUID | Unset = (
            UNSET
            if _engine_object_id is UNSET
            else (uuids.get(_engine_object_id) or cached_uuid(uuids, _engine_object_id))
        )

        username = src_dict.get("username", UNSET)

        password = src_dict.get("password", UNSET)

        _owner = src_dict.get("owner", UNSET)
        owner: UserCondensed | Unset = UNSET if _owner is UNSET else UserCondensed._decode(_owner, uuids)

        _tags = src_dict.get("tags", UNSET)
        tags: list[TagCondensed] | Unset = (
            UNSET if _tags is UNSET else [TagCondensed._decode(item, uuids) for item in _tags]
        )

        _custom_properties = src_dict.get("customProperties", UNSET)
        custom_properties: list[CustomPropertyValue] | Unset = (
            UNSET
            if _custom_properties is UNSET
            else [CustomPropertyValue._decode(item, uuids) for item in _custom_properties]
        )

        privileges = src_dict.get("privileges", UNSET)

        schema_path = src_dict.get("schemaPath", UNSET)

        data_connection = cls.__new__(cls)
        data_connection.id = id
        data_connection.name = name
        data_connection.connectionstring = connectionstring
        data_connection.type_ = type_
        data_connection.created_date = created_date
        data_connection.modified_date = modified_date
        data_connection.modified_by_user_name = modified_by_user_name
        data_connection.log_on = log_on
        data_connection.architecture = architecture
        data_connection.engine_object_id = engine_object_id
        data_connection.username = username
        data_connection.password = password
        data_connection.owner = owner
        data_connection.tags = tags
        data_connection.custom_properties = custom_properties
        data_connection.privileges = privileges
        data_connection.schema_path = schema_path
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_connection.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_connection.additional_properties = extras

        if cls is not DataConnection:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_connection, DataConnection)
        return data_connection

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
        "id",
        "name",
        "connectionstring",
        "type",
        "createdDate",
        "modifiedDate",
        "modifiedByUserName",
        "logOn",
        "architecture",
        "engineObjectId",
        "username",
        "password",
        "owner",
        "tags",
        "customProperties",
        "privileges",
        "schemaPath",
    }
)


_SECRET_ATTRIBUTES = frozenset({"password"})


def _repr_without_secrets(self: DataConnection) -> str:
    """attrs' repr, with credential fields shown as <redacted> when set."""
    from attrs import fields as _attrs_fields

    parts = []
    for attribute in _attrs_fields(type(self)):
        value = getattr(self, attribute.name)
        shown = "<redacted>" if attribute.name in _SECRET_ATTRIBUTES and not isinstance(value, Unset) else repr(value)
        parts.append(f"{attribute.name}={shown}")
    return f"{type(self).__name__}({', '.join(parts)})"


setattr(DataConnection, "__repr__", _repr_without_secrets)


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.custom_property_value import CustomPropertyValue  # noqa: E402
from ..models.tag_condensed import TagCondensed  # noqa: E402
from ..models.user_condensed import UserCondensed  # noqa: E402
