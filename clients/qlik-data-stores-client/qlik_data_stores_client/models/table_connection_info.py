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

T = TypeVar("T", bound="TableConnectionInfo")


def _convert_additional_properties(
    value: TableConnectionInfoAdditionalProperties | Mapping[str, Any] | Unset,
) -> TableConnectionInfoAdditionalProperties | Unset:
    return (
        value
        if isinstance(value, Unset)
        else convert(value, TableConnectionInfoAdditionalProperties, "TableConnectionInfo.additional_properties")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TableConnectionInfo:
    """
    Attributes:
        table_name (str | Unset):
        selection_script (str | Unset):
        additional_properties (TableConnectionInfoAdditionalProperties | Unset):
    """

    table_name: str | Unset = UNSET
    selection_script: str | Unset = UNSET
    additional_properties: TableConnectionInfoAdditionalProperties | Unset = _attrs_field(
        default=UNSET, converter=_convert_additional_properties
    )

    def to_dict(self) -> dict[str, Any]:
        table_name = self.table_name

        selection_script = self.selection_script

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if table_name is not UNSET:
            field_dict["tableName"] = table_name
        if selection_script is not UNSET:
            field_dict["selectionScript"] = selection_script
        if additional_properties is not UNSET:
            field_dict["additionalProperties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        table_name = src_dict.get("tableName", UNSET)

        selection_script = src_dict.get("selectionScript", UNSET)

        _additional_properties = src_dict.get("additionalProperties", UNSET)
        additional_properties: TableConnectionInfoAdditionalProperties | Unset = (
            UNSET
            if _additional_properties is UNSET
            else TableConnectionInfoAdditionalProperties._decode(_additional_properties, uuids)
        )

        table_connection_info = cls.__new__(cls)
        table_connection_info.table_name = table_name
        table_connection_info.selection_script = selection_script
        table_connection_info.additional_properties = additional_properties
        if cls is not TableConnectionInfo:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, table_connection_info, TableConnectionInfo)
        return table_connection_info


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.table_connection_info_additional_properties import TableConnectionInfoAdditionalProperties  # noqa: E402
