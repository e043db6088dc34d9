# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="UpdateIdentityProviderRequest")


@_attrs_define
class UpdateIdentityProviderRequest:
    """The request data for updating an identity provider.

    Attributes:
        name (str):
        client_id (str):
        authorization_endpoint (str):
        access_token_endpoint (str):
        userinfo_endpoint (str):
        description (None | str | Unset):
        client_secret (None | str | Unset):
        logout_endpoint (None | str | Unset):
        post_logout_redirect_url (None | str | Unset):
    """

    name: str
    client_id: str
    authorization_endpoint: str
    access_token_endpoint: str
    userinfo_endpoint: str
    description: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    logout_endpoint: None | str | Unset = UNSET
    post_logout_redirect_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        client_id = self.client_id

        authorization_endpoint = self.authorization_endpoint

        access_token_endpoint = self.access_token_endpoint

        userinfo_endpoint = self.userinfo_endpoint

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        logout_endpoint: None | str | Unset
        if isinstance(self.logout_endpoint, Unset):
            logout_endpoint = UNSET
        else:
            logout_endpoint = self.logout_endpoint

        post_logout_redirect_url: None | str | Unset
        if isinstance(self.post_logout_redirect_url, Unset):
            post_logout_redirect_url = UNSET
        else:
            post_logout_redirect_url = self.post_logout_redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "clientID": client_id,
                "authorizationEndpoint": authorization_endpoint,
                "accessTokenEndpoint": access_token_endpoint,
                "userinfoEndpoint": userinfo_endpoint,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if logout_endpoint is not UNSET:
            field_dict["logoutEndpoint"] = logout_endpoint
        if post_logout_redirect_url is not UNSET:
            field_dict["postLogoutRedirectUrl"] = post_logout_redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        client_id = src_dict["clientID"]

        authorization_endpoint = src_dict["authorizationEndpoint"]

        access_token_endpoint = src_dict["accessTokenEndpoint"]

        userinfo_endpoint = src_dict["userinfoEndpoint"]

        description = src_dict.get("description", UNSET)

        client_secret = src_dict.get("clientSecret", UNSET)

        logout_endpoint = src_dict.get("logoutEndpoint", UNSET)

        post_logout_redirect_url = src_dict.get("postLogoutRedirectUrl", UNSET)

        update_identity_provider_request = cls.__new__(cls)
        update_identity_provider_request.name = name
        update_identity_provider_request.client_id = client_id
        update_identity_provider_request.authorization_endpoint = authorization_endpoint
        update_identity_provider_request.access_token_endpoint = access_token_endpoint
        update_identity_provider_request.userinfo_endpoint = userinfo_endpoint
        update_identity_provider_request.description = description
        update_identity_provider_request.client_secret = client_secret
        update_identity_provider_request.logout_endpoint = logout_endpoint
        update_identity_provider_request.post_logout_redirect_url = post_logout_redirect_url
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            update_identity_provider_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            update_identity_provider_request.additional_properties = extras

        if (
            cls is not UpdateIdentityProviderRequest
        ):  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, update_identity_provider_request, UpdateIdentityProviderRequest)
        return update_identity_provider_request

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
        "name",
        "clientID",
        "authorizationEndpoint",
        "accessTokenEndpoint",
        "userinfoEndpoint",
        "description",
        "clientSecret",
        "logoutEndpoint",
        "postLogoutRedirectUrl",
    }
)


_SECRET_ATTRIBUTES = frozenset({"client_secret"})


def _repr_without_secrets(self: UpdateIdentityProviderRequest) -> str:
    """attrs' repr, with credential fields shown as <redacted> when set."""
    from attrs import fields as _attrs_fields

    parts = []
    for attribute in _attrs_fields(type(self)):
        value = getattr(self, attribute.name)
        shown = "<redacted>" if attribute.name in _SECRET_ATTRIBUTES and not isinstance(value, Unset) else repr(value)
        parts.append(f"{attribute.name}={shown}")
    return f"{type(self).__name__}({', '.join(parts)})"


setattr(UpdateIdentityProviderRequest, "__repr__", _repr_without_secrets)
