# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="DataAssetPage")


def _convert_data(value: Sequence[DataAsset | Mapping[str, Any]]) -> list[DataAsset]:
    return convert(value, [DataAsset], "DataAssetPage.data")


def _convert_links(value: PageLinks | Mapping[str, Any] | Unset) -> PageLinks | Unset:
    return value if isinstance(value, Unset) else convert(value, PageLinks, "DataAssetPage.links")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DataAssetPage:
    """
    Attributes:
        data (list[DataAsset]):
        page (int | Unset):
        limit (int | Unset):
        links (PageLinks | Unset):
        pages (int | Unset):
        total (int | Unset):
    """

    data: list[DataAsset] = _attrs_field(converter=_convert_data)
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    links: PageLinks | Unset = _attrs_field(default=UNSET, converter=_convert_links)
    pages: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        page = self.page

        limit = self.limit

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        pages = self.pages

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if links is not UNSET:
            field_dict["links"] = links
        if pages is not UNSET:
            field_dict["pages"] = pages
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
        data = [DataAsset._decode(item, uuids) for item in _data]

        page = src_dict.get("page", UNSET)

        limit = src_dict.get("limit", UNSET)

        _links = src_dict.get("links", UNSET)
        links: PageLinks | Unset = UNSET if _links is UNSET else PageLinks._decode(_links, uuids)

        pages = src_dict.get("pages", UNSET)

        total = src_dict.get("total", UNSET)

        data_asset_page = cls.__new__(cls)
        data_asset_page.data = data
        data_asset_page.page = page
        data_asset_page.limit = limit
        data_asset_page.links = links
        data_asset_page.pages = pages
        data_asset_page.total = total
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_asset_page.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_asset_page.additional_properties = extras

        if cls is not DataAssetPage:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_asset_page, DataAssetPage)
        return data_asset_page

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


_DOCUMENTED_KEYS = frozenset({"data", "page", "limit", "links", "pages", "total"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.data_asset import DataAsset  # noqa: E402
from ..models.page_links import PageLinks  # noqa: E402
