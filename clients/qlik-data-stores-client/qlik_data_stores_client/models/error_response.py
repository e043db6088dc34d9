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

T = TypeVar("T", bound="ErrorResponse")


def _convert_errors(value: Sequence[ErrorItem | Mapping[str, Any]] | Unset) -> list[ErrorItem] | Unset:
    return value if isinstance(value, Unset) else convert(value, [ErrorItem], "ErrorResponse.errors")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ErrorResponse:
    """
    Attributes:
        errors (list[ErrorItem] | Unset):
        trace_id (str | Unset):
    """

    errors: list[ErrorItem] | Unset = _attrs_field(default=UNSET, converter=_convert_errors)
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _errors = src_dict.get("errors", UNSET)
        errors: list[ErrorItem] | Unset = (
            UNSET if _errors is UNSET else [ErrorItem._decode(item, uuids) for item in _errors]
        )

        trace_id = src_dict.get("traceId", UNSET)

        error_response = cls.__new__(cls)
        error_response.errors = errors
        error_response.trace_id = trace_id
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            error_response.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            error_response.additional_properties = extras

        if cls is not ErrorResponse:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, error_response, ErrorResponse)
        return error_response

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


_DOCUMENTED_KEYS = frozenset({"errors", "traceId"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.error_item import ErrorItem  # noqa: E402
