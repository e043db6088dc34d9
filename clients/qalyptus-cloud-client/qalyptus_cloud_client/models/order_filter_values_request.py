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

T = TypeVar("T", bound="OrderFilterValuesRequest")


@_attrs_define
class OrderFilterValuesRequest:
    """The ID of the filter item and the direction of the order change (Up/Down).

    Attributes:
        id (UUID): The ID of the filter item.
        direction (str): The direction of the order change (Up/Down).
    """

    id: UUID
    direction: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "direction": direction,
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

        direction = src_dict["direction"]

        order_filter_values_request = cls.__new__(cls)
        order_filter_values_request.id = id
        order_filter_values_request.direction = direction
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            order_filter_values_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            order_filter_values_request.additional_properties = extras

        if (
            cls is not OrderFilterValuesRequest
        ):  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, order_filter_values_request, OrderFilterValuesRequest)
        return order_filter_values_request

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


_DOCUMENTED_KEYS = frozenset({"id", "direction"})
