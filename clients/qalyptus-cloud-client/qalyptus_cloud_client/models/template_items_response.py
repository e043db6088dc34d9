# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="TemplateItemsResponse")


def _convert_data(value: TemplateItems | Mapping[str, Any] | None | Unset) -> None | TemplateItems | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else convert(value, TemplateItems, "TemplateItemsResponse.data")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TemplateItemsResponse:
    """The response envelope of 'Get report objects'.

    Attributes:
        is_success (bool): Whether the operation succeeded.
        data (None | TemplateItems | Unset):
        error (None | str | Unset): The error message when the operation failed.
        error_details (Any | Unset): Additional error details, if any (any JSON value or null).
    """

    is_success: bool
    data: None | TemplateItems | Unset = _attrs_field(default=UNSET, converter=_convert_data)
    error: None | str | Unset = UNSET
    error_details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, TemplateItems):
            data = self.data.to_dict()
        else:
            data = self.data

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_details = self.error_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isSuccess": is_success,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
        if error_details is not UNSET:
            field_dict["errorDetails"] = error_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        is_success = src_dict["isSuccess"]

        _data = src_dict.get("data", UNSET)
        data: None | TemplateItems | Unset = (
            UNSET if _data is UNSET else (None if _data is None else TemplateItems._decode(_data, uuids))
        )

        error = src_dict.get("error", UNSET)

        error_details = src_dict.get("errorDetails", UNSET)

        template_items_response = cls.__new__(cls)
        template_items_response.is_success = is_success
        template_items_response.data = data
        template_items_response.error = error
        template_items_response.error_details = error_details
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            template_items_response.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            template_items_response.additional_properties = extras

        if cls is not TemplateItemsResponse:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, template_items_response, TemplateItemsResponse)
        return template_items_response

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


_DOCUMENTED_KEYS = frozenset({"isSuccess", "data", "error", "errorDetails"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.template_items import TemplateItems  # noqa: E402
