# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="UpdateStorageServiceRequest")


@_attrs_define
class UpdateStorageServiceRequest:
    """The updated details of a storage service.

    Attributes:
        name (str):
        description (None | str | Unset):
        type_ (None | str | Unset):
        host (None | str | Unset):
        username (None | str | Unset):
        password (None | str | Unset):
        passive_mode (bool | None | Unset):
        ftp_test_directory_path (None | str | Unset):
        sftp_port (int | None | Unset):
    """

    name: str
    description: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    host: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    passive_mode: bool | None | Unset = UNSET
    ftp_test_directory_path: None | str | Unset = UNSET
    sftp_port: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        passive_mode: bool | None | Unset
        if isinstance(self.passive_mode, Unset):
            passive_mode = UNSET
        else:
            passive_mode = self.passive_mode

        ftp_test_directory_path: None | str | Unset
        if isinstance(self.ftp_test_directory_path, Unset):
            ftp_test_directory_path = UNSET
        else:
            ftp_test_directory_path = self.ftp_test_directory_path

        sftp_port: int | None | Unset
        if isinstance(self.sftp_port, Unset):
            sftp_port = UNSET
        else:
            sftp_port = self.sftp_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if host is not UNSET:
            field_dict["host"] = host
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if passive_mode is not UNSET:
            field_dict["passiveMode"] = passive_mode
        if ftp_test_directory_path is not UNSET:
            field_dict["ftpTestDirectoryPath"] = ftp_test_directory_path
        if sftp_port is not UNSET:
            field_dict["sftpPort"] = sftp_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        description = src_dict.get("description", UNSET)

        type_ = src_dict.get("type", UNSET)

        host = src_dict.get("host", UNSET)

        username = src_dict.get("username", UNSET)

        password = src_dict.get("password", UNSET)

        passive_mode = src_dict.get("passiveMode", UNSET)

        ftp_test_directory_path = src_dict.get("ftpTestDirectoryPath", UNSET)

        sftp_port = src_dict.get("sftpPort", UNSET)

        update_storage_service_request = cls.__new__(cls)
        update_storage_service_request.name = name
        update_storage_service_request.description = description
        update_storage_service_request.type_ = type_
        update_storage_service_request.host = host
        update_storage_service_request.username = username
        update_storage_service_request.password = password
        update_storage_service_request.passive_mode = passive_mode
        update_storage_service_request.ftp_test_directory_path = ftp_test_directory_path
        update_storage_service_request.sftp_port = sftp_port
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            update_storage_service_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            update_storage_service_request.additional_properties = extras

        if (
            cls is not UpdateStorageServiceRequest
        ):  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, update_storage_service_request, UpdateStorageServiceRequest)
        return update_storage_service_request

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
    {"name", "description", "type", "host", "username", "password", "passiveMode", "ftpTestDirectoryPath", "sftpPort"}
)


_SECRET_ATTRIBUTES = frozenset({"password"})


def _repr_without_secrets(self: UpdateStorageServiceRequest) -> str:
    """attrs' repr, with credential fields shown as <redacted> when set."""
    from attrs import fields as _attrs_fields

    parts = []
    for attribute in _attrs_fields(type(self)):
        value = getattr(self, attribute.name)
        shown = "<redacted>" if attribute.name in _SECRET_ATTRIBUTES and not isinstance(value, Unset) else repr(value)
        parts.append(f"{attribute.name}={shown}")
    return f"{type(self).__name__}({', '.join(parts)})"


setattr(UpdateStorageServiceRequest, "__repr__", _repr_without_secrets)
