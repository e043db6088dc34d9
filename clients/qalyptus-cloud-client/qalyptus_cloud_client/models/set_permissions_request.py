# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UuidCache

T = TypeVar("T", bound="SetPermissionsRequest")


def _convert_members(value: Sequence[MemberRequestDto | Mapping[str, Any]]) -> list[MemberRequestDto]:
    return convert(value, [MemberRequestDto], "SetPermissionsRequest.members")


def _convert_permissions(value: PermissionDto | Mapping[str, Any]) -> PermissionDto:
    return convert(value, PermissionDto, "SetPermissionsRequest.permissions")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SetPermissionsRequest:
    """Members and the permissions to grant them.

    Attributes:
        members (list[MemberRequestDto]):
        permissions (PermissionDto): A set of permission flags; each flag grants or denies the corresponding right.
    """

    members: list[MemberRequestDto] = _attrs_field(converter=_convert_members)
    permissions: PermissionDto = _attrs_field(converter=_convert_permissions)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "members": members,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _members = src_dict["members"]
        members = [MemberRequestDto._decode(item, uuids) for item in _members]

        _permissions = src_dict["permissions"]
        permissions = PermissionDto._decode(_permissions, uuids)

        set_permissions_request = cls.__new__(cls)
        set_permissions_request.members = members
        set_permissions_request.permissions = permissions
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            set_permissions_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            set_permissions_request.additional_properties = extras

        if cls is not SetPermissionsRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, set_permissions_request, SetPermissionsRequest)
        return set_permissions_request

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


_DOCUMENTED_KEYS = frozenset({"members", "permissions"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.member_request_dto import MemberRequestDto  # noqa: E402
from ..models.permission_dto import PermissionDto  # noqa: E402
