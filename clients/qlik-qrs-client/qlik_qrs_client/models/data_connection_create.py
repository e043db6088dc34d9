# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="DataConnectionCreate")


@_attrs_define
class DataConnectionCreate:
    """
    Attributes:
        name (str): Data connection name
        connectionstring (str): Connection string for the data source
        type_ (str): Connection provider type
        log_on (int | Unset): Logon mode
        architecture (int | Unset): Connection architecture
        username (str | Unset): Username for connection authentication
        password (str | Unset): Password for connection authentication
    """

    name: str
    connectionstring: str
    type_: str
    log_on: int | Unset = UNSET
    architecture: int | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connectionstring = self.connectionstring

        type_ = self.type_

        log_on = self.log_on

        architecture = self.architecture

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "connectionstring": connectionstring,
                "type": type_,
            }
        )
        if log_on is not UNSET:
            field_dict["logOn"] = log_on
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        connectionstring = src_dict["connectionstring"]

        type_ = src_dict["type"]

        log_on = src_dict.get("logOn", UNSET)

        architecture = src_dict.get("architecture", UNSET)

        username = src_dict.get("username", UNSET)

        password = src_dict.get("password", UNSET)

        data_connection_create = cls.__new__(cls)
        data_connection_create.name = name
        data_connection_create.connectionstring = connectionstring
        data_connection_create.type_ = type_
        data_connection_create.log_on = log_on
        data_connection_create.architecture = architecture
        data_connection_create.username = username
        data_connection_create.password = password
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_connection_create.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_connection_create.additional_properties = extras

        if cls is not DataConnectionCreate:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_connection_create, DataConnectionCreate)
        return data_connection_create

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


_DOCUMENTED_KEYS = frozenset({"name", "connectionstring", "type", "logOn", "architecture", "username", "password"})


_SECRET_ATTRIBUTES = frozenset({"password"})


def _repr_without_secrets(self: DataConnectionCreate) -> str:
    """attrs' repr, with credential fields shown as <redacted> when set."""
    from attrs import fields as _attrs_fields

    parts = []
    for attribute in _attrs_fields(type(self)):
        value = getattr(self, attribute.name)
        shown = "<redacted>" if attribute.name in _SECRET_ATTRIBUTES and not isinstance(value, Unset) else repr(value)
        parts.append(f"{attribute.name}={shown}")
    return f"{type(self).__name__}({', '.join(parts)})"


setattr(DataConnectionCreate, "__repr__", _repr_without_secrets)
