# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        qlik_field_id = UUID(d.pop("qlikFieldID"))

        filter_item_field_values = cast(list[str], d.pop("filterItemFieldValues"))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        filter_field_value_request = cls(
            qlik_field_id=qlik_field_id,
            filter_item_field_values=filter_item_field_values,
            id=id,
        )

        filter_field_value_request.additional_properties = d
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
