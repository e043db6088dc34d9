# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="EntriesPage")


def _convert_data(value: Sequence[Row | Mapping[str, Any]]) -> list[Row]:
    return convert(value, [Row], "EntriesPage.data")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class EntriesPage:
    """
    Attributes:
        data (list[Row]):
        count (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        total (int | Unset):
    """

    data: list[Row] = _attrs_field(converter=_convert_data)
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        count = self.count

        offset = self.offset

        limit = self.limit

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _data = src_dict["data"]
        data = [Row._decode(item, uuids) for item in _data]

        count = src_dict.get("count", UNSET)

        offset = src_dict.get("offset", UNSET)

        limit = src_dict.get("limit", UNSET)

        total = src_dict.get("total", UNSET)

        entries_page = cls.__new__(cls)
        entries_page.data = data
        entries_page.count = count
        entries_page.offset = offset
        entries_page.limit = limit
        entries_page.total = total
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            entries_page.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            entries_page.additional_properties = extras

        if cls is not EntriesPage:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, entries_page, EntriesPage)
        return entries_page

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


_DOCUMENTED_KEYS = frozenset({"data", "count", "offset", "limit", "total"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.row import Row  # noqa: E402
