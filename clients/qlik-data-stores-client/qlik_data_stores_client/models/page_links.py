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

T = TypeVar("T", bound="PageLinks")


def _convert_first(value: Link | Mapping[str, Any] | Unset) -> Link | Unset:
    return value if isinstance(value, Unset) else convert(value, Link, "PageLinks.first")


def _convert_prev(value: Link | Mapping[str, Any] | Unset) -> Link | Unset:
    return value if isinstance(value, Unset) else convert(value, Link, "PageLinks.prev")


def _convert_self_(value: Link | Mapping[str, Any] | Unset) -> Link | Unset:
    return value if isinstance(value, Unset) else convert(value, Link, "PageLinks.self")


def _convert_next_(value: Link | Mapping[str, Any] | Unset) -> Link | Unset:
    return value if isinstance(value, Unset) else convert(value, Link, "PageLinks.next")


def _convert_last(value: Link | Mapping[str, Any] | Unset) -> Link | Unset:
    return value if isinstance(value, Unset) else convert(value, Link, "PageLinks.last")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PageLinks:
    """
    Attributes:
        first (Link | Unset):
        prev (Link | Unset):
        self_ (Link | Unset):
        next_ (Link | Unset):
        last (Link | Unset):
    """

    first: Link | Unset = _attrs_field(default=UNSET, converter=_convert_first)
    prev: Link | Unset = _attrs_field(default=UNSET, converter=_convert_prev)
    self_: Link | Unset = _attrs_field(default=UNSET, converter=_convert_self_)
    next_: Link | Unset = _attrs_field(default=UNSET, converter=_convert_next_)
    last: Link | Unset = _attrs_field(default=UNSET, converter=_convert_last)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first, Unset):
            first = self.first.to_dict()

        prev: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prev, Unset):
            prev = self.prev.to_dict()

        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        last: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last, Unset):
            last = self.last.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if prev is not UNSET:
            field_dict["prev"] = prev
        if self_ is not UNSET:
            field_dict["self"] = self_
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _first = src_dict.get("first", UNSET)
        first: Link | Unset = UNSET if _first is UNSET else Link._decode(_first, uuids)

        _prev = src_dict.get("prev", UNSET)
        prev: Link | Unset = UNSET if _prev is UNSET else Link._decode(_prev, uuids)

        _self_ = src_dict.get("self", UNSET)
        self_: Link | Unset = UNSET if _self_ is UNSET else Link._decode(_self_, uuids)

        _next_ = src_dict.get("next", UNSET)
        next_: Link | Unset = UNSET if _next_ is UNSET else Link._decode(_next_, uuids)

        _last = src_dict.get("last", UNSET)
        last: Link | Unset = UNSET if _last is UNSET else Link._decode(_last, uuids)

        page_links = cls.__new__(cls)
        page_links.first = first
        page_links.prev = prev
        page_links.self_ = self_
        page_links.next_ = next_
        page_links.last = last
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            page_links.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            page_links.additional_properties = extras

        if cls is not PageLinks:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, page_links, PageLinks)
        return page_links

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


_DOCUMENTED_KEYS = frozenset({"first", "prev", "self", "next", "last"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.link import Link  # noqa: E402
