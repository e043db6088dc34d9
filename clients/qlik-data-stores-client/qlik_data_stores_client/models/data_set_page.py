# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="DataSetPage")


@_attrs_define
class DataSetPage:
    """
    Attributes:
        data (list[DataSet]):
        page (int | Unset):
        limit (int | Unset):
        links (PageLinks | Unset):
        pages (int | Unset):
        total (int | Unset):
    """

    data: list[DataSet]
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    links: PageLinks | Unset = UNSET
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
        data = [DataSet._decode(item, uuids) for item in _data]

        page = src_dict.get("page", UNSET)

        limit = src_dict.get("limit", UNSET)

        _links = src_dict.get("links", UNSET)
        links: PageLinks | Unset = UNSET if _links is UNSET else PageLinks._decode(_links, uuids)

        pages = src_dict.get("pages", UNSET)

        total = src_dict.get("total", UNSET)

        data_set_page = cls(
            data,
            page,
            limit,
            links,
            pages,
            total,
        )

        if not _DOCUMENTED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_set_page.additional_properties = extras

        return data_set_page

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
from ..models.data_set import DataSet  # noqa: E402
from ..models.page_links import PageLinks  # noqa: E402
