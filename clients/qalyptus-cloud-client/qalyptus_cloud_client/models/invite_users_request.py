# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="InviteUsersRequest")


def _convert_organizations(
    value: Sequence[OrganizationRoleDto | Mapping[str, Any]] | None | Unset,
) -> list[OrganizationRoleDto] | None | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else convert(value, [OrganizationRoleDto], "InviteUsersRequest.organizations")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class InviteUsersRequest:
    """The details of the users to be invited.

    Attributes:
        emails (list[str]):
        tenant_admin_role (None | str | Unset):
        organizations (list[OrganizationRoleDto] | None | Unset):
    """

    emails: list[str]
    tenant_admin_role: None | str | Unset = UNSET
    organizations: list[OrganizationRoleDto] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_organizations
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        tenant_admin_role: None | str | Unset
        if isinstance(self.tenant_admin_role, Unset):
            tenant_admin_role = UNSET
        else:
            tenant_admin_role = self.tenant_admin_role

        organizations: list[dict[str, Any]] | None | Unset
        if isinstance(self.organizations, Unset):
            organizations = UNSET
        elif isinstance(self.organizations, list):
            organizations = []
            for organizations_type_0_item_data in self.organizations:
                organizations_type_0_item = organizations_type_0_item_data.to_dict()
                organizations.append(organizations_type_0_item)

        else:
            organizations = self.organizations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
            }
        )
        if tenant_admin_role is not UNSET:
            field_dict["tenantAdminRole"] = tenant_admin_role
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        emails = src_dict["emails"]

        tenant_admin_role = src_dict.get("tenantAdminRole", UNSET)

        _organizations = src_dict.get("organizations", UNSET)
        organizations: list[OrganizationRoleDto] | None | Unset = (
            UNSET
            if _organizations is UNSET
            else (
                None
                if _organizations is None
                else [OrganizationRoleDto._decode(item, uuids) for item in _organizations]
            )
        )

        invite_users_request = cls.__new__(cls)
        invite_users_request.emails = emails
        invite_users_request.tenant_admin_role = tenant_admin_role
        invite_users_request.organizations = organizations
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            invite_users_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            invite_users_request.additional_properties = extras

        if cls is not InviteUsersRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, invite_users_request, InviteUsersRequest)
        return invite_users_request

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


_DOCUMENTED_KEYS = frozenset({"emails", "tenantAdminRole", "organizations"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.organization_role_dto import OrganizationRoleDto  # noqa: E402
