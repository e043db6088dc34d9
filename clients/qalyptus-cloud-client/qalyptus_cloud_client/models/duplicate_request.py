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

T = TypeVar("T", bound="DuplicateRequest")


@_attrs_define
class DuplicateRequest:
    """The project and organization in which the duplicate is created.

    Attributes:
        project_id (UUID):
        organization_id (UUID):
    """

    project_id: UUID
    organization_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = str(self.project_id)

        organization_id = str(self.organization_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectID": project_id,
                "organizationID": organization_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _project_id = src_dict["projectID"]
        project_id = uuids.get(_project_id) or cached_uuid(uuids, _project_id)

        _organization_id = src_dict["organizationID"]
        organization_id = uuids.get(_organization_id) or cached_uuid(uuids, _organization_id)

        duplicate_request = cls.__new__(cls)
        duplicate_request.project_id = project_id
        duplicate_request.organization_id = organization_id
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            duplicate_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            duplicate_request.additional_properties = extras

        if cls is not DuplicateRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, duplicate_request, DuplicateRequest)
        return duplicate_request

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


_DOCUMENTED_KEYS = frozenset({"projectID", "organizationID"})
