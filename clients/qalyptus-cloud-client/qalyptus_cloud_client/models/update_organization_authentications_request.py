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

T = TypeVar("T", bound="UpdateOrganizationAuthenticationsRequest")


@_attrs_define
class UpdateOrganizationAuthenticationsRequest:
    """Updated authentication settings of an organization.

    Attributes:
        qalyptus_auth (bool):
        identity_provider (None | Unset | UUID):
    """

    qalyptus_auth: bool
    identity_provider: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qalyptus_auth = self.qalyptus_auth

        identity_provider: None | str | Unset
        if isinstance(self.identity_provider, Unset):
            identity_provider = UNSET
        elif isinstance(self.identity_provider, UUID):
            identity_provider = str(self.identity_provider)
        else:
            identity_provider = self.identity_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qalyptusAuth": qalyptus_auth,
            }
        )
        if identity_provider is not UNSET:
            field_dict["identityProvider"] = identity_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        qalyptus_auth = src_dict["qalyptusAuth"]

        _identity_provider = src_dict.get("identityProvider", UNSET)
        identity_provider: None | Unset | UUID = (
            UNSET
            if _identity_provider is UNSET
            else (
                None
                if _identity_provider is None
                else (uuids.get(_identity_provider) or cached_uuid(uuids, _identity_provider))
            )
        )

        update_organization_authentications_request = cls.__new__(cls)
        update_organization_authentications_request.qalyptus_auth = qalyptus_auth
        update_organization_authentications_request.identity_provider = identity_provider
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            update_organization_authentications_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            update_organization_authentications_request.additional_properties = extras

        if (
            cls is not UpdateOrganizationAuthenticationsRequest
        ):  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, update_organization_authentications_request, UpdateOrganizationAuthenticationsRequest)
        return update_organization_authentications_request

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


_DOCUMENTED_KEYS = frozenset({"qalyptusAuth", "identityProvider"})
