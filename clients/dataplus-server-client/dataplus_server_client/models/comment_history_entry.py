# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="CommentHistoryEntry")


@_attrs_define
class CommentHistoryEntry:
    """
    Attributes:
        id (str): row to update
        column (str): column to update
        text (str): Entry text
        user (str): Entry user
        img_url (str | Unset): Entry img
    """

    id: str
    column: str
    text: str
    user: str
    img_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        column = self.column

        text = self.text

        user = self.user

        img_url = self.img_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "column": column,
                "text": text,
                "user": user,
            }
        )
        if img_url is not UNSET:
            field_dict["imgUrl"] = img_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        id = src_dict["id"]

        column = src_dict["column"]

        text = src_dict["text"]

        user = src_dict["user"]

        img_url = src_dict.get("imgUrl", UNSET)

        comment_history_entry = cls.__new__(cls)
        comment_history_entry.id = id
        comment_history_entry.column = column
        comment_history_entry.text = text
        comment_history_entry.user = user
        comment_history_entry.img_url = img_url
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            comment_history_entry.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            comment_history_entry.additional_properties = extras

        if cls is not CommentHistoryEntry:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, comment_history_entry, CommentHistoryEntry)
        return comment_history_entry

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


_DOCUMENTED_KEYS = frozenset({"id", "column", "text", "user", "imgUrl"})
