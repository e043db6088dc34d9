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

T = TypeVar("T", bound="GenerateReportRequest")


def _convert_selections(
    value: Sequence[FieldSelectionDto | Mapping[str, Any]] | None | Unset,
) -> list[FieldSelectionDto] | None | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else convert(value, [FieldSelectionDto], "GenerateReportRequest.selections")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class GenerateReportRequest:
    """The selections for generating an on-demand report.

    Attributes:
        selections (list[FieldSelectionDto] | None | Unset):
        app_id (None | str | Unset):
        bookmark_id (None | str | Unset):
    """

    selections: list[FieldSelectionDto] | None | Unset = _attrs_field(default=UNSET, converter=_convert_selections)
    app_id: None | str | Unset = UNSET
    bookmark_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selections: list[dict[str, Any]] | None | Unset
        if isinstance(self.selections, Unset):
            selections = UNSET
        elif isinstance(self.selections, list):
            selections = []
            for selections_type_0_item_data in self.selections:
                selections_type_0_item = selections_type_0_item_data.to_dict()
                selections.append(selections_type_0_item)

        else:
            selections = self.selections

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        bookmark_id: None | str | Unset
        if isinstance(self.bookmark_id, Unset):
            bookmark_id = UNSET
        else:
            bookmark_id = self.bookmark_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selections is not UNSET:
            field_dict["selections"] = selections
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if bookmark_id is not UNSET:
            field_dict["bookmarkId"] = bookmark_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _selections = src_dict.get("selections", UNSET)
        selections: list[FieldSelectionDto] | None | Unset = (
            UNSET
            if _selections is UNSET
            else (None if _selections is None else [FieldSelectionDto._decode(item, uuids) for item in _selections])
        )

        app_id = src_dict.get("appId", UNSET)

        bookmark_id = src_dict.get("bookmarkId", UNSET)

        generate_report_request = cls.__new__(cls)
        generate_report_request.selections = selections
        generate_report_request.app_id = app_id
        generate_report_request.bookmark_id = bookmark_id
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            generate_report_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            generate_report_request.additional_properties = extras

        if cls is not GenerateReportRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, generate_report_request, GenerateReportRequest)
        return generate_report_request

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


_DOCUMENTED_KEYS = frozenset({"selections", "appId", "bookmarkId"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.field_selection_dto import FieldSelectionDto  # noqa: E402
