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

T = TypeVar("T", bound="TaskRecipientRequest")


@_attrs_define
class TaskRecipientRequest:
    """A recipient of a task.

    Attributes:
        id (UUID):
        type_ (str):
    """

    id: UUID
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _id = src_dict["id"]
        id = uuids.get(_id) or cached_uuid(uuids, _id)

        type_ = src_dict["type"]

        task_recipient_request = cls.__new__(cls)
        task_recipient_request.id = id
        task_recipient_request.type_ = type_
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            task_recipient_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            task_recipient_request.additional_properties = extras

        if cls is not TaskRecipientRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, task_recipient_request, TaskRecipientRequest)
        return task_recipient_request

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


_DOCUMENTED_KEYS = frozenset({"id", "type"})
