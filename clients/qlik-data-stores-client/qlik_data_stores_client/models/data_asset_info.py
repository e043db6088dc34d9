# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="DataAssetInfo")


def _convert_data_store_info(value: DataStoreInfo | Mapping[str, Any] | Unset) -> DataStoreInfo | Unset:
    return value if isinstance(value, Unset) else convert(value, DataStoreInfo, "DataAssetInfo.data_store_info")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DataAssetInfo:
    """
    Attributes:
        id (str):
        name (str | Unset):
        data_store_info (DataStoreInfo | Unset):
    """

    id: str
    name: str | Unset = UNSET
    data_store_info: DataStoreInfo | Unset = _attrs_field(default=UNSET, converter=_convert_data_store_info)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        data_store_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_store_info, Unset):
            data_store_info = self.data_store_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if data_store_info is not UNSET:
            field_dict["dataStoreInfo"] = data_store_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        id = src_dict["id"]

        name = src_dict.get("name", UNSET)

        _data_store_info = src_dict.get("dataStoreInfo", UNSET)
        data_store_info: DataStoreInfo | Unset = (
            UNSET if _data_store_info is UNSET else DataStoreInfo._decode(_data_store_info, uuids)
        )

        data_asset_info = cls.__new__(cls)
        data_asset_info.id = id
        data_asset_info.name = name
        data_asset_info.data_store_info = data_store_info
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_asset_info.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_asset_info.additional_properties = extras

        if cls is not DataAssetInfo:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_asset_info, DataAssetInfo)
        return data_asset_info

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


_DOCUMENTED_KEYS = frozenset({"id", "name", "dataStoreInfo"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.data_store_info import DataStoreInfo  # noqa: E402
