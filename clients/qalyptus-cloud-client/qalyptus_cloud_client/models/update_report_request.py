# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="UpdateReportRequest")


def _convert_iteration_fields(
    value: Sequence[IterationFieldRequestDto | Mapping[str, Any]] | None | Unset,
) -> list[IterationFieldRequestDto] | None | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else convert(value, [IterationFieldRequestDto], "UpdateReportRequest.iteration_fields")
    )


def _convert_dynamic_names(
    value: Sequence[DynamicNameRequestDto | Mapping[str, Any]] | None | Unset,
) -> list[DynamicNameRequestDto] | None | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else convert(value, [DynamicNameRequestDto], "UpdateReportRequest.dynamic_names")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class UpdateReportRequest:
    """The updated details of a report.

    Attributes:
        name (str):
        is_iteration (bool):
        description (None | str | Unset):
        iteration_fields (list[IterationFieldRequestDto] | None | Unset):
        dynamic_name_separator (None | str | Unset):
        dynamic_names (list[DynamicNameRequestDto] | None | Unset):
    """

    name: str
    is_iteration: bool
    description: None | str | Unset = UNSET
    iteration_fields: list[IterationFieldRequestDto] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_iteration_fields
    )
    dynamic_name_separator: None | str | Unset = UNSET
    dynamic_names: list[DynamicNameRequestDto] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_dynamic_names
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_iteration = self.is_iteration

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        iteration_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.iteration_fields, Unset):
            iteration_fields = UNSET
        elif isinstance(self.iteration_fields, list):
            iteration_fields = []
            for iteration_fields_type_0_item_data in self.iteration_fields:
                iteration_fields_type_0_item = iteration_fields_type_0_item_data.to_dict()
                iteration_fields.append(iteration_fields_type_0_item)

        else:
            iteration_fields = self.iteration_fields

        dynamic_name_separator: None | str | Unset
        if isinstance(self.dynamic_name_separator, Unset):
            dynamic_name_separator = UNSET
        else:
            dynamic_name_separator = self.dynamic_name_separator

        dynamic_names: list[dict[str, Any]] | None | Unset
        if isinstance(self.dynamic_names, Unset):
            dynamic_names = UNSET
        elif isinstance(self.dynamic_names, list):
            dynamic_names = []
            for dynamic_names_type_0_item_data in self.dynamic_names:
                dynamic_names_type_0_item = dynamic_names_type_0_item_data.to_dict()
                dynamic_names.append(dynamic_names_type_0_item)

        else:
            dynamic_names = self.dynamic_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "isIteration": is_iteration,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if iteration_fields is not UNSET:
            field_dict["iterationFields"] = iteration_fields
        if dynamic_name_separator is not UNSET:
            field_dict["dynamicNameSeparator"] = dynamic_name_separator
        if dynamic_names is not UNSET:
            field_dict["dynamicNames"] = dynamic_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        is_iteration = src_dict["isIteration"]

        description = src_dict.get("description", UNSET)

        _iteration_fields = src_dict.get("iterationFields", UNSET)
        iteration_fields: list[IterationFieldRequestDto] | None | Unset = (
            UNSET
            if _iteration_fields is UNSET
            else (
                None
                if _iteration_fields is None
                else [IterationFieldRequestDto._decode(item, uuids) for item in _iteration_fields]
            )
        )

        dynamic_name_separator = src_dict.get("dynamicNameSeparator", UNSET)

        _dynamic_names = src_dict.get("dynamicNames", UNSET)
        dynamic_names: list[DynamicNameRequestDto] | None | Unset = (
            UNSET
            if _dynamic_names is UNSET
            else (
                None
                if _dynamic_names is None
                else [DynamicNameRequestDto._decode(item, uuids) for item in _dynamic_names]
            )
        )

        update_report_request = cls.__new__(cls)
        update_report_request.name = name
        update_report_request.is_iteration = is_iteration
        update_report_request.description = description
        update_report_request.iteration_fields = iteration_fields
        update_report_request.dynamic_name_separator = dynamic_name_separator
        update_report_request.dynamic_names = dynamic_names
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            update_report_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            update_report_request.additional_properties = extras

        if cls is not UpdateReportRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, update_report_request, UpdateReportRequest)
        return update_report_request

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


_DOCUMENTED_KEYS = frozenset(
    {"name", "isIteration", "description", "iterationFields", "dynamicNameSeparator", "dynamicNames"}
)


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.dynamic_name_request_dto import DynamicNameRequestDto  # noqa: E402
from ..models.iteration_field_request_dto import IterationFieldRequestDto  # noqa: E402
