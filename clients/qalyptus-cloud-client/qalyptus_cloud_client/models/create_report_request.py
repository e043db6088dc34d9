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

T = TypeVar("T", bound="CreateReportRequest")


@_attrs_define
class CreateReportRequest:
    """The details of the report to be created.

    Attributes:
        name (str):
        project_id (UUID):
        description (None | str | Unset):
        type_ (None | str | Unset):
    """

    name: str
    project_id: UUID
    description: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = str(self.project_id)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "projectID": project_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        _project_id = src_dict["projectID"]
        project_id = uuids.get(_project_id) or cached_uuid(uuids, _project_id)

        description = src_dict.get("description", UNSET)

        type_ = src_dict.get("type", UNSET)

        create_report_request = cls.__new__(cls)
        create_report_request.name = name
        create_report_request.project_id = project_id
        create_report_request.description = description
        create_report_request.type_ = type_
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            create_report_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            create_report_request.additional_properties = extras

        if cls is not CreateReportRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, create_report_request, CreateReportRequest)
        return create_report_request

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


_DOCUMENTED_KEYS = frozenset({"name", "projectID", "description", "type"})
