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

T = TypeVar("T", bound="FilterVariableValueRequest")


@_attrs_define
class FilterVariableValueRequest:
    """A filter variable value to add (no `id`) or update (existing `id`).

    Attributes:
        qlik_variable_id (UUID):
        variable_value (str):
        id (None | Unset | UUID):
    """

    qlik_variable_id: UUID
    variable_value: str
    id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qlik_variable_id = str(self.qlik_variable_id)

        variable_value = self.variable_value

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
                "qlikVariableID": qlik_variable_id,
                "variableValue": variable_value,
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
        _qlik_variable_id = src_dict["qlikVariableID"]
        qlik_variable_id = uuids.get(_qlik_variable_id) or cached_uuid(uuids, _qlik_variable_id)

        variable_value = src_dict["variableValue"]

        _id = src_dict.get("id", UNSET)
        id: None | Unset | UUID = (
            UNSET if _id is UNSET else (None if _id is None else (uuids.get(_id) or cached_uuid(uuids, _id)))
        )

        filter_variable_value_request = cls.__new__(cls)
        filter_variable_value_request.qlik_variable_id = qlik_variable_id
        filter_variable_value_request.variable_value = variable_value
        filter_variable_value_request.id = id
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            filter_variable_value_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            filter_variable_value_request.additional_properties = extras

        if (
            cls is not FilterVariableValueRequest
        ):  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, filter_variable_value_request, FilterVariableValueRequest)
        return filter_variable_value_request

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


_DOCUMENTED_KEYS = frozenset({"qlikVariableID", "variableValue", "id"})
