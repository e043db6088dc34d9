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

T = TypeVar("T", bound="FilterFieldValueRequest")


@_attrs_define
class FilterFieldValueRequest:
    """A filter field value to add (no `id`) or update (existing `id`).

    Attributes:
        qlik_field_id (UUID):
        filter_item_field_values (list[str]):
        id (None | Unset | UUID):
    """

    qlik_field_id: UUID
    filter_item_field_values: list[str]
    id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qlik_field_id = str(self.qlik_field_id)

        filter_item_field_values = self.filter_item_field_values

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qlikFieldID": qlik_field_id,
                "filterItemFieldValues": filter_item_field_values,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _qlik_field_id = src_dict["qlikFieldID"]
        qlik_field_id = uuids.get(_qlik_field_id) or cached_uuid(uuids, _qlik_field_id)

        filter_item_field_values = src_dict["filterItemFieldValues"]

        _id = src_dict.get("id", UNSET)
        id: None | Unset | UUID = (
            UNSET if _id is UNSET else (None if _id is None else (uuids.get(_id) or cached_uuid(uuids, _id)))
        )

        filter_field_value_request = cls.__new__(cls)
        filter_field_value_request.qlik_field_id = qlik_field_id
        filter_field_value_request.filter_item_field_values = filter_item_field_values
        filter_field_value_request.id = id
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            filter_field_value_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            filter_field_value_request.additional_properties = extras

        if cls is not FilterFieldValueRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, filter_field_value_request, FilterFieldValueRequest)
        return filter_field_value_request

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


_DOCUMENTED_KEYS = frozenset({"qlikFieldID", "filterItemFieldValues", "id"})
