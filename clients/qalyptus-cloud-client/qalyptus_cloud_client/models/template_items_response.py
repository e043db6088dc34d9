# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_items import TemplateItems


T = TypeVar("T", bound="TemplateItemsResponse")


@_attrs_define
class TemplateItemsResponse:
    """The response envelope of 'Get report objects'.

    Attributes:
        is_success (bool): Whether the operation succeeded.
        data (None | TemplateItems | Unset):
        error (None | str | Unset): The error message when the operation failed.
        error_details (Any | Unset): Additional error details, if any (any JSON value or null).
    """

    is_success: bool
    data: None | TemplateItems | Unset = UNSET
    error: None | str | Unset = UNSET
    error_details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_items import TemplateItems  # noqa: PLC0415

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
        from ..models.template_items import TemplateItems  # noqa: PLC0415

        d = dict(src_dict)
        is_success = d.pop("isSuccess")

        def _parse_data(data: object) -> None | TemplateItems | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = TemplateItems.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateItems | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        error_details = d.pop("errorDetails", UNSET)

        template_items_response = cls(
            is_success=is_success,
            data=data,
            error=error,
            error_details=error_details,
        )

        template_items_response.additional_properties = d
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
