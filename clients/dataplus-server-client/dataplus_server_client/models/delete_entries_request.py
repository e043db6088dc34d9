# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UuidCache

T = TypeVar("T", bound="DeleteEntriesRequest")


@_attrs_define
class DeleteEntriesRequest:
    """
    Attributes:
        table (str): db table name
        ids (list[str]): list of ids to delete. Using ["*"] deletes all rows and resets the db_id counter.
    """

    table: str
    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table = self.table

        ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table": table,
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        table = src_dict["table"]

        ids = src_dict["ids"]

        delete_entries_request = cls.__new__(cls)
        delete_entries_request.table = table
        delete_entries_request.ids = ids
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            delete_entries_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            delete_entries_request.additional_properties = extras

        if cls is not DeleteEntriesRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, delete_entries_request, DeleteEntriesRequest)
        return delete_entries_request

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


_DOCUMENTED_KEYS = frozenset({"table", "ids"})
