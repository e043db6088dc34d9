# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache, cached_uuid

T = TypeVar("T", bound="AddUserRequest")


@_attrs_define
class AddUserRequest:
    """The details of the recipient to be added.

    Attributes:
        first_name (str):
        last_name (str):
        organizations (list[UUID]):
        email (None | str | Unset):
    """

    first_name: str
    last_name: str
    organizations: list[UUID]
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = str(organizations_item_data)
            organizations.append(organizations_item)

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "organizations": organizations,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        first_name = src_dict["firstName"]

        last_name = src_dict["lastName"]

        _organizations = src_dict["organizations"]
        organizations = [(uuids.get(item) or cached_uuid(uuids, item)) for item in _organizations]

        email = src_dict.get("email", UNSET)

        add_user_request = cls.__new__(cls)
        add_user_request.first_name = first_name
        add_user_request.last_name = last_name
        add_user_request.organizations = organizations
        add_user_request.email = email
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            add_user_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            add_user_request.additional_properties = extras

        if cls is not AddUserRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, add_user_request, AddUserRequest)
        return add_user_request

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


_DOCUMENTED_KEYS = frozenset({"firstName", "lastName", "organizations", "email"})
