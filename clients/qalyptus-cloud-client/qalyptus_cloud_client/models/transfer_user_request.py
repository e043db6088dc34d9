# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UuidCache, cached_uuid

T = TypeVar("T", bound="TransferUserRequest")


@_attrs_define
class TransferUserRequest:
    """The new user and the transfer options.

    Attributes:
        new_user_id (UUID):
        transfer_content (bool):
        transfer_permissions (bool):
    """

    new_user_id: UUID
    transfer_content: bool
    transfer_permissions: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_user_id = str(self.new_user_id)

        transfer_content = self.transfer_content

        transfer_permissions = self.transfer_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newUserID": new_user_id,
                "transferContent": transfer_content,
                "transferPermissions": transfer_permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _new_user_id = src_dict["newUserID"]
        new_user_id = uuids.get(_new_user_id) or cached_uuid(uuids, _new_user_id)

        transfer_content = src_dict["transferContent"]

        transfer_permissions = src_dict["transferPermissions"]

        transfer_user_request = cls.__new__(cls)
        transfer_user_request.new_user_id = new_user_id
        transfer_user_request.transfer_content = transfer_content
        transfer_user_request.transfer_permissions = transfer_permissions
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            transfer_user_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            transfer_user_request.additional_properties = extras

        if cls is not TransferUserRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, transfer_user_request, TransferUserRequest)
        return transfer_user_request

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


_DOCUMENTED_KEYS = frozenset({"newUserID", "transferContent", "transferPermissions"})
