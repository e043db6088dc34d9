# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_property_value import CustomPropertyValue
    from ..models.tag_condensed import TagCondensed
    from ..models.user_condensed import UserCondensed


T = TypeVar("T", bound="DataConnection")


@_attrs_define
class DataConnection:
    """
    Attributes:
        name (str): Data connection name
        connectionstring (str): Connection string for the data source including provider-specific parameters
        type_ (str): Connection provider type (e.g., QvOdbcConnectorPackage.exe, QvOleDbConnectorPackage.exe, folder,
            web)
        id (UUID | Unset): Unique identifier
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

    name: str
    connectionstring: str
    type_: str
    id: UUID | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    modified_date: datetime.datetime | Unset = UNSET
    modified_by_user_name: str | Unset = UNSET
    log_on: int | Unset = UNSET
    architecture: int | Unset = UNSET
    engine_object_id: UUID | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    owner: UserCondensed | Unset = UNSET
    tags: list[TagCondensed] | Unset = UNSET
    custom_properties: list[CustomPropertyValue] | Unset = UNSET
    privileges: list[str] | Unset = UNSET
    schema_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connectionstring = self.connectionstring

        type_ = self.type_

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

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
                "name": name,
                "connectionstring": connectionstring,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        from ..models.custom_property_value import CustomPropertyValue  # noqa: PLC0415
        from ..models.tag_condensed import TagCondensed  # noqa: PLC0415
        from ..models.user_condensed import UserCondensed  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        connectionstring = d.pop("connectionstring")

        type_ = d.pop("type")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        _modified_date = d.pop("modifiedDate", UNSET)
        modified_date: datetime.datetime | Unset
        if isinstance(_modified_date, Unset):
            modified_date = UNSET
        else:
            modified_date = datetime.datetime.fromisoformat(_modified_date)

        modified_by_user_name = d.pop("modifiedByUserName", UNSET)

        log_on = d.pop("logOn", UNSET)

        architecture = d.pop("architecture", UNSET)

        _engine_object_id = d.pop("engineObjectId", UNSET)
        engine_object_id: UUID | Unset
        if isinstance(_engine_object_id, Unset):
            engine_object_id = UNSET
        else:
            engine_object_id = UUID(_engine_object_id)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: UserCondensed | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = UserCondensed.from_dict(_owner)

        _tags = d.pop("tags", UNSET)
        tags: list[TagCondensed] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagCondensed.from_dict(tags_item_data)

                tags.append(tags_item)

        _custom_properties = d.pop("customProperties", UNSET)
        custom_properties: list[CustomPropertyValue] | Unset = UNSET
        if _custom_properties is not UNSET:
            custom_properties = []
            for custom_properties_item_data in _custom_properties:
                custom_properties_item = CustomPropertyValue.from_dict(custom_properties_item_data)

                custom_properties.append(custom_properties_item)

        privileges = cast(list[str], d.pop("privileges", UNSET))

        schema_path = d.pop("schemaPath", UNSET)

        data_connection = cls(
            name=name,
            connectionstring=connectionstring,
            type_=type_,
            id=id,
            created_date=created_date,
            modified_date=modified_date,
            modified_by_user_name=modified_by_user_name,
            log_on=log_on,
            architecture=architecture,
            engine_object_id=engine_object_id,
            username=username,
            password=password,
            owner=owner,
            tags=tags,
            custom_properties=custom_properties,
            privileges=privileges,
            schema_path=schema_path,
        )

        data_connection.additional_properties = d
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
