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

T = TypeVar("T", bound="DataSetOperational")


def _convert_table_connection_info(
    value: TableConnectionInfo | Mapping[str, Any] | Unset,
) -> TableConnectionInfo | Unset:
    return (
        value
        if isinstance(value, Unset)
        else convert(value, TableConnectionInfo, "DataSetOperational.table_connection_info")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DataSetOperational:
    """
    Attributes:
        size (int | Unset):
        status (str | Unset):
        end_date (str | Unset):
        location (str | Unset):
        row_count (int | Unset):
        start_date (str | Unset):
        log_message (str | Unset):
        table_owner (str | Unset):
        last_load_time (str | Unset):
        content_updated (bool | Unset):
        last_update_time (str | Unset):
        table_connection_info (TableConnectionInfo | Unset):
    """

    size: int | Unset = UNSET
    status: str | Unset = UNSET
    end_date: str | Unset = UNSET
    location: str | Unset = UNSET
    row_count: int | Unset = UNSET
    start_date: str | Unset = UNSET
    log_message: str | Unset = UNSET
    table_owner: str | Unset = UNSET
    last_load_time: str | Unset = UNSET
    content_updated: bool | Unset = UNSET
    last_update_time: str | Unset = UNSET
    table_connection_info: TableConnectionInfo | Unset = _attrs_field(
        default=UNSET, converter=_convert_table_connection_info
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        status = self.status

        end_date = self.end_date

        location = self.location

        row_count = self.row_count

        start_date = self.start_date

        log_message = self.log_message

        table_owner = self.table_owner

        last_load_time = self.last_load_time

        content_updated = self.content_updated

        last_update_time = self.last_update_time

        table_connection_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_connection_info, Unset):
            table_connection_info = self.table_connection_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if location is not UNSET:
            field_dict["location"] = location
        if row_count is not UNSET:
            field_dict["rowCount"] = row_count
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if log_message is not UNSET:
            field_dict["logMessage"] = log_message
        if table_owner is not UNSET:
            field_dict["tableOwner"] = table_owner
        if last_load_time is not UNSET:
            field_dict["lastLoadTime"] = last_load_time
        if content_updated is not UNSET:
            field_dict["contentUpdated"] = content_updated
        if last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = last_update_time
        if table_connection_info is not UNSET:
            field_dict["tableConnectionInfo"] = table_connection_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        size = src_dict.get("size", UNSET)

        status = src_dict.get("status", UNSET)

        end_date = src_dict.get("endDate", UNSET)

        location = src_dict.get("location", UNSET)

        row_count = src_dict.get("rowCount", UNSET)

        start_date = src_dict.get("startDate", UNSET)

        log_message = src_dict.get("logMessage", UNSET)

        table_owner = src_dict.get("tableOwner", UNSET)

        last_load_time = src_dict.get("lastLoadTime", UNSET)

        content_updated = src_dict.get("contentUpdated", UNSET)

        last_update_time = src_dict.get("lastUpdateTime", UNSET)

        _table_connection_info = src_dict.get("tableConnectionInfo", UNSET)
        table_connection_info: TableConnectionInfo | Unset = (
            UNSET if _table_connection_info is UNSET else TableConnectionInfo._decode(_table_connection_info, uuids)
        )

        data_set_operational = cls.__new__(cls)
        data_set_operational.size = size
        data_set_operational.status = status
        data_set_operational.end_date = end_date
        data_set_operational.location = location
        data_set_operational.row_count = row_count
        data_set_operational.start_date = start_date
        data_set_operational.log_message = log_message
        data_set_operational.table_owner = table_owner
        data_set_operational.last_load_time = last_load_time
        data_set_operational.content_updated = content_updated
        data_set_operational.last_update_time = last_update_time
        data_set_operational.table_connection_info = table_connection_info
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_set_operational.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_set_operational.additional_properties = extras

        if cls is not DataSetOperational:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_set_operational, DataSetOperational)
        return data_set_operational

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
    {
        "size",
        "status",
        "endDate",
        "location",
        "rowCount",
        "startDate",
        "logMessage",
        "tableOwner",
        "lastLoadTime",
        "contentUpdated",
        "lastUpdateTime",
        "tableConnectionInfo",
    }
)


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.table_connection_info import TableConnectionInfo  # noqa: E402
